import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../../shared/contracts/criteria-content.ts';
import type { UnitEvent } from '../units/types.ts';
import { quantitative } from '../../../test/support/report-fixtures.ts';
import {
  entryValue,
  rollup,
  successorIn,
  unitEntries,
  type RollupInput,
  type RollupNode,
  type RollupReport,
} from './rollup.ts';
import type { ReportStatus } from '../../../shared/contracts/reports.ts';

type Quantitative = Extract<Criterion, { kind: 'quantitative' }>;
const q = (aggregation: Quantitative['aggregation']) =>
  quantitative('Q', aggregation, 'km') as Quantitative;

const merge = (
  id: string,
  preds: string[],
  succ: string,
  share: string | null = null,
): UnitEvent => ({
  id,
  kind: 'merge',
  effectiveDate: '2026-07-01',
  basis: null,
  note: null,
  parties: [
    ...preds.map((unitId) => ({ unitId, role: 'predecessor' as const, share: null })),
    { unitId: succ, role: 'successor' as const, share },
  ],
});

// root ─ D1 (department), C1, C2 (communes), X (district) ─ C3, C4; M (commune) took over A and B.
const nodes: RollupNode[] = [
  { id: 'root', parentId: null, kind: 'province' },
  { id: 'D1', parentId: 'root', kind: 'provincial_department' },
  { id: 'C1', parentId: 'root', kind: 'commune' },
  { id: 'C2', parentId: 'root', kind: 'commune' },
  { id: 'X', parentId: 'root', kind: 'district' },
  { id: 'C3', parentId: 'X', kind: 'commune' },
  { id: 'C4', parentId: 'X', kind: 'commune' },
  { id: 'M', parentId: 'root', kind: 'commune' },
];
const report = (
  unitId: string,
  value: number | null,
  status: ReportStatus = 'submitted',
): RollupReport => ({
  unitId,
  status,
  answers: { Q: { value } },
});
const base: RollupInput = {
  nodes,
  reports: [
    report('D1', 10, 'accepted'),
    report('C1', 4),
    report('C2', 100, 'draft'),
    report('C3', 6),
    report('C4', 8),
    report('A', 1),
    report('B', 2),
  ],
  events: [merge('e1', ['A', 'B'], 'M')],
  deadline: '2026-12-15',
  today: '2026-12-20',
};
const indicator = (input: RollupInput, unit: string, c: Quantitative) =>
  rollup(input, unit, [c]).indicators[0]!;

describe('roll-up across the tree as of the reference date', () => {
  it('sums the values sent in, counting a merged unit once under its successor', () => {
    expect(indicator(base, 'root', q('sum'))).toEqual({
      code: 'Q',
      aggregation: 'sum',
      value: 10 + 4 + 6 + 8 + (1 + 2),
      reportingUnits: 5,
      expectedUnits: 7,
    });
    expect(indicator(base, 'X', q('sum'))).toMatchObject({
      value: 14,
      reportingUnits: 2,
      expectedUnits: 3,
    });
  });

  it('ignores the predecessors once the successor reports itself', () => {
    const own = { ...base, reports: [...base.reports, report('M', 20)] };
    expect(indicator(own, 'root', q('sum'))).toMatchObject({ value: 48, reportingUnits: 5 });
    expect(
      unitEntries(own)
        .get('M')!
        .sources.map((s) => s.unitId),
    ).toEqual(['M']);
  });

  it('weights averages by reporting units, and averages children once each', () => {
    // root's parts: D1 10, C1 4, X (6, 8 → 7 over 2 units), M (1, 2 → 1.5 as one unit)
    expect(indicator(base, 'root', q('weighted_average')).value).toBeCloseTo(
      (10 + 4 + 14 + 1.5) / 5,
    );
    expect(indicator(base, 'root', q('average')).value).toBeCloseTo((10 + 4 + 7 + 1.5) / 4);
    // 'none' never combines: M's two predecessors' values do not make one value for M.
    expect(indicator(base, 'root', q('none'))).toMatchObject({ value: null, reportingUnits: 4 });
    expect(indicator(base, 'D1', q('none')).value).toBe(10);
  });

  it('counts statuses of the expected units, late after the deadline', () => {
    const out = rollup(base, 'root', []);
    expect(out.statusCounts).toEqual({
      not_started: 0,
      draft: 0,
      submitted: 4,
      returned: 0,
      accepted: 1,
      late: 2,
    });
    expect(out.children.map((c) => [c.id, c.status])).toEqual([
      ['D1', 'accepted'],
      ['C1', 'submitted'],
      ['C2', 'late'],
      ['X', 'late'],
      ['M', 'submitted'],
    ]);
    expect(out.children.find((c) => c.id === 'X')!.statusCounts.submitted).toBe(2);
  });

  it('combines a merged unit as its slowest predecessor, and drops a dissolved unit', () => {
    const input = {
      ...base,
      reports: [report('A', 1, 'accepted'), report('B', 2, 'draft'), report('Z', 50)],
    };
    expect(unitEntries(input).get('M')).toMatchObject({ status: 'draft', own: false });
    expect(entryValue(unitEntries(input).get('M')!, q('sum'))).toBe(1);
    expect(indicator(input, 'root', q('sum')).value).toBe(1);
  });

  it('follows a chain of mergers and prefers a successor that took the whole unit', () => {
    const events = [
      merge('e1', ['A'], 'B'),
      merge('e2', ['B'], 'M'),
      merge('e3', ['A'], 'C1', 'một phần'),
    ];
    expect(successorIn('A', events, new Set(['M', 'C1']))).toBe('M');
    expect(successorIn('A', events, new Set(['C1']))).toBe('C1');
    expect(successorIn('A', events, new Set())).toBeUndefined();
  });
});

