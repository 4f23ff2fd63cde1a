import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asciiSlug,
  dateWords,
  formatDate,
  formatNumber,
  formatOptional,
  formatPercent,
  listItems,
  numberLine,
  placeDateLine,
  roman,
  upper,
} from './format.ts';

describe('Vietnamese numbers', () => {
  it.each([
    [1234.5, '1.234,5'],
    [1234567, '1.234.567'],
    [0.125, '0,13'],
    [96.42, '96,42'],
    [-1500.25, '-1.500,25'],
    [-0.001, '0'],
    [100, '100'],
  ])('%s → %s', (value, text) => expect(formatNumber(value)).toBe(text));

  it('prints "-" for a missing figure and percentages with one decimal', () => {
    expect(formatOptional(null)).toBe('-');
    expect(formatOptional(Number.NaN)).toBe('-');
    expect(formatOptional(12000)).toBe('12.000');
    expect(formatPercent(36, 42)).toBe('85,7%');
    expect(formatPercent(1, 0)).toBe('-');
  });

  it('reads back: dots group thousands, the comma is the decimal point', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const value = whole + Math.sign(whole || 1) * (cents / 100);
          const back = Number(formatNumber(value).replace(/\./g, '').replace(',', '.'));
          expect(back).toBeCloseTo(value, 2);
        },
      ),
    );
  });
});

describe('dates of official documents', () => {
  it.each([
    ['2026-01-05', 'ngày 05 tháng 01 năm 2026'],
    ['2026-02-28', 'ngày 28 tháng 02 năm 2026'],
    ['2025-03-07', 'ngày 07 tháng 3 năm 2025'],
    ['2025-12-31', 'ngày 31 tháng 12 năm 2025'],
    ['2025-10-10', 'ngày 10 tháng 10 năm 2025'],
  ])('%s → %s (day < 10 and months 1–2 zero-padded)', (iso, words) =>
    expect(dateWords(iso)).toBe(words),
  );

  it('writes the place line and dd/mm/yyyy; a timestamp gives its date in Vietnam', () => {
    expect(placeDateLine('Lai Châu', '2026-01-05')).toBe('Lai Châu, ngày 05 tháng 01 năm 2026');
    expect(formatDate('2025-03-07')).toBe('07/03/2025');
    expect(formatDate('2025-12-31T18:30:00.000Z')).toBe('01/01/2026');
    expect(formatDate('2025-12-31T10:00:00Z')).toBe('31/12/2025');
    expect(() => formatDate('31/12/2025')).toThrow(RangeError);
  });
});

describe('number line and list items', () => {
  it.each([
    [5, 'BC-UBND', 'Số: 05/BC-UBND'],
    ['12', 'BC-UBND', 'Số: 12/BC-UBND'],
    [123, 'QĐ-UBND', 'Số: 123/QĐ-UBND'],
  ])('%s → %s', (n, symbol, line) => expect(numberLine(n, symbol)).toBe(line));

  it('leaves the number blank for the registry clerk', () => {
    expect(numberLine(null, 'BC-UBND')).toMatch(/^Số:\u00a0{6}\/BC-UBND$/);
    expect(numberLine(' ', 'BC-UBND')).toMatch(/^Số:\u00a0+\/BC-UBND$/);
  });

  it('ends items with ";" and the last with ".", replacing punctuation given', () => {
    expect(listItems(['Sở Nội vụ;', '- Lưu: VT.', 'Như trên'])).toEqual([
      '- Sở Nội vụ;',
      '- Lưu: VT;',
      '- Như trên.',
    ]);
    expect(listItems([])).toEqual([]);
  });
});

describe('letters', () => {
  it('upper-cases Vietnamese and writes Roman numerals', () => {
    expect(upper('Ủy ban nhân dân tỉnh Lai Châu')).toBe('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU');
    expect(upper('đường')).toBe('ĐƯỜNG');
    expect([1, 2, 3, 4, 9, 14, 40].map(roman)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XIV', 'XL']);
  });

  it('slugs to ASCII without diacritics', () => {
    expect(asciiSlug('Báo cáo phong trào năm 2025')).toBe('bao-cao-phong-trao-nam-2025');
    expect(asciiSlug('Đường Điện Biên Phủ — Ưu tiên')).toBe('duong-dien-bien-phu-uu-tien');
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(asciiSlug(s)).toMatch(/^[a-z0-9-]*$/);
      }),
    );
  });
});
