/**
 * People, households and the achievement history of people, collectives (units) and
 * households: ratings, awards, discipline, open cases, attestations, absences, contributions.
 */
import { z } from 'zod';
import {
  awardKinds,
  caseKinds,
  contributionKinds,
  disciplineSeverities,
  personCategories,
  ratings,
  subjectKinds,
} from '../commendations/catalogue.ts';
import { input, isoDay, unitName } from './common.ts';
import { initiativeResponse } from './initiatives.ts';

export const genders = ['female', 'male', 'other'] as const;
export type Gender = (typeof genders)[number];

/** Why a person was away; maternity leave counts as worked time (NĐ 152/2025 Đ.4 k.5). */
export const absenceReasons = ['maternity', 'sick', 'unpaid', 'study', 'other'] as const;
export type AbsenceReason = (typeof absenceReasons)[number];

const text = (max = 200) => z.string().trim().min(1).max(max);
const recordYear = z.int32().min(1990).max(2100);

export const historyAbilities = z.object({
  read: z.boolean(),
  record: z.boolean(),
  checkEligibility: z.boolean(),
});
export type HistoryAbilities = z.infer<typeof historyAbilities>;

// --- people and households -------------------------------------------------------------------

export const personIdParams = input({ id: z.uuid() });
export const unitFilterQuery = input({ unitId: z.uuid().optional() });

export const createPersonBody = input({
  fullName: text(),
  category: z.enum(personCategories),
  gender: z.enum(genders).optional(),
  unitId: z.uuid(),
});
export type CreatePersonBody = z.input<typeof createPersonBody>;

export const personResponse = z.object({
  id: z.uuid(),
  fullName: z.string(),
  category: z.enum(personCategories),
  gender: z.enum(genders).nullable(),
  unitId: z.uuid(),
  version: z.int32(),
  abilities: historyAbilities,
});
export type Person = z.infer<typeof personResponse>;
export const peopleResponse = z.object({ people: z.array(personResponse) });
export type PeopleResponse = z.infer<typeof peopleResponse>;

export const createHouseholdBody = input({
  headName: text(),
  address: text(500),
  unitId: z.uuid(),
});
export type CreateHouseholdBody = z.input<typeof createHouseholdBody>;

export const householdResponse = z.object({
  id: z.uuid(),
  headName: z.string(),
  address: z.string(),
  unitId: z.uuid(),
  version: z.int32(),
  abilities: historyAbilities,
});
export type Household = z.infer<typeof householdResponse>;
export const householdsResponse = z.object({ households: z.array(householdResponse) });
export type HouseholdsResponse = z.infer<typeof householdsResponse>;

// --- history records -------------------------------------------------------------------------

export const subjectParams = input({ kind: z.enum(subjectKinds), id: z.uuid() });
export type SubjectParams = z.output<typeof subjectParams>;
export const caseParams = input({ kind: z.enum(subjectKinds), id: z.uuid(), caseId: z.uuid() });

export const ratingBody = input({
  year: recordYear,
  rating: z.enum(ratings),
  source: text().optional(),
});
export const awardBody = input({
  awardCode: z.string().regex(/^[A-Z0-9_]+$/),
  year: recordYear,
  kind: z.enum(awardKinds),
  decisionNo: text(100),
  decisionDate: isoDay,
  issuer: text().optional(),
});
export const disciplineBody = input({
  severity: z.enum(disciplineSeverities),
  decidedOn: isoDay,
  endsOn: isoDay,
  ref: text().optional(),
});
export const caseBody = input({
  kind: z.enum(caseKinds),
  openedOn: isoDay,
  ref: text().optional(),
});
export const attestationBody = input({
  fact: z.string().regex(/^[a-z_]+$/),
  year: recordYear,
  ref: text(),
});
export const absenceBody = input({ from: isoDay, to: isoDay, reason: z.enum(absenceReasons) });
export const contributionBody = input({
  kind: z.enum(contributionKinds),
  date: isoDay,
  project: text(300).optional(),
  description: text(2000).optional(),
});
export const closeCaseBody = input({ closedOn: isoDay });

export type RatingBody = z.input<typeof ratingBody>;
export type AwardBody = z.input<typeof awardBody>;
export type DisciplineBody = z.input<typeof disciplineBody>;
export type CaseBody = z.input<typeof caseBody>;
export type ContributionBody = z.input<typeof contributionBody>;

/** A typed history record as a client sent it (the body of the route for its type). */
export type RecordInput =
  | { type: 'rating'; data: z.output<typeof ratingBody> }
  | { type: 'award'; data: z.output<typeof awardBody> }
  | { type: 'discipline'; data: z.output<typeof disciplineBody> }
  | { type: 'case'; data: z.output<typeof caseBody> }
  | { type: 'attestation'; data: z.output<typeof attestationBody> }
  | { type: 'absence'; data: z.output<typeof absenceBody> }
  | { type: 'contribution'; data: z.output<typeof contributionBody> };
export type RecordType = RecordInput['type'];

const recordBase = {
  id: z.uuid(),
  year: z.int32().nullable(),
  version: z.int32(),
  createdAt: z.string(),
  /** Set on a collective's history for a record of a unit merged into it. */
  fromUnit: unitName.nullable(),
};
const day = z.string();
const optional = z.string().optional();
const record = <T extends string, S extends z.ZodRawShape>(type: T, data: S) =>
  z.object({ ...recordBase, type: z.literal(type), data: z.object(data) });

/** A record as the history shows it: its type names the shape of `data` (as stored). */
export const recordResponse = z.discriminatedUnion('type', [
  record('rating', { year: z.int32(), rating: z.enum(ratings), source: optional }),
  record('award', {
    awardCode: z.string(),
    year: z.int32(),
    kind: z.enum(awardKinds),
    decisionNo: z.string(),
    decisionDate: day,
    issuer: optional,
  }),
  record('discipline', {
    severity: z.enum(disciplineSeverities),
    decidedOn: day,
    endsOn: day,
    ref: optional,
  }),
  record('case', { kind: z.enum(caseKinds), openedOn: day, closedOn: optional, ref: optional }),
  record('attestation', { fact: z.string(), year: z.int32(), ref: z.string() }),
  record('absence', { from: day, to: day, reason: z.enum(absenceReasons) }),
  record('contribution', {
    kind: z.enum(contributionKinds),
    date: day,
    project: optional,
    description: optional,
  }),
]);
export type HistoryRecord = z.infer<typeof recordResponse>;

export const historyResponse = z.object({
  subject: z.object({
    kind: z.enum(subjectKinds),
    id: z.uuid(),
    name: z.string(),
    category: z.enum(personCategories).nullable(),
    unitId: z.uuid(),
    unitName: z.string(),
  }),
  records: z.array(recordResponse),
  initiatives: z.array(initiativeResponse),
  abilities: historyAbilities,
});
export type SubjectHistory = z.infer<typeof historyResponse>;
