import {
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './identity.ts';
import { tenants } from './tenancy.ts';
import { units } from './units.ts';

/** One target of a programme: a category of Luật THTK-CLP and what the unit commits to. */
export interface ProgrammeTarget {
  category: string;
  text: string;
  /** A saving to reach, in VND, when the target is an amount. */
  amount?: number | undefined;
}

/**
 * A unit's THTK-CLP programme (issue 14): yearly or long-term, cascading from the provincial
 * programme (`parentId`). Drafted, then issued with a decision number and date; issued is read-only.
 */
export const thriftProgrammes = pgTable(
  'thrift_programmes',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** yearly | long_term */
    kind: text('kind').notNull(),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    parentId: uuid('parent_id'),
    title: text('title').notNull(),
    targets: jsonb('targets').$type<ProgrammeTarget[]>().notNull(),
    /** draft | issued */
    status: text('status').notNull(),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date'),
    createdBy: uuid('created_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('thrift_programmes_unit_idx').on(t.tenantId, t.unitId, t.startYear)],
);

/** Savings a unit reports for a category and year, with the evidence (VND). */
export const thriftSavings = pgTable(
  'thrift_savings',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    category: text('category').notNull(),
    amount: numeric('amount').notNull(),
    evidence: text('evidence').notNull(),
    note: text('note'),
    enteredBy: uuid('entered_by').references(() => users.id),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [unique('thrift_savings_uq').on(t.tenantId, t.unitId, t.year, t.category)],
);

/** A person disciplined for a violation; written to the discipline records eligibility reads. */
export interface DisciplinedPerson {
  personId: string;
  severity: string;
  decidedOn: string;
  endsOn: string;
  recordId?: string;
}

/**
 * An inspection or audit that found waste, and how it was handled. Only `publicSummary` and
 * the figures are published; the disciplined people stay in the records.
 */
export const thriftViolations = pgTable(
  'thrift_violations',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    foundOn: date('found_on').notNull(),
    category: text('category').notNull(),
    inspectingBody: text('inspecting_body').notNull(),
    finding: text('finding').notNull(),
    amount: numeric('amount').notNull(),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date'),
    measures: text('measures'),
    amountRecovered: numeric('amount_recovered'),
    disciplined: jsonb('disciplined').$type<DisciplinedPerson[]>().notNull(),
    /** open | handled */
    status: text('status').notNull(),
    publicSummary: text('public_summary'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('thrift_violations_unit_idx').on(t.tenantId, t.unitId)],
);
