import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerCell, cellAnswer, cellChange, parseNumber } from './cells.ts';
import { levels, perEvent, quantitative, yesNo } from '../../../test/support/report-fixtures.ts';

const problem = (out: ReturnType<typeof cellAnswer>) => ('problem' in out ? out.problem.key : null);

describe('workbook cells', () => {
  it.each([
    ['95,5', 95.5],
    ['95.5', 95.5],
    [' 1 200 ', 1200],
    ['abc', null],
    ['', null],
  ])('reads %j as %s', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each([
    [quantitative('Q'), '87', '', { value: 87 }],
    [quantitative('Q'), '', '', { value: null }],
    [yesNo('Y'), 'Đạt', 'QĐ 12', { met: true, note: 'QĐ 12' }],
    [yesNo('Y'), 'không đạt', '', { met: false }],
    [levels('L'), 'khá', '', { level: 'Khá' }],
    [perEvent('B', 'bonus'), '', '', { events: 0 }],
    [perEvent('P', 'penalty'), '2', 'Chậm báo cáo', { events: 2, note: 'Chậm báo cáo' }],
  ] as const)('%#: reads a good cell', (c, text, note, answer) => {
    expect(cellAnswer(c, text, note)).toEqual({ answer });
  });

  it.each([
    [quantitative('Q'), 'nhiều', 'report_import_not_number'],
    [quantitative('Q'), '120', 'report_value_range'],
    [yesNo('Y'), 'có lẽ', 'report_import_yes_no'],
    [levels('L'), 'Xuất sắc', 'report_level_unknown'],
    [perEvent('B', 'bonus'), '1,5', 'report_events_range'],
    [perEvent('B', 'bonus'), 'hai', 'report_events_range'],
  ] as const)('%#: names the problem of a bad cell', (c, text, key) => {
    expect(problem(cellAnswer(c, text, ''))).toBe(key);
  });

  it('property: a written answer reads back as itself', () => {
    const criteria = [quantitative('Q'), yesNo('Y'), levels('L'), perEvent('B', 'bonus')];
    const answers = [
      fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }).map((value) => ({ value })),
      fc.option(fc.boolean(), { nil: null }).map((met) => ({ met })),
      fc
        .option(fc.constantFrom('Tốt', 'Khá', 'Trung bình'), { nil: null })
        .map((level) => ({ level })),
      fc.integer({ min: 0, max: 50 }).map((events) => ({ events })),
    ];
    criteria.forEach((c, i) =>
      fc.assert(
        fc.property(answers[i]!, (a) => {
          const cell = answerCell(c, a);
          expect(cellAnswer(c, cell === null ? '' : String(cell), '')).toEqual({ answer: a });
        }),
      ),
    );
  });

  it.each([
    ['a blank cell over a saved value', quantitative('Q'), { value: 40 }, '', '', null],
    ['a blank cell with a note typed', yesNo('Y'), undefined, '', 'ghi chú', null],
    ['the saved value again', quantitative('Q'), { value: 92.5 }, '92.5', '', null],
    [
      'the saved answer with its note',
      yesNo('Y'),
      { met: false, note: 'QĐ 1' },
      'Không đạt',
      'QĐ 1',
      null,
    ],
    [
      'a blank note keeps the saved one',
      yesNo('Y'),
      { met: false, note: 'QĐ 1' },
      'Không đạt',
      '',
      null,
    ],
    ['a bonus 0 over a saved 0', perEvent('B', 'bonus'), { events: 0 }, '0', '', null],
    ['a new value', quantitative('Q'), { value: 40 }, '41', '', { answer: { value: 41 } }],
    ['a first value', quantitative('Q'), undefined, '7', '', { answer: { value: 7 } }],
    [
      'a new note',
      yesNo('Y'),
      { met: true },
      'Đạt',
      'QĐ 2',
      { answer: { met: true, note: 'QĐ 2' } },
    ],
  ] as const)('%s', (_name, c, saved, text, note, expected) => {
    expect(cellChange(c, saved, text, note)).toEqual(expected);
  });

  it('a bad cell is still a problem', () => {
    expect(cellChange(quantitative('Q'), undefined, 'nhiều', '')).toEqual({
      problem: { key: 'report_import_not_number' },
    });
  });
});
