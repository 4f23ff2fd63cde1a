import { AppError, conflict, invalid, notFound } from '../../shared/errors.ts';
import type { RecognitionLevel } from '../../shared/commendations/catalogue.ts';
import type { Deps } from '../deps.ts';
import {
  transition,
  type InitiativeAction,
  type InitiativeState,
  type InitiativeStatus,
} from '../domain/initiatives/workflow.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import {
  initiativePolicy,
  readsEverything,
  recognisableLevels,
} from '../policies/commendations.ts';
import * as repo from '../repositories/commendations.ts';
import { unitNamesOn } from '../repositories/unit-names.ts';
import { recordAudit } from './audit.ts';
import { auditActor } from './commendations.ts';
import { today } from './commendations-history.ts';

export function listInitiatives(deps: Deps, actor: Actor) {
  const scope: repo.ListScope = readsEverything(actor)
    ? { all: true }
    : { all: false, userId: actor.id, today: today(deps) };
  return repo.listInitiatives(deps.db, actor.tenantId, scope);
}

/** Submits an initiative for a unit; every author must be a person the actor may read. */
export async function submitInitiative(
  deps: Deps,
  actor: Actor,
  input: {
    title: string;
    authorIds: string[];
    unitId: string;
    description: string;
    effect: string;
  },
) {
  const names = await unitNamesOn(deps.db, actor.tenantId, [input.unitId], today(deps));
  if (!names.has(input.unitId)) throw invalid({ unitId: { key: 'unit_not_found' } });
  authorize(initiativePolicy, actor, 'submit', { unitId: input.unitId });
  for (const authorId of input.authorIds) {
    const person = await repo.findPerson(deps.db, actor.tenantId, authorId);
    if (!person || !initiativePolicy.read(actor, { unitId: person.unitId }))
      throw invalid({ authorIds: { key: 'author_not_found' } });
  }
  return deps.db.transaction(async (tx) => {
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
}

const stateOf = (row: repo.InitiativeRow): InitiativeState => ({
  status: row.status as InitiativeStatus,
  level: (row.level as RecognitionLevel | null) ?? null,
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
) {
  const row = await repo.findInitiative(deps.db, actor.tenantId, id);
  if (!row) throw notFound();
  const subject = { unitId: row.unitId };
  authorize(initiativePolicy, actor, action.kind === 'recognise' ? 'recognise' : 'review', subject);
  if (action.kind === 'recognise' && !recognisableLevels(actor, subject).includes(action.level))
    throw invalid({ level: { key: 'initiative_level_office' } });
  if (row.version !== version) throw conflict();
  const next = transition(stateOf(row), action, today(deps));
  if (!next.ok)
    throw next.error === 'date_in_future'
      ? invalid({ date: { key: 'date_in_future' } })
      : new AppError(409, 'initiative_invalid_transition');
  return deps.db.transaction(async (tx) => {
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
}
