import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  isWorkingDay,
  workingDaysBetween,
  yearCalendar,
} from './working-days.ts';

describe('working days', () => {
  it('five working days from a Friday end on the next Friday', () => {
    expect(addWorkingDays('2026-03-06', 5)).toBe('2026-03-13');
    expect(addWorkingDays('2026-03-06', 0)).toBe('2026-03-06');
  });

  it('Tết 2026 (14–22/02) is skipped: one working day from Friday 13/02 is Monday 23/02', () => {
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    expect(isWorkingDay('2026-02-17')).toBe(false);
  });

  it('a make-up Saturday is a working day; the day it makes up is not', () => {
    expect(isWorkingDay('2026-08-22')).toBe(true);
    expect(isWorkingDay('2026-08-31')).toBe(false);
    expect(isWorkingDay('2026-08-29')).toBe(false);
  });

  it('a year without a recorded notice follows the law and says it is unverified', () => {
    const y2027 = yearCalendar(2027);
    expect(y2027.source.verified).toBe(false);
    expect(y2027.daysOff).toContain('2027-01-01');
    expect(y2027.daysOff).toContain('2027-04-30');
    // 1/5/2027 is a Saturday: the next working day is off instead (Điều 111 k.3).
    expect(y2027.daysOff).toContain('2027-05-03');
    expect(isWorkingDay('2027-09-02')).toBe(false);
    expect(isWorkingDay('2027-09-03')).toBe(false);
  });

  it('refuses a negative count', () => {
    expect(() => addWorkingDays('2026-03-06', -1)).toThrow(RangeError);
  });

  const day = fc
    .integer({ min: Date.parse('2025-01-01'), max: Date.parse('2030-12-01') })
    .map((t) => new Date(t - (t % 86_400_000)).toISOString().slice(0, 10));

  it('n working days later is a working day, exactly n working days away, never earlier', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 40 }), (d, n) => {
        const end = addWorkingDays(d, n);
        expect(isWorkingDay(end)).toBe(true);
        expect(workingDaysBetween(d, end)).toBe(n);
        expect(end > d).toBe(true);
        expect(workingDaysBetween(d, addDays(end, -1))).toBe(n - 1);
      }),
    );
  });
});
