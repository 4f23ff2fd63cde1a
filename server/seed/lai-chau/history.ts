import { oldCommunes } from './communes-before-2025.ts';
import { communeCreations, communeMoves, newCommunes, unmergedCommunes } from './communes-2025.ts';
import { communeMergers } from './merger-2025.ts';
import { departmentMergers, districtDissolutions, newDepartments } from './reorganisation-2025.ts';
import type { ResolvedUnit, SeedUnit, SeedUnitEvent } from './types.ts';
import { baseUnits, earlierEvents } from './units.ts';

/**
 * Replays events over the initial units: a dissolved unit, or a merger's predecessor that is
 * not also its successor, ends on the effective date (valid_to is exclusive); a move or a
 * rename closes the open version and opens the next one. Throws on an inconsistent history.
 */
export function resolveUnitHistory(units: SeedUnit[], events: SeedUnitEvent[]): ResolvedUnit[] {
  const byCode = new Map<string, ResolvedUnit>();
  for (const u of units) {
    if (byCode.has(u.code)) throw new Error(`duplicate unit code ${u.code}`);
    byCode.set(u.code, {
      code: u.code,
      kind: u.kind,
      validFrom: u.validFrom,
      validTo: null,
      versions: [
        {
          name: u.name,
          shortName: u.shortName,
          parentCode: u.parentCode,
          communeType: u.communeType ?? null,
          validFrom: u.validFrom,
          validTo: null,
        },
      ],
    });
  }
  const get = (code: string, event: SeedUnitEvent): ResolvedUnit => {
    const unit = byCode.get(code);
    if (!unit) throw new Error(`${event.key}: unknown unit ${code}`);
    if (unit.validFrom > event.effectiveDate)
      throw new Error(`${event.key}: ${code} does not exist yet`);
    if (unit.validTo !== null) throw new Error(`${event.key}: ${code} has already ended`);
    return unit;
  };
  const openVersion = (unit: ResolvedUnit, event: SeedUnitEvent) => {
    const v = unit.versions[unit.versions.length - 1]!;
    if (v.validFrom >= event.effectiveDate)
      throw new Error(`${event.key}: ${unit.code} would get an empty version`);
    v.validTo = event.effectiveDate;
    return v;
  };

  const sorted = [...events].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
  for (const event of sorted) {
    const successors = new Set(
      event.parties.filter((p) => p.role === 'successor').map((p) => p.unit),
    );
    for (const party of event.parties) {
      const unit = get(party.unit, event);
      const ends =
        (event.kind === 'dissolve' && party.role === 'subject') ||
        ((event.kind === 'merge' || event.kind === 'split') &&
          party.role === 'predecessor' &&
          !successors.has(party.unit));
      if (ends) {
        openVersion(unit, event);
        unit.validTo = event.effectiveDate;
      } else if (event.kind === 'create' && party.role === 'subject') {
        if (unit.validFrom !== event.effectiveDate)
          throw new Error(`${event.key}: ${unit.code} must start on the event date`);
      } else if (event.kind === 'move' && party.role === 'subject') {
        if (!event.moveTo) throw new Error(`${event.key}: move without moveTo`);
        const prev = openVersion(unit, event);
        unit.versions.push({
          ...prev,
          parentCode: event.moveTo,
          validFrom: event.effectiveDate,
          validTo: null,
        });
      } else if (event.kind === 'rename' && party.role === 'subject') {
        if (!event.renameTo) throw new Error(`${event.key}: rename without renameTo`);
        const prev = openVersion(unit, event);
        unit.versions.push({
          ...prev,
          ...event.renameTo,
          validFrom: event.effectiveDate,
          validTo: null,
        });
      }
    }
  }
  return [...byCode.values()];
}

/**
 * Problems with a resolved tree: a version whose parent does not exist for the whole of
 * the version's stretch of time, or a unit whose versions leave gaps.
 */
export function treeProblems(units: ResolvedUnit[]): string[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const problems: string[] = [];
  const end = (d: string | null) => d ?? '9999-12-31';
  for (const unit of units) {
    let expected = unit.validFrom;
    for (const v of unit.versions) {
      if (v.validFrom !== expected)
        problems.push(`${unit.code}: version starts ${v.validFrom}, expected ${expected}`);
      expected = end(v.validTo);
      if (!v.parentCode) continue;
      const parent = byCode.get(v.parentCode);
      if (!parent) problems.push(`${unit.code}: unknown parent ${v.parentCode}`);
      else if (parent.validFrom > v.validFrom || end(parent.validTo) < end(v.validTo))
        problems.push(
          `${unit.code}: parent ${v.parentCode} does not cover ${v.validFrom}..${v.validTo ?? ''}`,
        );
    }
    if (expected !== end(unit.validTo))
      problems.push(`${unit.code}: versions end ${expected}, unit ends ${end(unit.validTo)}`);
  }
  return problems;
}

/** Every unit event the seed writes, in date order. */
export const laiChauUnitEvents: SeedUnitEvent[] = [
  ...earlierEvents,
  ...departmentMergers,
  ...districtDissolutions,
  ...communeCreations,
  ...communeMergers,
  ...communeMoves,
].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));

/** Every unit the seed writes, before any event. */
export const laiChauSeedUnits: SeedUnit[] = [
  ...baseUnits,
  ...oldCommunes,
  ...unmergedCommunes,
  ...newDepartments,
  ...newCommunes,
];

/** The Lai Châu unit tree with its whole history. */
export function laiChauUnits(): ResolvedUnit[] {
  return resolveUnitHistory(laiChauSeedUnits, laiChauUnitEvents);
}
