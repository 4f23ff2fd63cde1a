import { describe, expect, it } from 'vitest';
import { planCreate, planMove, planRename } from './basic.ts';
import { planDissolve } from './dissolve.ts';
import {
  problemsOf,
  smallProvince,
  run,
  at,
  type Province,
} from '../../../test/support/unit-fixtures.ts';
import type { UnitPlan } from './types.ts';

type Case = [string, (p: Province) => UnitPlan, Record<string, string>];

describe('create, rename and move refuse bad commands', () => {
  const cases: Case[] = [
    [
      'create: code taken',
      (p) =>
        planCreate(at(p), p.ctx, {
          code: 'C1',
          kind: 'commune',
          name: 'X',
          parentId: p.id('D1'),
          validFrom: '2021-01-01',
        }),
      { code: 'unit_code_taken' },
    ],
    [
      'create: unknown kind',
      (p) =>
        planCreate(at(p), p.ctx, { code: 'N', kind: 'planet', name: 'X', validFrom: '2021-01-01' }),
      { kind: 'invalid_option' },
    ],
    [
      'create: bad date',
      (p) =>
        planCreate(at(p), p.ctx, {
          code: 'N',
          kind: 'commune',
          name: 'X',
          validFrom: '2021-02-30',
        }),
      { validFrom: 'invalid_date' },
    ],
    [
      'create: unknown parent',
      (p) =>
        planCreate(at(p), p.ctx, {
          code: 'N',
          kind: 'commune',
          name: 'X',
          parentId: 'nope',
          validFrom: '2021-01-01',
        }),
      { parentId: 'unit_not_found' },
    ],
    [
      'create: parent not yet there',
      (p) =>
        planCreate(at(p), p.ctx, {
          code: 'N',
          kind: 'commune',
          name: 'X',
          parentId: p.id('D1'),
          validFrom: '2019-01-01',
        }),
      { parentId: 'unit_not_active' },
    ],
    [
      'create: parent ends later',
      (p) => {
        p.state = run(p.state, (i) =>
          planDissolve(i, p.ctx, { unitId: p.id('S1'), effectiveDate: '2025-01-01' }),
        );
        return planCreate(at(p), p.ctx, {
          code: 'N',
          kind: 'sub_unit',
          name: 'X',
          parentId: p.id('S1'),
          validFrom: '2021-01-01',
        });
      },
      { parentId: 'unit_ends' },
    ],
    [
      'create: blank name',
      (p) =>
        planCreate(at(p), p.ctx, {
          code: 'N',
          kind: 'commune',
          name: '  ',
          validFrom: '2021-01-01',
        }),
      { name: 'required' },
    ],
    [
      'rename: unknown unit',
      (p) => planRename(at(p), p.ctx, { unitId: 'nope', name: 'X', effectiveDate: '2021-01-01' }),
      { unitId: 'unit_not_found' },
    ],
    [
      'rename: before the unit existed',
      (p) =>
        planRename(at(p), p.ctx, { unitId: p.id('C1'), name: 'X', effectiveDate: '2019-01-01' }),
      { unitId: 'unit_not_active' },
    ],
    [
      'rename: same name',
      (p) =>
        planRename(at(p), p.ctx, {
          unitId: p.id('C1'),
          name: 'Xã Một',
          effectiveDate: '2021-01-01',
        }),
      { name: 'unit_name_unchanged' },
    ],
    [
      'rename: history already changed later',
      (p) => {
        p.state = run(p.state, (i) =>
          planRename(i, p.ctx, { unitId: p.id('C1'), name: 'Xã Mới', effectiveDate: '2023-01-01' }),
        );
        return planRename(at(p), p.ctx, {
          unitId: p.id('C1'),
          name: 'X',
          effectiveDate: '2022-01-01',
        });
      },
      { effectiveDate: 'unit_changed_later' },
    ],
    [
      'move: under itself',
      (p) =>
        planMove(at(p), p.ctx, {
          unitId: p.id('D1'),
          parentId: p.id('D1'),
          effectiveDate: '2021-01-01',
        }),
      { parentId: 'move_into_descendant' },
    ],
    [
      'move: under its own child',
      (p) =>
        planMove(at(p), p.ctx, {
          unitId: p.id('D1'),
          parentId: p.id('C1'),
          effectiveDate: '2021-01-01',
        }),
      { parentId: 'move_into_descendant' },
    ],
    [
      'move: same parent',
      (p) =>
        planMove(at(p), p.ctx, {
          unitId: p.id('C1'),
          parentId: p.id('D1'),
          effectiveDate: '2021-01-01',
        }),
      { parentId: 'same_parent' },
    ],
    [
      'move: unknown parent',
      (p) =>
        planMove(at(p), p.ctx, {
          unitId: p.id('C1'),
          parentId: 'nope',
          effectiveDate: '2021-01-01',
        }),
      { parentId: 'unit_not_found' },
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
