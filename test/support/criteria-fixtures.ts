import type { CriteriaContent, Criterion } from '../../shared/contracts/criteria-content.ts';

/** Test-only builders of valid criteria and contents. */
export function qualitativeCriterion(code: string, over: Partial<Criterion> = {}): Criterion {
  return {
    code,
    name: { vi: `Tiêu chí ${code}`, en: `Criterion ${code}` },
    maxPoints: 10,
    unitKinds: [],
    source: { kind: 'plan_clause', reference: 'III.1.a' },
    kind: 'qualitative',
    scale: 'yes_no',
    levels: [],
    evidenceRequired: true,
    ...over,
  } as Criterion;
}

export function quantitativeCriterion(code: string): Criterion {
  return {
    code,
    name: { vi: `Chỉ tiêu ${code}`, en: `Indicator ${code}` },
    maxPoints: 20,
    unitKinds: ['district'],
    source: { kind: 'department_decision', reference: 'QĐ 12/QĐ-SXD' },
    kind: 'quantitative',
    indicator: 'Tỷ lệ giải ngân',
    measure: '%',
    direction: 'higher',
    targets: [{ year: 2026, value: 100 }],
    aggregation: 'weighted_average',
  };
}

export function contentOf(...groups: Criterion[][]): CriteriaContent {
  return {
    groups: groups.map((criteria, i) => ({
      name: { vi: `Nhóm ${i + 1}`, en: `Group ${i + 1}` },
      criteria,
    })),
  };
}
