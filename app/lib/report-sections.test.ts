import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormField, FormSection } from '../../shared/contracts/reports.ts';
import {
  isAnswered,
  narrativeStatus,
  parseLocalNumber,
  sectionStatus,
  shortLabel,
} from './report-sections.ts';

const name = { vi: 'x', en: 'x' };
const quantitative: FormField = {
  key: 'answers.Q',
  code: 'Q',
  kind: 'quantitative',
  name,
  maxPoints: 10,
  indicator: 'x',
  measure: '%',
  direction: 'higher',
  aggregation: 'average',
  target: null,
  committed: null,
};
const yesNo = {
  key: 'answers.Y',
  code: 'Y',
  kind: 'qualitative',
  name,
  maxPoints: 5,
  scale: 'yes_no',
  levels: [],
  evidenceRequired: false,
} satisfies FormField;
const levels: FormField = { ...yesNo, key: 'answers.L', code: 'L', scale: 'levels', levels: ['A'] };
const bonus: FormField = {
  key: 'answers.B',
  code: 'B',
  kind: 'bonus',
  name,
  maxPoints: 3,
  pointsPerEvent: 1,
  cap: 3,
};
const section: FormSection = { group: name, fields: [quantitative, yesNo, levels, bonus] };

describe('isAnswered', () => {
  it.each([
    [quantitative, { value: 0 }, true],
    [quantitative, { value: null }, false],
    [quantitative, { note: 'only a note' }, false],
    [yesNo, { met: false }, true],
    [yesNo, { met: null }, false],
    [levels, { level: 'A' }, true],
    [levels, { level: '' }, false],
    [bonus, { events: 0 }, true],
    [bonus, {}, false],
  ] as const)('%# %o with %o → %s', (field, answer, expected) => {
    expect(isAnswered(field, answer)).toBe(expected);
  });
});

describe('sectionStatus', () => {
  it('moves from not started to in progress to done', () => {
    expect(sectionStatus(section, {}, null)).toBe('not_started');
    expect(sectionStatus(section, { Q: { value: 1 } }, null)).toBe('in_progress');
    const all = { Q: { value: 1 }, Y: { met: true }, L: { level: 'A' }, B: { events: 2 } };
    expect(sectionStatus(section, all, null)).toBe('done');
  });

  it('is returned whenever a reviewer gave a reason for one of its fields', () => {
    fc.assert(
      fc.property(fc.constantFrom(...section.fields.map((f) => f.key)), (key) => {
        expect(sectionStatus(section, {}, { [key]: 'sai số liệu' })).toBe('returned');
      }),
    );
    expect(sectionStatus(section, {}, { 'answers.OTHER': 'x' })).toBe('not_started');
  });
});

describe('narrativeStatus', () => {
  it('is done only when every section has text', () => {
    const empty = { results: '', shortcomings: '', proposals: '' };
    expect(narrativeStatus(empty, null)).toBe('not_started');
    expect(narrativeStatus({ ...empty, results: 'Tốt' }, null)).toBe('in_progress');
    expect(narrativeStatus({ results: 'a', shortcomings: 'b', proposals: 'c' }, null)).toBe('done');
    expect(narrativeStatus(empty, { 'narrative.proposals': 'thiếu' })).toBe('returned');
  });
});

describe('parseLocalNumber', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['95', 95],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1.234,5', 1234.5],
    ['1 234', 1234],
    ['1.234.567', 1234567],
    ['-1.000.000', -1000000],
    ['abc', Number.NaN],
  ])('%s → %s', (raw, expected) => {
    expect(parseLocalNumber(raw)).toBe(expected);
  });

  it('reads back any number the app shows the Vietnamese way that has a decimal part or two groups', () => {
    const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        const rounded = Number(n.toFixed(4));
        const shown = vi.format(rounded);
        // "1.234" alone is read as a decimal point (what people type); see parseLocalNumber.
        fc.pre(!/^-?\d{1,3}\.\d{3}$/.test(shown));
        expect(parseLocalNumber(shown)).toBeCloseTo(rounded, 4);
      }),
    );
  });
});

describe('shortLabel', () => {
  it('keeps a short name and cuts a long one at a word, never past the limit', () => {
    expect(shortLabel('A-1', 'Giải ngân')).toBe('A-1 – Giải ngân');
    const long =
      'Đa dạng hóa phương thức huy động nguồn lực, phân bổ nguồn lực có trọng tâm, trọng điểm';
    expect(shortLabel('A-INF-6', long)).toBe(
      'A-INF-6 – Đa dạng hóa phương thức huy động nguồn lực, phân bổ nguồn…',
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (name) => {
        const label = shortLabel('X', name);
        expect(label.length).toBeLessThanOrEqual('X – '.length + 61);
        expect(label.startsWith('X – ')).toBe(true);
      }),
    );
  });
});
