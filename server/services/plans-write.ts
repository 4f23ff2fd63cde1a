import { AppError, conflict, invalid } from '../../shared/errors.ts';
import type { PlanContent } from '../../shared/contracts/plan-content.ts';
import type { IssuePlanInput, NewPlanVersionInput } from '../../shared/contracts/plans.ts';
import type { Executor } from '../db/client.ts';
import type { Deps } from '../deps.ts';
import {
  checkIssuable,
  inEffectOrder,
  newVersionFrom,
  normalise,
  phaseStarter,
  saveDraft,
  transition,
  validatePlanContent,
  valuesInForce,
  versionInForceOn,
  type PlanVersionState,
} from '../domain/plans/index.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { planPolicy } from '../policies/plans.ts';
import * as repo from '../repositories/plans.ts';
import { auditActor, recordAudit } from './audit.ts';
import { effectiveOf, loadPlan, loadPlanVersion, type PlanVersionView } from './plans.ts';

const stateOf = (v: repo.PlanVersionRow): PlanVersionState => ({
  number: v.number,
  status: v.status as PlanVersionState['status'],
  basedOn: v.basedOn,
  content: v.content as PlanContent,
  decision: null,
  issuedAt: v.issuedAt,
  supersededAt: v.supersededAt,
});

/** 409 for a write on an issued version, offering a new version from it. */
const issuedConflict = (number: number) =>
  new AppError(409, 'plan_version_issued', undefined, { number });

/**
 * Saves a draft's whole content. Permission first (403), then the version's state (409 on an
 * issued one, with "new version from this one"), then the content (400 with field paths); a
 * stale revision is a 409.
 */
export async function savePlanDraft(
  deps: Deps,
  actor: Actor,
  code: string,
  number: number,
  input: { revision: number; content: unknown },
): Promise<PlanVersionView> {
  await deps.db.transaction(async (tx) => {
    const view = await loadPlanVersion(tx, actor, code, number);
    authorize(planPolicy, actor, 'edit', view.subject);
    if (view.version.status !== 'draft') throw issuedConflict(number);
    const checked = validatePlanContent(input.content);
    if (!checked.ok) throw invalid(checked.fields);
    const next = saveDraft(stateOf(view.version), normalise(checked.content));
    if (!next.ok) throw issuedConflict(number);
    const at = deps.clock();
    const updated = await repo.updateVersion(
      tx,
      actor.tenantId,
      view.version.id,
      { status: 'draft', revision: input.revision },
      { content: next.value.content, updatedAt: at, updatedBy: actor.id },
    );
    if (!updated) throw conflict();
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'plan.save_draft',
      entityType: 'plan_version',
      entityId: view.version.id,
      before: {
        movement: code,
        number,
        revision: view.version.revision,
        content: view.version.content,
      },
      after: { movement: code, number, revision: updated.revision, content: updated.content },
    });
  });
  return loadPlanVersion(deps.db, actor, code, number);
}

/** The targets tables follow the issued versions: each year's value from the version governing it. */
async function syncTargets(
  tx: Executor,
  deps: Deps,
  actor: Actor,
  movementId: string,
  versions: repo.PlanVersionRow[],
) {
  const chain = inEffectOrder(versions.map(effectiveOf));
  const values = valuesInForce(chain);
  // Each target as the latest version to name it words it.
  const identities = new Map<string, PlanContent['targets'][number]>();
  for (const v of chain) for (const t of v.content.targets) identities.set(t.code, t);
  const latest = chain[chain.length - 1]?.content.targets.map((t) => t.code) ?? [];
  const ordered = [...latest, ...[...identities.keys()].filter((c) => !latest.includes(c))];
  const result = await repo.syncTargets(
    tx,
    actor.tenantId,
    movementId,
    ordered.map((code) => {
      const t = identities.get(code)!;
      return {
        code,
        area: t.area,
        nameVi: t.name.vi,
        nameEn: t.name.en || t.name.vi,
        measure: t.measure,
        direction: t.direction,
        sourceVi: t.source,
        clause: t.clause,
        baselineYear: t.baselineYear,
        baselineValue: t.baselineValue,
      };
    }),
    [...values].flatMap(([code, list]) =>
      list.map((v) => ({
        code,
        year: v.year,
        value: v.value!,
        comparator: v.comparator,
        noteVi: v.note?.vi ?? null,
        noteEn: v.note ? v.note.en || v.note.vi : null,
        setByVersion: v.setBy,
      })),
    ),
    deps.newId,
  );
  return { ...result, values: [...values.values()].reduce((n, l) => n + l.length, 0) };
}

/**
 * Issues a draft by a decision (number, date, signer) exactly as saved; the version in force
 * is superseded in the same transaction, and the targets take the new yearly values.
 */
