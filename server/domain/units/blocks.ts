import { Problems } from './versions.ts';
import type { Unit } from './types.ts';

export interface MemberInput {
  unitId: string;
  role: 'member' | 'head';
}

/** Another block's hold on a unit in the same year. */
export interface OtherMembership {
  unitId: string;
  blockName: string;
}

/** A unit takes part in a year when it exists on at least one day of it. */
export function activeInYear(unit: Pick<Unit, 'validFrom' | 'validTo'>, year: number): boolean {
  return (
    unit.validFrom < `${year + 1}-01-01` &&
    (unit.validTo === null || unit.validTo > `${year}-01-01`)
  );
}

/**
 * Checks one block's membership for one year: known units that exist that year, each once,
 * at most one head, and none already ranked in another block that year (a unit is ranked
 * in one block only).
 */
export function checkMembers(
  members: readonly MemberInput[],
  year: number,
  units: ReadonlyMap<string, Unit>,
  others: readonly OtherMembership[],
): void {
  const problems = new Problems();
  const seen = new Set<string>();
  members.forEach((m, i) => {
    const field = `members.${i}.unitId`;
    const unit = units.get(m.unitId);
    const other = others.find((o) => o.unitId === m.unitId);
    if (!unit) problems.add(field, 'unit_not_found');
    else if (seen.has(m.unitId)) problems.add(field, 'duplicate_unit');
    else if (!activeInYear(unit, year)) problems.add(field, 'unit_not_active_in_year', { year });
    else if (other) problems.add(field, 'unit_in_other_block', { block: other.blockName, year });
    seen.add(m.unitId);
  });
  if (members.filter((m) => m.role === 'head').length > 1)
    problems.add('members', 'block_too_many_heads');
  problems.throwIfAny();
}
