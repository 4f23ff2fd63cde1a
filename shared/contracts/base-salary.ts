/** The base salary table (mức lương cơ sở): dated amounts rewards are computed from. */
import { z } from 'zod';

/** Where a rule or an amount comes from: instrument, article, clause, and whether it was read. */
export const citation = z.object({
  instrument: z.string().describe('The legal instrument, e.g. "Nghị định 73/2024/NĐ-CP".'),
  article: z.string(),
  clause: z.string().optional(),
  point: z.string().optional(),
  verified: z
    .boolean()
    .optional()
    .describe('The text itself was read (not only secondary sources).'),
  note: z.string().optional(),
});

export const baseSalaryEntry = z.object({
  effectiveFrom: z.iso.date().describe('In force from this day until the next entry.'),
  amount: z.int32().describe('Đồng per month.'),
  citation,
});
export type BaseSalaryEntryResponse = z.infer<typeof baseSalaryEntry>;

/** GET /api/commendations/base-salary: every amount, oldest first. */
export const baseSalaryResponse = z.object({ entries: z.array(baseSalaryEntry) });
export type BaseSalaryResponse = z.infer<typeof baseSalaryResponse>;
