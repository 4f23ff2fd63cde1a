import {
  disciplineSeverities,
  type DisciplineSeverity,
  type Rating,
} from '../../../shared/commendations/catalogue.ts';
import type { MemberYear } from './history.ts';

/** A stored history record of one member, as the collective's check reads it. */
export interface MemberRecord {
  subjectId: string;
  type: string;
  year: number | null;
  data: unknown;
}

const rank = (s: DisciplineSeverity) => disciplineSeverities.indexOf(s);

/**
 * The members' years that a collective's standards count (≥ 70% LĐTT, nobody disciplined…).
 * A person counts as a member in a year when a rating, an award or a discipline of that year is
 * recorded for them: the yearly rating is how a unit says who worked there that year.
 */
export function memberYears(
  members: readonly { id: string; name?: string | undefined }[],
  records: readonly MemberRecord[],
): MemberYear[] {
  const out: MemberYear[] = [];
  for (const member of members) {
    const byYear = new Map<
      number,
      { titles: string[]; rating?: Rating; worst?: DisciplineSeverity }
    >();
    const at = (year: number) => {
      let entry = byYear.get(year);
      if (!entry) byYear.set(year, (entry = { titles: [] }));
      return entry;
    };
    for (const r of records) {
      if (r.subjectId !== member.id) continue;
      const data = r.data as Record<string, unknown>;
      if (r.type === 'rating' && r.year !== null) at(r.year).rating = data.rating as Rating;
      else if (r.type === 'award' && r.year !== null)
        at(r.year).titles.push(String(data.awardCode));
      else if (r.type === 'discipline' && typeof data.decidedOn === 'string') {
        const entry = at(Number(data.decidedOn.slice(0, 4)));
        const severity = data.severity as DisciplineSeverity;
        if (!entry.worst || rank(severity) > rank(entry.worst)) entry.worst = severity;
      }
    }
    for (const [year, e] of [...byYear].sort((a, b) => a[0] - b[0]))
      out.push({
        memberId: member.id,
        ...(member.name ? { name: member.name } : {}),
        year,
        titles: e.titles,
        ...(e.rating ? { rating: e.rating } : {}),
        ...(e.worst ? { disciplineSeverity: e.worst } : {}),
      });
  }
  return out;
}
