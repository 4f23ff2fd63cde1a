import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../shared/contracts/reports.ts';
import { checkAnswer, checkAnswers, checkComplete, emptyNarrative } from './answers.ts';
import {
  content,
  levels,
  perEvent,
  quantitative,
  yesNo,
} from '../../../test/support/report-fixtures.ts';
import { applicableCriteria } from './form.ts';

const criteria = applicableCriteria(content, 'commune');
const complete: Record<string, Answer> = {
  Q1: { value: 80 },
  Q2: { value: 12.5 },
  QL1: { met: true },
  Q3: { value: 3 },
  LV1: { level: 'Khá' },
  B1: { events: 0 },
  P1: { events: 1, note: 'Chậm nộp báo cáo quý 2' },
};
const narrative = { ...emptyNarrative(), results: 'Hoàn thành kế hoạch' };

describe('checkAnswer (a draft may be partial)', () => {
  it.each<[string, Answer, string | undefined]>([
    ['empty value', { value: null }, undefined],
    ['a percentage', { value: 100 }, undefined],
    ['over 100%', { value: 100.5 }, 'report_value_range'],
    ['negative', { value: -1 }, 'report_value_range'],
    ['wrong member', { met: true }, 'report_answer_quantitative'],
    ['not a number', { value: '5' as unknown as number }, 'report_answer_quantitative'],
  ])('quantitative %%: %s', (_, answer, key) => {
    expect(checkAnswer(quantitative('Q'), answer)?.key).toBe(key);
  });

  it('says how to fix an out-of-range percentage', () => {
    expect(checkAnswer(quantitative('Q'), { value: 120 })).toEqual({
      key: 'report_value_range',
      params: { min: 0, max: 100 },
    });
    expect(checkAnswer(quantitative('K', 'sum', 'km'), { value: 1e6 })).toBeUndefined();
    expect(checkAnswer(quantitative('K', 'sum', 'km'), { value: -2 })?.key).toBe(
      'report_value_not_negative',
    );
  });

  it.each<[string, ReturnType<typeof yesNo>, Answer, string | undefined]>([
    ['yes/no unanswered', yesNo('Y'), { met: null }, undefined],
    ['yes/no with a level', yesNo('Y'), { level: 'Tốt' }, 'report_answer_yes_no'],
    ['unknown level', levels('L'), { level: 'Xuất sắc' }, 'report_level_unknown'],
    ['known level', levels('L'), { level: 'Tốt', note: 'x' }, undefined],
    ['fractional events', perEvent('B', 'bonus'), { events: 1.5 }, 'report_events_range'],
    ['negative events', perEvent('P', 'penalty'), { events: -1 }, 'report_events_range'],
    ['a value on a penalty', perEvent('P', 'penalty'), { value: 3 }, 'report_answer_penalty'],
  ])('%s', (_, c, answer, key) => {
    expect(checkAnswer(c, answer)?.key).toBe(key);
  });

  it('names an answer to a criterion outside the form by its field key', () => {
    const problems = checkAnswers(applicableCriteria(content, 'provincial_department'), {
      Q2: { value: 1 },
      Q1: { value: 1 },
    });
    expect(problems).toEqual({
      'answers.Q2': { key: 'report_unknown_criterion', params: { code: 'Q2' } },
    });
  });
});

describe('checkComplete (before submitting)', () => {
  it('accepts a complete report', () => {
    expect(checkComplete(criteria, complete, narrative, new Set(['QL1']))).toEqual({});
  });

  it('names every missing answer, the evidence of a claimed criterion and the results', () => {
    const problems = checkComplete(
      criteria,
      { QL1: { met: true }, B1: { events: 2 } },
      emptyNarrative(),
      new Set(),
    );
    expect(Object.fromEntries(Object.entries(problems).map(([k, p]) => [k, p.key]))).toEqual({
      'answers.Q1': 'report_value_required',
      'answers.Q2': 'report_value_required',
      'answers.Q3': 'report_value_required',
      'evidence.QL1': 'report_evidence_required',
      'answers.LV1': 'report_level_required',
      'answers.B1': 'report_events_note_required',
      'narrative.results': 'report_results_required',
    });
  });

  it('asks no evidence of a criterion the unit says it did not meet', () => {
    const problems = checkComplete(
      criteria,
      { ...complete, QL1: { met: false } },
      narrative,
      new Set(),
    );
    expect(problems).toEqual({});
  });

  it('property: a complete report stays complete whatever notes are added, and any removed answer is named', () => {
    const codes = [...criteria.keys()].filter((c) => c !== 'B1' && c !== 'P1');
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.string({ maxLength: 20 }), (removed, note) => {
        const withNotes = Object.fromEntries(
          Object.entries(complete).map(([k, a]) => [k, { ...a, note: a.note ?? note }]),
        );
        expect(checkComplete(criteria, withNotes, narrative, new Set(['QL1']))).toEqual({});
        const rest = { ...complete } as Record<string, Answer>;
        delete rest[removed];
        expect(Object.keys(checkComplete(criteria, rest, narrative, new Set(['QL1'])))).toEqual([
          `answers.${removed}`,
        ]);
      }),
    );
  });
});
