// Vietnamese formatting rules of official documents (Decree 30/2020, Appendix I §II.3–4) and of the
// numbers in them: 1.234,5 and dd/mm/yyyy.
import { vietnamDay } from '../../../shared/vietnam-day.ts';

const numberFormats = new Map<number, Intl.NumberFormat>();

/** 1234.5 → "1.234,5"; at most `digits` decimals, trailing zeros dropped. */
export function formatNumber(value: number, digits = 2): string {
  let f = numberFormats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits, useGrouping: true });
    numberFormats.set(digits, f);
  }
  // why: Intl prints "-0" for tiny negatives rounded away
  const text = f.format(value);
  return text === '-0' ? '0' : text;
}

/** A value that may be missing: "-" in a table cell when there is no figure. */
export const formatOptional = (value: number | null | undefined, digits = 2): string =>
  value === null || value === undefined || !Number.isFinite(value)
    ? '-'
    : formatNumber(value, digits);

/** Share of `part` in `whole` as "84,2%"; "-" when the whole is zero. */
export const formatPercent = (part: number, whole: number): string =>
  whole > 0 ? `${formatNumber((part / whole) * 100, 1)}%` : '-';

function dateParts(iso: string): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A timestamp's date is its date in Vietnam; a plain day stays as it is. */
const vietnamDate = (iso: string): string =>
  /T\d/.test(iso) && !Number.isNaN(Date.parse(iso)) ? vietnamDay(new Date(iso)) : iso;

/** "2025-03-07" → "07/03/2025"; a timestamp gives its date in Vietnam. */
export function formatDate(iso: string): string {
  const { y, m, d } = dateParts(vietnamDate(iso));
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

/** The decree's date words: days below 10 and the months 1 and 2 carry a leading zero. */
export function dateWords(iso: string): string {
  // An unknown date (a source that states none) is left blank to be written in, never guessed.
  if (!iso) return `ngày${blankNumber} tháng${blankNumber} năm${blankNumber}`;
  const { y, m, d } = dateParts(iso);
  return `ngày ${pad2(d)} tháng ${m <= 2 ? pad2(m) : String(m)} năm ${y}`;
}

/** "Lai Châu, ngày 05 tháng 01 năm 2026". */
export const placeDateLine = (place: string, iso: string): string => `${place}, ${dateWords(iso)}`;

/** Blank left for the registry clerk (văn thư) to write the number in by hand. */
export const blankNumber = '\u00a0'.repeat(6);

/** "Số: 05/BC-UBND"; numbers below 10 zero-padded; null leaves the number blank. */
export function numberLine(number: number | string | null, symbol: string): string {
  if (number === null || String(number).trim() === '') return `Số:${blankNumber}/${symbol}`;
  const text = String(number).trim();
  const padded = /^\d$/.test(text) ? `0${text}` : text;
  return `Số: ${padded}/${symbol}`;
}

/** Vietnamese capitals ("Ủy ban nhân dân" → "ỦY BAN NHÂN DÂN"). */
export const upper = (text: string): string => text.normalize('NFC').toLocaleUpperCase('vi');

/** Vietnamese letters ordered for points of a clause: a) b) c) d) đ) e) g) … */
export const pointLetters = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

/** I, II, III, … for the decree's section numbers. */
export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, letters] of table)
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  return out;
}

/** A list item as the decree writes them: "- item;" and the last one "- item." */
export function listItems(items: readonly string[]): string[] {
  return items.map((item, i) => {
    const bare = item
      .trim()
      .replace(/^[-–•]\s*/, '')
      .replace(/[;.,]\s*$/, '');
    return `- ${bare}${i === items.length - 1 ? '.' : ';'}`;
  });
}

const asciiMap: Record<string, string> = { đ: 'd', Đ: 'D' };

/** ASCII slug for file names: no diacritics, lower case, dashes. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => asciiMap[c] ?? c)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
