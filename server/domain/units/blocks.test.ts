import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { activeInYear, checkMembers, type MemberInput } from './blocks.ts';
import type { Unit } from './types.ts';

const unit = (id: string, validFrom = '2020-01-01', validTo: string | null = null): Unit => ({
  id,
  code: id,
  kind: 'commune',
  validFrom,
  validTo,
});
const units = new Map(
  [unit('a'), unit('b'), unit('gone', '2020-01-01', '2025-07-01'), unit('new', '2025-07-01')].map(
    (u) => [u.id, u],
  ),
);

function problems(
  members: MemberInput[],
  year = 2026,
  others: { unitId: string; blockName: string }[] = [],
) {
  try {
    checkMembers(members, year, units, others);
    return {};
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return Object.fromEntries(Object.entries(e.fields ?? {}).map(([k, v]) => [k, v.key]));
  }
}

describe('block membership', () => {
  it.each([
    [
      'a valid list',
      [
        { unitId: 'a', role: 'head' },
        { unitId: 'b', role: 'member' },
      ],
      {},
    ],
    [
      'two heads',
      [
        { unitId: 'a', role: 'head' },
        { unitId: 'b', role: 'head' },
      ],
      { members: 'block_too_many_heads' },
    ],
    [
      'a unit twice',
      [
        { unitId: 'a', role: 'member' },
        { unitId: 'a', role: 'member' },
      ],
      { 'members.1.unitId': 'duplicate_unit' },
    ],
    [
      'an unknown unit',
      [{ unitId: 'zzz', role: 'member' }],
      { 'members.0.unitId': 'unit_not_found' },
    ],
    [
      'a unit that ended before the year',
      [{ unitId: 'gone', role: 'member' }],
      { 'members.0.unitId': 'unit_not_active_in_year' },
    ],
  ] as [string, MemberInput[], Record<string, string>][])('%s', (_name, members, expected) =>
    expect(problems(members)).toEqual(expected),
  );

  it('refuses a unit already ranked in another block that year', () => {
    expect(
      problems([{ unitId: 'a', role: 'member' }], 2026, [{ unitId: 'a', blockName: 'Cụm 1' }]),
    ).toEqual({ 'members.0.unitId': 'unit_in_other_block' });
  });

  it('counts a unit in every year it exists on at least one day', () => {
    expect([2024, 2025, 2026].map((y) => activeInYear(units.get('gone')!, y))).toEqual([
      true,
      true,
      false,
    ]);
    expect([2024, 2025].map((y) => activeInYear(units.get('new')!, y))).toEqual([false, true]);
  });
});
