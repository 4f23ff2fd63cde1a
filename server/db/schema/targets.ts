import {
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './identity.ts';
import { provinceTargets } from './movement.ts';
import { tenants } from './tenancy.ts';
import { units } from './units.ts';

/**
 * The measured value of a target in a year: province-wide (unit null) or for one unit a
 * target was cascaded to. Entering the same year again updates the row (optimistic lock).
 */
export const targetActuals = pgTable(
  'target_actuals',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    targetId: uuid('target_id')
      .notNull()
      .references(() => provinceTargets.id),
    unitId: uuid('unit_id').references(() => units.id),
    year: integer('year').notNull(),
    value: numeric('value').notNull(),
    /** Where the figure comes from (a statistics yearbook, a department report, …). */
    source: text('source').notNull(),
    /** A note or a URL pointing at the evidence. */
    evidence: text('evidence'),
    enteredBy: uuid('entered_by')
      .notNull()
      .references(() => users.id),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
    /** Optimistic lock: bumped on every change. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('target_actuals_target_unit_year_uq')
      .on(t.tenantId, t.targetId, t.unitId, t.year)
      .nullsNotDistinct(),
    index('target_actuals_target_idx').on(t.targetId, t.year),
  ],
);

/** A province target cascaded to a unit for a year (e.g. disbursement 100% per investor). */
export const targetAssignments = pgTable(
  'target_assignments',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    targetId: uuid('target_id')
      .notNull()
      .references(() => provinceTargets.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    value: numeric('value').notNull(),
    comparator: text('comparator').notNull(),
    assignedBy: uuid('assigned_by')
      .notNull()
      .references(() => users.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('target_assignments_target_unit_year_uq').on(t.tenantId, t.targetId, t.unitId, t.year),
  ],
);
