import { notFound } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import * as repo from '../repositories/movements.ts';
import { unitNamesOn } from '../repositories/unit-names.ts';

/** The plan is a public document: these reads need no sign-in, only the tenant of the host. */
export async function listPublicMovements(deps: Deps, tenantId: string) {
  const movements = await repo.listMovements(deps.db, tenantId);
  const ids = movements.map((m) => m.id);
  const [phases, sections, targets] = await Promise.all([
    repo.phasesOf(deps.db, tenantId, ids),
    repo.sectionsOf(deps.db, tenantId, ids, ['content_line']),
    repo.targetsOf(deps.db, tenantId, ids),
  ]);
  return { movements, phases, sections, targets };
}

/** A movement of the tenant by code; another tenant's code is not found. */
export async function getPublicMovement(deps: Deps, tenantId: string, code: string) {
  const movement = await repo.findMovementByCode(deps.db, tenantId, code);
  if (!movement) throw notFound();
  const ids = [movement.id];
  const today = deps.today();
  const [phases, sections, targets, categories, sectors] = await Promise.all([
    repo.phasesOf(deps.db, tenantId, ids),
    repo.sectionsOf(deps.db, tenantId, ids),
    repo.targetsOf(deps.db, tenantId, ids),
    repo.categoriesOf(deps.db, tenantId, movement.id),
    repo.sectorsOf(deps.db, tenantId, movement.id),
  ]);
  const leadIds = sectors.map((s) => s.leadUnitId);
  const current = await repo.currentBodies(deps.db, tenantId, leadIds, today);
  const unitIds = [
    ...new Set([
      ...leadIds,
      ...current.values(),
      ...sections.flatMap((s) => (s.unitId ? [s.unitId] : [])),
      ...(movement.issuerUnitId ? [movement.issuerUnitId] : []),
    ]),
  ];
  // The plan's own wording names bodies as they were when it was issued (2023).
  const [namesThen, namesNow] = await Promise.all([
    unitNamesOn(deps.db, movement.tenantId, unitIds, `${movement.startYear + 1}-06-30`),
    unitNamesOn(deps.db, movement.tenantId, unitIds, today),
  ]);
  return {
    movement,
    phases,
    sections,
    targets,
    categories,
    sectors,
    current,
    namesThen,
    namesNow,
  };
}
