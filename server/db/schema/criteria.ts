import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { movements, participantCategories, sectors } from './movement.ts';
import { tenants } from './tenancy.ts';

/**
 * A criteria set: what one participant category (III.1 a–d) or one sector (VI.1) is judged
 * by during a period of a movement. Its content lives in versions (ADR 0009).
 */
export const criteriaSets = pgTable(
  'criteria_sets',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id),
    /** Stable key, e.g. "category:units_localities" or "sector:XD"; keeps seeding idempotent. */
    code: text('code').notNull(),
    categoryId: uuid('category_id').references(() => participantCategories.id),
    sectorId: uuid('sector_id').references(() => sectors.id),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('criteria_sets_tenant_code_uq').on(t.tenantId, t.movementId, t.code),
    check('criteria_sets_owner_ck', sql`(${t.categoryId} is null) <> (${t.sectorId} is null)`),
  ],
);

/**
 * One version of a set: draft → published → superseded. `content` is the whole validated
 * document (groups and criteria, shared/contracts/criteria-content.ts); once published it is
 * never written again.
 */
export const criteriaVersions = pgTable(
  'criteria_versions',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    setId: uuid('set_id')
      .notNull()
      .references(() => criteriaSets.id),
    number: integer('number').notNull(),
    /** draft | published | superseded */
    status: text('status').notNull(),
    basedOn: integer('based_on'),
    content: jsonb('content').notNull(),
    /** Optimistic lock for saving drafts: bumped on every write. */
    revision: integer('revision').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    publishedByName: text('published_by_name'),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('criteria_versions_set_number_uq').on(t.setId, t.number),
    index('criteria_versions_tenant_idx').on(t.tenantId, t.status),
  ],
);
