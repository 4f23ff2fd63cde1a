/**
 * Rankings within an emulation block or a participant category (issue 10, ADR 0033). The
 * documented tie-breaks, in order: higher total; then more criteria at their maximum; then
 * fewer penalty events; then earlier first submission. Entries equal on all four share a
 * rank (1, 1, 3). The first-ranked entries are the block's proposal for the provincial
 * emulation flag (Cờ thi đua của UBND tỉnh) — only when they stand alone at rank 1.
 */
export interface RankEntry {
  unitId: string;
  total: number;
  criteriaAtMax: number;
  penaltyEvents: number;
  /** ISO timestamp of the report's first submission; null sorts last. */
  firstSubmittedAt: string | null;
}

export type TieBreak = 'total' | 'criteria_at_max' | 'penalty_events' | 'first_submission' | null;

export interface Ranked<T extends RankEntry> {
  entry: T;
  rank: number;
  /** The tie-break that set this entry apart from the one ranked just above it (null for the first). */
  decidedBy: TieBreak;
}

const subAt = (e: RankEntry) => (e.firstSubmittedAt ? Date.parse(e.firstSubmittedAt) : Infinity);

/** Which comparison orders a before b (negative) or after it, and which key decided. */
export function compareEntries(a: RankEntry, b: RankEntry): { order: number; by: TieBreak } {
  const ta = Math.round(a.total * 100);
  const tb = Math.round(b.total * 100);
  if (ta !== tb) return { order: tb - ta, by: 'total' };
  if (a.criteriaAtMax !== b.criteriaAtMax)
    return { order: b.criteriaAtMax - a.criteriaAtMax, by: 'criteria_at_max' };
  if (a.penaltyEvents !== b.penaltyEvents)
    return { order: a.penaltyEvents - b.penaltyEvents, by: 'penalty_events' };
  const sa = subAt(a);
  const sb = subAt(b);
  if (sa !== sb) return { order: sa < sb ? -1 : 1, by: 'first_submission' };
  return { order: 0, by: null };
}

/** Ranks entries best first; stable by unit id among exact ties. */
export function rank<T extends RankEntry>(entries: readonly T[]): Ranked<T>[] {
  const sorted = [...entries].sort(
    (a, b) =>
      compareEntries(a, b).order || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0),
  );
  const out: Ranked<T>[] = [];
  sorted.forEach((entry, i) => {
    if (i === 0) return out.push({ entry, rank: 1, decidedBy: null });
    const prev = out[i - 1]!;
    const { order, by } = compareEntries(prev.entry, entry);
    out.push({ entry, rank: order === 0 ? prev.rank : i + 1, decidedBy: by });
  });
  return out;
}

/** The block's leader: the one entry alone at rank 1 (none when the block is empty or tied). */
export function leaderOf<T extends RankEntry>(ranked: readonly Ranked<T>[]): T | null {
  const first = ranked.filter((r) => r.rank === 1);
  return first.length === 1 ? first[0]!.entry : null;
}
