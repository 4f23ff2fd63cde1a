/** The emulation Council: members, sessions, the secret ballot and its minutes (issue 11). */
import { z } from 'zod';
import { ballotChoices, sessionStatuses } from '../nominations.ts';
import { idParams, input, isoDay, version } from './common.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

export const councilIdParams = idParams;

export const addMemberBody = input({
  userId: z.uuid().optional(),
  personId: z.uuid().optional(),
  fullName: text(200),
  position: text(200),
  termFrom: isoDay,
  termTo: isoDay.optional(),
});
export const memberResponse = z.object({
  id: z.uuid(),
  userId: z.uuid().nullable(),
  fullName: z.string(),
  position: z.string(),
  termFrom: z.string(),
  termTo: z.string().nullable(),
});
export const memberListResponse = z.object({ members: z.array(memberResponse) });

export const createSessionBody = input({
  roundId: z.uuid(),
  title: text(300),
  heldOn: isoDay,
  /** Dossiers on the agenda (each must be with the Council). */
  dossierIds: z.array(z.uuid()).min(1).max(500),
  quorumNum: z.int32().min(1).max(100).optional(),
  quorumDen: z.int32().min(1).max(100).optional(),
});
export type CreateSessionBody = z.input<typeof createSessionBody>;

export const openSessionBody = input({ version, presentMemberIds: z.array(z.uuid()).max(200) });
export const closeSessionBody = input({ version });

/** A member's own ballot on one nominee: the choice is in the body, never in the URL. */
export const ballotBody = input({ subjectId: z.uuid(), choice: z.enum(ballotChoices) });
/** The secretary records an absent member's written vote. */
export const writtenVoteBody = input({
  memberId: z.uuid(),
  subjectId: z.uuid(),
  choice: z.enum(ballotChoices),
});

const threshold = z.object({
  rule: z.string(),
  percent: z.int32(),
  citation: z.object({
    instrument: z.string(),
    article: z.string(),
    clause: z.string().optional(),
    verified: z.boolean().optional(),
    note: z.string().optional(),
  }),
});

export const sessionResponse = z.object({
  id: z.uuid(),
  roundId: z.uuid(),
  title: z.string(),
  heldOn: z.string(),
  status: z.enum(sessionStatuses),
  quorum: z.object({ num: z.int32(), den: z.int32(), met: z.boolean().nullable() }),
  totalMembers: z.int32().nullable(),
  attendance: z.array(
    z.object({ memberId: z.uuid(), name: z.string(), position: z.string(), present: z.boolean() }),
  ),
  /** Members who voted in writing (never how). */
  writtenVoters: z.array(z.string()),
  agenda: z.array(
    z.object({
      subjectId: z.uuid(),
      dossierId: z.uuid(),
      name: z.string(),
      unitName: z.string(),
      awardCode: z.string(),
      recusals: z.array(z.object({ name: z.string(), reason: z.string() })),
      /** How many have voted so far (not how). */
      voted: z.int32(),
      /** Only once the session is closed. */
      result: z
        .object({
          inFavour: z.int32(),
          against: z.int32(),
          abstain: z.int32(),
          share: z.number(),
          passed: z.boolean(),
          threshold: threshold.nullable(),
        })
        .nullable(),
    }),
  ),
  version: z.int32(),
});
export type CouncilSession = z.infer<typeof sessionResponse>;
export const sessionListResponse = z.object({
  sessions: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      heldOn: z.string(),
      status: z.enum(sessionStatuses),
    }),
  ),
});

/** A member's ballot page: the nominees still open to them. */
export const myBallotResponse = z.object({
  sessionId: z.uuid(),
  open: z.array(
    z.object({
      subjectId: z.uuid(),
      name: z.string(),
      unitName: z.string(),
      awardCode: z.string(),
    }),
  ),
});
export type MyBallot = z.infer<typeof myBallotResponse>;
