import { describe, expect, it } from 'vitest';
import { checkValue, checkYear } from './values.ts';

describe('checkValue', () => {
  it.each<[string, number, string | null]>([
    ['percent', 0, null],
    ['percent', 100, null],
    ['percent', 54.3, null],
    ['percent', 101, 'target_value_percent'],
    ['percent', -1, 'target_value_percent'],
    ['count', 60, null],
    ['count', 2.5, 'target_value_count'],
    ['count', -1, 'target_value_count'],
    ['done', 1, null],
    ['done', 0, null],
    ['done', 0.5, 'target_value_done'],
    ['percent_change', -12.5, null],
    ['percent_change', 250, null],
    ['percent', Number.NaN, 'target_value_number'],
  ])('%s %d → %s', (measure, value, key) => {
    expect(checkValue(measure, value)?.key ?? null).toBe(key);
  });
});

describe('checkYear', () => {
  it('accepts the movement years only', () => {
    expect(checkYear(2022, 2022, 2030)).toBeNull();
    expect(checkYear(2030, 2022, 2030)).toBeNull();
    expect(checkYear(2031, 2022, 2030)).toEqual({
      key: 'target_year_outside',
      params: { start: 2022, end: 2030 },
    });
  });
});
