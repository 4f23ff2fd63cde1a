/**
 * Vocabulary of nominations (hồ sơ đề nghị khen thưởng): rounds, the chain's states and actions,
 * statistical categories and dossier components. Pure data shared by the server and the app.
 */

/**
 * How a round awards (the national statistics count by it, TT 02/2023/TT-BNV): yearly merit
 * (công trạng), the movement's 2022–2025 interim review (sơ kết) and 2030 final review (tổng
 * kết), thematic, sudden, dedication, external (đối ngoại), tenure (niên hạn).
 */
export const roundMethods = [
  'yearly',
  'interim_review',
  'final_review',
  'thematic',
  'sudden',
  'dedication',
  'external',
  'tenure',
] as const;
export type RoundMethod = (typeof roundMethods)[number];

/** Statistical category of a subject (Biểu 0602.N / 0603.N, TT 02/2023/TT-BNV). */
export const statCategories = [
  'leader_province_up',
  'leader_department',
  'entrepreneur',
  'leader_other',
  'worker_direct',
  'collective',
  'collective_enterprise',
  'household',
] as const;
export type StatCategory = (typeof statCategories)[number];

/** Where a dossier is on the chain unit → superior → office → posting → Council → decision. */
export const dossierStates = [
  'draft',
  'at_superior',
  'at_office',
  'posted',
  'in_council',
  'proposed',
  'forwarded_central',
  'central_awarded',
  'central_declined',
  'not_passed',
  'returned',
  'rejected',
  'decided',
] as const;
export type DossierState = (typeof dossierStates)[number];

export const dossierActions = [
  'submit',
  'approve',
  'return',
  'reject',
  'post',
  'to_council',
  'propose',
  'council_result',
  'record_central',
  'decide',
] as const;
export type DossierAction = (typeof dossierActions)[number];

/** Components of a dossier (Luật Đ.84 k.1; NĐ 152/2025 Mẫu 01, 05). */
export const componentCodes = [
  'submission',
  'achievement_report',
  'review_minutes',
  'confirmation',
  'attachment',
] as const;
export type ComponentCode = (typeof componentCodes)[number];

export const ballotChoices = ['for', 'against', 'abstain'] as const;
export type BallotChoice = (typeof ballotChoices)[number];

export const sessionStatuses = ['planned', 'open', 'closed'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];
