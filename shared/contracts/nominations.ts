/** Nominations: rounds, dossiers and the chain, public posting (issue 11). */
import { z } from 'zod';
import { subjectKinds } from '../commendations/catalogue.ts';
import {
  componentCodes,
  dossierActions,
  dossierStates,
  roundMethods,
  statCategories,
} from '../nominations.ts';
import { eligibilityResponse } from './eligibility.ts';
import { idParams, input, isoDay, localized, version, year } from './common.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const citation = z.object({
  instrument: z.string(),
  article: z.string(),
  clause: z.string().optional(),
  point: z.string().optional(),
  verified: z.boolean().optional(),
  note: z.string().optional(),
});

export const nominationIdParams = idParams;

export const createRoundBody = input({
  name: text(300),
  method: z.enum(roundMethods),
  year,
  fileBy: isoDay.optional(),
  superiorDays: z.int32().min(1).max(60).optional(),
  appraisalDays: z.int32().min(1).max(120).optional(),
  postingDays: z.int32().min(1).max(60).optional(),
});
export type CreateRoundBody = z.input<typeof createRoundBody>;

/** The office opens the round's public posting on a day (default today). */
export const openPostingBody = input({ version, from: isoDay.optional() });

export const roundResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  method: z.enum(roundMethods),
  year: z.int32(),
  fileBy: z.string(),
  superiorDays: z.int32(),
  appraisalDays: z.int32(),
  postingDays: z.int32(),
  postingFrom: z.string().nullable(),
  postingTo: z.string().nullable(),
  deadlineRules: z.array(z.object({ key: z.string(), citation })),
  version: z.int32(),
});
export type Round = z.infer<typeof roundResponse>;
export const roundListResponse = z.object({ rounds: z.array(roundResponse) });

export const subjectInput = input({
  kind: z.enum(subjectKinds),
  id: z.uuid(),
  statCategory: z.enum(statCategories),
  achievementSummary: text(2000),
  /** Required when the subject is not eligible today; stays on the dossier. */
  justification: text(5000).optional(),
});

export const componentInput = input({
  code: z.enum(componentCodes),
  title: text(300),
  /** An uploaded file (content address from /api/uploads); omitted = generated from data. */
  fileSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  votesFor: z.int32().min(0).optional(),
  votesTotal: z.int32().min(1).optional(),
});

export const fileDossierBody = input({
  roundId: z.uuid(),
  unitId: z.uuid(),
  awardCode: text(100),
  /** The client's key: sending the same filing twice files once. */
  idempotencyKey: z.string().min(8).max(100),
  subjects: z.array(subjectInput).min(1).max(100),
  components: z.array(componentInput).max(50).default([]),
});
export type FileDossierBody = z.input<typeof fileDossierBody>;

export const dossierStepBody = input({
  version,
  action: z.enum(dossierActions),
  reason: z.string().trim().max(5000).optional(),
  /** Returns: a reason per component. */
  reasons: z.partialRecord(z.enum(componentCodes), z.string().trim().max(2000)).optional(),
  /** Central outcome of a forwarded dossier. */
  awarded: z.boolean().optional(),
});
export type DossierStepBody = z.input<typeof dossierStepBody>;

const subjectResponse = z.object({
  id: z.uuid(),
  kind: z.enum(subjectKinds),
  subjectId: z.uuid(),
  name: z.string(),
  statCategory: z.enum(statCategories),
  achievementSummary: z.string(),
  eligibleAtFiling: z.boolean(),
  justification: z.string().nullable(),
  councilPassed: z.boolean().nullable(),
  /** Live answer (null when the actor may not check it). */
  eligibility: eligibilityResponse.nullable(),
});

export const dossierResponse = z.object({
  id: z.uuid(),
  roundId: z.uuid(),
  unit: z.object({ id: z.uuid(), name: z.string() }),
  award: z.object({ code: z.string(), name: localized }),
  state: z.enum(dossierStates),
  stateSince: z.string(),
  deadline: z.string().nullable(),
  overdue: z.boolean(),
  requiresCouncil: z.boolean(),
  aboveProvince: z.boolean(),
  centralOutcome: z.string().nullable(),
  subjects: z.array(subjectResponse),
  components: z.array(
    z.object({
      id: z.uuid(),
      code: z.enum(componentCodes),
      source: z.enum(['generated', 'uploaded']),
      title: z.string(),
      fileSha256: z.string().nullable(),
      votesFor: z.int32().nullable(),
      votesTotal: z.int32().nullable(),
      returnReason: z.string().nullable(),
    }),
  ),
  steps: z.array(
    z.object({
      action: z.string(),
      from: z.enum(dossierStates),
      to: z.enum(dossierStates),
      reason: z.string().nullable(),
      at: z.string(),
    }),
  ),
  version: z.int32(),
  /** Chain actions this actor may take now (the server accepts exactly these). */
  allowed: z.array(z.enum(dossierActions)),
});
export type Dossier = z.infer<typeof dossierResponse>;

/** A row of the round board, the superior's queue and the overdue view. */
export const dossierRow = z.object({
  id: z.uuid(),
  roundId: z.uuid(),
  unitName: z.string(),
  awardCode: z.string(),
  state: z.enum(dossierStates),
  subjects: z.array(z.string()),
  deadline: z.string().nullable(),
  overdue: z.boolean(),
});
export type DossierRow = z.infer<typeof dossierRow>;
export const dossierListResponse = z.object({ dossiers: z.array(dossierRow) });
export type DossierList = z.infer<typeof dossierListResponse>;

export const dossierListQuery = input({
  roundId: z.uuid().optional(),
  state: z.enum(dossierStates).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

/** What the later decisions work reads: the round's nominees proposed for the Chairman. */
export const proposalsResponse = z.object({
  proposals: z.array(
    z.object({
      dossierId: z.uuid(),
      subjectId: z.uuid(),
      kind: z.enum(subjectKinds),
      subjectRef: z.uuid(),
      name: z.string(),
      unitName: z.string(),
      awardCode: z.string(),
      statCategory: z.enum(statCategories),
    }),
  ),
});

// --- public posting ---------------------------------------------------------------------

/** A posted nominee as the public sees it: name, unit, award and achievement summary only. */
export const postedNominee = z.object({
  subjectId: z.uuid(),
  roundName: z.string(),
  name: z.string(),
  unitName: z.string(),
  award: localized,
  achievementSummary: z.string(),
  postedUntil: z.string(),
});
export const postedListResponse = z.object({ nominees: z.array(postedNominee) });
export type PostedList = z.infer<typeof postedListResponse>;

export const publicCommentParams = z.strictObject({ subjectId: z.uuid() });
export const publicCommentBody = input({
  body: text(3000),
  name: z.string().trim().max(200).optional(),
  contact: z.string().trim().max(200).optional(),
  /** Honeypot: hidden from people; a filled field is thanked and dropped. */
  website: z.string().max(500).optional(),
});
export type PublicCommentBody = z.input<typeof publicCommentBody>;
export const publicCommentResponse = z.object({ received: z.literal(true) });

export const commentListResponse = z.object({
  comments: z.array(
    z.object({
      id: z.uuid(),
      subjectId: z.uuid(),
      nominee: z.string(),
      body: z.string(),
      authorName: z.string().nullable(),
      contact: z.string().nullable(),
      answer: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});
export const answerCommentBody = input({ answer: text(5000) });
