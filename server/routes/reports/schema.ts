import { z } from 'zod';
import { periodKinds } from '../../domain/reports/periods.ts';
import { boardStatuses, reportStatuses } from '../../domain/reports/status.ts';
import { importModes } from '../../../shared/contracts/common.ts';

const isoDay = z.iso.date();
const text = z.object({ vi: z.string(), en: z.string() });
const code = z.string().trim().min(1).max(40);

export const periodBody = z.object({
  movementCode: z.string().trim().min(1).max(60),
  year: z.int().min(1900).max(2200),
  kind: z.enum(periodKinds),
  /** 1 or 2 for a half-year period; omitted (or 0) for a year. */
  half: z.int().min(0).max(2).optional(),
  opensOn: isoDay,
  deadline: isoDay,
  closesOn: isoDay,
});
export const periodPatchBody = z.object({
  opensOn: isoDay.optional(),
  deadline: isoDay.optional(),
  closesOn: isoDay.optional(),
  version: z.int().min(1),
});
export const periodListQuery = z.object({
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});
export const periodIdParams = z.object({ id: z.uuid() });
export const reportParams = z.object({ id: z.uuid(), unitId: z.uuid() });
export const evidenceParams = z.object({ id: z.uuid() });
export const rollupQuery = z.object({ unitId: z.uuid().optional() });
export const workbookQuery = z.object({ unitIds: z.string().max(40_000).optional() });
export const importQuery = z.object({ mode: z.enum(importModes).default('validate') });

/** Members are checked against the criterion in the domain, so every mistake is keyed `answers.<code>`. */
const answerIn = z
  .object({
    value: z.unknown().optional(),
    met: z.unknown().optional(),
    level: z.unknown().optional(),
    events: z.unknown().optional(),
    note: z.string().max(2000).optional(),
  })
  .strict();
const narrative = z.object({
  results: z.string().max(20_000).default(''),
  shortcomings: z.string().max(20_000).default(''),
  proposals: z.string().max(20_000).default(''),
});
export const saveBody = z.object({
  answers: z.record(code, answerIn),
  narrative,
  /** The version read; omitted while the unit has no report yet. */
  version: z.int().min(1).optional(),
});
export const versionBody = z.object({ version: z.int().min(1) });
export const submitHeaders = z.object({ 'idempotency-key': z.string().trim().min(8).max(200) });
export const returnBody = z.object({
  version: z.int().min(1),
  reasons: z.record(z.string().min(1).max(100), z.string().trim().max(2000)),
  note: z.string().trim().max(2000).optional(),
});
export const acceptBody = z.object({
  version: z.int().min(1),
  note: z.string().trim().max(2000).optional(),
});
export const reopenBody = z.object({
  version: z.int().min(1),
  reason: z.string().trim().min(1).max(2000),
});

export const periodResponse = z.object({
  id: z.uuid(),
  movementCode: z.string(),
  year: z.int(),
  kind: z.enum(periodKinds),
  half: z.int(),
  label: text,
  referenceDate: z.string(),
  opensOn: z.string(),
  deadline: z.string(),
  closesOn: z.string(),
  locked: z.boolean(),
  version: z.int(),
});
export const periodDetailResponse = periodResponse.extend({
  abilities: z.object({
    update: z.boolean(),
    board: z.boolean(),
    remind: z.boolean(),
    documents: z.boolean(),
  }),
});
export const periodListResponse = z.object({
  periods: z.array(periodDetailResponse),
  abilities: z.object({ create: z.boolean() }),
});

