import { describe, expect, it } from 'vitest';
import { formatTypedDate, parseTypedDate } from './dates.ts';

describe('typed dates', () => {
  it('reads Vietnamese dd/mm/yyyy, so 01/03/2025 is the first of March', () => {
    expect(parseTypedDate('01/03/2025', 'vi')).toBe('2025-03-01');
    expect(parseTypedDate('1/3/2025', 'vi')).toBe('2025-03-01');
    expect(parseTypedDate('01.03.2025', 'vi')).toBe('2025-03-01');
    expect(formatTypedDate('2025-03-01', 'vi')).toBe('01/03/2025');
  });
  it('reads English mm/dd/yyyy', () => {
    expect(parseTypedDate('03/01/2025', 'en')).toBe('2025-03-01');
    expect(formatTypedDate('2025-03-01', 'en')).toBe('03/01/2025');
  });
  it('accepts ISO in either language and refuses days that do not exist', () => {
    expect(parseTypedDate('2025-03-01', 'vi')).toBe('2025-03-01');
    expect(parseTypedDate('2025-03-01', 'en')).toBe('2025-03-01');
    expect(parseTypedDate('31/02/2025', 'vi')).toBeUndefined();
    expect(parseTypedDate('13/13/2025', 'en')).toBeUndefined();
    expect(parseTypedDate('hôm nay', 'vi')).toBeUndefined();
    expect(parseTypedDate('', 'vi')).toBeUndefined();
  });
});
