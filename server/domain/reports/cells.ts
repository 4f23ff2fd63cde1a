import type { Answer } from '../../../shared/contracts/reports.ts';
import type { FieldProblem } from '../../../shared/errors.ts';
import type { Criterion } from '../../../shared/contracts/criteria-content.ts';
import { checkAnswer } from './answers.ts';

// Answers as spreadsheet cells (the indicator workbook): what is written out, what is read back.

export const yesLabel = 'Đạt';
export const noLabel = 'Không đạt';

const yes = new Set(['đạt', 'dat', 'có', 'co', 'yes', 'y', 'x', '1', 'true', 'met']);
const no = new Set([
  'không đạt',
  'khong dat',
  'không',
  'khong',
  'no',
  'n',
  '0',
  'false',
  'not met',
]);

/** How to fill the value cell of a criterion, as the workbook says it. */
export function howToFill(c: Criterion): string {
  if (c.kind === 'quantitative') return c.measure.trim() === '%' ? 'Số từ 0 đến 100' : 'Số';
  if (c.kind === 'qualitative')
    return c.scale === 'yes_no' ? `${yesLabel} / ${noLabel}` : 'Chọn mức';
  return c.kind === 'bonus' ? 'Số lần được cộng điểm' : 'Số lần bị trừ điểm';
}

/** The choices a value cell offers, if any. */
export function cellChoices(c: Criterion): string[] | undefined {
  if (c.kind !== 'qualitative') return undefined;
  return c.scale === 'yes_no' ? [yesLabel, noLabel] : c.levels;
}

/** The current answer as a cell value (blank when unanswered). */
export function answerCell(c: Criterion, a: Answer | undefined): number | string | null {
  if (!a) return null;
  if (c.kind === 'quantitative') return typeof a.value === 'number' ? a.value : null;
  if (c.kind === 'qualitative') {
    if (c.scale === 'yes_no') return a.met === true ? yesLabel : a.met === false ? noLabel : null;
    return a.level ?? null;
  }
  return a.events ?? 0;
}

const normalize = (s: string) => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

/** A number as people type it: "95,5" (Vietnamese decimal comma) or "95.5". */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  const n = Number(/^-?\d+,\d+$/.test(t) ? t.replace(',', '.') : t);
  return t !== '' && Number.isFinite(n) ? n : null;
}

/**
 * A value cell read back as the answer to a criterion (blank clears it; bonus and penalty
 * blank mean no events), or the problem with it in the same words as the report form.
 */
export function cellAnswer(
  c: Criterion,
  text: string,
  note: string,
): { answer: Answer } | { problem: FieldProblem } {
  const blank = text.trim() === '';
  const withNote = (a: Answer): Answer => (note.trim() ? { ...a, note: note.trim() } : a);
  let answer: Answer;
  if (c.kind === 'quantitative') {
    const value = blank ? null : parseNumber(text);
    if (!blank && value === null) return { problem: { key: 'report_import_not_number' } };
    answer = { value };
  } else if (c.kind === 'qualitative' && c.scale === 'yes_no') {
    const t = normalize(text);
    if (!blank && !yes.has(t) && !no.has(t)) return { problem: { key: 'report_import_yes_no' } };
    answer = { met: blank ? null : yes.has(t) };
  } else if (c.kind === 'qualitative') {
    const level = c.levels.find((l) => normalize(l) === normalize(text));
    answer = { level: blank ? null : (level ?? text.trim()) };
  } else {
    const events = blank ? 0 : parseNumber(text);
    answer = { events: events ?? Number.NaN };
  }
  const problem = checkAnswer(c, answer);
  return problem ? { problem } : { answer: withNote(answer) };
}

/** An answer reduced to what it says: absent members, nulls and a blank note say nothing. */
function canonical(a: Answer | undefined): string {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a ?? {}).sort(([x], [y]) => (x < y ? -1 : 1)))
    if (v !== undefined && v !== null && !(k === 'note' && String(v).trim() === ''))
      out[k] = k === 'note' ? String(v).trim() : v;
  return JSON.stringify(out);
}

/**
 * What one workbook row changes in the saved answer: nothing when its value cell is blank
 * (a blank cell never clears a value) or when it reads back as the answer already saved;
 * otherwise the new answer (a blank note keeps the saved note), or the problem with the cell.
 */
export function cellChange(
  c: Criterion,
  saved: Answer | undefined,
  text: string,
  note: string,
): { answer: Answer } | { problem: FieldProblem } | null {
  if (text.trim() === '') return null;
  const read = cellAnswer(c, text, note.trim() ? note : (saved?.note ?? ''));
  if ('problem' in read) return read;
  return canonical(read.answer) === canonical(saved) ? null : read;
}
