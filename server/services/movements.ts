import { notFound } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import * as repo from '../repositories/movements.ts';
import { unitNamesOn } from '../repositories/unit-names.ts';
import { presentMovementDetail, presentMovementSummaries } from '../presenters/movements.ts';
import type { MovementDetail, MovementSummary } from '../../shared/contracts/movements.ts';

/** The plan is a public document: these reads need no sign-in. */
export async function listPublicMovements(deps: Deps): Promise<MovementSummary[]> {
  const movements = await repo.listMovements(deps.db);
  const ids = movements.map((m) => m.id);
  const [phases, sections, targets] = await Promise.all([
    repo.phasesOf(deps.db, ids),
    repo.sectionsOf(deps.db, ids, ['content_line']),
    repo.targetsOf(deps.db, ids),
  ]);
  return presentMovementSummaries(movements, phases, sections, targets);
}

export async function getPublicMovement(deps: Deps, code: string): Promise<MovementDetail> {
  const movement = await repo.findMovementByCode(deps.db, code);
  if (!movement) throw notFound();
  const ids = [movement.id];
  const today = deps.today();
  const [phases, sections, targets, categories, sectors] = await Promise.all([
    repo.phasesOf(deps.db, ids),
    repo.sectionsOf(deps.db, ids),
    repo.targetsOf(deps.db, ids),
    repo.categoriesOf(deps.db, movement.id),
    repo.sectorsOf(deps.db, movement.id),
  ]);
  const leadIds = sectors.map((s) => s.leadUnitId);
  const current = await repo.currentBodies(deps.db, leadIds, today);
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
  return presentMovementDetail({
    movement,
    phases,
    sections,
    targets,
    categories,
    sectors,
    current,
    namesThen,
    namesNow,
  });
}
