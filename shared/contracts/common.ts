/**
 * Building blocks of every API contract (ADR 0019). Request schemas are strict objects: a
 * field the contract does not know is refused with 400 and named, never silently dropped.
 * Integers are bounded to the 32-bit columns that store them.
 */
import { z } from 'zod';

/** A request object: unknown fields are refused (`unrecognized_keys`, field named). */
export const input = z.strictObject;

/**
 * Text the database can store and a person meant: no NUL character (PostgreSQL refuses it) and
 * no lone UTF-16 surrogate (not encodable as UTF-8). Every request's text is held to this in
 * one place: `safeTextIssues` runs before each route's schema (server/app.ts validator), so a
 * field added to any contract is covered without opting in.
 */
const unsafeCharacter =
  // eslint-disable-next-line no-control-regex -- NUL is exactly what is refused
  /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isSafeText(text: string): boolean {
  return !unsafeCharacter.test(text);
}

/** Every string (and key) of a parsed request that is not safe text, as issues naming its path. */
export function safeTextIssues(value: unknown): { path: (string | number)[]; key: string }[] {
  const issues: { path: (string | number)[]; key: string }[] = [];
  const walk = (v: unknown, path: (string | number)[], depth: number) => {
    if (issues.length >= 20 || depth > 32) return;
    if (typeof v === 'string') {
      if (!isSafeText(v)) issues.push({ path, key: 'text_invalid_character' });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, [...path, i], depth + 1));
    } else if (v && typeof v === 'object' && !(v instanceof Uint8Array)) {
      for (const [k, item] of Object.entries(v)) {
        if (!isSafeText(k)) issues.push({ path: [...path, k], key: 'text_invalid_character' });
        else walk(item, [...path, k], depth + 1);
      }
    }
  };
  walk(value, [], 0);
  return issues;
}

/** A guard put in front of a request schema: unsafe text fails with a field error before parsing. */
export const safeTextGuard = z.unknown().superRefine((value, ctx) => {
  for (const issue of safeTextIssues(value))
    ctx.addIssue({
      code: 'custom',
      path: issue.path,
      message: issue.key,
      params: { key: issue.key },
    });
});

/** Text in both UI languages, as the API gives every name. */
export const localized = z.object({ vi: z.string(), en: z.string() });
export type Localized = z.infer<typeof localized>;

/** A clause of the plan or a law with its text. */
export const section = z.object({ clause: z.string(), text: localized });
export type Section = z.infer<typeof section>;

/** A calendar day, YYYY-MM-DD (Vietnam day when it is "today"). */
export const isoDay = z.iso.date();

/** An integer that fits the int4 columns (versions, counts, years). */
export const int32 = z.int32();

/** The version a client read, for optimistic locking. */
export const version = z.int32().min(1);

/** A year as the plan and reports use it. */
export const year = z.int32().min(1900).max(2200);

/** A year in a query string. */
export const queryYear = z.coerce.number().pipe(year);

export const uuid = z.uuid();
export const idParams = z.strictObject({ id: z.uuid() });
export const codeParams = z.strictObject({ code: z.string().min(1).max(100) });

/** A unit as lists name it. */
export const unitRef = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
});
export type UnitRef = z.infer<typeof unitRef>;

/** A unit named by id and name only. */
export const unitName = z.object({ id: z.uuid(), name: z.string() });
export type UnitName = z.infer<typeof unitName>;

/** Who did something, as lists show it. */
export const person = z.object({ id: z.uuid(), name: z.string() });

/** A row error of an Excel import. */
export const rowError = z.object({ row: z.int32(), field: z.string(), message: z.string() });
export type RowError = z.infer<typeof rowError>;

/**
 * `validate` checks a workbook and writes nothing; `import` writes it only when every row is
 * valid; `import_valid` writes the valid rows and reports the others.
 */
export const importModes = ['validate', 'import', 'import_valid'] as const;
export type ImportMode = (typeof importModes)[number];
export const importQuery = z.strictObject({ mode: z.enum(importModes).default('validate') });

/** What a workbook import answers: rows read, rows valid, records written, each row's errors. */
export const importReport = z.object({
  total: z.int32(),
  valid: z.int32(),
  created: z.int32(),
  errors: z.array(rowError),
});
export type ImportReport = z.infer<typeof importReport>;

/** The error body every failure carries (server/plugins/errors.ts). */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

/** A route answering 204: described for the OpenAPI document; `reply.send()` takes nothing. */
export const noContent = { 204: z.undefined().describe('No content') };

/** What a download route sends: bytes or a stream, which Fastify never serialises. */
type FileBytes = Uint8Array | { pipe: (...args: never[]) => unknown };

/**
 * A file download (XLSX, DOCX, PDF, evidence): the bytes bypass serialisation. The schema
 * only describes the answer (a binary string); its type is what the route may send.
 */
export const fileDownload = (description: string) => ({
  200: z.string().meta({ format: 'binary', description }) as unknown as z.ZodType<FileBytes>,
});
