/** Province targets with status and trend, actuals per year, cascades to units. */
import { z } from 'zod';
import { input, localized, queryYear, version, year } from './common.ts';

export const comparators = ['≥', '≤', '<', '>', '≈', '='] as const;
export type Comparator = (typeof comparators)[number];
export const directions = ['higher', 'lower', 'target'] as const;
export type Direction = (typeof directions)[number];
export const targetStatuses = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data'] as const;
export type TargetStatus = (typeof targetStatuses)[number];
export const trends = ['improving', 'steady', 'worsening'] as const;
export type Trend = (typeof trends)[number];
export const measures = ['percent', 'count', 'done', 'percent_change'] as const;
export type Measure = (typeof measures)[number];

const yearValue = z.object({ year: z.int32(), value: z.number() });

export const targetCodeParams = input({ code: z.string().min(1).max(100) });
export const targetActualParams = input({ code: z.string().min(1).max(100), year: queryYear });

export const actualBody = input({
  value: z.number(),
  source: z.string().trim().min(1).max(500),
  evidence: z.string().trim().max(2000).optional(),
  /** The version read; required when the year already has a value. */
  version: version.optional(),
  /** The unit a cascaded target's actual is for; omitted for the province figure. */
  unitId: z.uuid().optional(),
});
export type ActualInput = z.input<typeof actualBody>;

export const assignmentBody = input({
  unitId: z.uuid(),
  year,
  value: z.number(),
  comparator: z.enum(comparators),
  /** The version read; required when the unit already has the target for that year. */
  version: version.optional(),
});
export type AssignmentInput = z.input<typeof assignmentBody>;

const publicActual = yearValue.extend({ source: z.string() });

/** What GET /api/public/targets gives per target. */
export const publicTarget = z.object({
  code: z.string(),
  name: localized,
  measure: z.string(),
  direction: z.string(),
  baseline: z.object({ year: z.int32().nullable(), value: z.number().nullable() }),
  targetsByYear: z.array(yearValue.extend({ comparator: z.enum(comparators) })),
  actualsByYear: z.array(publicActual),
  status: z.enum(targetStatuses),
  trend: z.enum(trends).nullable(),
});
export type PublicTarget = z.infer<typeof publicTarget>;
export const publicTargetList = z.array(publicTarget);

export const targetActual = publicActual.extend({
  evidence: z.string().nullable(),
  enteredBy: z.string().nullable(),
  enteredAt: z.string(),
  version: z.int32(),
});
export type TargetActual = z.infer<typeof targetActual>;

export const targetResponse = publicTarget.extend({
  area: z.string(),
  clause: z.string(),
  source: z.string(),
  movement: z.object({ code: z.string(), startYear: z.int32(), endYear: z.int32() }),
  targetsByYear: z.array(
    yearValue.extend({
      comparator: z.enum(comparators),
      note: localized.nullable(),
      /** The plan version that set the value (issue 18). */
      setBy: z.int32().nullable().optional(),
    }),
  ),
  actualsByYear: z.array(targetActual),
  latest: yearValue.nullable(),
  abilities: z.object({ enterActual: z.boolean(), assign: z.boolean() }),
});
export type TargetResponse = z.infer<typeof targetResponse>;

export const targetListResponse = z.object({ targets: z.array(targetResponse) });
export type TargetListResponse = z.infer<typeof targetListResponse>;

export const assignmentResponse = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  year: z.int32(),
  value: z.number(),
  comparator: z.enum(comparators),
  version: z.int32(),
  actual: publicActual.extend({ version: z.int32() }).nullable(),
  /** The unit's actual for the year against its assigned value (no trajectory for one year). */
  status: z.enum(targetStatuses),
  abilities: z.object({ enterActual: z.boolean() }),
});
export type AssignmentResponse = z.infer<typeof assignmentResponse>;

export const assignmentListResponse = z.object({
  assignments: z.array(assignmentResponse),
  abilities: z.object({ assign: z.boolean() }),
});
export type AssignmentListResponse = z.infer<typeof assignmentListResponse>;
