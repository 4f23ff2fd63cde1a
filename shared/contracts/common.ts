/**
 * Building blocks of every API contract (ADR 0019). Request schemas are strict objects: a
 * field the contract does not know is refused with 400 and named, never silently dropped.
 * Integers are bounded to the 32-bit columns that store them.
 */
import { z } from 'zod';

/** A request object: unknown fields are refused (`unrecognized_keys`, field named). */
export const input = z.strictObject;

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

/** The error body every failure carries (server/plugins/errors.ts). */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

/** A route answering 204: described for the OpenAPI document. */
export const noContent = { 204: z.null().describe('No content') };

/** A file download (XLSX, DOCX, PDF, evidence): the bytes bypass serialisation. */
export const fileDownload = (description: string) => ({
  200: z.string().meta({ format: 'binary', description }),
});
