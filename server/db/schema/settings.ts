import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenancy.ts';

/**
 * A tenant's office settings, one row per key (e.g. how predecessors' records count toward
 * standards). A missing row means the default the code carries with its citation.
 */
export const tenantSettings = pgTable(
  'tenant_settings',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.key] })],
);

/**
 * Data steps the boot seeding ran for a tenant (after the schema migrations), so a step that
 * fills in data a later seed added runs once, whatever the office did afterwards.
 */
export const seedSteps = pgTable(
  'seed_steps',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    step: text('step').notNull(),
    /** What the step did: `applied`, or why it changed nothing. */
    outcome: text('outcome').notNull(),
    ranAt: timestamp('ran_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.step] })],
);
