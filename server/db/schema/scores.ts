import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { criteriaSets } from './criteria.ts';
import { users } from './identity.ts';
import { participantCategories } from './movement.ts';
import { reportPeriods, reports } from './reports.ts';
import { tenants } from './tenancy.ts';
import { units } from './units.ts';

/**
 * The score of one accepted report (issue 10, ADR 0033): the total, its band, the tie-break
 * keys and the whole explanation. `input_hash` covers the criteria version's content, the
 * year, the unit's kind and the answers, so a recompute on the same inputs writes nothing.
 * A report that is reopened loses its score until it is accepted again.
 */
export const unitScores = pgTable(
  'unit_scores',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    reportId: uuid('report_id')
      .primaryKey()
      .references(() => reports.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportPeriods.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    criteriaSetId: uuid('criteria_set_id')
      .notNull()
      .references(() => criteriaSets.id),
    criteriaVersion: integer('criteria_version').notNull(),
    categoryId: uuid('category_id').references(() => participantCategories.id),
    inputHash: text('input_hash').notNull(),
    total: numeric('total', { precision: 12, scale: 2, mode: 'number' }).notNull(),
    maxTotal: numeric('max_total', { precision: 12, scale: 2, mode: 'number' }).notNull(),
    bandCode: text('band_code'),
    criteriaAtMax: integer('criteria_at_max').notNull(),
    penaltyEvents: integer('penalty_events').notNull(),
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
    explanation: jsonb('explanation').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('unit_scores_tenant_year_idx').on(t.tenantId, t.year),
    index('unit_scores_unit_idx').on(t.unitId, t.year),
  ],
);

/**
 * A published year (ADR 0034): revision 1 is the first publication, each correction a new
 * revision with its reason; the rows of every revision stay readable. `objection_closes_on`
 * is the last day units may object before the office publishes.
 */
export const scorePublications = pgTable(
  'score_publications',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    year: integer('year').notNull(),
    revision: integer('revision').notNull(),
    reason: text('reason'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    publishedBy: uuid('published_by')
      .notNull()
      .references(() => users.id),
  },
  (t) => [uniqueIndex('score_publications_year_rev_uq').on(t.tenantId, t.year, t.revision)],
);

/** The frozen rows of one publication: one per unit and ranking scope. */
export const publishedResults = pgTable(
  'published_results',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    publicationId: uuid('publication_id')
      .notNull()
      .references(() => scorePublications.id),
    /** block | category */
    scopeKind: text('scope_kind').notNull(),
    scopeId: uuid('scope_id').notNull(),
    scopeName: text('scope_name').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitName: text('unit_name').notNull(),
    total: numeric('total', { precision: 12, scale: 2, mode: 'number' }).notNull(),
    maxTotal: numeric('max_total', { precision: 12, scale: 2, mode: 'number' }).notNull(),
    bandCode: text('band_code'),
    bandName: text('band_name'),
    rank: integer('rank').notNull(),
    leader: boolean('leader').notNull(),
  },
  (t) => [index('published_results_pub_idx').on(t.publicationId, t.scopeKind, t.rank)],
);

/** The office's objection period for a year, and the units' objections (notes to the office). */
export const scoreObjectionWindows = pgTable(
  'score_objection_windows',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    year: integer('year').notNull(),
    opensOn: date('opens_on').notNull(),
    closesOn: date('closes_on').notNull(),
  },
  (t) => [uniqueIndex('score_objection_windows_uq').on(t.tenantId, t.year)],
);

export const scoreObjections = pgTable(
  'score_objections',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    year: integer('year').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    criterionCode: text('criterion_code'),
    note: text('note').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    by: uuid('by')
      .notNull()
      .references(() => users.id),
  },
  (t) => [index('score_objections_year_idx').on(t.tenantId, t.year)],
);