export async function issuePlanVersion(
  deps: Deps,
  actor: Actor,
  code: string,
  number: number,
  input: IssuePlanInput,
): Promise<PlanVersionView> {
  await deps.db.transaction(async (tx) => {
    const view = await loadPlanVersion(tx, actor, code, number, true);
    authorize(planPolicy, actor, 'issue', view.subject);
    if (view.version.status !== 'draft') throw issuedConflict(number);
    if (view.version.revision !== input.revision) throw conflict();
    const open = checkIssuable(view.version.content as PlanContent);
    if (Object.keys(open).length) throw invalid(open);
    const at = deps.clock();
    const today = deps.today();
    const chain = view.versions.map(effectiveOf);
    const inForce = versionInForceOn(chain, today);
    const next = transition(stateOf(view.version), 'issue', {
      at,
      today,
      inForceFrom: inForce?.effectiveFrom ?? null,
      decision: {
        kind: 'decision',
        number: input.decisionNumber,
        date: input.decisionDate,
        signerName: input.signerName,
        signerTitle: input.signerTitle,
        unknown: [],
      },
    });
    if (!next.ok) {
      const e = next.error;
      if (e.code === 'plan_version_issued' || e.code === 'plan_version_not_issued')
        throw issuedConflict(number);
      throw invalid({
        decisionDate:
          e.code === 'plan_decision_before_in_force'
            ? { key: e.code, params: { date: e.date } }
            : { key: e.code },
      });
    }
    for (const old of view.versions.filter((v) => v.status === 'issued')) {
      const superseded = await repo.updateVersion(
        tx,
        actor.tenantId,
        old.id,
        { status: 'issued' },
        {
          status: 'superseded',
          supersededAt: at,
        },
      );
      if (!superseded) throw conflict();
      await recordAudit(tx, {
        tenantId: actor.tenantId,
        actor: auditActor(actor),
        at,
        action: 'plan.supersede',
        entityType: 'plan_version',
        entityId: old.id,
        before: { movement: code, number: old.number, status: 'issued' },
        after: { movement: code, number: old.number, status: 'superseded', by: number },
      });
    }
    const issued = await repo.updateVersion(
      tx,
      actor.tenantId,
      view.version.id,
      { status: 'draft', revision: input.revision },
      {
        status: 'issued',
        decisionKind: 'decision',
        decisionNumber: input.decisionNumber,
        decisionDate: input.decisionDate,
        signerName: input.signerName,
        signerTitle: input.signerTitle,
        unknownFields: [],
        issuedAt: at,
        issuedBy: actor.id,
        issuedByName: actor.fullName,
      },
    );
    if (!issued) throw conflict();
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'plan.issue',
      entityType: 'plan_version',
      entityId: issued.id,
      before: { movement: code, number, status: 'draft' },
      after: {
        movement: code,
        number,
        status: 'issued',
        decision: {
          number: input.decisionNumber,
          date: input.decisionDate,
          signer: input.signerName,
          title: input.signerTitle,
        },
        content: issued.content,
      },
    });
    const all = view.versions.map((v) => (v.id === issued.id ? issued : v));
    const synced = await syncTargets(tx, deps, actor, view.movement.id, all);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'plan.targets.sync',
      entityType: 'movement',
      entityId: view.movement.id,
      after: {
        movement: code,
        byVersion: number,
        addedTargets: synced.added,
        values: synced.values,
      },
    });
  });
  return loadPlanVersion(deps.db, actor, code, number);
}

/**
 * A new draft from an issued version; with `phase`, the phase's years opened for new target
 * values and the interim review's findings attached. One open draft per movement.
 */
export async function createPlanVersion(
  deps: Deps,
  actor: Actor,
  code: string,
  input: NewPlanVersionInput,
): Promise<PlanVersionView> {
  const number = await deps.db.transaction(async (tx) => {
    const plan = await loadPlan(tx, actor.tenantId, code, actor, true);
    const source = plan.versions.find((v) => v.number === input.from);
    const subject = plan.subjectAt((source?.status ?? 'issued') as 'issued');
    authorize(planPolicy, actor, 'newVersion', subject);
    if (!source) throw invalid({ from: { key: 'invalid_value' } });
    const draft = plan.versions.find((v) => v.status === 'draft');
    if (draft) throw new AppError(409, 'plan_draft_exists', undefined, { number: draft.number });
    const nextNumber = Math.max(0, ...plan.versions.map((v) => v.number)) + 1;
    const next = input.phase
      ? phaseStarter(
          stateOf(source),
          nextNumber,
          input.phase,
          (input.findings ?? []).map((f) => ({ vi: f.vi, en: f.en ?? '' })),
        )
      : newVersionFrom(stateOf(source), nextNumber);
    if (!next.ok) {
      if (next.error.code === 'plan_phase_unknown')
        throw invalid({ phase: { key: 'plan_phase_unknown', params: { phase: input.phase } } });
      throw new AppError(409, 'plan_version_not_issued');
    }
    const at = deps.clock();
    const row = await repo.insertVersion(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      movementId: plan.movement.id,
      number: nextNumber,
      status: 'draft',
      basedOn: source.number,
      content: next.value.content,
      createdAt: at,
      createdBy: actor.id,
      updatedAt: at,
      updatedBy: actor.id,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: input.phase ? 'plan.new_phase_version' : 'plan.new_version',
      entityType: 'plan_version',
      entityId: row.id,
      after: {
        movement: code,
        number: nextNumber,
        basedOn: source.number,
        phase: input.phase ?? null,
        findings: input.findings?.length ?? 0,
      },
    });
    return nextNumber;
  });
  return loadPlanVersion(deps.db, actor, code, number);
}
