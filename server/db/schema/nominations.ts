import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { SubjectKind } from '../../../shared/commendations/catalogue.ts';
import type {
  ComponentCode,
  DossierState,
  RoundMethod,
  SessionStatus,
  StatCategory,
} from '../../../shared/nominations.ts';
import { tenants } from './tenancy.ts';
import { units } from './units.ts';
import { users } from './identity.ts';

/** A nomination round: yearly, interim/final review, thematic, sudden…; its step limits. */
export const nominationRounds = pgTable('nomination_rounds', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  name: text('name').notNull(),
  method: text('method').$type<RoundMethod>().notNull(),
  year: integer('year').notNull(),
  fileBy: date('file_by', { mode: 'string' }).notNull(),
  superiorDays: integer('superior_days').notNull(),
  appraisalDays: integer('appraisal_days').notNull(),
  postingDays: integer('posting_days').notNull(),
  postingFrom: date('posting_from', { mode: 'string' }),
  createdBy: uuid('created_by').references(() => users.id),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A dossier (hồ sơ đề nghị khen thưởng): one award for one or more subjects, filed by a unit. */
export const dossiers = pgTable(
  'dossiers',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => nominationRounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    awardCode: text('award_code').notNull(),
    state: text('state').$type<DossierState>().notNull(),
    /** Day the dossier entered its state (step deadlines count from it). */
    stateSince: date('state_since', { mode: 'string' }).notNull(),
    /** The client's key of the filing request: the same key files once. */
    idempotencyKey: text('idempotency_key'),
    centralOutcome: text('central_outcome'),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('dossiers_round_idx').on(t.tenantId, t.roundId),
    uniqueIndex('dossiers_idempotency_uq').on(t.tenantId, t.idempotencyKey),
  ],
);

/** A nominee of a dossier with its statistical category and, if not eligible, the justification. */
export const dossierSubjects = pgTable(
  'dossier_subjects',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    subjectKind: text('subject_kind').$type<SubjectKind>().notNull(),
    subjectId: uuid('subject_id').notNull(),
    displayName: text('display_name').notNull(),
    statCategory: text('stat_category').$type<StatCategory>().notNull(),
    achievementSummary: text('achievement_summary').notNull(),
    eligibleAtFiling: boolean('eligible_at_filing').notNull(),
    justification: text('justification'),
    /** The Council's outcome once its session closed: true passed, false not. */
    councilPassed: boolean('council_passed'),
  },
  (t) => [index('dossier_subjects_dossier_idx').on(t.tenantId, t.dossierId)],
);

/** A component of a dossier: generated from data or uploaded; a return reason when sent back. */
export const dossierComponents = pgTable(
  'dossier_components',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    code: text('code').$type<ComponentCode>().notNull(),
    source: text('source').$type<'generated' | 'uploaded'>().notNull(),
    title: text('title').notNull(),
    fileSha256: text('file_sha256'),
    /** Review minutes: the unit's own vote count. */
    votesFor: integer('votes_for'),
    votesTotal: integer('votes_total'),
    returnReason: text('return_reason'),
  },
  (t) => [index('dossier_components_dossier_idx').on(t.tenantId, t.dossierId)],
);

/** The chain's history of a dossier: each step, who took it and why. */
export const dossierSteps = pgTable(
  'dossier_steps',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    action: text('action').notNull(),
    fromState: text('from_state').$type<DossierState>().notNull(),
    toState: text('to_state').$type<DossierState>().notNull(),
    reason: text('reason'),
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('dossier_steps_dossier_idx').on(t.tenantId, t.dossierId)],
);

/** A member of the emulation Council, with position and term. */
export const councilMembers = pgTable('council_members', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  userId: uuid('user_id').references(() => users.id),
  personId: uuid('person_id'),
  fullName: text('full_name').notNull(),
  position: text('position').notNull(),
  termFrom: date('term_from', { mode: 'string' }).notNull(),
  termTo: date('term_to', { mode: 'string' }),
});

/** A Council session: agenda, quorum, status; the tally is read only when closed. */
export const councilSessions = pgTable('council_sessions', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  roundId: uuid('round_id')
    .notNull()
    .references(() => nominationRounds.id),
  title: text('title').notNull(),
  heldOn: date('held_on', { mode: 'string' }).notNull(),
  status: text('status').$type<SessionStatus>().notNull(),
  quorumNum: integer('quorum_num').notNull().default(2),
  quorumDen: integer('quorum_den').notNull().default(3),
  /** Members of the Council on the day (the denominator of every share). */
  totalMembers: integer('total_members'),
  version: integer('version').notNull().default(1),
});

/** A nominee on a session's agenda. */
export const councilAgenda = pgTable(
  'council_agenda',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => councilSessions.id),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => dossierSubjects.id),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.subjectId] })],
);

/** Who attended (present) or was absent; absent members may vote in writing. */
export const councilAttendance = pgTable(
  'council_attendance',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => councilSessions.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id),
    present: boolean('present').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.memberId] })],
);

/** A member who may not vote on a nominee, and why (kept for the minutes). */
export const councilRecusals = pgTable(
  'council_recusals',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => councilSessions.id),
    subjectId: uuid('subject_id').notNull(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.subjectId, t.memberId] })],
);

/**
 * THAT a member voted on a nominee (in person or in writing) — never how. No time, no serial:
 * the primary key refuses a second vote. The ballot itself only adds to `council_tallies`.
 */
export const councilParticipation = pgTable(
  'council_participation',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => councilSessions.id),
    subjectId: uuid('subject_id').notNull(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id),
    written: boolean('written').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.subjectId, t.memberId] })],
);

/**
 * The ballot box: one counter row per nominee of a session. A ballot adds 1 to one counter
 * and 0 to every other counter of the session in one statement, so no row, time, order or
 * row version tells which nominee or choice a ballot was (ADR 0037).
 */
export const councilTallies = pgTable(
  'council_tallies',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => councilSessions.id),
    subjectId: uuid('subject_id').notNull(),
    inFavour: integer('in_favour').notNull().default(0),
    against: integer('against').notNull().default(0),
    abstain: integer('abstain').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.subjectId] })],
);

/** A public comment on a posted nominee; seen by the office and the Council, never published. */
export const postingComments = pgTable(
  'posting_comments',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => nominationRounds.id),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => dossierSubjects.id),
    body: text('body').notNull(),
    authorName: text('author_name'),
    contact: text('contact'),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('posting_comments_round_idx').on(t.tenantId, t.roundId)],
);
