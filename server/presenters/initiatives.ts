import type { Initiative } from '../../shared/contracts/initiatives.ts';
import { allowedActions } from '../domain/initiatives/workflow.ts';
import type { Actor } from '../policies/actor.ts';
import { initiativePolicy } from '../policies/commendations.ts';
import type { InitiativeRow } from '../repositories/commendations.ts';
import type { Scoped } from '../services/commendations-history.ts';

/** An initiative with the actions the workflow allows from its status and the actor may take. */
export function presentInitiative(actor: Actor, i: Scoped<InitiativeRow>): Initiative {
  const allowed = allowedActions(i.status);
  const may = (k: 'review' | 'reject' | 'recognise') =>
    allowed.includes(k) && initiativePolicy[k === 'recognise' ? 'recognise' : 'review'](actor, i);
  return {
    id: i.id,
    title: i.title,
    authorIds: i.authorIds,
    unitId: i.unitId,
    description: i.description,
    effect: i.effect,
    status: i.status,
    level: i.level,
    recognisedOn: i.recognisedOn,
    decisionNumber: i.decisionNumber,
    scope: i.scope,
    version: i.version,
    abilities: { review: may('review'), reject: may('reject'), recognise: may('recognise') },
  };
}
