import type { CriteriaContent, Criterion } from '../../shared/contracts/criteria-content.ts';

// Small criteria contents for the reporting tests.

const common = (code: string, unitKinds: string[] = []) => ({
  code,
  name: { vi: `Tiêu chí ${code}`, en: `Criterion ${code}` },
  maxPoints: 10,
  unitKinds,
  source: { kind: 'plan_clause', reference: 'III.1.a' },
});

export const quantitative = (
  code: string,
  aggregation: 'sum' | 'average' | 'weighted_average' | 'none' = 'sum',
  measure = '%',
  unitKinds: string[] = [],
) =>
  ({
    ...common(code, unitKinds),
    kind: 'quantitative',
    indicator: `Chỉ số ${code}`,
    measure,
    direction: 'higher',
    targets: [{ year: 2026, value: 90 }],
    aggregation,
  }) as Criterion;

export const yesNo = (code: string, evidenceRequired = true) =>
  ({
    ...common(code),
    kind: 'qualitative',
    scale: 'yes_no',
    levels: [],
    evidenceRequired,
  }) as Criterion;

export const levels = (code: string) =>
  ({
    ...common(code),
    kind: 'qualitative',
    scale: 'levels',
    levels: ['Tốt', 'Khá', 'Trung bình'],
    evidenceRequired: false,
  }) as Criterion;

export const perEvent = (code: string, kind: 'bonus' | 'penalty') =>
  ({ ...common(code), kind, pointsPerEvent: 1, cap: 5 }) as Criterion;

/** Two groups: a percentage for every unit and a count for communes only; a yes/no; bonus and penalty. */
export const content: CriteriaContent = {
  groups: [
    {
      name: { vi: 'Hạ tầng', en: 'Infrastructure' },
      criteria: [
        quantitative('Q1', 'sum', '%'),
        quantitative('Q2', 'sum', 'km', ['commune']),
        yesNo('QL1'),
      ],
    },
    {
      name: { vi: 'Chỉ cấp xã', en: 'Communes only' },
      criteria: [quantitative('Q3', 'none', 'km', ['commune'])],
    },
    {
      name: { vi: 'Điểm cộng, trừ', en: 'Bonus and penalty' },
      criteria: [levels('LV1'), perEvent('B1', 'bonus'), perEvent('P1', 'penalty')],
    },
  ],
};
