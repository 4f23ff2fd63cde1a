import { unitKinds } from './unit-kinds.ts';

/**
 * Vietnamese alphabetical order (ă â after a, đ after d, ê after e, ô ơ after o, ư after u;
 * tones only break ties), the same on the server and in the browser. Every list of names
 * sorts with it. Not SQL: PGlite's ICU carries only the root collation ("vi" falls back to
 * it, so "Ăn" sorts before "Ảo"), and the C collation puts "Đ" after "Z".
 */
const collator = new Intl.Collator('vi');

/** Two names in Vietnamese order. */
export const compareNames = (a: string, b: string): number => collator.compare(a, b);

/** A comparator by the name `nameOf` gives. */
export const byName =
  <T>(nameOf: (item: T) => string) =>
  (a: T, b: T): number =>
    compareNames(nameOf(a), nameOf(b));

const kindRank = (kind: string) => {
  const i = (unitKinds as readonly string[]).indexOf(kind);
  return i < 0 ? unitKinds.length : i;
};

/** Units as lists show them: by kind (departments before communes), then by name, then code. */
export const compareUnits = (
  a: { kind: string; name: string; code?: string },
  b: { kind: string; name: string; code?: string },
): number =>
  kindRank(a.kind) - kindRank(b.kind) ||
  compareNames(a.name, b.name) ||
  compareNames(a.code ?? '', b.code ?? '');
