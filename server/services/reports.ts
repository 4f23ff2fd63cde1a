import type { Answers, Narrative, ReviewAction } from '../../shared/contracts/reports.ts';
import { conflict, invalid, type FieldProblem } from '../../shared/errors.ts';
import type { Executor } from '../db/client.ts';
import type { Deps } from '../deps.ts';
import { checkAnswers, checkComplete } from '../domain/reports/answers.ts';
import { applicableCriteria, formFieldKeys } from '../domain/reports/form.ts';
import type { Actor } from '../policies/actor.ts';
import { authorizeReport } from '../policies/reports.ts';
import * as repo from '../repositories/reports.ts';
import { auditActor, recordAudit } from './audit.ts';
import { rescoreReport } from './scores.ts';
import { notifyReportAccepted, notifyReportReady, notifyReportReturned } from './notifications.ts';
import { loadReport, nextStatus, workflowContext, type ReportView } from './reports-context.ts';

export interface SaveInput {
  answers: Answers;
  narrative: Narrative;
  /** The version read; omitted while the unit has no report yet. */
  version?: number | undefined;
}

/**
 * Creates the unit's report inside `tx` in the status a first save leads to (a draft);
 * undefined when another request created it first.
 */
export function insertDraft(
  tx: Executor,
  deps: Deps,
  actor: Actor,
  view: Pick<ReportView, 'period' | 'unit' | 'criteria'>,
  content: { answers: Answers; narrative: Narrative },
  at: Date,
) {
  return repo.insertReportIfAbsent(tx, {
    id: deps.newId(),
    tenantId: actor.tenantId,
    periodId: view.period.id,
    unitId: view.unit.id,
    criteriaSetId: view.criteria.setId,
    criteriaVersion: view.criteria.number,
    status: nextStatus(null, 'save', workflowContext(deps, view.period)),
    ...content,
    createdAt: at,
    createdBy: actor.id,
    updatedAt: at,
    updatedBy: actor.id,
  });
}

async function audit(
  tx: Executor,
  deps: Deps,
  actor: Actor,
  action: string,
  before: repo.ReportRow | undefined,
  after: repo.ReportRow,
) {
  await recordAudit(tx, {
    tenantId: actor.tenantId,
    actor: auditActor(actor),
    at: deps.clock(),
    action: `report.${action}`,
    entityType: 'report',
    entityId: after.id,
    before,
    after,
  });
}

/** Autosave of the unit's draft (or of a returned report); a stale `version` answers 409 and writes nothing. */
export async function saveReport(
  deps: Deps,
  actor: Actor,
  periodId: string,
  unitId: string,
  input: SaveInput,
): Promise<ReportView> {
  const view = await loadReport(deps, actor, periodId, unitId);
  authorizeReport(actor, view.subject, 'save');
  const problems = checkAnswers(
    applicableCriteria(view.criteria.content, view.unit.kind),
    input.answers,
  );
  if (Object.keys(problems).length) throw invalid(problems);
  const at = deps.clock();
  const content = { answers: input.answers, narrative: input.narrative };
  const saved = await deps.db.transaction(async (tx) => {
    const existing = await repo.findReport(tx, actor.tenantId, periodId, unitId, true);
    let after: repo.ReportRow | undefined;
    if (existing) {
      if (input.version !== existing.version) throw conflict();
      after = await repo.updateReport(tx, actor.tenantId, existing.id, {
        ...content,
        status: nextStatus(existing.status, 'save', view.subject),
        updatedAt: at,
        updatedBy: actor.id,
      });
    } else {
      if (input.version !== undefined) throw conflict();
      after = await insertDraft(tx, deps, actor, view, content, at);
      if (!after) throw conflict();
    }
    await audit(tx, deps, actor, 'save', existing, after);
    return after;
  });
  // A save changes only the row (and a first save its status, null → draft): criteria,
  // evidence and reviews are as just loaded, so autosave — the hot path — answers without
  // reading the whole report again.
  return { ...view, row: saved, subject: { ...view.subject, status: saved.status } };
}

/**
 * The unit head sends the report in. The same Idempotency-Key again returns the report as it
 * stands, without a second submission or audit entry; a stale `version` answers 409.
 */
export async function submitReport(
  deps: Deps,
  actor: Actor,
  periodId: string,
  unitId: string,
  input: { version: number; idempotencyKey: string },
): Promise<ReportView> {
  const view = await loadReport(deps, actor, periodId, unitId);
  // A replay answers with the report as it stands now (the first request may have just committed).
  if (
    view.row &&
    (await repo.findSubmission(deps.db, actor.tenantId, view.row.id, input.idempotencyKey))
  )
    return loadReport(deps, actor, periodId, unitId, view.period);
  authorizeReport(actor, view.subject, 'submit');
  if (input.version !== view.row!.version) throw conflict();
  const criteria = applicableCriteria(view.criteria.content, view.unit.kind);
  const at = deps.clock();
  await deps.db.transaction(async (tx) => {
    const existing = (await repo.findReport(tx, actor.tenantId, periodId, unitId, true))!;
    if (await repo.findSubmission(tx, actor.tenantId, existing.id, input.idempotencyKey)) return;
    if (existing.version !== input.version) throw conflict();
    const evidence = await repo.evidenceOf(tx, actor.tenantId, [existing.id]);
    const problems = checkComplete(
      criteria,
      existing.answers,
      existing.narrative,
      new Set(evidence.flatMap((e) => (e.criterionCode ? [e.criterionCode] : []))),
    );
    if (Object.keys(problems).length) throw invalid(problems);
    const number = existing.submissions + 1;
    await repo.insertSubmission(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      reportId: existing.id,
      number,
      idempotencyKey: input.idempotencyKey,
      answers: existing.answers,
      narrative: existing.narrative,
      submittedAt: at,
      submittedBy: actor.id,
    });
    const after = await repo.updateReport(tx, actor.tenantId, existing.id, {
      status: nextStatus(existing.status, 'submit', view.subject),
      submissions: number,
      submittedAt: at,
      submittedBy: actor.id,
      returnReasons: null,
      updatedAt: at,
      updatedBy: actor.id,
    });
    await audit(tx, deps, actor, 'submit', existing, after);
  });
  return loadReport(deps, actor, periodId, unitId, view.period);
}

