import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { criteriaSets } from './criteria.ts';
import { movements } from './movement.ts';
import { tenants } from './tenancy.ts';
import { emulationBlocks, units } from './units.ts';

/** The yearly registration window of a movement (issue 3, item 5): one per movement and year. */
export const registrationPeriods = pgTable(
  'registration_periods',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id),
    year: integer('year').notNull(),
    opensOn: date('opens_on').notNull(),
    /** The last day a registration counts as on time. */
    deadline: date('deadline').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    uniqueIndex('registration_periods_movement_year_uq').on(t.tenantId, t.movementId, t.year),
  ],
);

/**
 * A unit's registration for a period: the criteria set version it is judged by and its
 * commitments ({ values, collectiveTitles, individualTitles, note }, domain/registrations).
 */
export const registrations = pgTable(
  'registrations',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => registrationPeriods.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    criteriaSetId: uuid('criteria_set_id')
      .notNull()
      .references(() => criteriaSets.id),
    criteriaVersion: integer('criteria_version').notNull(),
    commitments: jsonb('commitments').notNull(),
    /** draft | submitted */
    status: text('status').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
    /** The Idempotency-Key of the submission, so a retried submit is the same submission. */
    idempotencyKey: text('idempotency_key'),
    /** Optimistic lock: bumped on every write. */
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    uniqueIndex('registrations_period_unit_uq').on(t.periodId, t.unitId),
    index('registrations_tenant_idx').on(t.tenantId, t.periodId),
  ],
);

/** A cluster's (cụm/khối) yearly emulation pledge, drafted by its head or the office. */
export const clusterPledges = pgTable(
  'cluster_pledges',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    blockId: uuid('block_id')
      .notNull()
      .references(() => emulationBlocks.id),
    year: integer('year').notNull(),
    text: text('text').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [uniqueIndex('cluster_pledges_block_year_uq').on(t.tenantId, t.blockId, t.year)],
);

/** One member unit's signature of a pledge; members sign in any order. */
export const clusterPledgeSignatures = pgTable(
  'cluster_pledge_signatures',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    pledgeId: uuid('pledge_id')
      .notNull()
      .references(() => clusterPledges.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    signedBy: uuid('signed_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.pledgeId, t.unitId] })],
);
