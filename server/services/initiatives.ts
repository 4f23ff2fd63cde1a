import { AppError, conflict, invalid, notFound } from '../../shared/errors.ts';
import type { SubmitInitiativeBody } from '../../shared/contracts/initiatives.ts';
import type { Deps } from '../deps.ts';
import {
  transition,
  type InitiativeAction,
  type InitiativeState,
} from '../domain/initiatives/workflow.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { initiativePolicy, recognisableLevels } from '../policies/commendations.ts';
import * as repo from '../repositories/commendations.ts';
import { unitNamesOn } from '../repositories/unit-names.ts';
import { auditActor, recordAudit } from './audit.ts';
import { officeOf } from './commendations.ts';
import { listScope, type Scoped } from './commendations-history.ts';

/** Initiatives of the units the actor covers (everyone's for the office and province readers). */
export async function listInitiatives(
  deps: Deps,
  actor: Actor,
): Promise<Scoped<repo.InitiativeRow>[]> {
  const office = await officeOf(deps, actor);
  const rows = await repo.listInitiatives(deps.db, actor.tenantId, listScope(deps, actor, office));
  return rows.map((r) => ({ ...r, ...office }));
}

/** Submits an initiative for a unit; every author must be a person the actor may read. */
export async function submitInitiative(
  deps: Deps,
  actor: Actor,
  input: SubmitInitiativeBody,
): Promise<Scoped<repo.InitiativeRow>> {
  const names = await unitNamesOn(deps.db, actor.tenantId, [input.unitId], deps.today());
  if (!names.has(input.unitId)) throw invalid({ unitId: { key: 'unit_not_found' } });
  const office = await officeOf(deps, actor);
  authorize(initiativePolicy, actor, 'submit', { ...office, unitId: input.unitId });
  for (const authorId of input.authorIds) {
    const person = await repo.findPerson(deps.db, actor.tenantId, authorId);
    if (!person || !initiativePolicy.read(actor, { ...office, unitId: person.unitId }))
      throw invalid({ authorIds: { key: 'author_not_found' } });
  }
  const row = await deps.db.transaction(async (tx) => {
    const row = await repo.insertInitiative(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      title: input.title,
      authorIds: [...new Set(input.authorIds)],
      unitId: input.unitId,
      description: input.description,
      effect: input.effect,
      status: 'submitted',
      createdBy: actor.id,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'initiative.submit',
      entityType: 'initiative',
      entityId: row.id,
      after: row,
    });
    return row;
  });
  return { ...row, ...office };
}

const stateOf = (row: repo.InitiativeRow): InitiativeState => ({
  status: row.status,
  level: row.level,
  recognisedOn: row.recognisedOn,
  decisionNumber: row.decisionNumber,
  scope: row.scope,
});

/**
 * Moves an initiative through review, rejection or recognition: the office, or at base level
 * the head of the unit where it applies (province and national levels are the office's).
 */
export async function actOnInitiative(
  deps: Deps,
  actor: Actor,
  id: string,
  version: number,
  action: InitiativeAction,
): Promise<Scoped<repo.InitiativeRow>> {
  const row = await repo.findInitiative(deps.db, actor.tenantId, id);
  if (!row) throw notFound();
  const office = await officeOf(deps, actor);
  const subject = { ...office, unitId: row.unitId };
  authorize(initiativePolicy, actor, action.kind === 'recognise' ? 'recognise' : 'review', subject);
  if (action.kind === 'recognise' && !recognisableLevels(actor, subject).includes(action.level))
    throw invalid({ level: { key: 'initiative_level_office' } });
  if (row.version !== version) throw conflict();
  const next = transition(stateOf(row), action, deps.today());
  if (!next.ok)
    throw next.error === 'date_in_future'
      ? invalid({ date: { key: 'date_in_future' } })
      : new AppError(409, 'initiative_invalid_transition');
  const saved = await deps.db.transaction(async (tx) => {
    const updated = await repo.updateInitiative(tx, row, next.state);
    if (!updated) throw conflict();
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: `initiative.${action.kind}`,
      entityType: 'initiative',
      entityId: id,
      before: row,
      after: updated,
    });
    return updated;
  });
  return { ...saved, ...office };
}
