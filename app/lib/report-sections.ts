import type { Answer, FormField, FormSection, Narrative } from '../../shared/contracts/reports.ts';
import { narrativeSections } from '../api/reports.ts';

export type SectionStatus = 'not_started' | 'in_progress' | 'done' | 'returned';

/** A field holds an answer the unit gave (a note alone is not an answer). */
export function isAnswered(field: FormField, answer: Answer | undefined): boolean {
  if (!answer) return false;
  switch (field.kind) {
    case 'quantitative':
      return typeof answer.value === 'number' && Number.isFinite(answer.value);
    case 'qualitative':
      return field.scale === 'levels'
        ? typeof answer.level === 'string' && answer.level !== ''
        : typeof answer.met === 'boolean';
    default:
      return typeof answer.events === 'number';
  }
}

function statusOf(keys: string[], answered: number, reasons: Record<string, string> | null) {
  if (reasons && keys.some((k) => reasons[k])) return 'returned';
  if (answered === 0) return 'not_started';
  return answered === keys.length ? 'done' : 'in_progress';
}

/** The task-list status of one group of criteria. */
export function sectionStatus(
  section: FormSection,
  answers: Record<string, Answer>,
  reasons: Record<string, string> | null,
): SectionStatus {
  const answered = section.fields.filter((f) => isAnswered(f, answers[f.code])).length;
  return statusOf(
    section.fields.map((f) => f.key),
    answered,
    reasons,
  );
}

/** The narrative part is done when every section has text. */
export function narrativeStatus(
  narrative: Narrative,
  reasons: Record<string, string> | null,
): SectionStatus {
  const answered = narrativeSections.filter((s) => narrative[s].trim() !== '').length;
  return statusOf(
    narrativeSections.map((s) => `narrative.${s}`),
    answered,
    reasons,
  );
}

/** Parses a number typed the Vietnamese way ("12,5", "1 234") or the English way ("12.5"). */
export function parseLocalNumber(raw: string): number | null | typeof Number.NaN {
  const cleaned = raw.trim().replace(/\s/g, '');
  if (cleaned === '') return null;
  // "1.234,5" → thousands dots and a decimal comma; "12,5" → a decimal comma; "1.234.567"
  // → thousands dots; a single dot with no comma ("12.5") is read as a decimal point.
  const dots = cleaned.split('.').length - 1;
  const normalised = cleaned.includes(',')
    ? cleaned.replace(/\./g, '').replace(',', '.')
    : dots > 1
      ? cleaned.replace(/\./g, '')
      : cleaned;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : Number.NaN;
}

/**
 * "A-INF-6 – Đa dạng hóa phương thức huy động…": a criterion named in an error summary or
 * a label, where the plan's full sentence would bury the message.
 */
export function shortLabel(code: string, name: string, max = 60): string {
  if (name.length <= max) return `${code} – ${name}`;
  const cut = name.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${code} – ${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, '')}…`;
}
