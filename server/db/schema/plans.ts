import { sql } from 'drizzle-orm';
import {
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
import { movements } from './movement.ts';
import { tenants } from './tenancy.ts';

/**
 * One version of a movement's plan (ADR 0030): draft → issued (by a decision) → superseded.
 * `content` is the whole document checked by shared/contracts/plan-content.ts; an issued
 * version is never written again except to mark it superseded.
 */
export const planVersions = pgTable(
  'plan_versions',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id),
    number: integer('number').notNull(),
    /** draft | issued | superseded */
    status: text('status').notNull(),
    basedOn: integer('based_on'),
    content: jsonb('content').notNull(),
    /** Optimistic lock: bumped on every write. */
    revision: integer('revision').notNull().default(1),
    /** plan (the plan document itself, version 1) | decision */
    decisionKind: text('decision_kind'),
    decisionNumber: text('decision_number'),
    /** The decision's day; the version is in force from it (null: since the movement began). */
    decisionDate: date('decision_date', { mode: 'string' }),
    signerName: text('signer_name'),
    signerTitle: text('signer_title'),
    /** Decision fields the source does not state, e.g. ["number","date"] for the seed. */
    unknownFields: jsonb('unknown_fields').$type<string[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    issuedBy: uuid('issued_by'),
    issuedByName: text('issued_by_name'),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('plan_versions_movement_number_uq').on(t.movementId, t.number),
    // One open draft per movement, even when two offices press "new version" at once.
    uniqueIndex('plan_versions_one_draft_uq')
      .on(t.movementId)
      .where(sql`${t.status} = 'draft'`),
    index('plan_versions_tenant_idx').on(t.tenantId, t.movementId),
  ],
);