/** A random tree with random reports, some of them by units merged into a unit of the tree. */
const scenario = fc
  .integer({ min: 1, max: 25 })
  .chain((size) =>
    fc.record({
      parents: fc.array(fc.nat(), { minLength: size, maxLength: size }),
      kinds: fc.array(fc.constantFrom('commune', 'district', 'provincial_department', 'sub_unit'), {
        minLength: size,
        maxLength: size,
      }),
      reports: fc.array(
        fc.record({
          unit: fc.nat(),
          vanished: fc.boolean(),
          status: fc.constantFrom<ReportStatus>('draft', 'submitted', 'returned', 'accepted'),
          value: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
        }),
        { maxLength: 40 },
      ),
    }),
  )
  .map(({ parents, kinds, reports }) => {
    const list: RollupNode[] = [{ id: 'root', parentId: null, kind: 'province' }];
    parents.forEach((p, i) =>
      list.push({ id: `u${i}`, parentId: list[p % list.length]!.id, kind: kinds[i]! }),
    );
    const events: UnitEvent[] = [];
    const seen = new Set<string>();
    const out: RollupReport[] = [];
    reports.forEach((r, i) => {
      const target = list[1 + (r.unit % (list.length - 1))]!.id;
      const unitId = r.vanished ? `gone${i}` : target;
      if (seen.has(unitId)) return;
      seen.add(unitId);
      if (r.vanished) events.push(merge(`e${i}`, [unitId], target));
      out.push(report(unitId, r.value, r.status));
    });
    return {
      nodes: list,
      reports: out,
      events,
      deadline: '2026-12-15',
      today: '2026-12-20',
    } as RollupInput;
  });

describe('roll-up properties', () => {
  it('the root sum equals the sum of the values standing for each expected unit', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const c = q('sum');
        const entries = unitEntries(input);
        const leaves = [...entries.values()]
          .map((e) => entryValue(e, c))
          .filter((v): v is number => v !== undefined);
        const out = indicator(input, 'root', c);
        expect(out.reportingUnits).toBe(leaves.length);
        expect(out.value ?? 0).toBe(leaves.reduce((a, b) => a + b, 0));
        expect(out.reportingUnits).toBeLessThanOrEqual(out.expectedUnits);
      }),
    );
  });

  it('status counts add up to the expected units, and no report stands for two units', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const expected = input.nodes.filter((n) => n.kind !== 'province' && n.kind !== 'sub_unit');
        const out = rollup(input, 'root', []);
        expect(Object.values(out.statusCounts).reduce((a, b) => a + b, 0)).toBe(expected.length);
        const used = [...unitEntries(input).values()].flatMap((e) =>
          e.sources.map((s) => s.unitId),
        );
        expect(new Set(used).size).toBe(used.length);
      }),
    );
  });

  it('a weighted average lies between the smallest and the largest value counted', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const c = q('weighted_average');
        const values = [...unitEntries(input).values()]
          .map((e) => entryValue(e, c))
          .filter((v): v is number => v !== undefined);
        const out = indicator(input, 'root', c);
        if (!values.length) {
          expect(out.value).toBeNull();
          return;
        }
        expect(out.value!).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
        expect(out.value!).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
      }),
    );
  });
});
