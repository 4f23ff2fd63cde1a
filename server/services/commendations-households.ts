import { byName } from '../../shared/collation.ts';
import { invalid } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { historyPolicy, readsEverything } from '../policies/commendations.ts';
import * as repo from '../repositories/commendations.ts';
import { unitNamesOn } from '../repositories/unit-names.ts';
import { recordAudit } from './audit.ts';
import { auditActor } from './commendations.ts';
import { today } from './commendations-history.ts';

/** Households of the units the actor covers (everyone's for the office and province readers). */
export async function listHouseholds(deps: Deps, actor: Actor, unitId?: string) {
  const scope: repo.ListScope = readsEverything(actor)
    ? { all: true }
    : { all: false, userId: actor.id, today: today(deps) };
  return (await repo.listHouseholds(deps.db, actor.tenantId, scope, unitId)).sort(
    byName((h) => h.headName),
  );
}

export async function createHousehold(
  deps: Deps,
  actor: Actor,
  input: { headName: string; address: string; unitId: string },
) {
  const names = await unitNamesOn(deps.db, actor.tenantId, [input.unitId], today(deps));
  if (!names.has(input.unitId)) throw invalid({ unitId: { key: 'unit_not_found' } });
  authorize(historyPolicy, actor, 'record', { unitId: input.unitId });
  return deps.db.transaction(async (tx) => {
    const row = await repo.insertHousehold(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      ...input,
      createdBy: actor.id,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'household.create',
      entityType: 'household',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}
