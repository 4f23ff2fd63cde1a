import { byName } from '../../shared/collation.ts';
import { invalid } from '../../shared/errors.ts';
import type { CreateHouseholdBody } from '../../shared/contracts/people.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { historyPolicy } from '../policies/commendations.ts';
import * as repo from '../repositories/commendations.ts';
import { unitNamesOn } from '../repositories/unit-names.ts';
import { auditActor, recordAudit } from './audit.ts';
import { officeOf } from './commendations.ts';
import { listScope, type Scoped } from './commendations-history.ts';

/** Households of the units the actor covers (everyone's for the office and province readers). */
export async function listHouseholds(
  deps: Deps,
  actor: Actor,
  unitId?: string,
): Promise<Scoped<repo.HouseholdRow>[]> {
  const office = await officeOf(deps, actor);
  const scope = listScope(deps, actor, office);
  const rows = await repo.listHouseholds(deps.db, actor.tenantId, scope, unitId);
  return rows.map((r) => ({ ...r, ...office })).sort(byName((h) => h.headName));
}

export async function createHousehold(
  deps: Deps,
  actor: Actor,
  input: CreateHouseholdBody,
): Promise<Scoped<repo.HouseholdRow>> {
  const names = await unitNamesOn(deps.db, actor.tenantId, [input.unitId], deps.today());
  if (!names.has(input.unitId)) throw invalid({ unitId: { key: 'unit_not_found' } });
  const office = await officeOf(deps, actor);
  authorize(historyPolicy, actor, 'record', { ...office, unitId: input.unitId });
  const row = await deps.db.transaction(async (tx) => {
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
  return { ...row, ...office };
}
