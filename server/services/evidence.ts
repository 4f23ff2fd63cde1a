import fs from 'node:fs';
import { AppError, invalid, notFound, type FieldProblem } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import { emptyNarrative } from '../domain/reports/answers.ts';
import { applicableCriteria } from '../domain/reports/form.ts';
import { checkEvidenceFile } from '../files/sniff.ts';
import { filePath, openFile, storeFile } from '../files/store.ts';
import type { Actor } from '../policies/actor.ts';
import { authorizeReport } from '../policies/reports.ts';
import * as repo from '../repositories/reports.ts';
import { auditActor, recordAudit } from './audit.ts';
import { insertDraft } from './reports.ts';
import { loadReport, nextStatus } from './reports-context.ts';

export interface EvidenceUpload {
  data: Buffer;
  fileName: string;
  /** The criterion the file supports; empty for the report as a whole. */
  criterionCode?: string | undefined;
}

/** The file's own name without any path a browser may send, at most 200 characters. */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (base.length > 200 ? base.slice(-200) : base) || 'tep-minh-chung';
}

function uploadProblems(
  input: EvidenceUpload,
  criteria: ReadonlyMap<string, unknown>,
): { problems: Record<string, FieldProblem>; mediaType: string } {
  const problems: Record<string, FieldProblem> = {};
  if (input.criterionCode && !criteria.has(input.criterionCode))
    problems.criterionCode = {
      key: 'evidence_criterion_unknown',
      params: { code: input.criterionCode },
    };
  const sniffed = checkEvidenceFile(input.data, input.fileName);
  if (!sniffed.ok && sniffed.problem === 'archive_too_large')
    throw new AppError(413, 'archive_too_large', { file: { key: 'archive_too_large' } });
  if (!sniffed.ok)
    problems.file =
      sniffed.problem === 'not_allowed'
        ? { key: 'evidence_type_not_allowed' }
        : {
            key: 'evidence_name_mismatch',
            params: { actual: sniffed.actual, extension: sniffed.extension },
          };
  return { problems, mediaType: sniffed.ok ? sniffed.mediaType : '' };
}

/**
 * Attaches a file to a unit's editable report (creating its draft if need be). The bytes are
 * stored before the transaction, content-addressed, so a row never points at a missing file;
 * the row and its audit entry are written together.
 */
export async function uploadEvidence(
  deps: Deps,
  actor: Actor,
  periodId: string,
  unitId: string,
  input: EvidenceUpload,
) {
  const view = await loadReport(deps, actor, periodId, unitId);
  authorizeReport(actor, view.subject, 'upload');
  const fileName = cleanFileName(input.fileName);
  const criteria = applicableCriteria(view.criteria.content, view.unit.kind);
  const { problems, mediaType } = uploadProblems({ ...input, fileName }, criteria);
  if (Object.keys(problems).length) throw invalid(problems);
  const stored = await storeFile(deps.config.dataDir, actor.tenantId, input.data);
  const at = deps.clock();
  const row = await deps.db.transaction(async (tx) => {
    const report =
      (await repo.findReport(tx, actor.tenantId, periodId, unitId, true)) ??
      (await insertDraft(
        tx,
        deps,
        actor,
        view,
        { answers: {}, narrative: emptyNarrative() },
        at,
      )) ??
      (await repo.findReport(tx, actor.tenantId, periodId, unitId, true))!;
    // Attaching a file edits the report: it must still be in a status a save keeps.
    nextStatus(report.status, 'save', view.subject);
    const file = await repo.insertEvidence(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      reportId: report.id,
      criterionCode: input.criterionCode || null,
      fileName,
      mediaType,
      size: stored.size,
      sha256: stored.sha256,
      uploadedAt: at,
      uploadedBy: actor.id,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'report.evidence_add',
      entityType: 'evidence_file',
      entityId: file.id,
      after: file,
    });
    return file;
  });
  return { ...row, uploadedByName: actor.fullName };
}

/** The file and the report it belongs to; NotFound unless the actor may read that report. */
async function loadEvidence(deps: Deps, actor: Actor, id: string) {
  const file = await repo.findEvidence(deps.db, actor.tenantId, id);
  const report = file && (await repo.findReportById(deps.db, actor.tenantId, file.reportId));
  if (!file || !report) throw notFound();
  const view = await loadReport(deps, actor, report.periodId, report.unitId);
  return { file, view };
}

/** A stream of the file for someone who may read its report. */
export async function readEvidence(deps: Deps, actor: Actor, id: string) {
  const { file } = await loadEvidence(deps, actor, id);
  if (!fs.existsSync(filePath(deps.config.dataDir, actor.tenantId, file.sha256))) throw notFound();
  return { file, stream: openFile(deps.config.dataDir, actor.tenantId, file.sha256) };
}

/** Detaches a file while its report is editable; the bytes stay for the audit trail. */
export async function deleteEvidence(deps: Deps, actor: Actor, id: string): Promise<void> {
  const { file, view } = await loadEvidence(deps, actor, id);
  authorizeReport(actor, view.subject, 'upload');
  const at = deps.clock();
  await deps.db.transaction(async (tx) => {
    const report = (await repo.findReport(tx, actor.tenantId, view.period.id, view.unit.id, true))!;
    nextStatus(report.status, 'save', view.subject);
    const after = await repo.markEvidenceDeleted(tx, actor.tenantId, file.id, at, actor.id);
    if (!after) throw notFound();
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'report.evidence_delete',
      entityType: 'evidence_file',
      entityId: file.id,
      before: file,
      after,
    });
  });
}
