import { describe, expect, it } from 'vitest';
import { planMove, planRename } from './basic.ts';
import { planDissolve } from './dissolve.ts';
import { at, problemsOf, smallProvince, run } from '../../../test/support/unit-fixtures.ts';
import { planMerge } from './merge.ts';
import { planSplit } from './split.ts';
import { nodeOn } from './state.ts';

describe('planners that succeed', () => {
  it('rename on the day a version starts rewrites that version instead of adding a zero-length one', () => {
    const p = smallProvince();
    const plan = planRename(at(p), p.ctx, {
      unitId: p.id('C1'),
      name: 'Xã Mới',
      effectiveDate: '2020-01-01',
    });
    expect(plan.insertVersions).toHaveLength(0);
    expect(plan.updateVersions).toMatchObject([
      { name: 'Xã Mới', validFrom: '2020-01-01', validTo: null },
    ]);
  });

  it('rename keeps the short name unless told otherwise', () => {
    const p = smallProvince();
    p.state = run(p.state, (i) =>
      planRename(i, p.ctx, {
        unitId: p.id('S1'),
        name: 'Sở Một',
        shortName: 'S1',
        effectiveDate: '2021-01-01',
      }),
    );
    p.state = run(p.state, (i) =>
      planRename(i, p.ctx, { unitId: p.id('S1'), name: 'Sở Một Mới', effectiveDate: '2022-01-01' }),
    );
    expect(nodeOn(at(p), p.id('S1'), '2022-01-01')).toMatchObject({
      name: 'Sở Một Mới',
      shortName: 'S1',
    });
    expect(nodeOn(at(p), p.id('S1'), '2020-06-01')).toMatchObject({
      name: 'Sở Một',
      shortName: null,
    });
  });

  it('merge into a new unit ends the predecessors and moves their children', () => {
    const p = smallProvince();
    const plan = planMerge(at(p), p.ctx, {
      predecessorIds: [p.id('D1'), p.id('D2')],
      successor: { code: 'D', kind: 'district', name: 'Huyện Mới' },
      effectiveDate: '2025-07-01',
    });
    p.state = run(p.state, () => plan);
    const successor = plan.insertUnits[0]!.id;
    expect(nodeOn(at(p), successor, '2025-07-01')).toMatchObject({
      parentId: p.id('P'),
      validFrom: '2025-07-01',
    });
    for (const c of ['C1', 'C2', 'C3'])
      expect(nodeOn(at(p), p.id(c), '2025-07-01')?.parentId).toBe(successor);
    expect(nodeOn(at(p), p.id('D1'), '2025-07-01')).toBeUndefined();
    expect(nodeOn(at(p), p.id('D1'), '2025-06-30')?.parentId).toBe(p.id('P'));
    expect(plan.events[0]!.parties.map((x) => x.role)).toEqual([
      'predecessor',
      'predecessor',
      'successor',
    ]);
  });

  it('merge into an existing unit that continues', () => {
    const p = smallProvince();
    p.state = run(p.state, (i) =>
      planMerge(i, p.ctx, {
        predecessorIds: [p.id('S1')],
        successor: { unitId: p.id('S2') },
        effectiveDate: '2025-03-01',
      }),
    );
    expect(nodeOn(at(p), p.id('S2'), '2025-03-01')).toBeDefined();
    expect(nodeOn(at(p), p.id('S1'), '2025-03-01')).toBeUndefined();
  });

  it('split places each child with its chosen successor', () => {
    const p = smallProvince();
    const plan = planSplit(at(p), p.ctx, {
      unitId: p.id('D1'),
      successors: [
        { code: 'A', kind: 'district', name: 'A' },
        { unitId: p.id('D2'), share: 'xã Hai' },
      ],
      childrenTo: { [p.id('C1')]: 0, [p.id('C2')]: 1 },
      effectiveDate: '2025-03-01',
    });
    p.state = run(p.state, () => plan);
    const a = plan.insertUnits[0]!.id;
    expect(nodeOn(at(p), p.id('C1'), '2025-03-01')?.parentId).toBe(a);
    expect(nodeOn(at(p), p.id('C2'), '2025-03-01')?.parentId).toBe(p.id('D2'));
    expect(nodeOn(at(p), a, '2025-03-01')?.parentId).toBe(p.id('P'));
    expect(plan.events[0]!.parties.at(-1)).toEqual({
      unitId: p.id('D2'),
      role: 'successor',
      share: 'xã Hai',
    });
  });

  it('dissolve hands children to the successor', () => {
    const p = smallProvince();
    p.state = run(p.state, (i) =>
      planDissolve(i, p.ctx, {
        unitId: p.id('D1'),
        successorId: p.id('P'),
        effectiveDate: '2025-07-01',
      }),
    );
    expect(nodeOn(at(p), p.id('C1'), '2025-07-01')?.parentId).toBe(p.id('P'));
    expect(nodeOn(at(p), p.id('D1'), '2025-07-01')).toBeUndefined();
  });

  it('a move whose later history would form a loop is refused by the history check', () => {
    const p = smallProvince();
    // C1 is scheduled to move under S1 in 2026; moving S1 under C1 from 2025 would then loop
    p.state = run(p.state, (i) =>
      planMove(i, p.ctx, { unitId: p.id('C1'), parentId: p.id('S1'), effectiveDate: '2026-01-01' }),
    );
    expect(
      problemsOf(() =>
        planMove(at(p), p.ctx, {
          unitId: p.id('S1'),
          parentId: p.id('C1'),
          effectiveDate: '2025-01-01',
        }),
      ),
    ).toEqual({ effectiveDate: 'unit_history_conflict' });
  });
});
