/**
 * A quantitative criterion applies to a year when it has a target for that year, or no dated
 * target at all; one whose targets are all for other years (A-THR-5: 2025 only) asks nothing
 * then. The registration check and the registration form both read it.
 */
export const appliesInYear = (c: { targets: readonly { year: number }[] }, year: number) =>
  c.targets.length === 0 || c.targets.some((t) => t.year === year);
