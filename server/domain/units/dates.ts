/** ISO calendar dates 'YYYY-MM-DD'; string order is date order. */

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `date` lies in [from, to); a null `to` is open-ended. */
export function within(from: string, to: string | null, date: string): boolean {
  return from <= date && (to === null || date < to);
}

/** [from, to) is inside [outerFrom, outerTo). */
export function spans(
  outerFrom: string,
  outerTo: string | null,
  from: string,
  to: string | null,
): boolean {
  if (from < outerFrom) return false;
  if (outerTo === null) return true;
  return to !== null && to <= outerTo;
}
