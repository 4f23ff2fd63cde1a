import { isLocked } from './periods.ts';
import type { ReportStatus } from '../../../shared/contracts/reports.ts';

/** What people do to a report. */
export const reportActions = ['save', 'submit', 'return', 'accept', 'reopen'] as const;
export type ReportAction = (typeof reportActions)[number];

/** The period's dates and today, as ISO days. */
export interface WorkflowContext {
  today: string;
  opensOn: string;
  closesOn: string;
}

export type TransitionError = 'period_locked' | 'period_not_open' | 'wrong_status';
export type TransitionResult =
  { ok: true; status: ReportStatus } | { ok: false; error: TransitionError };

/** From-status (null: no report yet) → next status, per action. */
const rules: Record<ReportAction, Partial<Record<ReportStatus | 'none', ReportStatus>>> = {
  save: { none: 'draft', draft: 'draft', returned: 'returned' },
  submit: { draft: 'submitted', returned: 'submitted' },
  return: { submitted: 'returned' },
  accept: { submitted: 'accepted' },
  reopen: { accepted: 'returned' },
};

/**
 * The workflow of ADR 0013: draft → submitted → (returned → submitted)* → accepted, and an
 * accepted report reopened by the office goes back to returned. Nothing moves once the
 * period has closed; a unit cannot write before the period opens.
 */
export function transition(
  status: ReportStatus | null,
  action: ReportAction,
  ctx: WorkflowContext,
): TransitionResult {
  if (isLocked(ctx.today, ctx.closesOn)) return { ok: false, error: 'period_locked' };
  if ((action === 'save' || action === 'submit') && ctx.today < ctx.opensOn)
    return { ok: false, error: 'period_not_open' };
  const next = rules[action][status ?? 'none'];
  return next ? { ok: true, status: next } : { ok: false, error: 'wrong_status' };
}
