import type {
  AwardKind,
  PersonCategory,
  Rating,
  RecognitionLevel,
  SubjectKind,
} from '../../shared/commendations/catalogue.ts';
import type {
  AwardRecord,
  Attestation,
  InitiativeRecord,
  MemberYear,
  RatingRecord,
  SubjectHistory,
} from '../../server/domain/commendations/history.ts';

/** Builders for hand-worked test histories; every record says which year and which decision it is. */

export function subject(
  kind: SubjectKind,
  extra: Partial<SubjectHistory['subject']> = {},
  rest: Partial<Omit<SubjectHistory, 'subject'>> = {},
): SubjectHistory {
  return { subject: { id: `${kind}-1`, kind, ...extra }, ...rest };
}

export const official = (
  rest: Partial<Omit<SubjectHistory, 'subject'>> = {},
  category: PersonCategory = 'official',
): SubjectHistory => subject('individual', { name: 'Lò Thị Hoa', category }, rest);

export const rated = (byYear: Record<number, Rating>): RatingRecord[] =>
  Object.entries(byYear).map(([year, rating]) => ({ year: Number(year), rating }));

let decision = 100;
/** A title or form for `year`, decided on 15 January of the next year. */
export function held(awardCode: string, year: number, kind: AwardKind = 'merit'): AwardRecord {
  decision += 1;
  return {
    awardCode,
    year,
    kind,
    decisionNo: `${decision}/QĐ-UBND`,
    decisionDate: `${year + 1}-01-15`,
  };
}

export const attest = (fact: string, year: number): Attestation => ({
  fact,
  year,
  ref: `Biên bản ${fact} ${year}`,
});

export function initiative(
  level: RecognitionLevel,
  recognisedOn: string,
  type: 'initiative' | 'research' = 'initiative',
  id = `SK-${recognisedOn}-${level}-${type}`,
): InitiativeRecord {
  return { id, title: `Sáng kiến ${id}`, type, level, recognisedOn, decisionNo: `${id}/QĐ-HĐSK` };
}

/** `total` members in `year`; the first `ldtt` hold LĐTT, the first `cstdcs` also CSTĐCS; all rated `rating`. */
export function members(
  year: number,
  total: number,
  opts: { ldtt?: number; cstdcs?: number; rating?: Rating; warnedIndex?: number } = {},
): MemberYear[] {
  return Array.from({ length: total }, (_, i) => ({
    memberId: `m${i + 1}`,
    year,
    titles: [
      ...(i < (opts.ldtt ?? 0) ? ['LDTT'] : []),
      ...(i < (opts.cstdcs ?? 0) ? ['CSTDCS'] : []),
    ],
    rating: opts.rating ?? 'HTT',
    disciplineSeverity: opts.warnedIndex === i ? 'warning' : undefined,
  }));
}

/** A check early in the year after the assessment year (dossiers reach the province in Q1). */
export const early = (year: number): string => `${year + 1}-03-01`;
