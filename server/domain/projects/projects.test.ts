import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fundingSources } from '../../../shared/projects.ts';
import {
  contributionProblems,
  disbursementProblems,
  fromLegacy,
  isLate,
  milestoneProblems,
  milestoneState,
  planOf,
  plansInForce,
  planTreasuryImport,
  parseAmount,
  projectProblems,
  rateOf,
  totalsBy,
  totalsOf,
  type MonthAmount,
  type PlanRevision,
} from './index.ts';

const project = {
  id: 'p1',
  plannedStart: '2025-03-01',
  plannedEnd: '2027-06-30',
  actualStart: null,
  actualEnd: null,
};
const rev = (year: number, revision: number, amount: number, projectId = 'p1'): PlanRevision => ({
  projectId,
  year,
  fundingSource: 'local_budget',
  revision,
  amount,
});
const month = (m: number, amount: number, year = 2026, projectId = 'p1'): MonthAmount => ({
  projectId,
  year,
  month: m,
  fundingSource: 'local_budget',
  amount,
});

describe('milestone state', () => {
  it.each([
    ['2026-05-01', '2026-04-20', '2026-06-01', 'ahead'],
    ['2026-05-01', '2026-05-01', '2026-06-01', 'on_time'],
    ['2026-05-01', '2026-05-02', '2026-06-01', 'late'],
    ['2026-05-01', null, '2026-05-01', 'pending'],
    ['2026-05-01', null, '2026-05-02', 'overdue'],
  ] as const)('planned %s, actual %s, today %s → %s', (planned, actual, today, state) => {
    expect(milestoneState(planned, actual, today)).toBe(state);
  });

  it('a project past its planned end, unfinished, is late', () => {
    const p = { plannedEnd: '2026-01-31', actualEnd: null, status: 'implementation' };
    expect(isLate(p, [], '2026-02-01')).toBe(true);
    expect(isLate(p, [], '2026-01-31')).toBe(false);
    expect(isLate({ ...p, actualEnd: '2026-01-20' }, ['on_time'], '2026-03-01')).toBe(false);
    expect(isLate({ ...p, plannedEnd: '2027-01-01' }, ['late'], '2026-03-01')).toBe(true);
  });
});

describe('plans and rates', () => {
  it('the highest revision is in force; a rate counts only that year', () => {
    const revisions = [rev(2026, 1, 10_000), rev(2026, 2, 8_000), rev(2025, 1, 5_000)];
    expect(planOf(revisions, 'p1', 2026)).toBe(8_000);
    const months = [month(1, 2_000), month(2, 2_000), month(12, 5_000, 2025)];
    expect(rateOf(null, 2026, revisions, months)).toEqual({
      year: 2026,
      plan: 8_000,
      disbursed: 4_000,
      rate: 50,
    });
    expect(rateOf(null, 2025, revisions, months).rate).toBe(100);
    expect(rateOf(new Set(['other']), 2026, revisions, months).rate).toBeNull();
  });

  it('hand computation: two projects, 3/7 of the plan', () => {
    const revisions = [rev(2026, 1, 4_000, 'a'), rev(2026, 1, 3_000, 'b')];
    const months = [month(1, 1_000, 2026, 'a'), month(3, 2_000, 2026, 'b')];
    expect(rateOf(null, 2026, revisions, months).rate).toBe(42.86);
  });

  it('property: plans in force keep one revision per key, the maximum', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            projectId: fc.constantFrom('a', 'b'),
            year: fc.constantFrom(2025, 2026),
            fundingSource: fc.constantFrom(...fundingSources),
            revision: fc.integer({ min: 1, max: 9 }),
            amount: fc.integer({ min: 0, max: 1e9 }),
          }),
        ),
        (revisions) => {
          const inForce = plansInForce(revisions);
          const keys = new Set(revisions.map((r) => `${r.projectId}${r.year}${r.fundingSource}`));
          expect(inForce).toHaveLength(keys.size);
          for (const r of inForce)
            for (const o of revisions)
              if (
                o.projectId === r.projectId &&
                o.year === r.year &&
                o.fundingSource === r.fundingSource
              )
                expect(o.revision).toBeLessThanOrEqual(r.revision);
        },
      ),
    );
  });

  it('property: the province rate is the plan-weighted mean of the projects', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 0, max: 1e9 })), {
          minLength: 1,
          maxLength: 6,
        }),
        (pairs) => {
          const revisions = pairs.map(([plan], i) => rev(2026, 1, plan, `p${i}`));
          const months = pairs.map(([, d], i) => month(1, d, 2026, `p${i}`));
          const total = rateOf(null, 2026, revisions, months);
          const plan = pairs.reduce((s, [p]) => s + p, 0);
          const disbursed = pairs.reduce((s, [, d]) => s + d, 0);
          expect(total.plan).toBe(plan);
          expect(total.disbursed).toBe(disbursed);
          expect(total.rate).toBeCloseTo((disbursed / plan) * 100, 1);
        },
      ),
    );
  });
});