const unitRef = z.object({ id: z.uuid(), code: z.string(), name: z.string(), kind: z.string() });
const answerOut = z.object({
  value: z.number().nullable().optional(),
  met: z.boolean().nullable().optional(),
  level: z.string().nullable().optional(),
  events: z.number().optional(),
  note: z.string().optional(),
});
const formField = z.object({
  key: z.string(),
  code: z.string(),
  kind: z.enum(['quantitative', 'qualitative', 'bonus', 'penalty']),
  name: text,
  maxPoints: z.number(),
  indicator: z.string().optional(),
  measure: z.string().optional(),
  direction: z.string().optional(),
  aggregation: z.string().optional(),
  target: z.number().nullable().optional(),
  committed: z.number().nullable().optional(),
  scale: z.string().optional(),
  levels: z.array(z.string()).optional(),
  evidenceRequired: z.boolean().optional(),
  pointsPerEvent: z.number().optional(),
  cap: z.number().optional(),
});
export const evidenceResponse = z.object({
  id: z.uuid(),
  criterionCode: z.string().nullable(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.int(),
  uploadedAt: z.string(),
  uploadedBy: z.object({ id: z.uuid(), name: z.string() }),
  url: z.string(),
});
const reportAbilities = z.object({
  save: z.boolean(),
  submit: z.boolean(),
  return: z.boolean(),
  accept: z.boolean(),
  reopen: z.boolean(),
  upload: z.boolean(),
});
const reportStatus = z.enum(['not_started', ...reportStatuses]);
export const summaryResponse = z.object({
  id: z.uuid().nullable(),
  periodId: z.uuid(),
  unit: unitRef,
  status: reportStatus,
  boardStatus: z.enum(boardStatuses),
  submittedAt: z.string().nullable(),
  submittedLate: z.boolean(),
  acceptedAt: z.string().nullable(),
  /** null while the unit has no report yet (send no version with the first save). */
  version: z.int().nullable(),
  abilities: reportAbilities,
});
export const reportListResponse = z.object({
  mine: z.array(summaryResponse),
  reviewable: z.array(summaryResponse),
});
export const reportResponse = summaryResponse.extend({
  locked: z.boolean(),
  criteriaSet: z.object({ id: z.uuid(), code: z.string(), name: text, version: z.int() }),
  form: z.array(z.object({ group: text, fields: z.array(formField) })),
  answers: z.record(z.string(), answerOut),
  narrative: z.object({ results: z.string(), shortcomings: z.string(), proposals: z.string() }),
  returnReasons: z.record(z.string(), z.string()).nullable(),
  evidence: z.array(evidenceResponse),
  reviews: z.array(
    z.object({
      action: z.enum(['return', 'accept', 'reopen']),
      reasons: z.record(z.string(), z.string()).nullable(),
      note: z.string().nullable(),
      at: z.string(),
      by: z.object({ id: z.uuid(), name: z.string() }),
      byName: z.string(),
    }),
  ),
  submissions: z.int(),
  /** The largest evidence file accepted, in MB (EVIDENCE_MAX_MB). */
  evidenceMaxMb: z.int(),
});

const statusCounts = z.record(z.enum(boardStatuses), z.int());
export const boardResponse = z.object({
  period: periodDetailResponse,
  counts: statusCounts,
  units: z.array(
    z.object({
      unit: unitRef,
      status: z.enum(boardStatuses),
      submittedAt: z.string().nullable(),
      submittedLate: z.boolean(),
      lastReminderAt: z.string().nullable(),
    }),
  ),
});
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
  indicators: z.array(
    z.object({
      code: z.string(),
      group: text,
      name: text,
      indicator: z.string(),
      measure: z.string(),
      aggregation: z.string(),
      target: z.number().nullable(),
      value: z.number().nullable(),
      reportingUnits: z.int(),
      expectedUnits: z.int(),
    }),
  ),
});
export const importResponse = z.object({
  rows: z.int(),
  errors: z.array(z.object({ row: z.int(), field: z.string(), message: z.string() })),
  imported: z.int(),
  /** Reports written (one audit entry each). */
  reports: z.int(),
});

export type PeriodResponse = z.infer<typeof periodResponse>;
export type ReportResponse = z.infer<typeof reportResponse>;
export type SummaryResponse = z.infer<typeof summaryResponse>;
export type EvidenceResponse = z.infer<typeof evidenceResponse>;
export type BoardResponse = z.infer<typeof boardResponse>;
export type RollupResponse = z.infer<typeof rollupResponse>;
