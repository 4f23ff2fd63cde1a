/** Community contributions: totals and the migration of the free-text records. */
import type { ContributorKind } from '../../../shared/projects.ts';

export interface ContributionFigures {
  landM2: number;
  labourDays: number;
  money: number;
  materials: readonly { value: number }[];
}

export interface Totals {
  count: number;
  landM2: number;
  labourDays: number;
  money: number;
  materialsValue: number;
}

export const materialsValue = (c: Pick<ContributionFigures, 'materials'>) =>
  c.materials.reduce((s, m) => s + m.value, 0);

export function totalsOf(list: readonly ContributionFigures[]): Totals {
  const t: Totals = { count: 0, landM2: 0, labourDays: 0, money: 0, materialsValue: 0 };
  for (const c of list) {
    t.count += 1;
    t.landM2 += c.landM2;
    t.labourDays += c.labourDays;
    t.money += c.money;
    t.materialsValue += materialsValue(c);
  }
  return t;
}

/** Totals grouped by a key (project, commune, year). */
export function totalsBy<T extends ContributionFigures, K>(
  list: readonly T[],
  keyOf: (c: T) => K,
): Map<K, Totals> {
  const groups = new Map<K, T[]>();
  for (const c of list) {
    const k = keyOf(c);
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  return new Map([...groups].map(([k, v]) => [k, totalsOf(v)]));
}

/** A free-text contribution of the commendation history (type 'contribution'). */
export interface LegacyContribution {
  id: string;
  subjectKind: string;
  subjectId: string;
  data: { kind: string; date: string; project?: string; description?: string };
}

/**
 * The new shape of a legacy record: no figure is invented (all zero), the kind and the
 * project's name and the description are kept verbatim in `legacyKind` and `note`.
 */
export function fromLegacy(
  r: LegacyContribution,
  contributorName: string,
): {
  contributorKind: ContributorKind;
  contributorId: string;
  contributorName: string;
  givenOn: string;
  legacyKind: string;
  note: string | null;
  legacyRecordId: string;
} {
  const parts = [r.data.project && `Dự án: ${r.data.project}`, r.data.description].filter(
    (x): x is string => Boolean(x),
  );
  return {
    contributorKind: r.subjectKind === 'household' ? 'household' : 'person',
    contributorId: r.subjectId,
    contributorName,
    givenOn: r.data.date,
    legacyKind: r.data.kind,
    note: parts.length ? parts.join(' — ') : null,
    legacyRecordId: r.id,
  };
}
