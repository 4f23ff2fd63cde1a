import { conflict, forbidden, invalid, notFound } from '../../shared/errors.ts';
import { wasteCategoryNames } from '../../shared/waste.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { thriftPolicy, type ThriftSubject } from '../policies/thrift.ts';
import { findPerson, insertRecord } from '../repositories/commendations.ts';
import * as repo from '../repositories/thrift.ts';
import { rootOf, unitNamesOn } from '../repositories/unit-names.ts';
import { auditActor, recordAudit } from './audit.ts';
import {
  registerReportSuggestions,
  suggestionsFor,
  type ReportSuggestion,
} from './report-suggestions.ts';

const subject = async (
  deps: Deps,
  actor: Actor,
  unitId: string,
  issued = false,
): Promise<ThriftSubject> => ({
  rootUnitId: await rootOf(deps.db, actor.tenantId),
  unitId,
  issued,
});

/** The unit must be one of the actor's tenant (a foreign id is a field error, never a write). */
async function requireUnit(deps: Deps, tenantId: string, unitId: string) {
  const names = await unitNamesOn(deps.db, tenantId, [unitId], deps.today());
  if (!names.has(unitId)) throw invalid({ unitId: { key: 'not_found' } });
}

export async function namesOf(deps: Deps, tenantId: string, unitIds: string[]) {
  return unitNamesOn(deps.db, tenantId, [...new Set(unitIds)], deps.today());
}

// ---- programmes ------------------------------------------------------------------------

export interface ProgrammeInput {
  unitId: string;
  kind: 'yearly' | 'long_term';
  startYear: number;
  endYear: number;
  parentId?: string | undefined;
  title: string;
  targets: { category: string; text: string; amount?: number | undefined }[];
}

export async function createProgramme(deps: Deps, actor: Actor, input: ProgrammeInput) {
  const s = await subject(deps, actor, input.unitId);
  if (!thriftPolicy.edit(actor, s)) throw forbidden();
  if (
    input.endYear < input.startYear ||
    (input.kind === 'yearly' && input.endYear !== input.startYear)
  )
    throw invalid({
      endYear: { key: 'date_not_after', params: { date: String(input.startYear) } },
    });
  if (input.parentId) {
    const parent = await repo.findProgramme(deps.db, actor.tenantId, input.parentId);
    if (!parent) throw invalid({ parentId: { key: 'not_found' } });
  }
  await requireUnit(deps, actor.tenantId, input.unitId);
  const at = deps.clock();
  return deps.db.transaction(async (tx) => {
    const row = await repo.insertProgramme(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      unitId: input.unitId,
      kind: input.kind,
      startYear: input.startYear,
      endYear: input.endYear,
      parentId: input.parentId ?? null,
      title: input.title,
      targets: input.targets,
      status: 'draft',
      createdBy: actor.id,
      updatedAt: at,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'thrift_programme.create',
      entityType: 'thrift_programme',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

async function loadProgramme(deps: Deps, actor: Actor, id: string) {
  const row = await repo.findProgramme(deps.db, actor.tenantId, id);
  if (!row) throw notFound();
  const s = await subject(deps, actor, row.unitId, row.status === 'issued');
  authorize(thriftPolicy, actor, 'read', s);
  return { row, s };
}

export async function updateProgramme(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { title: string; targets: ProgrammeInput['targets']; version: number },
) {
  const { row, s } = await loadProgramme(deps, actor, id);
  authorize(thriftPolicy, actor, 'edit', s);
  const at = deps.clock();
  return deps.db.transaction(async (tx) => {
    const after = await repo.updateProgramme(tx, actor.tenantId, id, input.version, {
      title: input.title,
      targets: input.targets,
      updatedAt: at,
    });
    if (!after) throw conflict();
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'thrift_programme.update',
      entityType: 'thrift_programme',
      entityId: id,
      before: row,
      after,
    });
    return after;
  });
}

/** Issues a draft with its decision; from then on it is read-only. */
export async function issueProgramme(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { decisionNumber: string; decisionDate: string; version: number },
) {
  const { row, s } = await loadProgramme(deps, actor, id);
  authorize(thriftPolicy, actor, 'issue', s);
  if (input.decisionDate > deps.today()) throw invalid({ decisionDate: { key: 'date_in_future' } });
  const at = deps.clock();
  return deps.db.transaction(async (tx) => {
    const after = await repo.updateProgramme(tx, actor.tenantId, id, input.version, {
      status: 'issued',
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      updatedAt: at,
    });
    if (!after) throw conflict();
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'thrift_programme.issue',
      entityType: 'thrift_programme',
      entityId: id,
      before: { status: row.status },
      after: {
        status: 'issued',
        decisionNumber: input.decisionNumber,
        decisionDate: input.decisionDate,
      },
    });
    return after;
  });
}

