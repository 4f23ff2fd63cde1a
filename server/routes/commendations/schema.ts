import { z } from 'zod';
import { awardCodes, subjectKinds } from '../../../shared/commendations/catalogue.ts';
import { locales } from '../../../shared/locale.ts';

const isoDate = z.iso.date();
const loose = z.record(z.string(), z.unknown());

export const ruleIdParams = z.object({ id: z.uuid() });

/**
 * A rule as submitted: the shape is checked in full by the domain's validateRuleSet, so that a
 * missing citation or overlapping dates come back as field errors with their own messages.
 */
export const ruleBody = z.looseObject({
  code: z.string().max(100),
  awardCode: z.string().max(40),
  subject: z.string().max(20),
  effectiveFrom: z.string().max(10),
  effectiveTo: z.string().max(10).optional(),
  citation: z.unknown().optional(),
  title: z.unknown().optional(),
  condition: z.unknown(),
});
export const updateRuleBody = z.object({ version: z.int().min(1), rule: ruleBody });

export const ruleResponse = z.object({
  id: z.uuid(),
  code: z.string(),
  awardCode: z.string(),
  subject: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  citation: loose,
  title: z.object({ vi: z.string(), en: z.string() }).nullable(),
  condition: loose,
  version: z.int(),
  abilities: z.object({ update: z.boolean() }),
});
export const ruleListResponse = z.object({
  rules: z.array(ruleResponse),
  abilities: z.object({ create: z.boolean() }),
});

export const catalogueResponse = z.object({ awards: z.array(loose) });

export const eligibilityQuery = z.object({
  subjectKind: z.enum(['individual', 'collective', 'household']),
  subjectId: z.uuid(),
  award: z.enum(awardCodes as [string, ...string[]]),
  date: isoDate,
  year: z.coerce.number().int().min(1990).max(2100).optional(),
});

export const eligibilityResponse = z.object({
  verdict: z.enum(['eligible', 'not_eligible', 'held']),
  awardCode: z.string(),
  subjectKind: z.enum(subjectKinds),
  onDate: z.string(),
  assessmentYear: z.int(),
  rule: z
    .object({
      code: z.string(),
      citation: loose,
      effectiveFrom: z.string(),
      effectiveTo: z.string().optional(),
    })
    .nullable(),
  reason: z.string().optional(),
  conditions: z.array(
    z.object({
      path: z.string(),
      leaf: loose,
      description: z.object({ vi: z.string(), en: z.string() }),
      citation: loose.optional(),
      met: z.boolean(),
      evidence: z.array(loose),
    }),
  ),
  holds: z.array(loose),
  principles: loose,
  alternatives: z.array(loose),
});

export const cashQuery = z.object({
  award: z.enum(awardCodes as [string, ...string[]]),
  subject: z.enum(subjectKinds),
  decisionDate: isoDate,
});
export const cashResponse = z.object({
  amount: z.number(),
  exact: z.number(),
  multiplier: z.number(),
  baseSalary: loose,
  citation: loose,
});

export const importQuery = z.object({ mode: z.enum(['validate', 'import', 'import_valid']) });
export const importReport = z.object({
  total: z.int(),
  valid: z.int(),
  created: z.int(),
  errors: z.array(z.object({ row: z.int(), field: z.string(), message: z.string() })),
});

export const candidatesQuery = z.object({
  unitId: z.uuid(),
  year: z.coerce.number().int().min(1990).max(2100),
  award: z.enum(awardCodes as [string, ...string[]]),
  date: isoDate.optional(),
  /** Whose list: the unit's people (default), its households, or the unit and the units under it. */
  subjectKind: z.enum(['individual', 'collective', 'household']).optional(),
  /** The workbook's language when downloaded through a link (else Accept-Language). */
  lang: z.enum(locales).optional(),
});
export const candidatesResponse = z.object({
  candidates: z.array(
    z.object({
      subjectId: z.uuid(),
      subjectKind: z.enum(subjectKinds),
      name: z.string(),
      result: eligibilityResponse,
    }),
  ),
});
