import type { PlanContent, PlanTargetYear } from '../../../shared/contracts/plan-content.ts';
import type { PlanVersionStatus } from '../../../shared/contracts/plans.ts';

/** A version as the in-force rules see it: issued ones count, drafts never do. */
export interface Effective {
  number: number;
  status: PlanVersionStatus;
  /** The decision's date; null for a version in force since the movement began (version 1). */
  effectiveFrom: string | null;
}

const order = (a: Effective, b: Effective) =>
  (a.effectiveFrom ?? '').localeCompare(b.effectiveFrom ?? '') || a.number - b.number;

/** Issued and superseded versions in the order they took effect. */
export function inEffectOrder<T extends Effective>(versions: readonly T[]): T[] {
  return versions.filter((v) => v.status !== 'draft').sort(order);
}

/** The version in force on a (Vietnam) day: the last to take effect on or before it. */
export function versionInForceOn<T extends Effective>(
  versions: readonly T[],
  day: string,
): T | null {
  const candidates = inEffectOrder(versions).filter(
    (v) => v.effectiveFrom === null || v.effectiveFrom <= day,
  );
  return candidates[candidates.length - 1] ?? null;
}

/** The version that governs a year's targets: the one in force on the year's last day. */
export const versionInForceForYear = <T extends Effective>(versions: readonly T[], year: number) =>
  versionInForceOn(versions, `${year}-12-31`);

/** Each version's period in force: from its decision's day to the next version's. */
export function effectivePeriods(
  versions: readonly Effective[],
): Map<number, { from: string | null; to: string | null }> {
  const ordered = inEffectOrder(versions);
  return new Map(
    ordered.map((v, i) => [
      v.number,
      { from: v.effectiveFrom, to: ordered[i + 1]?.effectiveFrom ?? null },
    ]),
  );
}

export interface VersionContent extends Effective {
  content: PlanContent;
}

export type YearValue = PlanTargetYear & { setBy: number };

const sameValue = (a: PlanTargetYear | undefined, b: PlanTargetYear) =>
  a !== undefined && a.value === b.value && a.comparator === b.comparator;

const valueOf = (v: VersionContent, code: string, year: number) =>
  v.content.targets.find((t) => t.code === code)?.values.find((x) => x.year === year);

/**
 * Which version set a value: walking back from `version` through the versions that took
 * effect before it, the earliest that already held the same value and comparator.
 */
export function setByOf(
  chain: readonly VersionContent[],
  version: VersionContent,
  code: string,
  value: PlanTargetYear,
): number {
  const ordered = inEffectOrder(chain).filter((v) => order(v, version) < 0);
  let setBy = version.number;
  for (let i = ordered.length - 1; i >= 0; i--) {
    if (!sameValue(valueOf(ordered[i]!, code, value.year), value)) break;
    setBy = ordered[i]!.number;
  }
  return setBy;
}

/** A version's target values, each annotated with the version that set it. */
export function annotateSetBy(
  chain: readonly VersionContent[],
  version: VersionContent,
): Map<string, YearValue[]> {
  return new Map(
    version.content.targets.map((t) => [
      t.code,
      t.values.map((v) => ({ ...v, setBy: setByOf(chain, version, t.code, v) })),
    ]),
  );
}

/**
 * Every target's values as they stand: each year's value from the version in force for that
 * year (ADR 0030), with the version that set it. Years a governing version does not name are
 * absent; a target dropped by a later version keeps the years earlier versions governed.
 */
export function valuesInForce(chain: readonly VersionContent[]): Map<string, YearValue[]> {
  const out = new Map<string, YearValue[]>();
  const ordered = inEffectOrder(chain);
  if (!ordered.length) return out;
  const years = new Set<number>();
  for (const v of ordered)
    for (const t of v.content.targets) for (const x of t.values) years.add(x.year);
  for (const year of [...years].sort((a, b) => a - b)) {
    const governing = versionInForceForYear(ordered, year);
    if (!governing) continue;
    for (const t of governing.content.targets) {
      const value = t.values.find((x) => x.year === year);
      if (!value || value.value === null) continue;
      const list = out.get(t.code) ?? [];
      list.push({ ...value, setBy: setByOf(ordered, governing, t.code, value) });
      out.set(t.code, list);
    }
  }
  return out;
}
