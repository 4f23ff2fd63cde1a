/** Dates and numbers the Vietnamese way (dd/mm/yyyy, 1.234,5), whatever the UI language. */
const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !isoDate.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** "2024-06-01" → "01/06/2024"; anything else is shown as given. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const day = value.slice(0, 10);
  return isIsoDate(day) ? dateFormat.format(new Date(`${day}T00:00:00Z`)) : value;
}

export function formatNumber(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? numberFormat.format(n) : String(value);
}

/** Today in the user's own time zone, as YYYY-MM-DD. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Folds case and Vietnamese diacritics (including đ) so "lai chau" finds "Lai Châu". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

/** Vietnamese order of names: the one comparator the server uses too. */
export { compareNames as compareVi } from '../../shared/collation.ts';
