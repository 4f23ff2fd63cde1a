import { compareUnits } from '../../shared/collation.ts';
import { conflict, invalid, notFound } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import type { Commitments } from '../../shared/contracts/registrations.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import {
  periodPolicy,
  registrationPolicy,
  type RegistrationSubject,
} from '../policies/registrations.ts';
import * as repo from '../repositories/registrations.ts';
import { rootOf } from '../repositories/unit-names.ts';
import { auditActor, recordAudit } from './audit.ts';
import { loadPeriod } from './registration-periods.ts';
import {
  choicesFor,
  publishedVersions,
  registrationProblems,
  type JudgingChoice,
} from './registrations-judging.ts';

/** A registration with its unit's name and the subject its abilities are computed from. */
export interface RegistrationView {
  row: repo.RegistrationRow | undefined;
  unit: repo.UnitInfo;
  periodId: string;
  subject: RegistrationSubject;
  /** The published versions that may judge this unit this year, the default first (ADR 0016). */
  choices: JudgingChoice[];
}

/**
 * The registrations the actor may read in a period (scoped in SQL), plus the units where
 * the actor works (head or officer) that are expected to register, registered or not.
 */
export async function listRegistrations(deps: Deps, actor: Actor, periodId: string) {
  const period = await loadPeriod(deps, actor, periodId);
  const rootUnitId = await rootOf(deps.db, actor.tenantId);
  const office = periodPolicy.overview(actor, { rootUnitId });
  const rows = await repo.listRegistrations(
    deps.db,
    actor.tenantId,
    periodId,
    office ? null : { userId: actor.id, today: deps.today() },
  );
  const jan1 = `${period.year}-01-01`;
  const published = await publishedVersions(deps, actor.tenantId, period);
  const choices = (kind: string) => choicesFor(published, kind, period.year);
  const units = new Map(
    (await repo.participatingUnits(deps.db, actor.tenantId, jan1)).map((u) => [u.id, u]),
  );
  const views: RegistrationView[] = [];
  for (const row of rows) {
    const unit =
      units.get(row.unitId) ?? (await repo.findUnit(deps.db, actor.tenantId, row.unitId, jan1));
    if (!unit) continue;
    views.push({
      row,
      unit,
      periodId,
      subject: subjectOf(rootUnitId, row.unitId, row),
      choices: choices(unit.kind),
    });
  }
  const own = new Set(
    actor.grants
      .filter((g) => g.role === 'unit_head' || g.role === 'unit_officer')
      .map((g) => g.unitId),
  );
  const mine = [...own]
    .filter((id) => units.has(id))
    .map((id) => {
      const row = rows.find((r) => r.unitId === id);
      const unit = units.get(id)!;
      const subject = subjectOf(rootUnitId, id, row);
      return { row, unit, periodId, subject, choices: choices(unit.kind) };
    });
  const byUnit = (a: { unit: repo.UnitInfo }, b: { unit: repo.UnitInfo }) =>
    compareUnits(a.unit, b.unit);
  return { period, registrations: views.sort(byUnit), mine: mine.sort(byUnit) };
}

function subjectOf(
  rootUnitId: string,
  unitId: string,
  row: repo.RegistrationRow | undefined,
): RegistrationSubject {
  return { rootUnitId, unitId, status: (row?.status as 'draft' | 'submitted' | undefined) ?? null };
}

export interface DraftInput {
  criteriaSetId: string;
  criteriaVersion: number;
  commitments: Commitments;
  /** The version read; required once the registration exists. */
  version?: number | undefined;
}

async function loadForWrite(deps: Deps, actor: Actor, periodId: string, unitId: string) {
  const period = await loadPeriod(deps, actor, periodId);
  const unit = await repo.findUnit(deps.db, actor.tenantId, unitId, `${period.year}-01-01`);
  if (!unit) throw notFound();
  const rootUnitId = await rootOf(deps.db, actor.tenantId);
  const choices = async () =>
    choicesFor(await publishedVersions(deps, actor.tenantId, period), unit.kind, period.year);
  return { period, unit, rootUnitId, choices };
}

