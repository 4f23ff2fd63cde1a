import { z } from 'zod';
import {
  awardKinds,
  caseKinds,
  contributionKinds,
  disciplineSeverities,
  personCategories,
  ratings,
} from '../../../shared/commendations/catalogue.ts';

const isoDate = z.iso.date();
const text = (max = 200) => z.string().trim().min(1).max(max);
const year = z.int().min(1990).max(2100);

export const personIdParams = z.object({ id: z.uuid() });
export const peopleQuery = z.object({ unitId: z.uuid().optional() });
export const createPersonBody = z.object({
  fullName: text(),
  category: z.enum(personCategories),
  gender: z.enum(['female', 'male', 'other']).optional(),
  unitId: z.uuid(),
});

const abilitiesSchema = z.object({
  read: z.boolean(),
  record: z.boolean(),
  checkEligibility: z.boolean(),
});

export const personResponse = z.object({
  id: z.uuid(),
  fullName: z.string(),
  category: z.string(),
  gender: z.string().nullable(),
  unitId: z.uuid(),
  version: z.int(),
  abilities: abilitiesSchema,
});
export const peopleResponse = z.object({ people: z.array(personResponse) });

export const subjectKindsWithHistory = ['individual', 'collective', 'household'] as const;
export const subjectParams = z.object({ kind: z.enum(subjectKindsWithHistory), id: z.uuid() });
export const caseParams = subjectParams.extend({ caseId: z.uuid() });

export const ratingBody = z.object({ year, rating: z.enum(ratings), source: text().optional() });
export const awardBody = z.object({
  awardCode: z.string().regex(/^[A-Z0-9_]+$/),
  year,
  kind: z.enum(awardKinds),
  decisionNo: text(100),
  decisionDate: isoDate,
  issuer: text().optional(),
});
export const disciplineBody = z.object({
  severity: z.enum(disciplineSeverities),
  decidedOn: isoDate,
  endsOn: isoDate,
  ref: text().optional(),
});
export const caseBody = z.object({
  kind: z.enum(caseKinds),
  openedOn: isoDate,
  ref: text().optional(),
});
export const closeCaseBody = z.object({ closedOn: isoDate });
export const attestationBody = z.object({
  fact: z.string().regex(/^[a-z_]+$/),
  year,
  ref: text(),
});
export const absenceBody = z.object({
  from: isoDate,
  to: isoDate,
  reason: z.enum(['maternity', 'sick', 'unpaid', 'study', 'other']),
});

export const recordResponse = z.object({
  id: z.uuid(),
  type: z.string(),
  year: z.int().nullable(),
  data: z.record(z.string(), z.unknown()),
  version: z.int(),
  createdAt: z.string(),
  /** Set on a collective's history for a record of a unit merged into it. */
  fromUnit: z.object({ id: z.uuid(), name: z.string() }).nullable().optional(),
});

export const initiativeResponse = z.object({
  id: z.uuid(),
  title: z.string(),
  authorIds: z.array(z.uuid()),
  unitId: z.uuid(),
  description: z.string(),
  effect: z.string(),
  status: z.string(),
  level: z.string().nullable(),
  recognisedOn: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  scope: z.string().nullable(),
  version: z.int(),
  abilities: z.object({ review: z.boolean(), reject: z.boolean(), recognise: z.boolean() }),
});

export const historyResponse = z.object({
  subject: z.object({
    kind: z.enum(subjectKindsWithHistory),
    id: z.uuid(),
    name: z.string(),
    category: z.string().nullable(),
    unitId: z.uuid(),
    unitName: z.string(),
  }),
  records: z.array(recordResponse),
  initiatives: z.array(initiativeResponse),
  abilities: abilitiesSchema,
});

export const contributionBody = z.object({
  kind: z.enum(contributionKinds),
  date: isoDate,
  project: text(300).optional(),
  description: text(2000).optional(),
});

export const createHouseholdBody = z.object({
  headName: text(),
  address: text(500),
  unitId: z.uuid(),
});
export const householdResponse = z.object({
  id: z.uuid(),
  headName: z.string(),
  address: z.string(),
  unitId: z.uuid(),
  version: z.int(),
  abilities: abilitiesSchema,
});
export const householdsResponse = z.object({ households: z.array(householdResponse) });