describe('field errors', () => {
  const revisions = [rev(2026, 1, 10_000)];
  it.each([
    [{ year: 2026, month: 3, amount: -1 }, 'amount', 'project_amount_negative'],
    [{ year: 2024, month: 12, amount: 1 }, 'month', 'project_month_outside_period'],
    [{ year: 2027, month: 7, amount: 1 }, 'month', 'project_month_outside_period'],
    [{ year: 2026, month: 3, amount: 9_001 }, 'amount', 'project_disbursement_above_plan'],
  ])('disbursement %o → %s %s', (entry, field, key) => {
    const problems = disbursementProblems(
      project,
      { ...entry, fundingSource: 'local_budget' },
      revisions,
      [month(1, 1_000)],
    );
    expect(problems[field]?.key).toBe(key);
  });

  it('a month replaces its own earlier figure; exactly the plan is accepted', () => {
    const months = [month(1, 1_000), month(3, 5_000)];
    expect(
      disbursementProblems(
        project,
        { year: 2026, month: 3, fundingSource: 'local_budget', amount: 9_000 },
        revisions,
        months,
      ),
    ).toEqual({});
  });

  it('no plan for the year is named as such', () => {
    const p = disbursementProblems(
      project,
      { year: 2025, month: 5, fundingSource: 'oda', amount: 1 },
      revisions,
      [],
    );
    expect(p.amount?.key).toBe('project_no_plan');
  });

  it('projects: negative amounts, reversed dates, hydropower above 30 MW', () => {
    const p = projectProblems({
      ...project,
      sector: 'small_hydropower',
      totalInvestment: -5,
      fundingSources: [{ source: 'oda', amount: -1 }],
      capacityMw: 31,
      plannedEnd: '2025-01-01',
    });
    expect(Object.keys(p).sort()).toEqual(
      ['capacityMw', 'fundingSources.0.amount', 'plannedEnd', 'totalInvestment'].sort(),
    );
    expect(
      projectProblems({
        ...project,
        sector: 'transport',
        totalInvestment: 100,
        fundingSources: [{ source: 'oda', amount: 101 }],
        capacityMw: null,
      }),
    ).toEqual({ fundingSources: { key: 'project_funding_above_total' } });
  });

  it('milestones outside the period, actual days in the future', () => {
    const p = milestoneProblems(
      project,
      { plannedOn: '2028-01-01', actualOn: '2026-12-01' },
      '2026-03-02',
    );
    expect(p.plannedOn?.key).toBe('project_date_outside_period');
    expect(p.actualOn?.key).toBe('project_future_date');
  });

  it('contributions: negatives and empty ones are refused', () => {
    const base = { givenOn: '2026-01-05', landM2: 0, labourDays: 0, money: 0, materials: [] };
    expect(contributionProblems(base, '2026-03-02').landM2?.key).toBe('project_contribution_empty');
    expect(contributionProblems({ ...base, landM2: -1 }, '2026-03-02').landM2?.key).toBe(
      'project_quantity_negative',
    );
    expect(contributionProblems({ ...base, landM2: 120 }, '2026-03-02')).toEqual({});
  });
});

describe('the Treasury workbook', () => {
  const projects = new Map([['DA-01', project]]);
  const row = (n: number, over: Partial<Record<string, string>> = {}) => ({
    row: n,
    projectCode: 'DA-01',
    year: '2026',
    month: '1',
    fundingSource: 'Ngân sách địa phương',
    amount: '1.000',
    ...over,
  });

  it('reads amounts as the Treasury writes them', () => {
    expect(parseAmount('1.234.567')).toBe(1234567);
    expect(parseAmount('1,234,567 đ')).toBe(1234567);
    expect(parseAmount('(500)')).toBe(-500);
    expect(parseAmount('abc')).toBeUndefined();
  });

  it('row errors: unknown code, bad month, duplicate, and rows adding up above the plan', () => {
    const out = planTreasuryImport(
      [
        row(2),
        row(3, { projectCode: 'DA-99' }),
        row(4, { month: '13' }),
        row(5),
        row(6, { month: '2', amount: '8.000' }),
        row(7, { month: '3', amount: '2.000' }),
        row(8, { fundingSource: 'vàng' }),
      ],
      projects,
      [rev(2026, 1, 10_000)],
      [],
    );
    expect(out.validRows).toEqual([2, 6]);
    expect(out.errors.map((e) => [e.row, e.field, e.key])).toEqual([
      [3, 'projectCode', 'project_unknown_code'],
      [4, 'month', 'project_bad_month'],
      [5, 'projectCode', 'project_duplicate_row'],
      [7, 'amount', 'project_disbursement_above_plan'],
      [8, 'fundingSource', 'project_bad_source'],
    ]);
  });
});

describe('contributions', () => {
  it('totals per project add up, materials by their value', () => {
    const list = [
      { projectId: 'a', landM2: 100, labourDays: 2, money: 0, materials: [{ value: 500 }] },
      { projectId: 'a', landM2: 50, labourDays: 0, money: 1000, materials: [] },
      { projectId: null, landM2: 0, labourDays: 3, money: 0, materials: [] },
    ];
    expect(totalsOf(list)).toEqual({
      count: 3,
      landM2: 150,
      labourDays: 5,
      money: 1000,
      materialsValue: 500,
    });
    expect(totalsBy(list, (c) => c.projectId).get('a')?.count).toBe(2);
  });

  it('a legacy record keeps its kind, project and text verbatim, inventing no figure', () => {
    const out = fromLegacy(
      {
        id: 'r1',
        subjectKind: 'household',
        subjectId: 'h1',
        data: {
          kind: 'land',
          date: '2024-05-01',
          project: 'Đường bản Nà Tăm',
          description: 'Hiến 200 m² đất',
        },
      },
      'Hộ ông Lò Văn A',
    );
    expect(out).toMatchObject({
      contributorKind: 'household',
      givenOn: '2024-05-01',
      legacyKind: 'land',
      note: 'Dự án: Đường bản Nà Tăm — Hiến 200 m² đất',
      legacyRecordId: 'r1',
    });
  });
});
