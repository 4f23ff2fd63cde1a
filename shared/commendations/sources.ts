import type { Citation } from './types.ts';

/**
 * Legal instruments cited by the catalogue and the default rules.
 * What was read in a primary text (thuvienphapluat mirrors, see DOMAIN.md §2) is cited with
 * `verified: true`; what rests on DOMAIN.md's summary or on memory of the text is `verified: false`
 * with a note, so the UI can show it as "to verify".
 */
export const instruments = {
  law2022: 'Luật Thi đua, khen thưởng số 06/2022/QH15',
  decree98: 'Nghị định số 98/2023/NĐ-CP',
  decree152: 'Nghị định số 152/2025/NĐ-CP',
  decree73of2024: 'Nghị định số 73/2024/NĐ-CP',
  decree24of2023: 'Nghị định số 24/2023/NĐ-CP',
  decree38of2019: 'Nghị định số 38/2019/NĐ-CP',
  decree161of2026: 'Nghị định số 161/2026/NĐ-CP',
  localGovernmentLaw2025: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15',
  provinceRegulation: 'Quy định thi đua, khen thưởng của UBND tỉnh Lai Châu',
} as const;

/** The day Decree 152/2025 replaced Decree 98/2023 (NĐ 152/2025 Đ.59 k.1–2). */
export const decree152From = '2025-07-01';
export const decree98To = '2025-06-30';
/** Law 06/2022/QH15 and Decree 98/2023 took effect together. */
export const law2022From = '2024-01-01';

type Ref = Omit<Citation, 'instrument'>;

export const law = (article: string, rest: Partial<Ref> = {}): Citation => ({
  instrument: instruments.law2022,
  article,
  verified: true,
  ...rest,
});
export const nd98 = (article: string, rest: Partial<Ref> = {}): Citation => ({
  instrument: instruments.decree98,
  article,
  verified: true,
  ...rest,
});
export const nd152 = (article: string, rest: Partial<Ref> = {}): Citation => ({
  instrument: instruments.decree152,
  article,
  verified: true,
  ...rest,
});
/** Lai Châu's own regulation was not retrieved; its slots follow Bắc Ninh QĐ 86/2025 (DOMAIN.md). */
export const province = (article: string, note: string): Citation => ({
  instrument: instruments.provinceRegulation,
  article,
  verified: false,
  note,
});

export const unverified = (note: string): Partial<Ref> => ({ verified: false, note });
