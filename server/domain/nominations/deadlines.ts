import type { Citation } from '../../../shared/commendations/types.ts';
import { province, unverified } from '../../../shared/commendations/sources.ts';
import type { DossierState, RoundMethod } from '../../../shared/nominations.ts';
import { addWorkingDays } from '../../../shared/working-days.ts';

/** A round's step limits; every one may be set per round, defaults below. */
export interface RoundDeadlines {
  /** Last day the units file (yearly: 10/12 of the round's year). */
  fileBy: string;
  /** Working days for a superior to forward or return a dossier. */
  superiorDays: number;
  /** Working days for the office to appraise (or return) a dossier. */
  appraisalDays: number;
  /** Calendar days of public posting. */
  postingDays: number;
}

export interface DeadlineRule {
  key: keyof RoundDeadlines;
  citation: Citation;
}

const qd311 = (note: string): Citation => ({
  instrument: 'Quyết định số 311/QĐ-BNV năm 2025',
  article: 'Phụ lục, phần II.A',
  verified: false,
  note,
});

/** Where each default comes from (DOMAIN.md §2 "Deadlines", §6). */
export const deadlineRules: readonly DeadlineRule[] = [
  { key: 'fileBy', citation: province('6', 'Yearly dossiers by 10/12 (Bắc Ninh QĐ 86/2025 Đ.6)') },
  {
    key: 'superiorDays',
    citation: qd311(
      'Return of a non-compliant dossier within 5 working days (central level, applied to each step)',
    ),
  },
  { key: 'appraisalDays', citation: qd311('Appraisal and submission within 20 working days') },
  {
    key: 'postingDays',
    citation: {
      instrument: 'Luật Thi đua, khen thưởng số 06/2022/QH15',
      article: '84',
      clause: '5',
      ...unverified('Public posting required; 05 days per QĐ 637/QĐ-BNV example'),
    },
  },
];

/** Defaults of a round of `method` in `year`. */
export function defaultDeadlines(method: RoundMethod, year: number, today: string): RoundDeadlines {
  const fileBy = method === 'yearly' ? `${year}-12-10` : addWorkingDays(today, 20);
  return { fileBy, superiorDays: 5, appraisalDays: 20, postingDays: 5 };
}

/** The day a dossier in `state` since `since` must move on by; undefined when no limit runs. */
export function stepDeadline(
  state: DossierState,
  since: string,
  d: RoundDeadlines,
): string | undefined {
  switch (state) {
    case 'draft':
      return d.fileBy;
    case 'returned': {
      // a returned dossier gets the superior's limit to come back, never less than the round's
      const back = addWorkingDays(since, d.superiorDays);
      return back > d.fileBy ? back : d.fileBy;
    }
    case 'at_superior':
      return addWorkingDays(since, d.superiorDays);
    case 'at_office':
      return addWorkingDays(since, d.appraisalDays);
    default:
      return undefined;
  }
}

export const isOverdue = (deadline: string | undefined, today: string) =>
  deadline !== undefined && today > deadline;
