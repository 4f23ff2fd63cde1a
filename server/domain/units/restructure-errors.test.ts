import { describe, expect, it } from 'vitest';
import { planDissolve } from './dissolve.ts';
import {
  at,
  problemsOf,
  smallProvince,
  type Province,
} from '../../../test/support/unit-fixtures.ts';
import { planMerge } from './merge.ts';
import { planSplit } from './split.ts';
import type { UnitPlan } from './types.ts';

type Case = [string, (p: Province) => UnitPlan, Record<string, string>];

describe('merge, split and dissolve refuse bad commands', () => {
  const cases: Case[] = [
    [
      'merge: one predecessor into a new unit',
      (p) =>
        planMerge(at(p), p.ctx, {
          predecessorIds: [p.id('C1')],
          successor: { code: 'N', kind: 'commune', name: 'X' },
          effectiveDate: '2025-07-01',
        }),
      { predecessorIds: 'too_few_items' },
    ],
    [
      'merge: duplicate predecessor',
      (p) =>
        planMerge(at(p), p.ctx, {
          predecessorIds: [p.id('C1'), p.id('C1')],
          successor: { code: 'N', kind: 'commune', name: 'X' },
          effectiveDate: '2025-07-01',
        }),
      { 'predecessorIds.1': 'duplicate_unit' },
    ],
    [
      'merge: on the first day of a predecessor',
      (p) =>
        planMerge(at(p), p.ctx, {
          predecessorIds: [p.id('C1'), p.id('C2')],
          successor: { code: 'N', kind: 'commune', name: 'X' },
          effectiveDate: '2020-01-01',
        }),
      { effectiveDate: 'effective_after_start' },
    ],
    [
      'merge: successor among predecessors',
      (p) =>
        planMerge(at(p), p.ctx, {
          predecessorIds: [p.id('C1'), p.id('C2')],
          successor: { unitId: p.id('C2') },
          effectiveDate: '2025-07-01',
        }),
      { 'successor.unitId': 'successor_is_predecessor' },
    ],
    [
      'merge: successor inside a predecessor',
      (p) =>
        planMerge(at(p), p.ctx, {
          predecessorIds: [p.id('D1')],
          successor: { unitId: p.id('C1') },
          effectiveDate: '2025-07-01',
        }),
      { 'successor.unitId': 'successor_inside_predecessor' },
    ],
    [
      'merge: new successor code taken',
      (p) =>
        planMerge(at(p), p.ctx, {
          predecessorIds: [p.id('C1'), p.id('C2')],
          successor: { code: 'C3', kind: 'commune', name: 'X' },
          effectiveDate: '2025-07-01',
        }),
      { 'successor.code': 'unit_code_taken' },
    ],
    [
      'merge: new successor under a predecessor',
      (p) =>
        planMerge(at(p), p.ctx, {
          predecessorIds: [p.id('D1'), p.id('D2')],
          successor: { code: 'N', kind: 'district', name: 'X', parentId: p.id('C1') },
          effectiveDate: '2025-07-01',
        }),
      { 'successor.parentId': 'successor_inside_predecessor' },
    ],
    [
      'split: one successor',
      (p) =>
        planSplit(at(p), p.ctx, {
          unitId: p.id('S1'),
          successors: [{ unitId: p.id('S2') }],
          effectiveDate: '2025-03-01',
        }),
      { successors: 'too_few_items' },
    ],
    [
      'split: children left unassigned',
      (p) =>
        planSplit(at(p), p.ctx, {
          unitId: p.id('D1'),
          successors: [
            { code: 'A', kind: 'district', name: 'A' },
            { code: 'B', kind: 'district', name: 'B' },
          ],
          effectiveDate: '2025-03-01',
        }),
      { childrenTo: 'children_not_assigned' },
    ],
    [
      'split: a stranger in childrenTo and a bad index',
      (p) =>
        planSplit(at(p), p.ctx, {
          unitId: p.id('D1'),
          successors: [
            { code: 'A', kind: 'district', name: 'A' },
            { code: 'B', kind: 'district', name: 'B' },
          ],
          childrenTo: { [p.id('C1')]: 0, [p.id('C2')]: 2, [p.id('C3')]: 0 },
          effectiveDate: '2025-03-01',
        }),
      { [`childrenTo.C2`]: 'successor_index_invalid', [`childrenTo.C3`]: 'not_a_child' },
    ],
    [
      'split: duplicate existing successor',
      (p) =>
        planSplit(at(p), p.ctx, {
          unitId: p.id('S1'),
          successors: [{ unitId: p.id('S2') }, { unitId: p.id('S2') }],
          effectiveDate: '2025-03-01',
        }),
      { 'successors.1.unitId': 'duplicate_unit' },
    ],
    [
      'split: successors share a new code',
      (p) =>
        planSplit(at(p), p.ctx, {
          unitId: p.id('S1'),
          successors: [
            { code: 'A', kind: 'provincial_department', name: 'A' },
            { code: 'A', kind: 'provincial_department', name: 'B' },
          ],
          effectiveDate: '2025-03-01',
        }),
      { 'successors.1.code': 'unit_code_taken' },
    ],
    [
      'dissolve: children need a successor',
      (p) => planDissolve(at(p), p.ctx, { unitId: p.id('D1'), effectiveDate: '2025-07-01' }),
      { successorId: 'unit_has_children' },
    ],
    [
      'dissolve: successor is the unit itself',
      (p) =>
        planDissolve(at(p), p.ctx, {
          unitId: p.id('S1'),
          successorId: p.id('S1'),
          effectiveDate: '2025-07-01',
        }),
      { successorId: 'successor_is_predecessor' },
    ],
    [
      'dissolve: successor below the unit',
      (p) =>
        planDissolve(at(p), p.ctx, {
          unitId: p.id('D1'),
          successorId: p.id('C1'),
          effectiveDate: '2025-07-01',
        }),
      { successorId: 'successor_inside_predecessor' },
    ],
  ];

  it.each(cases)('%s', (_name, planner, expected) => {
    const p = smallProvince();
    const problems = problemsOf(() => planner(p));
    // child ids are opaque; the table names them by code
    const named = Object.fromEntries(
      Object.entries(problems).map(([k, v]) => [
        k.replace(/childrenTo\.(.+)/, (_, id: string) => `childrenTo.${codeOf(p, id)}`),
        v,
      ]),
    );
    expect(named).toEqual(expected);
  });
});

function codeOf(p: Province, id: string): string {
  return p.state.units.find((u) => u.id === id)?.code ?? id;
}
