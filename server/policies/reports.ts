import type { ReportStatus } from '../../shared/contracts/reports.ts';
import { AppError, forbidden, notFound } from '../../shared/errors.ts';
import {
  transition,
  type ReportAction,
  type TransitionError,
  type WorkflowContext,
} from '../domain/reports/workflow.ts';
import { covers, hasAnyRole, hasRole, isOffice, type Actor, type Policy } from './actor.ts';

/** A reporting period as policies see it: the root whose emulation office runs it. */
export interface ReportPeriodSubject {
  rootUnitId: string;
}

/** One unit's report in a period (status null: nothing saved yet) with the period's dates. */
export interface ReportSubject extends WorkflowContext {
  rootUnitId: string;
  unitId: string;
  /** The unit's parent on the period's reference date (its last day if it ended before). */
  parentId: string | null;
  status: ReportStatus | null;
  /** Who sent the report in last; they never review it themselves. */
  submittedBy?: string | null;
}

const leader = (a: Actor, rootUnitId: string) => hasRole(a, 'leader', rootUnitId);
const allowed = (r: ReportSubject, action: ReportAction) => transition(r.status, action, r).ok;

/**
 * A reviewer: the office on the root, or a head whose grant covers the unit's parent — never
 * the head of the unit itself, who would otherwise accept their own report.
 */
export function reviews(a: Actor, r: Pick<ReportSubject, 'rootUnitId' | 'unitId' | 'parentId'>) {
  if (isOffice(a, r.rootUnitId)) return true;
  const ownHead = a.grants.some((g) => g.role === 'unit_head' && g.unitId === r.unitId);
  return r.parentId !== null && !ownHead && hasRole(a, 'unit_head', r.parentId);
}

/**
 * Periods are read by everyone signed in; the emulation office on the root opens them, moves
 * their dates and reminds units. The board is the office's, a leader's, or a head's for the
 * units it reviews; the consolidated documents are the office's and the leaders'.
 */
export const reportPeriodPolicy = {
  read: () => true,
  create: (a: Actor, p: ReportPeriodSubject) => isOffice(a, p.rootUnitId),
  update: (a: Actor, p: ReportPeriodSubject) => isOffice(a, p.rootUnitId),
  board: (a: Actor, p: ReportPeriodSubject) =>
    isOffice(a, p.rootUnitId) || leader(a, p.rootUnitId) || hasRole(a, 'unit_head'),
  remind: (a: Actor, p: ReportPeriodSubject) => isOffice(a, p.rootUnitId),
  documents: (a: Actor, p: ReportPeriodSubject) =>
    isOffice(a, p.rootUnitId) || leader(a, p.rootUnitId),
} satisfies Policy<ReportPeriodSubject>;

/**
 * The unit's head or officer drafts its report and attaches evidence; only the head submits.
 * A reviewer returns or accepts a submitted report — never one they sent in themselves (a
 * parent's head covers its sub-units and could otherwise do both); only the office reopens
 * an accepted one.
 * Nothing changes before the period opens (writing) or after it closes (anything).
 */
export const reportPolicy = {
  read: (a: Actor, r: ReportSubject) =>
    covers(a, r.unitId) || isOffice(a, r.rootUnitId) || leader(a, r.rootUnitId) || reviews(a, r),
  save: (a: Actor, r: ReportSubject) =>
    allowed(r, 'save') && hasAnyRole(a, ['unit_head', 'unit_officer'], r.unitId),
  /** Attaching or removing evidence is editing the draft (the first upload creates it). */
  upload: (a: Actor, r: ReportSubject) =>
    allowed(r, 'save') && hasAnyRole(a, ['unit_head', 'unit_officer'], r.unitId),
  submit: (a: Actor, r: ReportSubject) => allowed(r, 'submit') && hasRole(a, 'unit_head', r.unitId),
  return: (a: Actor, r: ReportSubject) =>
    allowed(r, 'return') && reviews(a, r) && r.submittedBy !== a.id,
  accept: (a: Actor, r: ReportSubject) =>
    allowed(r, 'accept') && reviews(a, r) && r.submittedBy !== a.id,
  reopen: (a: Actor, r: ReportSubject) => allowed(r, 'reopen') && isOffice(a, r.rootUnitId),
  /**
   * Indicator values from a workbook: the unit's writers, or the office keying in what a unit
   * sent on paper or by e-mail (communes on a poor link). Only the unit's head submits.
   */
  importValues: (a: Actor, r: ReportSubject) =>
    allowed(r, 'save') &&
    (hasAnyRole(a, ['unit_head', 'unit_officer'], r.unitId) || isOffice(a, r.rootUnitId)),
  /**
   * An officer, who cannot send, tells the unit's head "the report is ready" (issue 16): while
   * the report can still be written and the officer is not its head (who would just send it).
   */
  notifyReady: (a: Actor, r: ReportSubject) =>
    allowed(r, 'submit') &&
    hasRole(a, 'unit_officer', r.unitId) &&
    !hasRole(a, 'unit_head', r.unitId),
} satisfies Policy<ReportSubject>;

/** Who sees a unit's subtree rolled up: the office, a leader, or the unit's head or officer. */
export const rollupPolicy = {
  read: (a: Actor, s: { rootUnitId: string; unitId: string }) =>
    isOffice(a, s.rootUnitId) ||
    leader(a, s.rootUnitId) ||
    hasAnyRole(a, ['unit_head', 'unit_officer'], s.unitId),
} satisfies Policy<{ rootUnitId: string; unitId: string }>;

/** The workflow step each report action takes (`read` takes none). */
const workflowAction: Record<Exclude<keyof typeof reportPolicy, 'read'>, ReportAction> = {
  save: 'save',
  upload: 'save',
  submit: 'submit',
  return: 'return',
  accept: 'accept',
  reopen: 'reopen',
  importValues: 'save',
  notifyReady: 'submit',
};

/** The answer when the workflow forbids a step for anyone (409), with the day writing opens. */
export function workflowError(error: TransitionError, opensOn: string): AppError {
  if (error === 'period_locked') return new AppError(409, 'report_period_locked');
  if (error === 'period_not_open')
    return new AppError(409, 'report_period_not_open', undefined, { opensOn });
  return new AppError(409, 'report_wrong_status');
}

/**
 * Like `authorize`, with the workflow's reason when the state forbids the action for anyone:
 * a closed period, a period not open yet, or a report in another status (409); Forbidden
 * when only the actor's role is missing; NotFound when the actor may not read the report.
 */
export function authorizeReport(
  actor: Actor,
  subject: ReportSubject,
  action: Exclude<keyof typeof reportPolicy, 'read'>,
): void {
  if (!reportPolicy.read(actor, subject)) throw notFound();
  if (reportPolicy[action](actor, subject)) return;
  const step = transition(subject.status, workflowAction[action], subject);
  if (!step.ok) throw workflowError(step.error, subject.opensOn);
  throw forbidden();
}

/**
 * Whether the actor reads a whole period (every unit's report, board row and workbook row):
 * the emulation office and the leaders on the root. Lists skip the SQL scope for them.
 */
export const readsWholePeriod = (a: Actor, rootUnitId: string) =>
  hasAnyRole(a, ['emulation_office', 'leader'], rootUnitId);
