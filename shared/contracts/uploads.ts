/**
 * The multipart/form-data forms of the upload routes, for the OpenAPI document. The routes read
 * the parts themselves (size limits, error messages), so these describe the form; they are not
 * the validators (server/routes/multipart.ts attaches them to the docs only).
 */
import { z } from 'zod';
import { input } from './common.ts';

const file = (description: string) => z.string().meta({ format: 'binary', description });

/** An Excel import (units, successors, commendation history, indicators): one `file` field. */
export const spreadsheetUpload = input({
  file: file('The filled-in .xlsx workbook (the downloaded template), at most 5 MB.'),
});

/** Evidence attached to a report: the `file`, and the criterion it supports if any. */
export const evidenceUpload = input({
  file: file('The evidence: PDF, image or office document, within the configured size limit.'),
  criterionCode: z
    .string()
    .max(40)
    .optional()
    .describe('The criterion the file supports; omitted for the report as a whole.'),
});
