import type { PredecessorMode } from '../../../shared/contracts/commendation-settings.ts';
import type { KnownHistory, PredecessorHistory } from './history.ts';

/**
 * Which units stand for a collective in a year before it took its present form: the units
 * merged into it whose merger took effect after that year ended (and that existed then), plus
 * the collective itself if it existed that year. Null when no merged unit stands for the year:
 * the collective's own records decide it, as for any subject.
 */
export function partsOfYear(
  known: KnownHistory,
  year: number,
): { self: boolean; predecessors: PredecessorHistory[] } | null {
  const end = `${year}-12-31`;
  const predecessors = known.predecessors.filter((p) => p.mergedOn > end && p.existsFrom <= end);
  if (!predecessors.length) return null;
  const from = known.subject.existsFrom;
  return { self: from !== undefined && from <= end, predecessors };
}

export type { PredecessorMode };