/**
 * An officer tells the unit's heads the report is ready to send (issue 16): checked complete
 * like a submission, one notification per head and version, audited. Returns how many heads
 * were told (0 when they were told of this version already).
 */
export async function notifyReportReadyToHead(
  deps: Deps,
  actor: Actor,
  periodId: string,
  unitId: string,
): Promise<{ notified: number }> {
  const view = await loadReport(deps, actor, periodId, unitId);
  authorizeReport(actor, view.subject, 'notifyReady');
  if (!view.row) throw conflict();
  const criteria = applicableCriteria(view.criteria.content, view.unit.kind);
  return deps.db.transaction(async (tx) => {
    const existing = (await repo.findReport(tx, actor.tenantId, periodId, unitId, true))!;
    const evidence = await repo.evidenceOf(tx, actor.tenantId, [existing.id]);
    const problems = checkComplete(
      criteria,
      existing.answers,
      existing.narrative,
      new Set(evidence.flatMap((e) => (e.criterionCode ? [e.criterionCode] : []))),
    );
    if (Object.keys(problems).length) throw invalid(problems);
    const notified = await notifyReportReady(tx, deps, {
      tenantId: actor.tenantId,
      periodId,
      unitId,
      by: { id: actor.id, name: actor.fullName },
      version: existing.version,
    });
    await audit(tx, deps, actor, 'notify_ready', existing, existing);
    return { notified };
  });
}

export interface ReviewInput {
  version: number;
  /** Field key → reason (return). */
  reasons?: Record<string, string> | undefined;
  /** The reviewer's note (return, accept) or the reason to reopen. */
  note?: string | undefined;
}

/** The unit's writers hear of a return (a reopening is one) and of an acceptance. */
function notifyUnit(
  tx: Executor,
  deps: Deps,
  actor: Actor,
  action: ReviewAction,
  view: ReportView,
  note: string | null,
) {
  const input = {
    tenantId: actor.tenantId,
    periodId: view.period.id,
    unitId: view.unit.id,
    by: { id: actor.id, name: actor.fullName },
    note,
  };
  return action === 'accept'
    ? notifyReportAccepted(tx, deps, input)
    : notifyReportReturned(tx, deps, input);
}

function reasonProblems(view: ReportView, reasons: Record<string, string>) {
  const keys = formFieldKeys(view.criteria.content, view.unit.kind);
  const out: Record<string, FieldProblem> = {};
  const given = Object.entries(reasons).filter(([, text]) => text.trim());
  if (!given.length) out.reasons = { key: 'report_reasons_required' };
  for (const [field] of given)
    if (!keys.has(field))
      out[`reasons.${field}`] = { key: 'report_reason_unknown_field', params: { field } };
  return out;
}

/** Return (with a reason per field), accept, or reopen (office, with a reason); each writes a review. */
export async function reviewReport(
  deps: Deps,
  actor: Actor,
  periodId: string,
  unitId: string,
  action: ReviewAction,
  input: ReviewInput,
): Promise<ReportView> {
  const view = await loadReport(deps, actor, periodId, unitId);
  authorizeReport(actor, view.subject, action);
  if (input.version !== view.row!.version) throw conflict();
  const reasons =
    action === 'return'
      ? Object.fromEntries(Object.entries(input.reasons ?? {}).map(([k, v]) => [k, v.trim()]))
      : null;
  if (reasons) {
    const problems = reasonProblems(view, reasons);
    if (Object.keys(problems).length) throw invalid(problems);
  }
  const at = deps.clock();
  const note = input.note?.trim() || null;
  await deps.db.transaction(async (tx) => {
    const existing = (await repo.findReport(tx, actor.tenantId, periodId, unitId, true))!;
    if (existing.version !== input.version) throw conflict();
    const changes =
      action === 'accept'
        ? { acceptedAt: at, acceptedBy: actor.id, returnReasons: null }
        : action === 'return'
          ? { returnReasons: reasons }
          : { acceptedAt: null, acceptedBy: null, returnReasons: null };
    const after = await repo.updateReport(tx, actor.tenantId, existing.id, {
      ...changes,
      status: nextStatus(existing.status, action, view.subject),
      updatedAt: at,
      updatedBy: actor.id,
    });
    await repo.insertReview(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      reportId: existing.id,
      action,
      reasons,
      note,
      at,
      by: actor.id,
    });
    await audit(tx, deps, actor, action, existing, after);
    // issue 10: the report's score follows its acceptance (ranks are computed on read)
    await rescoreReport(tx, actor.tenantId, existing.id, at);
    await notifyUnit(tx, deps, actor, action, view, note);
  });
  return loadReport(deps, actor, periodId, unitId, view.period);
}
