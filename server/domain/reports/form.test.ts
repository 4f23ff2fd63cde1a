import { describe, expect, it } from 'vitest';
import { content } from '../../../test/support/report-fixtures.ts';
import { applicableCriteria, buildForm, formFieldKeys } from './form.ts';

describe('buildForm', () => {
  it('keeps the criteria of the unit kind, drops empty groups, carries target and commitment', () => {
    const form = buildForm(content, 'provincial_department', 2026, { Q1: 95 });
    expect(form.map((s) => s.group.vi)).toEqual(['Hạ tầng', 'Điểm cộng, trừ']);
    expect(form[0]!.fields.map((f) => f.code)).toEqual(['Q1', 'QL1']);
    expect(form[0]!.fields[0]).toMatchObject({
      key: 'answers.Q1',
      kind: 'quantitative',
      measure: '%',
      target: 90,
      committed: 95,
      aggregation: 'sum',
    });
    expect(form[0]!.fields[1]).toMatchObject({ scale: 'yes_no', evidenceRequired: true });
    expect(form[1]!.fields.map((f) => [f.code, 'cap' in f ? f.cap : undefined])).toEqual([
      ['LV1', undefined],
      ['B1', 5],
      ['P1', 5],
    ]);
  });

  it('has no target in a year the criterion names none, and no commitment without a registration', () => {
    const [section] = buildForm(content, 'commune', 2027);
    expect(section!.fields.find((f) => f.code === 'Q2')).toMatchObject({
      target: null,
      committed: null,
    });
  });

  it('lists every field key a reviewer may name', () => {
    const keys = formFieldKeys(content, 'provincial_department');
    expect(keys.has('answers.Q1')).toBe(true);
    expect(keys.has('evidence.QL1')).toBe(true);
    expect(keys.has('narrative.proposals')).toBe(true);
    expect(keys.has('answers.Q2')).toBe(false);
    expect([...applicableCriteria(content, 'commune').keys()]).toEqual([
      'Q1',
      'Q2',
      'QL1',
      'Q3',
      'LV1',
      'B1',
      'P1',
    ]);
  });
});
