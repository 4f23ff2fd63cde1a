/**
 * Reporting periods (ADR 0013) and what is read across a period's reports: the completion
 * board, the roll-up of a unit's subtree, the indicator workbook and the consolidated report.
 */
import { z } from 'zod';
import { input, isoDay, localized, queryYear, rowError, unitRef, version, year } from './common.ts';
import { aggregations, boardStatuses } from './reports.ts';

/** A reporting period covers a whole year or one half of it. */
export const periodKinds = ['year', 'half'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export const periodBody = input({
  movementCode: z.string().trim().min(1).max(60),
  year,
  kind: z.enum(periodKinds),
  /** 1 or 2 for a half-year period; omitted (or 0) for a year. */
  half: z.int32().min(0).max(2).optional(),
  opensOn: isoDay,
  deadline: isoDay,
  closesOn: isoDay,
});
export type PeriodInput = z.input<typeof periodBody>;

/** The office moves a period's dates; the version read guards against a concurrent change. */
export const periodPatchBody = input({
  opensOn: isoDay.optional(),
  deadline: isoDay.optional(),
  closesOn: isoDay.optional(),
  version,
});
export type PeriodPatchInput = z.input<typeof periodPatchBody>;

export const periodListQuery = input({ year: queryYear.optional() });
export const rollupQuery = input({ unitId: z.uuid().optional() });
/** Comma-separated unit ids; the actor's own units (or every unit for the office) when omitted. */
export const workbookQuery = input({ unitIds: z.string().max(40_000).optional() });

/** The consolidated report's files: the report itself (DOCX, PDF) and its annexes (XLSX). */
export const consolidatedFormats = ['docx', 'pdf', 'xlsx'] as const;
export type ConsolidatedFormat = (typeof consolidatedFormats)[number];
export const documentQuery = input({
  /** The document's date; today when omitted. */
  date: isoDay.optional(),
  /** The register number, once assigned. */
  number: z.string().trim().min(1).max(40).optional(),
  /** "1": shown in the browser (the PDF preview) instead of downloaded. */
  inline: z.enum(['0', '1']).optional(),
});

export const periodResponse = z.object({
  id: z.uuid(),
  movementCode: z.string(),
  year: z.int32(),
  kind: z.enum(periodKinds),
  /** 0 for a yearly period, 1 or 2 for a half. */
  half: z.int32(),
  label: localized,
  /** The period's last day: the roll-up reads the unit tree as of this day. */
  referenceDate: z.string(),
  opensOn: z.string(),
  deadline: z.string(),
  closesOn: z.string(),
  /** After `closesOn` nothing in the period changes. */
  locked: z.boolean(),
  version: z.int32(),
});
export type PeriodResponse = z.infer<typeof periodResponse>;

export const periodDetailResponse = periodResponse.extend({
  abilities: z.object({
    update: z.boolean(),
    board: z.boolean(),
    remind: z.boolean(),
    documents: z.boolean(),
  }),
});
export type PeriodDetailResponse = z.infer<typeof periodDetailResponse>;

export const periodListResponse = z.object({
  periods: z.array(periodDetailResponse),
  abilities: z.object({ create: z.boolean() }),
});
export type PeriodListResponse = z.infer<typeof periodListResponse>;

/** Units per board status, every status present. */
const statusCounts = z.record(z.enum(boardStatuses), z.int32());
export type StatusCounts = z.infer<typeof statusCounts>;

export const boardRow = z.object({
  unit: unitRef,
  status: z.enum(boardStatuses),
  submittedAt: z.string().nullable(),
  submittedLate: z.boolean(),
  lastReminderAt: z.string().nullable(),
  /** Whether the actor may remind this unit now (remindPolicy), so the button shows only then. */
  abilities: z.object({ remind: z.boolean() }),
});
export type BoardRow = z.infer<typeof boardRow>;

export const boardResponse = z.object({
  period: periodDetailResponse,
  counts: statusCounts,
  units: z.array(boardRow),
});
export type BoardResponse = z.infer<typeof boardResponse>;

export const rollupIndicator = z.object({
  code: z.string(),
  group: localized,
  name: localized,
  indicator: z.string(),
  measure: z.string(),
  aggregation: z.enum(aggregations),
  target: z.number().nullable(),
  value: z.number().nullable(),
  reportingUnits: z.int32(),
  expectedUnits: z.int32(),
});
export type RollupIndicator = z.infer<typeof rollupIndicator>;

export const rollupResponse = z.object({
  referenceDate: z.string(),
  unit: unitRef,
  /** The unit's parent, when the actor may roll it up too ("up one level"); else null. */
  parent: unitRef.nullable(),
  /** The unit's own status when it reports itself; null for a grouping unit. */
  status: z.enum(boardStatuses).nullable(),
  statusCounts,
  children: z.array(
    z.object({ unit: unitRef, status: z.enum(boardStatuses).nullable(), statusCounts }),
  ),
  indicators: z.array(rollupIndicator),
});
export type RollupResponse = z.infer<typeof rollupResponse>;

/** What reading an indicator workbook back did (or, validating, would do). */
export const indicatorImportResponse = z.object({
  rows: z.int32(),
  errors: z.array(rowError),
  /** Values written. */
  imported: z.int32(),
  /** Reports written (one audit entry each). */
  reports: z.int32(),
});
export type IndicatorImportResponse = z.infer<typeof indicatorImportResponse>;
