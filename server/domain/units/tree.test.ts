import { describe, expect, it } from 'vitest';
import { planDissolve } from './dissolve.ts';
import { run, smallProvince } from '../../../test/support/unit-fixtures.ts';
import { lineage } from './lineage.ts';
import { planMerge } from './merge.ts';
import { planSplit } from './split.ts';
import { hasCycle, treeAsOf } from './tree.ts';
import type { UnitEvent } from './types.ts';

describe('treeAsOf', () => {
  it('lists the forest depth-first with siblings in Vietnamese order', () => {
    const p = smallProvince();
    const names = treeAsOf(p.state.units, p.state.versions, '2024-06-01').map((n) => n.name);
    // "Huyện" < "Sở" and, inside a district, "Xã Ba" < "Xã Hai" < "Xã Một" by Vietnamese collation
    expect(names).toEqual([
      'Tỉnh',
      'Huyện Hai',
      'Xã Ba',
      'Huyện Một',
      'Xã Hai',
      'Xã Một',
      'Sở Hai',
      'Sở Một',
    ]);
  });

  it('sorts diacritics as Vietnamese readers expect (Đ after D, Ư after U)', () => {
    const units = ['Đoàn', 'Dân', 'Ủy ban', 'Ưu', 'Uông'].map((name, i) => ({
      id: `u${i}`,
      code: `c${i}`,
      kind: 'other_organisation' as const,
      validFrom: '2020-01-01',
      validTo: null,
    }));
    const versions = ['Đoàn', 'Dân', 'Ủy ban', 'Ưu', 'Uông'].map((name, i) => ({
      id: `v${i}`,
      unitId: `u${i}`,
      name,
      shortName: null,
      parentId: null,
      validFrom: '2020-01-01',
      validTo: null,
    }));
    expect(treeAsOf(units, versions, '2021-01-01').map((n) => n.name)).toEqual([
      'Dân',
      'Đoàn',
      'Uông',
      'Ủy ban',
      'Ưu',
    ]);
  });

  it('shows districts before they were dissolved and none after', () => {
    const province = smallProvince();
    const { ctx, id } = province;
    let state = province.state;
    for (const d of ['D1', 'D2'])
      state = run(state, (i) =>
        planDissolve(i, ctx, { unitId: id(d), successorId: id('P'), effectiveDate: '2025-07-01' }),
      );
    const kinds = (date: string) => treeAsOf(state.units, state.versions, date).map((n) => n.kind);
    expect(kinds('2025-06-30')).toContain('district');
    expect(kinds('2025-07-01')).not.toContain('district');
    expect(
      treeAsOf(state.units, state.versions, '2025-07-01')
        .filter((n) => n.kind === 'commune')
        .every((n) => n.parentId === id('P')),
    ).toBe(true);
  });

  it('detects cycles', () => {
    expect(
      hasCycle([
        { id: 'a', parentId: 'b' },
        { id: 'b', parentId: 'a' },
      ]),
    ).toBe(true);
    expect(
      hasCycle([
        { id: 'a', parentId: null },
        { id: 'b', parentId: 'a' },
      ]),
    ).toBe(false);
  });
});

describe('lineage', () => {
  it('follows merges and splits both ways, transitively, with depth', () => {
    const province = smallProvince();
    const { ctx, id } = province;
    let state = province.state;
    const events: UnitEvent[] = [];
    const record = (plan: ReturnType<typeof planMerge>) => (events.push(...plan.events), plan);
    state = run(state, (i) =>
      record(
        planMerge(i, ctx, {
          predecessorIds: [id('S1'), id('S2')],
          successor: { code: 'S12', kind: 'provincial_department', name: 'Sở Mới' },
          effectiveDate: '2025-03-01',
        }),
      ),
    );
    const s12 = state.units.find((u) => u.code === 'S12')!.id;
    state = run(state, (i) =>
      record(
        planSplit(i, ctx, {
          unitId: s12,
          successors: [
            { code: 'X', kind: 'provincial_department', name: 'X' },
            { code: 'Y', kind: 'provincial_department', name: 'Y', share: 'phần Y' },
          ],
          effectiveDate: '2026-01-01',
        }),
      ),
    );
    const y = state.units.find((u) => u.code === 'Y')!.id;

    const ofY = lineage(y, events);
    expect(ofY.predecessors.map((e) => [e.unitId, e.depth, e.eventKind])).toEqual([
      [s12, 1, 'split'],
      [id('S1'), 2, 'merge'],
      [id('S2'), 2, 'merge'],
    ]);
    expect(ofY.predecessors[0]!.share).toBe('phần Y');
    expect(ofY.successors).toEqual([]);
    expect(lineage(id('S1'), events).successors.map((e) => [e.unitId, e.depth])).toEqual([
      [s12, 1],
      [state.units.find((u) => u.code === 'X')!.id, 2],
      [y, 2],
    ]);
  });
});
