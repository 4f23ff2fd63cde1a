/**
 * The Treasury's monthly disbursement workbook (one row per project and month): each row
 * checked against the register, the period and that year's plan, rows of one file adding up.
 */
import type { FieldProblem } from '../../../shared/errors.ts';
import { fundingSources, type FundingSource } from '../../../shared/projects.ts';
import type { MonthAmount, PlanRevision } from './rates.ts';
import { disbursementProblems, type ProjectPeriod } from './validate.ts';

export interface TreasuryRow {
  row: number;
  projectCode: string;
  year: string;
  month: string;
  fundingSource: string;
  amount: string;
}

export interface RowProblem extends FieldProblem {
  row: number;
  field: string;
}

export interface TreasuryEntry extends MonthAmount {
  row: number;
}

/** Vietnamese names the Treasury writes for each source, besides the codes. */
const sourceNames: Record<string, FundingSource> = {
  'ngân sách trung ương': 'central_budget',
  nstw: 'central_budget',
  'ngân sách địa phương': 'local_budget',
  nsdp: 'local_budget',
  nsđp: 'local_budget',
  oda: 'oda',
  'vốn oda': 'oda',
  khác: 'other',
  'vốn khác': 'other',
};

export function parseSource(raw: string): FundingSource | undefined {
  const s = raw.normalize('NFC').trim().toLowerCase();
  if ((fundingSources as readonly string[]).includes(s)) return s as FundingSource;
  return sourceNames[s];
}

/** "1.234.567", "1,234,567", "1234567" or a number cell → 1234567; undefined when not a number. */
export function parseAmount(raw: string): number | undefined {
  const s = raw.replace(/[\s.,đ]/g, '').replace(/^\((.*)\)$/, '-$1');
  if (!/^-?\d+$/.test(s)) return undefined;
  return Number(s);
}

export function planTreasuryImport(
  rows: readonly TreasuryRow[],
  projects: ReadonlyMap<string, ProjectPeriod & { id: string }>,
  revisions: readonly PlanRevision[],
  existing: readonly MonthAmount[],
): { entries: TreasuryEntry[]; errors: RowProblem[]; validRows: number[] } {
  const errors: RowProblem[] = [];
  const entries: TreasuryEntry[] = [];
  const seen = new Map<string, number>();
  // What the year already holds, overlaid by each accepted row of this file.
  const months = new Map<string, MonthAmount>(
    existing.map((m) => [`${m.projectId}|${m.year}|${m.month}|${m.fundingSource}`, m]),
  );
  for (const r of rows) {
    const problems: RowProblem[] = [];
    const bad = (field: string, p: FieldProblem) => problems.push({ row: r.row, field, ...p });
    const project = projects.get(r.projectCode.trim());
    if (!r.projectCode.trim()) bad('projectCode', { key: 'project_required' });
    else if (!project)
      bad('projectCode', { key: 'project_unknown_code', params: { code: r.projectCode.trim() } });
    const year = Number(r.year);
    if (!/^\d{4}$/.test(r.year.trim())) bad('year', { key: 'project_bad_year' });
    const month = Number(r.month);
    if (!/^\d{1,2}$/.test(r.month.trim()) || month < 1 || month > 12)
      bad('month', { key: 'project_bad_month' });
    const source = parseSource(r.fundingSource);
    if (!source)
      bad('fundingSource', {
        key: 'project_bad_source',
        params: { sources: fundingSources.join(', ') },
      });
    const amount = r.amount.trim() ? parseAmount(r.amount) : undefined;
    if (!r.amount.trim()) bad('amount', { key: 'project_required' });
    else if (amount === undefined) bad('amount', { key: 'project_not_number' });
    if (problems.length === 0 && project && source && amount !== undefined) {
      const k = `${project.id}|${year}|${month}|${source}`;
      const other = seen.get(k);
      if (other !== undefined)
        bad('projectCode', { key: 'project_duplicate_row', params: { other } });
      else {
        const entry = { projectId: project.id, year, month, fundingSource: source, amount };
        const found = disbursementProblems(project, entry, revisions, [...months.values()]);
        for (const [field, p] of Object.entries(found)) bad(field, p);
        if (problems.length === 0) {
          seen.set(k, r.row);
          months.set(k, entry);
          entries.push({ ...entry, row: r.row });
        }
      }
    }
    errors.push(...problems);
  }
  return { entries, errors, validRows: entries.map((e) => e.row) };
}
