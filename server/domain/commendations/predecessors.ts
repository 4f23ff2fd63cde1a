import type { PredecessorMode } from '../../../shared/contracts/commendation-settings.ts';
import type { KnownHistory, PredecessorHistory } from './history.ts';

/**
 * The units that stand for a collective in a year before it existed: those merged into it whose
 * merger took effect after that year ended and that existed then. Null when the collective
 * itself existed during the year (its own record decides, as for a department that continued
 * through a merger) or when no merged unit stands for the year.
 */
export function partsOfYear(known: KnownHistory, year: number): PredecessorHistory[] | null {
  const end = `${year}-12-31`;
  const from = known.subject.existsFrom;
  if (from === undefined || from <= end) return null;
  const parts = known.predecessors.filter((p) => p.mergedOn > end && p.existsFrom <= end);
  return parts.length ? parts : null;
}

export type { PredecessorMode };