export async function listProgrammes(
  deps: Deps,
  actor: Actor,
  filter: { unitId?: string | undefined; year?: number | undefined },
) {
  const root = await rootOf(deps.db, actor.tenantId);
  const rows = await repo.listProgrammes(deps.db, actor.tenantId, filter);
  return {
    root,
    rows: rows.filter((r) => thriftPolicy.read(actor, { rootUnitId: root, unitId: r.unitId })),
  };
}

// ---- savings ---------------------------------------------------------------------------

export interface SavingInput {
  unitId: string;
  year: number;
  category: string;
  amount: number;
  evidence: string;
  note?: string | undefined;
  version?: number | undefined;
}

/** Enters (or corrects, with the version read) a unit's saving for a category and year. */
export async function enterSaving(deps: Deps, actor: Actor, input: SavingInput) {
  const s = await subject(deps, actor, input.unitId);
  if (!thriftPolicy.enterSaving(actor, s)) throw forbidden();
  await requireUnit(deps, actor.tenantId, input.unitId);
  const at = deps.clock();
  return deps.db.transaction(async (tx) => {
    const existing = await repo.findSaving(
      tx,
      actor.tenantId,
      input.unitId,
      input.year,
      input.category,
    );
    const changes = {
      amount: String(input.amount),
      evidence: input.evidence,
      note: input.note ?? null,
      enteredBy: actor.id,
      enteredAt: at,
    };
    let after;
    if (existing) {
      if (input.version === undefined) throw conflict();
      after = await repo.updateSaving(tx, actor.tenantId, existing.id, input.version, changes);
      if (!after) throw conflict();
    } else {
      if (input.version !== undefined) throw conflict();
      after = await repo.insertSaving(tx, {
        id: deps.newId(),
        tenantId: actor.tenantId,
        unitId: input.unitId,
        year: input.year,
        category: input.category,
        ...changes,
      });
    }
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: existing ? 'thrift_saving.update' : 'thrift_saving.create',
      entityType: 'thrift_saving',
      entityId: after.id,
      before: existing ?? null,
      after,
    });
    return after;
  });
}

export async function listSavings(
  deps: Deps,
  actor: Actor,
  filter: { unitId?: string | undefined; year?: number | undefined },
) {
  const root = await rootOf(deps.db, actor.tenantId);
  const rows = await repo.listSavings(deps.db, actor.tenantId, filter);
  return rows.filter((r) => thriftPolicy.read(actor, { rootUnitId: root, unitId: r.unitId }));
}

// ---- violations ------------------------------------------------------------------------

export interface ViolationInput {
  unitId: string;
  foundOn: string;
  category: string;
  inspectingBody: string;
  finding: string;
  amount: number;
  decisionNumber?: string | undefined;
  decisionDate?: string | undefined;
}

