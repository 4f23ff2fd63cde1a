import {
  boardStatuses,
  type BoardStatus,
  type ReportStatus,
} from '../../../shared/contracts/reports.ts';

/** Statuses whose values the roll-up counts: the unit has sent them in. */
export const countedStatuses: readonly ReportStatus[] = ['submitted', 'accepted'];

/**
 * The board status of a unit's report. After the deadline a unit that has not sent its
 * report in (nothing yet, a draft, or returned to it) is late; a report submitted late
 * keeps its status (the presenter flags `submittedLate`).
 */
export function boardStatus(
  status: ReportStatus | null,
  deadline: string,
  today: string,
): BoardStatus {
  const pending = status === null || status === 'draft' || status === 'returned';
  if (pending && today > deadline) return 'late';
  return status ?? 'not_started';
}

/** Counts per board status, every status present. */
export function countBoard(statuses: readonly BoardStatus[]): Record<BoardStatus, number> {
  const out = Object.fromEntries(boardStatuses.map((s) => [s, 0])) as Record<BoardStatus, number>;
  for (const s of statuses) out[s] += 1;
  return out;
}

/**
 * How the expected units stand, for the consolidated report: each unit in exactly one of
 * sent (`submitted`, accepted ones included), returned, draft, late and not started, so these
 * add up to `expected`; `accepted` is the part of those sent the reviewer has accepted. A
 * draft or a returned report is not a report sent; after the deadline both count as late.
 */
export function participation(statuses: readonly BoardStatus[]) {
  const c = countBoard(statuses);
  return {
    expected: statuses.length,
    submitted: c.submitted + c.accepted,
    accepted: c.accepted,
    returned: c.returned,
    draft: c.draft,
    late: c.late,
    notStarted: c.not_started,
  };
}
export type Participation = ReturnType<typeof participation>;

/** Sent after the deadline: judged by the first submission, so a return does not make a unit late. */
export const submittedLate = (firstSubmittedOn: string | null, deadline: string) =>
  firstSubmittedOn !== null && firstSubmittedOn > deadline;

const progress: Record<ReportStatus | 'none', number> = {
  none: 0,
  draft: 1,
  returned: 2,
  submitted: 3,
  accepted: 4,
};

/** The least advanced of several statuses (a merged unit is only as far as its slowest predecessor). */
export function leastAdvanced(statuses: readonly (ReportStatus | null)[]): ReportStatus | null {
  let worst: ReportStatus | null | undefined;
  for (const s of statuses)
    if (worst === undefined || progress[s ?? 'none'] < progress[worst ?? 'none']) worst = s;
  return worst ?? null;
}
