import { addDays, within } from './dates.ts';
import { isActive, type UnitIndex } from './state.ts';
import type { Unit } from './types.ts';

/** Other spellings of unit names → the spelling stored (e.g. "Ma Ly Pho" → "Ma Li Pho"). */
export type NameAliases = readonly (readonly [alias: string, kept: string])[];

// The two tone-mark placements on "oa", "oe", "uy" (Khoá / Khóa) name the same place.
const tonePairs: [string, string][] = [];
for (const [vowel, marked] of [
  ['a', 'áàảãạ'],
  ['e', 'éèẻẽẹ'],
  ['y', 'ýỳỷỹỵ'],
] as const) {
  const first = vowel === 'y' ? 'u' : 'o';
  const bare = first === 'o' ? 'óòỏõọ' : 'úùủũụ';
  for (let i = 0; i < 5; i++) tonePairs.push([`${first}${marked[i]}`, `${bare[i]}${vowel}`]);
}

/**
 * The form names are compared in: NFC, lower case, dots dropped, single spaces, one tone-mark
 * placement, and "p" / "tt" before a name read as "phường" / "thị trấn". Diacritics are kept:
 * Nậm Cha and Nậm Chà are two communes.
 */
export function normaliseName(text: string): string {
  let s = text.normalize('NFC').toLowerCase().replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
  for (const [old, current] of tonePairs) s = s.replaceAll(old, current);
  return s.replace(/^p /, 'phường ').replace(/^tt /, 'thị trấn ');
}

function withAliases(key: string, aliases: NameAliases): string {
  let out = ` ${key} `;
  for (const [alias, kept] of aliases)
    out = out.replaceAll(` ${normaliseName(alias)} `, ` ${normaliseName(kept)} `);
  return out.trim();
}

export type NameMatch = { unit: Unit } | { ambiguous: Unit[] } | { none: true };

/**
 * Finds the unit a spreadsheet cell means on `day`: by code first, else by its full name, else
 * by its short name (communes before other kinds), spelling variants read through `aliases`.
 * A name is looked up among the units in force that day, or that ended that very day when
 * `endedOn` allows it (a predecessor named as it was on its last day).
 */
export function matchUnit(
  index: UnitIndex,
  aliases: NameAliases,
  cell: string,
  day: string,
  options: { endedOn?: boolean } = {},
): NameMatch {
  const byCode = index.unitByCode(cell);
  if (byCode) return { unit: byCode };
  const key = withAliases(normaliseName(cell), aliases);
  if (!key) return { none: true };
  const lookDay = options.endedOn ? addDays(day, -1) : day;
  const candidates = index.state.units.filter((u) =>
    options.endedOn ? within(u.validFrom, u.validTo, lookDay) : isActive(u, day),
  );
  const versionOf = (u: Unit) =>
    index.versionsOf(u.id).find((v) => within(v.validFrom, v.validTo, lookDay));
  const named = (pick: (u: Unit) => string | null | undefined) =>
    candidates.filter((u) => {
      const text = pick(u);
      return text ? withAliases(normaliseName(text), aliases) === key : false;
    });
  const tiers = [
    named((u) => versionOf(u)?.name),
    named((u) => (u.kind === 'commune' ? versionOf(u)?.shortName : null)),
    named((u) => versionOf(u)?.shortName),
  ];
  for (const found of tiers) {
    if (found.length === 1) return { unit: found[0]! };
    if (found.length > 1) return { ambiguous: found };
  }
  return { none: true };
}
