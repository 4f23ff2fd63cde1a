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
import type {
  Citation,
  PersonCategory,
  RecognitionLevel,
  SubjectKind,
} from '../../../shared/commendations/catalogue.ts';
import type { Condition } from '../../../shared/commendations/conditions.ts';
import type { InitiativeStatus } from '../../../shared/contracts/initiatives.ts';
import type { Gender, RecordType } from '../../../shared/contracts/people.ts';
import { tenants } from './tenancy.ts';
import { units } from './units.ts';
import { users } from './identity.ts';

/** One dated version of an eligibility standard, as data with its citation (see domain/commendations/rules.ts). */
export const commendationRules = pgTable(
  'commendation_rules',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    code: text('code').notNull(),
    awardCode: text('award_code').notNull(),
    subject: text('subject').$type<SubjectKind>().notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    citation: jsonb('citation').$type<Citation>().notNull(),
    title: jsonb('title').$type<{ vi: string; en: string }>(),
    condition: jsonb('condition').$type<Condition>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('commendation_rules_version_uq').on(t.tenantId, t.code, t.effectiveFrom),
    index('commendation_rules_award_idx').on(t.tenantId, t.awardCode),
  ],
);

/** A person whose achievements are recorded: cadre, worker, farmer, citizen. Follows its unit through mergers via scope. */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    fullName: text('full_name').notNull(),
    category: text('category').$type<PersonCategory>().notNull(),
    gender: text('gender').$type<Gender>(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('people_unit_idx').on(t.tenantId, t.unitId)],
);

/** A household (hộ gia đình) whose contributions are recorded, e.g. land given for a road. */
export const households = pgTable(
  'households',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    headName: text('head_name').notNull(),
    address: text('address').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('households_unit_idx').on(t.tenantId, t.unitId)],
);

/**
 * A history record of a subject (person, collective = unit, household): rating, award received,
 * discipline, open case, attestation or absence. `data` holds the typed record, validated by the
 * route's zod schema for its `type`; `year` is set for ratings (one per subject and year).
 */
export const commendationRecords = pgTable(
  'commendation_records',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    subjectKind: text('subject_kind').$type<SubjectKind>().notNull(),
    subjectId: uuid('subject_id').notNull(),
    type: text('type').$type<RecordType>().notNull(),
    year: integer('year'),
    data: jsonb('data').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('commendation_records_subject_idx').on(t.tenantId, t.subjectKind, t.subjectId)],
);

/** An initiative (sáng kiến) through submission, review and recognition at a level. */
export const initiatives = pgTable(
  'initiatives',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    title: text('title').notNull(),
    /** Person ids of the authors. */
    authorIds: jsonb('author_ids').$type<string[]>().notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    description: text('description').notNull(),
    effect: text('effect').notNull(),
    status: text('status').$type<InitiativeStatus>().notNull(),
    level: text('level').$type<RecognitionLevel>(),
    recognisedOn: date('recognised_on', { mode: 'string' }),
    decisionNumber: text('decision_number'),
    scope: text('scope'),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('initiatives_unit_idx').on(t.tenantId, t.unitId)],
);