export async function recordViolation(deps: Deps, actor: Actor, input: ViolationInput) {
  const s = await subject(deps, actor, input.unitId);
  if (!thriftPolicy.recordViolation(actor, s)) throw forbidden();
  await requireUnit(deps, actor.tenantId, input.unitId);
  if (input.foundOn > deps.today()) throw invalid({ foundOn: { key: 'date_in_future' } });
  const at = deps.clock();
  return deps.db.transaction(async (tx) => {
    const row = await repo.insertViolation(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      ...input,
      amount: String(input.amount),
      decisionNumber: input.decisionNumber ?? null,
      decisionDate: input.decisionDate ?? null,
      disciplined: [],
      status: 'open',
      createdBy: actor.id,
      updatedAt: at,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'thrift_violation.create',
      entityType: 'thrift_violation',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

export interface HandleInput {
  measures: string;
  amountRecovered: number;
  decisionNumber: string;
  decisionDate: string;
  disciplined: { personId: string; severity: string; decidedOn: string; endsOn: string }[];
  publicSummary: string;
  version: number;
}

/**
 * Records how a violation was handled and publishes what the decision makes public. Each
 * person disciplined gets a discipline record (commendation_records), which eligibility reads.
 */
export async function handleViolation(deps: Deps, actor: Actor, id: string, input: HandleInput) {
  const row = await repo.findViolation(deps.db, actor.tenantId, id);
  if (!row) throw notFound();
  const s = await subject(deps, actor, row.unitId);
  authorize(thriftPolicy, actor, 'recordViolation', s);
  for (const [i, d] of input.disciplined.entries()) {
    if (!(await findPerson(deps.db, actor.tenantId, d.personId)))
      throw invalid({ [`disciplined.${i}.personId`]: { key: 'not_found' } });
    if (d.endsOn < d.decidedOn)
      throw invalid({
        [`disciplined.${i}.endsOn`]: { key: 'date_not_after', params: { date: d.decidedOn } },
      });
  }
  const at = deps.clock();
  return deps.db.transaction(async (tx) => {
    const disciplined = [];
    for (const d of input.disciplined) {
      const record = await insertRecord(tx, {
        id: deps.newId(),
        tenantId: actor.tenantId,
        subjectKind: 'individual',
        subjectId: d.personId,
        type: 'discipline',
        year: null,
        data: {
          severity: d.severity,
          decidedOn: d.decidedOn,
          endsOn: d.endsOn,
          ref: input.decisionNumber,
        },
        createdBy: actor.id,
      });
      disciplined.push({ ...d, recordId: record.id });
      await recordAudit(tx, {
        tenantId: actor.tenantId,
        actor: auditActor(actor),
        at,
        action: 'commendation_record.discipline.create',
        entityType: 'commendation_record',
        entityId: record.id,
        after: { ...record, from: `thrift_violation:${id}` },
      });
    }
    const after = await repo.updateViolation(tx, actor.tenantId, id, input.version, {
      measures: input.measures,
      amountRecovered: String(input.amountRecovered),
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      disciplined,
      status: 'handled',
      publicSummary: input.publicSummary,
      publishedAt: at,
      updatedAt: at,
    });
    if (!after) throw conflict();
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'thrift_violation.handle',
      entityType: 'thrift_violation',
      entityId: id,
      before: row,
      after,
    });
    return after;
  });
}

export async function listViolations(deps: Deps, actor: Actor) {
  const root = await rootOf(deps.db, actor.tenantId);
  const rows = await repo.listViolations(deps.db, actor.tenantId);
  return rows.filter((r) => thriftPolicy.read(actor, { rootUnitId: root, unitId: r.unitId }));
}

// ---- public and suggestions ------------------------------------------------------------

export async function publicThrift(deps: Deps, tenantId: string) {
  const [savings, handled] = await Promise.all([
    repo.savingTotals(deps.db, tenantId),
    repo.listViolations(deps.db, tenantId, true),
  ]);
  const names = await namesOf(
    deps,
    tenantId,
    handled.map((v) => v.unitId),
  );
  return { savings, handled, names };
}

/** Which criteria of the unit report each category's savings speak to (plan II.2.2, A-THR-*). */
export const criteriaByCategory: Record<string, string[]> = {
  state_budget: ['A-THR-3', 'A-THR-4'],
  procurement: ['A-THR-6'],
  public_assets: ['A-THR-6'],
  public_investment: ['A-THR-6'],
  natural_resources: ['A-THR-8'],
  labour_time: ['A-THR-9'],
  state_capital: [],
};

const vnd = (n: number) => `${new Intl.NumberFormat('vi-VN').format(n)} đ`;

/** Thrift's suggestions: an issued programme for A-THR-1; savings for the matching criteria. */
export async function thriftSuggestions(
  deps: Deps,
  tenantId: string,
  unitId: string,
  year: number,
): Promise<ReportSuggestion[]> {
  const [programmes, savings] = await Promise.all([
    repo.listProgrammes(deps.db, tenantId, { unitId, year }),
    repo.listSavings(deps.db, tenantId, { unitId, year }),
  ]);
  const out: ReportSuggestion[] = [];
  const issued = programmes.find((p) => p.status === 'issued');
  if (issued)
    out.push({
      criterionCode: 'A-THR-1',
      value: true,
      source: `Chương trình THTK-CLP "${issued.title}", ${issued.decisionNumber} ngày ${issued.decisionDate}`,
      module: 'thrift',
    });
  const byCriterion = new Map<string, string[]>();
  for (const s of savings)
    for (const code of criteriaByCategory[s.category] ?? [])
      byCriterion.set(code, [
        ...(byCriterion.get(code) ?? []),
        `${wasteCategoryNames[s.category as 'state_budget'].vi}: ${vnd(Number(s.amount))} (${s.evidence})`,
      ]);
  for (const [code, parts] of byCriterion)
    out.push({
      criterionCode: code,
      value: true,
      source: `Tiết kiệm năm ${year}: ${parts.join('; ')}`,
      module: 'thrift',
    });
  return out;
}

registerReportSuggestions('thrift', thriftSuggestions);

/** The suggestions of every registered module for a unit's report the actor may read. */
export async function suggestionsForUnit(deps: Deps, actor: Actor, unitId: string, year: number) {
  const s = await subject(deps, actor, unitId);
  authorize(thriftPolicy, actor, 'read', s);
  return suggestionsFor(deps, actor.tenantId, unitId, year);
}
