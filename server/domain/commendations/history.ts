import type {
  AwardKind,
  CaseKind,
  ContributionKind,
  DisciplineSeverity,
  LocalUnitKind,
  PersonCategory,
  Rating,
  RecognitionLevel,
  SubjectKind,
} from '../../../shared/commendations/catalogue.ts';
import type { AbsenceReason } from '../../../shared/contracts/people.ts';

/**
 * What the eligibility check reads about one subject: a person, a household or a collective.
 * Records dated after the check date are ignored, so the same history answers "as known on" any day.
 */

export interface RatingRecord {
  year: number;
  rating: Rating;
  source?: string | undefined;
}

/** A title or form received. `kind` matters: thematic and sudden ones are not merit history. */
export interface AwardRecord {
  awardCode: string;
  /** The year (or last year) of the achievement it rewards. */
  year: number;
  kind: AwardKind;
  decisionNo: string;
  decisionDate: string;
  issuer?: string | undefined;
}

/** `endsOn` is the last day of the disciplinary period; achievements count from the day after. */
export interface DisciplineRecord {
  id: string;
  severity: DisciplineSeverity;
  decidedOn: string;
  endsOn: string;
  ref?: string | undefined;
}

/** A discipline procedure, investigation, inspection, complaint, denunciation or press report being verified. */
export interface OpenCase {
  id: string;
  kind: CaseKind;
  openedOn: string;
  /** The day it was concluded without a finding (or with one, recorded separately as discipline). */
  closedOn?: string | undefined;
  ref?: string | undefined;
}

export interface InitiativeRecord {
  id: string;
  title: string;
  /** A recognised initiative (sáng kiến) or an accepted research project (đề tài nghiệm thu). */
  type: 'initiative' | 'research';
  level: RecognitionLevel;
  recognisedOn: string;
  decisionNo?: string | undefined;
}

export interface AbsenceRecord {
  from: string;
  to: string;
  reason: AbsenceReason;
}

/** One member of a collective in one year: the titles and rating they got that year. */
export interface MemberYear {
  memberId: string;
  name?: string | undefined;
  year: number;
  titles: readonly string[];
  rating?: Rating | undefined;
  disciplineSeverity?: DisciplineSeverity | undefined;
}

export interface ContributionRecord {
  id: string;
  kind: ContributionKind;
  date: string;
  project?: string | undefined;
  description?: string | undefined;
}

/** A fact stated by a competent body, with where it is written (minutes, decision, assessment). */
export interface Attestation {
  fact: string;
  year: number;
  ref: string;
}

export interface SubjectInfo {
  id: string;
  kind: SubjectKind;
  name?: string | undefined;
  category?: PersonCategory | undefined;
  localUnitKind?: LocalUnitKind | undefined;
  /** Employment in the unit; omitted means employed all along. */
  employedFrom?: string | undefined;
  employedTo?: string | undefined;
  /** A collective's first day; before it, only the units merged into it can stand for it. */
  existsFrom?: string | undefined;
}

/**
 * A unit merged wholly into the collective (directly or through an earlier merger), with the
 * records that may stand for the collective in the years before the merger.
 */
export interface PredecessorHistory {
  id: string;
  name: string;
  /** The merger's effective date: the unit stands for the collective in years ending before it. */
  mergedOn: string;
  /** The unit's own first day. */
  existsFrom: string;
  /** false when the link comes from the unverified seeded mapping (ADR 0021). */
  verified: boolean;
  ratings: readonly RatingRecord[];
  awards: readonly AwardRecord[];
}

export interface SubjectHistory {
  subject: SubjectInfo;
  ratings?: readonly RatingRecord[] | undefined;
  awards?: readonly AwardRecord[] | undefined;
  disciplines?: readonly DisciplineRecord[] | undefined;
  openCases?: readonly OpenCase[] | undefined;
  initiatives?: readonly InitiativeRecord[] | undefined;
  absences?: readonly AbsenceRecord[] | undefined;
  members?: readonly MemberYear[] | undefined;
  contributions?: readonly ContributionRecord[] | undefined;
  attestations?: readonly Attestation[] | undefined;
  /** For a collective: the units merged into it. */
  predecessors?: readonly PredecessorHistory[] | undefined;
}

/** The history as known on `onDate`: every list present, later records dropped. */
export interface KnownHistory {
  subject: SubjectInfo;
  ratings: readonly RatingRecord[];
  awards: readonly AwardRecord[];
  disciplines: readonly DisciplineRecord[];
  openCases: readonly OpenCase[];
  initiatives: readonly InitiativeRecord[];
  absences: readonly AbsenceRecord[];
  members: readonly MemberYear[];
  contributions: readonly ContributionRecord[];
  attestations: readonly Attestation[];
  predecessors: readonly PredecessorHistory[];
}

export function knownOn(
  history: SubjectHistory,
  onDate: string,
  assessmentYear: number,
): KnownHistory {
  return {
    subject: history.subject,
    ratings: (history.ratings ?? []).filter((r) => r.year <= assessmentYear),
    awards: (history.awards ?? []).filter((a) => a.decisionDate <= onDate),
    disciplines: (history.disciplines ?? []).filter((d) => d.decidedOn <= onDate),
    openCases: (history.openCases ?? []).filter((c) => c.openedOn <= onDate),
    initiatives: (history.initiatives ?? []).filter((i) => i.recognisedOn <= onDate),
    absences: (history.absences ?? []).filter((a) => a.from <= onDate),
    members: (history.members ?? []).filter((m) => m.year <= assessmentYear),
    contributions: (history.contributions ?? []).filter((c) => c.date <= onDate),
    attestations: (history.attestations ?? []).filter((a) => a.year <= assessmentYear),
    predecessors: (history.predecessors ?? []).map((p) => ({
      ...p,
      ratings: p.ratings.filter((r) => r.year <= assessmentYear),
      awards: p.awards.filter((a) => a.decisionDate <= onDate),
    })),
  };
}

/** A case holds the award while open on `onDate`: opened on or before it and not closed by it. */
export const isOpenOn = (c: OpenCase, onDate: string): boolean =>
  c.openedOn <= onDate && (c.closedOn === undefined || c.closedOn > onDate);

/**
 * The year whose achievements a check on `onDate` assesses: titles for a year are considered from
 * October of that year (yearly dossiers are due in December) until the following September.
 */
export function defaultAssessmentYear(onDate: string): number {
  const year = Number(onDate.slice(0, 4));
  return Number(onDate.slice(5, 7)) >= 10 ? year : year - 1;
}
