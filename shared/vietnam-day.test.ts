import { describe, expect, it } from 'vitest';
import { vietnamDay, yearOf } from './vietnam-day.ts';

describe('the office’s calendar day', () => {
  it('is still 1 March at 23:30 in Vietnam and already 2 March at 00:30', () => {
    expect(vietnamDay(new Date('2026-03-01T16:30:00Z'))).toBe('2026-03-01');
    expect(vietnamDay(new Date('2026-03-01T17:30:00Z'))).toBe('2026-03-02');
  });

  it('turns the year at midnight in Vietnam, seven hours before UTC does', () => {
    expect(vietnamDay(new Date('2025-12-31T16:59:59Z'))).toBe('2025-12-31');
    expect(vietnamDay(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
    expect(yearOf(vietnamDay(new Date('2025-12-31T17:00:00Z')))).toBe(2026);
    expect(yearOf('2025-12-31')).toBe(2025);
  });
});
