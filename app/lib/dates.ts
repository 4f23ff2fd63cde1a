/**
 * Typed dates: Vietnamese dd/mm/yyyy, English mm/dd/yyyy, and ISO yyyy-mm-dd always accepted
 * (a pasted date, a test). The value kept and sent is ISO; what is shown follows the language.
 */
import { isIsoDate } from './format.ts';

export type DateLang = 'vi' | 'en';

const pad = (n: number) => String(n).padStart(2, '0');

/** "01/03/2025" (vi) or "03/01/2025" (en) → "2025-03-01"; undefined when it is not a real day. */
export function parseTypedDate(text: string, lang: DateLang): string | undefined {
  const s = text.trim();
  if (isIsoDate(s)) return s;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return undefined;
  const [a, b, year] = [Number(m[1]), Number(m[2]), m[3]!];
  const [day, month] = lang === 'vi' ? [a, b] : [b, a];
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** "2025-03-01" → "01/03/2025" (vi) or "03/01/2025" (en); anything else as given. */
export function formatTypedDate(iso: string, lang: DateLang): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = iso.split('-');
  return lang === 'vi' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`;
}

export const datePattern: Record<DateLang, { placeholder: string; hint: string }> = {
  vi: { placeholder: 'dd/mm/yyyy', hint: 'Ngày/tháng/năm, ví dụ 01/03/2025' },
  en: { placeholder: 'mm/dd/yyyy', hint: 'Month/day/year, e.g. 03/01/2025' },
};
