import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { PeriodKind } from '../../../shared/contracts/report-periods.ts';
import type {
  Answers,
  Narrative,
  ReportStatus,
  ReviewAction,
} from '../../../shared/contracts/reports.ts';
import { sql } from 'drizzle-orm';
import { criteriaSets } from './criteria.ts';
import { users } from './identity.ts';
import { movements } from './movement.ts';
import { tenants } from './tenancy.ts';
import { units } from './units.ts';

/**
 * A reporting period of a movement (issue 4, item 1): the year, or one half of it. Units
 * report between `opens_on` and `deadline`; after `closes_on` every report is locked. The
 * roll-up reads the unit tree as of `reference_date` (the period's last day), so a unit
 * merged during the period counts once, under its successor.
 */
export const reportPeriods = pgTable(
  'report_periods',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id),
    year: integer('year').notNull(),
    /** year | half */
    kind: text('kind').$type<PeriodKind>().notNull(),
    /** 1 or 2 for a half-year period; 0 for a yearly one (keeps the unique index simple). */
    half: integer('half').notNull().default(0),
    referenceDate: date('reference_date').notNull(),
    opensOn: date('opens_on').notNull(),
    deadline: date('deadline').notNull(),
    closesOn: date('closes_on').notNull(),
    /** Optimistic lock for the office's edits of the dates. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('report_periods_movement_year_uq').on(
      t.tenantId,
      t.movementId,
      t.year,
      t.kind,
      t.half,
    ),
  ],
);

/**
 * One unit's report in a period, judged by one criteria set version (the one it registered,
 * domain/reports/form.ts). `answers` holds a value per criterion code, `narrative` the
 * free-text sections, `return_reasons` the reviewer's reason per field while returned.
 */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportPeriods.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    criteriaSetId: uuid('criteria_set_id')
      .notNull()
      .references(() => criteriaSets.id),
    criteriaVersion: integer('criteria_version').notNull(),
    /** draft | submitted | returned | accepted */
    status: text('status').$type<ReportStatus>().notNull(),
    answers: jsonb('answers').$type<Answers>().notNull(),
    narrative: jsonb('narrative').$type<Narrative>().notNull(),
    returnReasons: jsonb('return_reasons').$type<Record<string, string>>(),
    /** How many times it was submitted (resubmissions included). */
    submissions: integer('submissions').notNull().default(0),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by').references(() => users.id),
    /** Optimistic lock: bumped on every write. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('reports_period_unit_uq').on(t.periodId, t.unitId),
    index('reports_tenant_period_idx').on(t.tenantId, t.periodId, t.status),
  ],
);

/**
 * Each submission of a report, frozen as sent. The Idempotency-Key is unique per report,
 * so a retried submit finds its submission instead of making a second one.
 */
export const reportSubmissions = pgTable(
  'report_submissions',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    number: integer('number').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    answers: jsonb('answers').$type<Answers>().notNull(),
    narrative: jsonb('narrative').$type<Narrative>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    submittedBy: uuid('submitted_by')
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    uniqueIndex('report_submissions_key_uq').on(t.reportId, t.idempotencyKey),
    uniqueIndex('report_submissions_number_uq').on(t.reportId, t.number),
  ],
);

/**
 * The review trail of a report: returned (with a reason per field), accepted, reopened (with
 * a reason). Shown beside the report; the audit log keeps the full before/after.
 */
export const reportReviews = pgTable(
  'report_reviews',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    /** return | accept | reopen */
    action: text('action').$type<ReviewAction>().notNull(),
    /** Field key → reason, for a return. */
    reasons: jsonb('reasons').$type<Record<string, string>>(),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    by: uuid('by')
      .notNull()
      .references(() => users.id),
  },
  (t) => [index('report_reviews_report_idx').on(t.reportId, t.at)],
);

/**
 * An evidence file attached to a report (or to one criterion of it). The bytes live under
 * DATA_DIR/files/<tenant>/<sha256>; the media type is the sniffed one, not the client's.
 */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    /** The criterion the file supports; null for the report as a whole. */
    criterionCode: text('criterion_code'),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedBy: uuid('deleted_by').references(() => users.id),
  },
  (t) => [index('evidence_files_report_idx').on(t.reportId)],
);

/**
 * In-app notifications (reminders before and after a deadline, returned reports). E-mail
 * copies go through the job queue when SMTP is configured.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** report_due | report_overdue | report_returned | report_accepted | … */
    kind: text('kind').notNull(),
    /** Message parameters; the text is rendered in the reader's language. */
    params: jsonb('params').notNull(),
    link: text('link'),
    /** Deduplicates reminders: one per user, kind and subject per day. */
    dedupeKey: text('dedupe_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('notifications_dedupe_uq').on(t.userId, t.dedupeKey),
  ],
);

/**
 * Background work (ADR 0013): a row per job, claimed with `for update skip locked` by the
 * server's poller on either database, so jobs survive a restart.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    /** Same key while a job is pending or running → enqueued once. */
    uniqueKey: text('unique_key'),
    /** pending | running | done | failed */
    status: text('status').notNull(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('jobs_due_idx').on(t.status, t.runAt),
    uniqueIndex('jobs_unique_key_uq')
      .on(t.uniqueKey)
      .where(sql`${t.status} in ('pending', 'running')`),
  ],
);
