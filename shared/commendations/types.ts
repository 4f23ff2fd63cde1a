/**
 * Vocabulary of commendations (Luật Thi đua, khen thưởng 06/2022/QH15 and its decrees):
 * emulation titles (danh hiệu thi đua) and forms of commendation (hình thức khen thưởng).
 * Pure data types shared by the server's rule engine and the UI.
 */

export const subjectKinds = ['individual', 'collective', 'household'] as const;
export type SubjectKind = (typeof subjectKinds)[number];

/** A title is conferred for a year's emulation; a form rewards an achievement. */
export const awardCategories = ['title', 'form'] as const;
export type AwardCategory = (typeof awardCategories)[number];

/**
 * Kinds of commendation: regular merit (công trạng / thường xuyên), thematic (chuyên đề),
 * sudden (đột xuất), dedication (quá trình cống hiến), seniority (niên hạn), foreign (đối ngoại).
 * Only thematic and sudden are excluded from merit history (NĐ 152/2025 Đ.4 k.3).
 */
export const awardKinds = [
  'merit',
  'thematic',
  'sudden',
  'dedication',
  'seniority',
  'foreign',
] as const;
export type AwardKind = (typeof awardKinds)[number];

/** Yearly task-completion ratings, best first (HTXS > HTT > HT > KHT). */
export const ratings = ['HTXS', 'HTT', 'HT', 'KHT'] as const;
export type Rating = (typeof ratings)[number];

/** Recognition levels of initiatives and research, lowest first. */
export const recognitionLevels = ['base', 'province', 'national'] as const;
export type RecognitionLevel = (typeof recognitionLevels)[number];

/** Disciplinary measures for cadres and civil servants, mildest first. */
export const disciplineSeverities = [
  'reprimand',
  'warning',
  'salary_downgrade',
  'demotion',
  'removal',
  'dismissal',
] as const;
export type DisciplineSeverity = (typeof disciplineSeverities)[number];

/** Matters that hold an award while they are open (NĐ 152/2025 Đ.4 k.4). */
export const caseKinds = [
  'discipline',
  'investigation',
  'inspection',
  'complaint',
  'denunciation',
  'press_report',
] as const;
export type CaseKind = (typeof caseKinds)[number];

/** Who a person is, where the standard differs (e.g. LĐTT for workers and farmers, Luật Đ.24 k.2). */
export const personCategories = ['official', 'worker', 'farmer', 'citizen', 'other'] as const;
export type PersonCategory = (typeof personCategories)[number];

/**
 * Kinds of grassroots unit for "xã, phường … tiêu biểu" and "thôn, tổ dân phố văn hóa".
 * Townships (thị trấn) existed until 2025-06-30; special zones (đặc khu) from 2025-07-01.
 */
export const localUnitKinds = [
  'rural_commune',
  'ward',
  'township',
  'special_zone',
  'village',
  'residential_group',
] as const;
export type LocalUnitKind = (typeof localUnitKinds)[number];

/** What a household gave to a public project (e.g. hiến đất). */
export const contributionKinds = ['land', 'labour', 'assets', 'money', 'materials'] as const;
export type ContributionKind = (typeof contributionKinds)[number];

export interface LocalisedText {
  vi: string;
  en: string;
}

/** Where a rule or number comes from; `verified: false` marks what DOMAIN.md flags [verify]. */
export interface Citation {
  instrument: string;
  article: string;
  clause?: string | undefined;
  point?: string | undefined;
  verified?: boolean | undefined;
  note?: string | undefined;
}

/** ISO dates 'YYYY-MM-DD'; `effectiveTo` is the last day in force (inclusive). */
export interface DatedMultiplier {
  subject: SubjectKind;
  value: number;
  effectiveFrom: string;
  effectiveTo?: string | undefined;
  citation: Citation;
}

export const dossierDocumentCodes = [
  'submission',
  'achievement_report',
  'council_minutes',
  'vote_result',
  'initiative_certificate',
  'excellence_confirmation',
  'contribution_confirmation',
  'sudden_achievement_report',
] as const;
export type DossierDocumentCode = (typeof dossierDocumentCodes)[number];

export interface DossierRequirement {
  document: DossierDocumentCode;
  /** Omitted: required for every subject kind the award is for. */
  subjects?: readonly SubjectKind[] | undefined;
  /** Omitted: required whatever kind of commendation is proposed (e.g. only sudden awards need their own report). */
  forKinds?: readonly AwardKind[] | undefined;
  citation: Citation;
}

export interface AwardDefinition {
  code: string;
  category: AwardCategory;
  name: LocalisedText;
  conferredBy: LocalisedText;
  subjects: readonly SubjectKind[];
  kinds: readonly AwardKind[];
  /** Higher is a higher distinction; breaks ties when only the highest title is paid. */
  rank: number;
  citation: Citation;
  multipliers: readonly DatedMultiplier[];
  dossier: readonly DossierRequirement[];
  /** Dates the award could be conferred at all, e.g. district-level forms end with the district level. */
  conferrableFrom?: string | undefined;
  conferrableTo?: string | undefined;
}