/** Saves a unit's draft registration; a stale `version` answers 409. */
export async function saveDraft(
  deps: Deps,
  actor: Actor,
  periodId: string,
  unitId: string,
  input: DraftInput,
): Promise<RegistrationView> {
  const { period, unit, rootUnitId, choices } = await loadForWrite(deps, actor, periodId, unitId);
  const current = await repo.findRegistration(deps.db, actor.tenantId, periodId, unitId);
  authorize(registrationPolicy, actor, 'save', subjectOf(rootUnitId, unitId, current));
  if (deps.today() < period.opensOn)
    throw invalid({
      periodId: { key: 'registration_period_not_open', params: { opensOn: period.opensOn } },
    });
  const problems = await registrationProblems(
    deps,
    actor.tenantId,
    input,
    unit.kind,
    period,
    false,
  );
  if (Object.keys(problems).length) throw invalid(problems);
  const at = deps.clock();
  const row = await deps.db.transaction(async (tx) => {
    const existing = await repo.findRegistration(tx, actor.tenantId, periodId, unitId, true);
    const changes = {
      criteriaSetId: input.criteriaSetId,
      criteriaVersion: input.criteriaVersion,
      commitments: input.commitments,
      updatedAt: at,
      updatedBy: actor.id,
    };
    let after;
    if (existing) {
      if (existing.status !== 'draft') throw invalid({ status: { key: 'registration_not_draft' } });
      if (input.version !== existing.version) throw conflict();
      after = await repo.updateRegistration(tx, actor.tenantId, existing.id, changes);
    } else {
      if (input.version !== undefined) throw conflict();
      after = await repo.insertRegistration(tx, {
        id: deps.newId(),
        tenantId: actor.tenantId,
        periodId,
        unitId,
        status: 'draft',
        ...changes,
      });
    }
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'registration.save',
      entityType: 'registration',
      entityId: after.id,
      before: existing,
      after,
    });
    return after;
  });
  return {
    row,
    unit,
    periodId,
    subject: subjectOf(rootUnitId, unitId, row),
    choices: await choices(),
  };
}

/**
 * The unit head submits the draft. The same Idempotency-Key again returns the submission
 * already made, without a second audit entry; a stale `version` answers 409.
 */
export async function submitRegistration(
  deps: Deps,
  actor: Actor,
  periodId: string,
  unitId: string,
  input: { version: number; idempotencyKey: string },
): Promise<RegistrationView> {
  const { period, unit, rootUnitId, choices } = await loadForWrite(deps, actor, periodId, unitId);
  const current = await repo.findRegistration(deps.db, actor.tenantId, periodId, unitId);
  const view = async (row: repo.RegistrationRow): Promise<RegistrationView> => ({
    row,
    unit,
    periodId,
    subject: subjectOf(rootUnitId, unitId, row),
    choices: await choices(),
  });
  if (current?.status === 'submitted' && current.idempotencyKey === input.idempotencyKey) {
    authorize(registrationPolicy, actor, 'read', subjectOf(rootUnitId, unitId, current));
    return view(current);
  }
  if (!current) {
    authorize(registrationPolicy, actor, 'read', subjectOf(rootUnitId, unitId, current));
    throw notFound();
  }
  authorize(registrationPolicy, actor, 'submit', subjectOf(rootUnitId, unitId, current));
  const problems = await registrationProblems(
    deps,
    actor.tenantId,
    { ...current, commitments: current.commitments as Commitments },
    unit.kind,
    period,
    true,
  );
  if (Object.keys(problems).length) throw invalid(problems);
  const at = deps.clock();
  const row = await deps.db.transaction(async (tx) => {
    const existing = await repo.findRegistration(tx, actor.tenantId, periodId, unitId, true);
    if (existing?.status === 'submitted' && existing.idempotencyKey === input.idempotencyKey)
      return existing;
    if (!existing || existing.status !== 'draft' || existing.version !== input.version)
      throw conflict();
    const after = await repo.updateRegistration(tx, actor.tenantId, existing.id, {
      status: 'submitted',
      submittedAt: at,
      submittedBy: actor.id,
      idempotencyKey: input.idempotencyKey,
      updatedAt: at,
      updatedBy: actor.id,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'registration.submit',
      entityType: 'registration',
      entityId: after.id,
      before: existing,
      after,
    });
    return after;
  });
  return view(row);
}
