import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './identity.ts';
import { tenants } from './tenancy.ts';
import { units } from './units.ts';

/**
 * A citizen's report of waste (issue 14). Nothing here names the reporter: who they are and
 * how to reach them live in waste_report_contacts, read only by the assigned officers and
 * the office, each read audited.
 */
export const wasteReports = pgTable(
  'waste_reports',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    /** LP-2026-004712: year and a per-tenant, per-year sequence. */
    code: text('code').notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    /** SHA-256 of the secret follow token (the token itself is never stored). */
    followTokenHash: text('follow_token_hash').notNull(),
    /** The client's idempotency key: a repeated submission answers the first report. */
    clientKey: text('client_key'),
    /** web | open311 */
    channel: text('channel').notNull(),
    category: text('category').notNull(),
    description: text('description').notNull(),
    /** The commune or ward where it happened, chosen from the tree as of the day it was filed. */
    communeUnitId: uuid('commune_unit_id')
      .notNull()
      .references(() => units.id),
    placeNote: text('place_note'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    occurredOn: date('occurred_on'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    receivedOn: date('received_on').notNull(),
    status: text('status').notNull(),
    outcome: text('outcome'),
    forwardedTo: text('forwarded_to'),
    /** The conclusion as the public reads it once published. */
    summary: text('summary'),
    assignedUnitId: uuid('assigned_unit_id').references(() => units.id),
    /** The day the report entered its state; with the office's deadlines it gives `dueOn`. */
    stateSince: date('state_since').notNull(),
    dueOn: date('due_on'),
    /** The state whose deadline was missed and escalated (once per state entry). */
    escalatedState: text('escalated_state'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('waste_reports_code_uq').on(t.tenantId, t.code),
    uniqueIndex('waste_reports_seq_uq').on(t.tenantId, t.year, t.seq),
    uniqueIndex('waste_reports_client_key_uq').on(t.tenantId, t.clientKey),
    index('waste_reports_status_idx').on(t.tenantId, t.status, t.dueOn),
    index('waste_reports_place_idx').on(t.tenantId, t.category, t.receivedOn),
  ],
);

/** The reporter's identity and contact (Decree 13/2023 personal data); absent when anonymous. */
export const wasteReportContacts = pgTable('waste_report_contacts', {
  reportId: uuid('report_id')
    .primaryKey()
    .references(() => wasteReports.id),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  name: text('name'),
  phone: text('phone'),
  email: text('email'),
  address: text('address'),
});

/** Officers the office or the unit named to handle a report: they may read the reporter. */
export const wasteReportOfficers = pgTable(
  'waste_report_officers',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    reportId: uuid('report_id')
      .notNull()
      .references(() => wasteReports.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('waste_report_officers_uq').on(t.reportId, t.userId)],
);

/** Photos, stored content-addressed like evidence; metadata stripped unless `keptMetadata`. */
export const wasteReportPhotos = pgTable(
  'waste_report_photos',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    reportId: uuid('report_id')
      .notNull()
      .references(() => wasteReports.id),
    sha256: text('sha256').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    keptMetadata: boolean('kept_metadata').notNull(),
    /** reporter | officer */
    addedBy: text('added_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('waste_report_photos_report_idx').on(t.reportId)],
);

/**
 * Everything that happened to a report, append-only: state moves, re-routing with its
 * reason, the reporter's updates and re-openings, officers' notes, supervisors' comments,
 * escalations. `public` entries are shown on the follow page.
 */
export const wasteReportEvents = pgTable(
  'waste_report_events',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    reportId: uuid('report_id')
      .notNull()
      .references(() => wasteReports.id),
    /** created | move | reporter_update | reopen | comment | note | escalated | photo */
    kind: text('kind').notNull(),
    action: text('action'),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    /** null for the reporter and the system */
    userId: uuid('user_id').references(() => users.id),
    /** reporter | officer | office | supervisor | system */
    byRole: text('by_role').notNull(),
    body: text('body'),
    unitId: uuid('unit_id').references(() => units.id),
    public: boolean('public').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('waste_report_events_report_idx').on(t.reportId, t.at)],
);
