import { z } from 'zod';
import { comparators, targetStatuses, trends } from '../../domain/targets/status.ts';

const text = z.object({ vi: z.string(), en: z.string() });
const yearValue = z.object({ year: z.int(), value: z.number() });
const year = z.coerce.number().int().min(1900).max(2200);

export const targetCodeParams = z.object({ code: z.string().min(1).max(100) });
export const targetActualParams = targetCodeParams.extend({ year });

export const actualBody = z.object({
  value: z.number(),
  source: z.string().trim().min(1).max(500),
  evidence: z.string().trim().max(2000).optional(),
  /** The version read; required when the year already has a value. */
  version: z.int().min(1).optional(),
  /** The unit a cascaded target's actual is for; omitted for the province figure. */
  unitId: z.uuid().optional(),
});

export const assignmentBody = z.object({
  unitId: z.uuid(),
  year: z.int().min(1900).max(2200),
  value: z.number(),
  comparator: z.enum(comparators),
  /** The version read; required when the unit already has the target for that year. */
  version: z.int().min(1).optional(),
});

const publicActual = yearValue.extend({ source: z.string() });

/** What GET /api/public/targets gives per target. */
export const publicTarget = z.object({
  code: z.string(),
  name: text,
  measure: z.string(),
  direction: z.string(),
  baseline: z.object({ year: z.int().nullable(), value: z.number().nullable() }),
  targetsByYear: z.array(yearValue.extend({ comparator: z.string() })),
  actualsByYear: z.array(publicActual),
  status: z.enum(targetStatuses),
  trend: z.enum(trends).nullable(),
});

export const targetResponse = publicTarget.extend({
  area: z.string(),
  clause: z.string(),
  source: z.string(),
  movement: z.object({ code: z.string(), startYear: z.int(), endYear: z.int() }),
  targetsByYear: z.array(yearValue.extend({ comparator: z.string(), note: text.nullable() })),
  actualsByYear: z.array(
    publicActual.extend({
      evidence: z.string().nullable(),
      enteredBy: z.string().nullable(),
      enteredAt: z.string(),
      version: z.int(),
    }),
  ),
  latest: yearValue.nullable(),
  abilities: z.object({ enterActual: z.boolean(), assign: z.boolean() }),
});

export const targetListResponse = z.object({ targets: z.array(targetResponse) });

export const assignmentResponse = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  year: z.int(),
  value: z.number(),
  comparator: z.string(),
  version: z.int(),
  actual: publicActual.extend({ version: z.int() }).nullable(),
  /** The unit's actual for the year against its assigned value (no trajectory for one year). */
  status: z.enum(targetStatuses),
  abilities: z.object({ enterActual: z.boolean() }),
});

export const assignmentListResponse = z.object({
  assignments: z.array(assignmentResponse),
  abilities: z.object({ assign: z.boolean() }),
});

export type TargetResponse = z.infer<typeof targetResponse>;
export type PublicTarget = z.infer<typeof publicTarget>;
export type AssignmentResponse = z.infer<typeof assignmentResponse>;
