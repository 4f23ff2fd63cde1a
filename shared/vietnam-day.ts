/**
 * The office's calendar: "today", deadlines and "late" are days in Asia/Ho_Chi_Minh, not UTC
 * (before 07:00 local time the UTC date is still yesterday). Pure: the instant comes in.
 */

export const officeTimeZone = 'Asia/Ho_Chi_Minh';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: officeTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day 'YYYY-MM-DD' in Vietnam at the instant `at`. */
export function vietnamDay(at: Date): string {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}

/** The year of a day 'YYYY-MM-DD' (e.g. of `deps.today()`: the office's current year). */
export const yearOf = (day: string): number => Number(day.slice(0, 4));
