/**
 * Citizens' waste reports (issue 14): the categories of Luật THTK-CLP 2013 Đ.3 areas as the
 * plan names them, the states a report goes through and the outcomes it can conclude with.
 * Shared so the public form, the office's queue and the server speak the same words.
 */
export const wasteCategories = [
  'state_budget',
  'procurement',
  'public_assets',
  'public_investment',
  'natural_resources',
  'labour_time',
  'state_capital',
  'other',
] as const;
export type WasteCategory = (typeof wasteCategories)[number];

export const wasteStates = ['received', 'assigned', 'verifying', 'concluded', 'published'] as const;
export type WasteState = (typeof wasteStates)[number];

/** "not_confirmed" is never "resolved": the public wording says what was found. */
export const wasteOutcomes = ['confirmed_waste', 'not_confirmed', 'outside_competence'] as const;
export type WasteOutcome = (typeof wasteOutcomes)[number];

export const wasteCategoryNames: Record<WasteCategory, { vi: string; en: string }> = {
  state_budget: { vi: 'Chi ngân sách nhà nước', en: 'State budget spending' },
  procurement: { vi: 'Mua sắm công', en: 'Public procurement' },
  public_assets: {
    vi: 'Tài sản công (xe, trụ sở, nhà, đất)',
    en: 'Public assets (cars, offices, houses, land)',
  },
  public_investment: { vi: 'Đầu tư công', en: 'Public investment' },
  natural_resources: { vi: 'Tài nguyên thiên nhiên', en: 'Natural resources' },
  labour_time: { vi: 'Lao động, thời gian lao động', en: 'Labour and working time' },
  state_capital: {
    vi: 'Vốn nhà nước tại doanh nghiệp',
    en: 'State capital in enterprises',
  },
  other: { vi: 'Khác', en: 'Other' },
};

export const wasteStateNames: Record<WasteState, { vi: string; en: string }> = {
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  assigned: { vi: 'Đã chuyển đơn vị xử lý', en: 'Assigned' },
  verifying: { vi: 'Đang xác minh', en: 'Being verified' },
  concluded: { vi: 'Đã có kết luận', en: 'Concluded' },
  published: { vi: 'Đã công khai kết quả', en: 'Outcome published' },
};

export const wasteOutcomeNames: Record<WasteOutcome, { vi: string; en: string }> = {
  confirmed_waste: { vi: 'Xác nhận có lãng phí', en: 'Waste confirmed' },
  not_confirmed: { vi: 'Không xác nhận có lãng phí', en: 'Waste not confirmed' },
  outside_competence: {
    vi: 'Không thuộc thẩm quyền, đã chuyển',
    en: 'Outside competence, forwarded',
  },
};

/** Tracking codes people can read aloud over the phone: LP-2026-004712. */
export const wasteCodePattern = /^LP-\d{4}-\d{6}$/;
export const formatWasteCode = (year: number, n: number) =>
  `LP-${year}-${String(n).padStart(6, '0')}`;

/** Working days allowed in each open state before the report is escalated (office setting). */
export type WasteDeadlines = Record<Exclude<WasteState, 'published'>, number>;
export const defaultWasteDeadlines: WasteDeadlines = {
  received: 2,
  assigned: 3,
  verifying: 15,
  concluded: 5,
};

export const wastePhotoLimit = 5;
export const wastePhotoMaxBytes = 5 * 1024 * 1024;
