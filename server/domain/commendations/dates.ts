/** ISO calendar dates 'YYYY-MM-DD'; string order is date order. No clock: every date comes in. */

export const yearOf = (date: string): number => Number(date.slice(0, 4));
export const yearStart = (year: number): string => `${String(year).padStart(4, '0')}-01-01`;
export const yearEnd = (year: number): string => `${String(year).padStart(4, '0')}-12-31`;

const dayMs = 86_400_000;
const toDay = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / dayMs);

/** Days in [from, to], both inclusive; 0 when the range is empty. */
export function daysInclusive(from: string, to: string): number {
  return Math.max(0, toDay(to) - toDay(from) + 1);
}

/** [aFrom, aTo] and [bFrom, bTo] share a day; an undefined end is open. */
export function overlaps(
  aFrom: string,
  aTo: string | undefined,
  bFrom: string,
  bTo: string | undefined,
): boolean {
  return (bTo === undefined || aFrom <= bTo) && (aTo === undefined || bFrom <= aTo);
}

export const maxDate = (a: string, b: string): string => (a > b ? a : b);
export const minDate = (a: string, b: string): string => (a < b ? a : b);
