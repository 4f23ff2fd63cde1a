import type { Answer, Answers, Narrative } from '../../../shared/contracts/reports.ts';
import type { FieldProblem } from '../../../shared/errors.ts';
import type { Criterion } from '../../../shared/contracts/criteria-content.ts';
import { answerKey, evidenceKey } from './form.ts';

export const emptyNarrative = (): Narrative => ({ results: '', shortcomings: '', proposals: '' });

/** The most events one report may count for one bonus or penalty criterion. */
export const maxEvents = 1000;
const maxValue = 1e12;

/** The accepted range of a quantitative value: a percentage lies in 0–100, anything else is not negative. */
export function valueRange(measure: string): { min: number; max: number } {
  return { min: 0, max: measure.trim() === '%' ? 100 : maxValue };
}

const allowed: Record<string, readonly (keyof Answer)[]> = {
  quantitative: ['value', 'note'],
  yes_no: ['met', 'note'],
  levels: ['level', 'note'],
  bonus: ['events', 'note'],
  penalty: ['events', 'note'],
};
const shapeOf = (c: Criterion) => (c.kind === 'qualitative' ? c.scale : c.kind);

/** The problem with one answer as a draft holds it (anything may still be empty). */
export function checkAnswer(c: Criterion, a: Answer): FieldProblem | undefined {
  const shape = shapeOf(c);
  const extra = (Object.keys(a) as (keyof Answer)[]).find((k) => !allowed[shape]!.includes(k));
  if (extra) return { key: `report_answer_${shape}` as const };
  if (c.kind === 'quantitative') {
    if (a.value === null || a.value === undefined) return undefined;
    const { min, max } = valueRange(c.measure);
    if (typeof a.value !== 'number' || !Number.isFinite(a.value))
      return { key: 'report_answer_quantitative' };
    if (a.value < min || a.value > max)
      return max === maxValue
        ? { key: 'report_value_not_negative' }
        : { key: 'report_value_range', params: { min, max } };
    return undefined;
  }
  if (c.kind === 'qualitative') {
    if (c.scale === 'yes_no')
      return a.met === undefined || a.met === null || typeof a.met === 'boolean'
        ? undefined
        : { key: 'report_answer_yes_no' };
    if (a.level === undefined || a.level === null) return undefined;
    return c.levels.includes(a.level)
      ? undefined
      : { key: 'report_level_unknown', params: { levels: c.levels.join(', ') } };
  }
  const events = a.events ?? 0;
  if (!Number.isInteger(events) || events < 0 || events > maxEvents)
    return { key: 'report_events_range', params: { max: maxEvents } };
  return undefined;
}

/**
 * Field problems of a draft's answers (keys `answers.<code>`): each answer fits its
 * criterion, and every code is a criterion of the unit's form.
 */
export function checkAnswers(
  criteria: ReadonlyMap<string, Criterion>,
  answers: Answers,
): Record<string, FieldProblem> {
  const out: Record<string, FieldProblem> = {};
  for (const [code, answer] of Object.entries(answers)) {
    const c = criteria.get(code);
    const problem = c
      ? checkAnswer(c, answer)
      : { key: 'report_unknown_criterion' as const, params: { code } };
    if (problem) out[answerKey(code)] = problem;
  }
  return out;
}

/** A qualitative criterion asks for evidence only when the unit claims it (met, or a level). */
const claims = (a: Answer | undefined) =>
  a !== undefined && (a.met === true || (a.level !== undefined && a.level !== null));

/**
 * What a report still lacks before it can be submitted, on top of `checkAnswers`: an answer
 * to every applicable criterion (bonus and penalty default to no events), a note describing
 * counted events, an evidence file where the criterion requires one and the unit claims it,
 * and the results section of the narrative.
 */
export function checkComplete(
  criteria: ReadonlyMap<string, Criterion>,
  answers: Answers,
  narrative: Narrative,
  evidenceCodes: ReadonlySet<string>,
): Record<string, FieldProblem> {
  const out = checkAnswers(criteria, answers);
  for (const [code, c] of criteria) {
    const key = answerKey(code);
    if (out[key]) continue;
    const a = answers[code];
    if (c.kind === 'quantitative') {
      if (typeof a?.value !== 'number') out[key] = { key: 'report_value_required' };
    } else if (c.kind === 'qualitative') {
      if (c.scale === 'yes_no' && typeof a?.met !== 'boolean')
        out[key] = { key: 'report_met_required' };
      if (c.scale === 'levels' && (a?.level === undefined || a.level === null))
        out[key] = { key: 'report_level_required', params: { levels: c.levels.join(', ') } };
      if (!out[key] && c.evidenceRequired && claims(a) && !evidenceCodes.has(code))
        out[evidenceKey(code)] = { key: 'report_evidence_required' };
    } else if ((a?.events ?? 0) > 0 && !a?.note?.trim()) {
      out[key] = { key: 'report_events_note_required' };
    }
  }
  if (!narrative.results.trim()) out['narrative.results'] = { key: 'report_results_required' };
  return out;
}
