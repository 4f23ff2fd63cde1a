/**
 * The commendations catalogue, eligibility rules as dated data, cash amounts and the import of
 * past years' history. Eligibility answers are in ./eligibility.ts; people, households and
 * their history in ./people.ts; initiatives in ./initiatives.ts.
 */
import { z } from 'zod';
import {
  awardCategories,
  awardCodes,
  awardKinds,
  dossierDocumentCodes,
  subjectKinds,
} from '../commendations/catalogue.ts';
import { conditionSchema } from '../commendations/conditions.ts';
import { ruleSchema } from '../commendations/rule-schema.ts';
import { importModes, input, isoDay, localized, version } from './common.ts';

/** An award code of the catalogue, as queries name it. */
export const awardCode = z.enum(awardCodes as [string, ...string[]]);

/** Where a rule, an award or a number comes from; `verified: false` marks a clause not re-read. */
export const citation = z.object({
  instrument: z.string(),
  article: z.string(),
  clause: z.string().optional(),
  point: z.string().optional(),
  verified: z.boolean().optional(),
  note: z.string().optional(),
});
export type Citation = z.infer<typeof citation>;

// --- catalogue -------------------------------------------------------------------------------

const multiplier = z.object({
  subject: z.enum(subjectKinds),
  value: z.number(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().optional(),
  citation,
});

const dossierRequirement = z.object({
  document: z.enum(dossierDocumentCodes),
  subjects: z.array(z.enum(subjectKinds)).optional(),
  forKinds: z.array(z.enum(awardKinds)).optional(),
  citation,
});

/** A title or form of commendation: who confers it, for whom, its cash and its dossier. */
export const catalogueAward = z.object({
  code: z.string(),
  category: z.enum(awardCategories),
  name: localized,
  conferredBy: localized,
  subjects: z.array(z.enum(subjectKinds)),
  kinds: z.array(z.enum(awardKinds)),
  rank: z.number(),
  citation,
  multipliers: z.array(multiplier),
  dossier: z.array(dossierRequirement),
  conferrableFrom: z.string().optional(),
  conferrableTo: z.string().optional(),
});
export type CatalogueAward = z.infer<typeof catalogueAward>;

export const catalogueResponse = z.object({ awards: z.array(catalogueAward) });
export type CatalogueResponse = z.infer<typeof catalogueResponse>;

// --- rules -----------------------------------------------------------------------------------

export const ruleIdParams = input({ id: z.uuid() });

/** A rule as submitted: the shared rule schema (the editor checks its draft with it too). */
export const ruleBody = ruleSchema;
export type RuleBody = z.input<typeof ruleBody>;

export const updateRuleBody = input({ version, rule: ruleBody });
export type UpdateRuleBody = z.input<typeof updateRuleBody>;

export const ruleResponse = z.object({
  id: z.uuid(),
  code: z.string(),
  awardCode: z.string(),
  subject: z.enum(subjectKinds),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  citation,
  title: localized.nullable(),
  condition: conditionSchema,
  version: z.int32(),
  abilities: z.object({ update: z.boolean() }),
});
export type RuleResponse = z.infer<typeof ruleResponse>;

export const ruleListResponse = z.object({
  rules: z.array(ruleResponse),
  abilities: z.object({ create: z.boolean() }),
});
export type RuleListResponse = z.infer<typeof ruleListResponse>;

// --- cash ------------------------------------------------------------------------------------

export const cashQuery = input({
  award: awardCode,
  subject: z.enum(subjectKinds),
  decisionDate: isoDay,
});
export type CashQuery = z.input<typeof cashQuery>;

export const cashResponse = z.object({
  /** Đồng, a multiple of 10,000. */
  amount: z.number(),
  /** Multiplier × base salary before rounding. */
  exact: z.number(),
  multiplier: z.number(),
  baseSalary: z.object({ effectiveFrom: z.string(), amount: z.number(), citation }),
  citation,
});
export type CashResponse = z.infer<typeof cashResponse>;

// --- history import --------------------------------------------------------------------------

/**
 * Past years' ratings and awards from a workbook. The modes are the imports' own (`validate`
 * writes nothing, `import` only a clean file, `import_valid` the valid rows); one is required.
 */
export const historyImportQuery = input({ mode: z.enum(importModes) });
