import {
  bigint,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './identity.ts';
import { tenants } from './tenancy.ts';
import { units } from './units.ts';

/** Amounts are whole đồng; bigint read as a JS number (exact below 9·10^15 đ). */
const dong = (name: string) => bigint(name, { mode: 'number' });

/**
 * A public-investment project of the province's register (issue 13): what it is, who invests,
 * its period and status. Capital plans, disbursements and milestones hang off it.
 */
export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    /** The province's project code; never changes (it forms the OC4IDS id). */
    code: text('code').notNull(),
    name: text('name').notNull(),
    sector: text('sector').notNull(),
    type: text('type').notNull(),
    investorUnitId: uuid('investor_unit_id')
      .notNull()
      .references(() => units.id),
    /** null | province | national */
    keyLevel: text('key_level'),
    status: text('status').notNull(),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
    plannedStart: date('planned_start', { mode: 'string' }).notNull(),
    plannedEnd: date('planned_end', { mode: 'string' }).notNull(),
    actualStart: date('actual_start', { mode: 'string' }),
    actualEnd: date('actual_end', { mode: 'string' }),
    totalInvestment: dong('total_investment').notNull(),
    /** [{ source, amount }] of the investment decision. */
    fundingSources: jsonb('funding_sources')
      .$type<{ source: string; amount: number }[]>()
      .notNull(),
    physicalProgress: integer('physical_progress').notNull().default(0),
    capacityMw: doublePrecision('capacity_mw'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    description: text('description'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('projects_code_uq').on(t.tenantId, t.code),
    index('projects_investor_idx').on(t.tenantId, t.investorUnitId),
  ],
);

/** The communes or wards a project lies in, each from a day (the 2025 merger resolves them on read). */
export const projectCommunes = pgTable(
  'project_communes',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    communeUnitId: uuid('commune_unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [uniqueIndex('project_communes_uq').on(t.projectId, t.communeUnitId)],
);

/**
 * The capital assigned to a project for a year from one funding source. An adjustment adds
 * the next `revision` (who, when, decision) and never overwrites; the highest one is in force.
 */
export const capitalPlans = pgTable(
  'capital_plans',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    year: integer('year').notNull(),
    fundingSource: text('funding_source').notNull(),
    revision: integer('revision').notNull(),
    amount: dong('amount').notNull(),
    decisionNumber: text('decision_number'),
    decidedOn: date('decided_on', { mode: 'string' }),
    reason: text('reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('capital_plans_revision_uq').on(
      t.tenantId,
      t.projectId,
      t.year,
      t.fundingSource,
      t.revision,
    ),
  ],
);

/** Capital disbursed for a project in one month from one source (the Treasury's figure). */
export const disbursements = pgTable(
  'disbursements',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    fundingSource: text('funding_source').notNull(),
    amount: dong('amount').notNull(),
    /** manual | treasury */
    origin: text('origin').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('disbursements_month_uq').on(
      t.tenantId,
      t.projectId,
      t.year,
      t.month,
      t.fundingSource,
    ),
    index('disbursements_year_idx').on(t.tenantId, t.year),
  ],
);

/** A milestone planned and, once reached, its actual day. */
export const projectMilestones = pgTable(
  'project_milestones',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    title: text('title').notNull(),
    plannedOn: date('planned_on', { mode: 'string' }).notNull(),
    actualOn: date('actual_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('project_milestones_project_idx').on(t.tenantId, t.projectId)],
);

/**
 * What a household, person or enterprise gave: land (m²), labour days, money (đ) and
 * materials (kind, quantity, estimated value), optionally to a project, confirmed by a unit.
 * `legacyRecordId` keeps the free-text commendation record it was migrated from.
 */
export const communityContributions = pgTable(
  'community_contributions',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    /** household | person | enterprise */
    contributorKind: text('contributor_kind').notNull(),
    /** The household's or person's id when registered; enterprises may be named only. */
    contributorId: uuid('contributor_id'),
    contributorName: text('contributor_name').notNull(),
    projectId: uuid('project_id').references(() => projects.id),
    communeUnitId: uuid('commune_unit_id').references(() => units.id),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    landM2: doublePrecision('land_m2').notNull().default(0),
    labourDays: doublePrecision('labour_days').notNull().default(0),
    money: dong('money').notNull().default(0),
    materials: jsonb('materials')
      .$type<{ kind: string; quantity: number; unit: string; value: number }[]>()
      .notNull(),
    confirmingUnitId: uuid('confirming_unit_id').references(() => units.id),
    /** The legacy kind (land, assets, labour…) and free text, kept verbatim. */
    legacyKind: text('legacy_kind'),
    note: text('note'),
    legacyRecordId: uuid('legacy_record_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('community_contributions_project_idx').on(t.tenantId, t.projectId),
    index('community_contributions_contributor_idx').on(t.tenantId, t.contributorId),
    uniqueIndex('community_contributions_legacy_uq').on(t.tenantId, t.legacyRecordId),
  ],
);
