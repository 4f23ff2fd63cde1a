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
import { tenants } from './tenancy.ts';

/**
 * An org unit's identity. Its name and place in the tree change over time and live in
 * unit_versions; what happened to it lives in unit_events.
 */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    code: text('code').notNull(),
    kind: text('kind').notNull(),
    validFrom: date('valid_from').notNull(),
    /** Exclusive: the first day the unit no longer exists (merged away or dissolved). */
    validTo: date('valid_to'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Codes are how imports and other modules name units; the service checks first for a friendly error.
  (t) => [uniqueIndex('units_tenant_code_uq').on(t.tenantId, t.code)],
);

/** One stretch of time with a given name and parent; [valid_from, valid_to). */
export const unitVersions = pgTable(
  'unit_versions',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    shortName: text('short_name'),
    parentId: uuid('parent_id').references(() => units.id),
    /**
     * For commune-level units: rural_commune | ward | township | special_zone (the kind of
     * commune decides some titles, e.g. NĐ 152/2025 Đ.50 k.2 c); null for other kinds.
     */
    communeType: text('commune_type'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
  },
  (t) => [
    index('unit_versions_unit_idx').on(t.unitId, t.validFrom),
    index('unit_versions_parent_idx').on(t.parentId),
  ],
);

/** create | rename | move | merge | split | dissolve, with its legal basis. */
export const unitEvents = pgTable(
  'unit_events',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    kind: text('kind').notNull(),
    effectiveDate: date('effective_date').notNull(),
    basis: text('basis'),
    note: text('note'),
    /**
     * false for events whose parties come from an unchecked source (the seeded 2025 commune
     * merger, ADR 0021); the office's successor import replaces them with verified ones.
     */
    verified: boolean('verified').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('unit_events_tenant_date_idx').on(t.tenantId, t.effectiveDate)],
);

/** Which units an event touched: predecessors (before) and successors (after). */
export const unitEventParties = pgTable(
  'unit_event_parties',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    eventId: uuid('event_id')
      .notNull()
      .references(() => unitEvents.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    role: text('role').notNull(),
    /** Free text on what passed to this successor (e.g. "press and publishing"). */
    share: text('share'),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.unitId, t.role] }),
    index('unit_event_parties_unit_idx').on(t.unitId),
  ],
);

/** Emulation blocks and clusters (khối / cụm thi đua). */
export const emulationBlocks = pgTable(
  'emulation_blocks',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    code: text('code').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('emulation_blocks_tenant_code_uq').on(t.tenantId, t.code)],
);

export const blockMemberships = pgTable(
  'block_memberships',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    blockId: uuid('block_id')
      .notNull()
      .references(() => emulationBlocks.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    /** Cluster head (trưởng cụm) for that year. */
    role: text('role').notNull().default('member'),
  },
  (t) => [primaryKey({ columns: [t.blockId, t.unitId, t.year] })],
);
