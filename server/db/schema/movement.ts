import {
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
import { tenants } from './tenancy.ts';
import { units } from './units.ts';

/** An emulation movement (phong trào thi đua) as a province's plan issued it. */
export const movements = pgTable(
  'movements',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    code: text('code').notNull(),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull(),
    /** The plan document that launched it (e.g. "Kế hoạch số …/KH-UBND"). */
    documentVi: text('document_vi'),
    issuerUnitId: uuid('issuer_unit_id').references(() => units.id),
    signerName: text('signer_name'),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Two first starts racing must not both load the plan.
  (t) => [uniqueIndex('movements_tenant_code_uq').on(t.tenantId, t.code)],
);

/**
 * Numbered passages of the plan kept verbatim with an English rendering: legal bases,
 * purposes (I.1), requirements (I.2), content lines (II.2), commendation forms (III.2),
 * solutions (IV) and organisation duties (VI).
 */
export const movementSections = pgTable(
  'movement_sections',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id),
    kind: text('kind').notNull(),
    /** Content area: infrastructure | thrift, where the passage belongs to one. */
    area: text('area'),
    /** The plan's own numbering, e.g. "I.1.a" or "VI.1". */
    clause: text('clause').notNull(),
    position: integer('position').notNull(),
    textVi: text('text_vi').notNull(),
    textEn: text('text_en').notNull(),
    /** The unit a duty is assigned to, where it names one. */
    unitId: uuid('unit_id').references(() => units.id),
  },
  (t) => [index('movement_sections_movement_idx').on(t.movementId, t.kind, t.position)],
);

export const movementPhases = pgTable('movement_phases', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  movementId: uuid('movement_id')
    .notNull()
    .references(() => movements.id),
  code: text('code').notNull(),
  position: integer('position').notNull(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  startYear: integer('start_year').notNull(),
  endYear: integer('end_year').notNull(),
  descriptionVi: text('description_vi').notNull(),
  descriptionEn: text('description_en').notNull(),
});

export const movementMilestones = pgTable('movement_milestones', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  phaseId: uuid('phase_id')
    .notNull()
    .references(() => movementPhases.id),
  /** plan_issued | interim_review | final_review */
  kind: text('kind').notNull(),
  position: integer('position').notNull(),
  /** Due by the end of this year and, where the plan names one, this quarter. */
  dueYear: integer('due_year').notNull(),
  dueQuarter: integer('due_quarter'),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
});

/** The plan's four participant categories for criteria (III.1 a–d). */
export const participantCategories = pgTable('participant_categories', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  movementId: uuid('movement_id')
    .notNull()
    .references(() => movements.id),
  code: text('code').notNull(),
  clause: text('clause').notNull(),
  position: integer('position').notNull(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
});

/** A criterion of III.1 as the plan words it; issue-3 criteria sets version these. */
export const planCriteria = pgTable(
  'plan_criteria',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => participantCategories.id),
    /** Sub-group inside a category, e.g. infrastructure / thrift, or citizens / others. */
    groupCode: text('group_code').notNull(),
    groupVi: text('group_vi').notNull(),
    groupEn: text('group_en').notNull(),
    code: text('code').notNull(),
    position: integer('position').notNull(),
    textVi: text('text_vi').notNull(),
    textEn: text('text_en').notNull(),
  },
  (t) => [index('plan_criteria_category_idx').on(t.categoryId, t.position)],
);

/** A province-level numeric target of III.1 a). */
export const provinceTargets = pgTable('province_targets', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  movementId: uuid('movement_id')
    .notNull()
    .references(() => movements.id),
  code: text('code').notNull(),
  position: integer('position').notNull(),
  area: text('area').notNull(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  /** Unit of measure: percent | count | … (shared/measures.ts). */
  measure: text('measure').notNull(),
  /** higher | lower | target (close to a value). */
  direction: text('direction').notNull(),
  /** The plan's sentence this target comes from, verbatim. */
  sourceVi: text('source_vi').notNull(),
  clause: text('clause').notNull(),
  baselineYear: integer('baseline_year'),
  baselineValue: numeric('baseline_value'),
});

/** Target values by year; comparator says how the plan phrases it (≥, <, ≈, =). */
export const provinceTargetValues = pgTable('province_target_values', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  targetId: uuid('target_id')
    .notNull()
    .references(() => provinceTargets.id),
  year: integer('year').notNull(),
  value: numeric('value').notNull(),
  comparator: text('comparator').notNull(),
  /** "every year" targets hold one row per year of the movement. */
  noteVi: text('note_vi'),
  noteEn: text('note_en'),
  /** The plan version that set this value (issue 18): rows follow the version in force per year. */
  setByVersion: integer('set_by_version'),
});

/** The 13 sectors of VI.1 and the department the plan names to lead each. */
export const sectors = pgTable('sectors', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  movementId: uuid('movement_id')
    .notNull()
    .references(() => movements.id),
  code: text('code').notNull(),
  position: integer('position').notNull(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  /** The lead department as the plan names it (it may have been merged since). */
  leadUnitId: uuid('lead_unit_id')
    .notNull()
    .references(() => units.id),
  dutyVi: text('duty_vi').notNull(),
  dutyEn: text('duty_en').notNull(),
  /** Extra structured facts (e.g. the ministry whose criteria it follows). */
  extra: jsonb('extra'),
});
