/**
 * Vietnam working days for processing limits ("within 5 working days"). A day is a working
 * day unless it is a Saturday or Sunday, a public holiday, or a day off the Government moved
 * there; a Saturday the Government made a working day (to make up a moved day) is one.
 *
 * The law (Bộ luật Lao động 45/2019/QH14, Điều 112 k.1) fixes 1/1, 30/4, 1/5, 2/9 plus an
 * adjacent day, five days of Tết and 10/3 lunar; Điều 111 k.3 moves a holiday falling on the
 * weekly rest day to the next working day; Điều 112 k.3 lets the Prime Minister fix which
 * days Tết and National Day's second day are. Each year's actual days off for civil servants
 * come from the Government's notice, kept as dated data in `vietnam-holidays.ts`; a year
 * without a notice there is computed from the law alone and flagged `verified: false`.
 * Days are ISO calendar days ("YYYY-MM-DD") of Vietnam; pure, no clock.
 */
import { holidayYears, type HolidayYear } from './vietnam-holidays.ts';

const dayMs = 86_400_000;
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The day `n` calendar days after `day` (before, when negative). */
export const addDays = (day: string, n: number): string => toDay(toTime(day) + n * dayMs);

/** 0 = Sunday … 6 = Saturday. */
const weekday = (day: string) => new Date(toTime(day)).getUTCDay();
const isWeekend = (day: string) => weekday(day) === 0 || weekday(day) === 6;

/** The next day from `day` (inclusive) that is neither a weekend nor in `taken`. */
function nextFree(day: string, taken: Set<string>): string {
  let d = day;
  while (isWeekend(d) || taken.has(d)) d = addDays(d, 1);
  return d;
}

/**
 * A year's days off and make-up working days: the Government's notice when one is recorded,
 * else the law's own rule (holidays, and the next free working day for one on a weekend).
 */
export function yearCalendar(year: number): HolidayYear {
  const recorded = holidayYears.find((y) => y.year === year);
  if (recorded) return recorded;
  const lunar = lunarDates.get(year);
  const fixed = [`${year}-01-01`, `${year}-04-30`, `${year}-05-01`, `${year}-09-02`];
  const holidays = new Set<string>();
  const add = (d: string) =>
    holidays.add(isWeekend(d) || holidays.has(d) ? nextFree(d, holidays) : d);
  for (const d of fixed) add(d);
  // National Day's second day: the law leaves before or after to the Prime Minister; after.
  add(addDays(`${year}-09-02`, 1));
  if (lunar) {
    // Tết: the eve and the first four days of the year, the usual choice (Điều 112 k.3).
    for (let i = -1; i < 4; i++) add(addDays(lunar.tet, i));
    add(lunar.hungKings);
  }
  return {
    year,
    daysOff: [...holidays].sort(),
    workingWeekends: [],
    source: {
      instrument: 'Bộ luật Lao động 45/2019/QH14',
      article: '112',
      clause: '1',
      verified: false,
      note: lunar
        ? 'No Government notice recorded for this year: computed from Điều 111 k.3 and Điều 112 k.1'
        : 'No Government notice and no lunar dates recorded: Tết and 10/3 lunar are missing',
    },
  };
}

/**
 * Tết (1/1 lunar) and the Hùng Kings' day (10/3 lunar) in the solar calendar, 2022–2031.
 * These follow the Vietnamese lunar calendar (UTC+7), which differs from the Chinese one in
 * some years; checked against the Government's notices where `vietnam-holidays.ts` has one.
 */
const lunarDates = new Map<number, { tet: string; hungKings: string }>([
  [2022, { tet: '2022-02-01', hungKings: '2022-04-10' }],
  [2023, { tet: '2023-01-22', hungKings: '2023-04-29' }],
  [2024, { tet: '2024-02-10', hungKings: '2024-04-18' }],
  [2025, { tet: '2025-01-29', hungKings: '2025-04-07' }],
  [2026, { tet: '2026-02-17', hungKings: '2026-04-26' }],
  [2027, { tet: '2027-02-06', hungKings: '2027-04-16' }],
  [2028, { tet: '2028-01-26', hungKings: '2028-04-04' }],
  [2029, { tet: '2029-02-13', hungKings: '2029-04-23' }],
  [2030, { tet: '2030-02-03', hungKings: '2030-04-12' }],
  [2031, { tet: '2031-01-23', hungKings: '2031-05-01' }],
]);

const cache = new Map<number, { off: Set<string>; working: Set<string> }>();
function sets(year: number) {
  let s = cache.get(year);
  if (!s) {
    const y = yearCalendar(year);
    s = { off: new Set(y.daysOff), working: new Set(y.workingWeekends) };
    cache.set(year, s);
  }
  return s;
}

/** Whether offices work on `day`. */
export function isWorkingDay(day: string): boolean {
  const { off, working } = sets(Number(day.slice(0, 4)));
  if (working.has(day)) return true;
  return !isWeekend(day) && !off.has(day);
}

/**
 * The day by which `n` working days have passed after `day` (the day itself does not count):
 * a limit of 5 working days from a Friday dossier ends on the next Friday.
 */
export function addWorkingDays(day: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be ≥ 0, got ${n}`);
  let d = day;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
  return count;
}
