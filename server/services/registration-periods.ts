import { invalid, notFound, type FieldProblem } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { periodPolicy, type PeriodSubject } from '../policies/registrations.ts';
import * as repo from '../repositories/registrations.ts';
import { rootOf } from '../repositories/unit-names.ts';
import { auditActor, recordAudit } from './audit.ts';

/** Registration periods: the emulation office opens a movement's yearly registration. */

export interface PeriodInput {
  movementCode: string;
  year: number;
  opensOn: string;
  deadline: string;
}

/** The emulation office opens the registration of a movement for a year; one per movement and year. */
export async function createPeriod(deps: Deps, actor: Actor, input: PeriodInput) {
  authorize(periodPolicy, actor, 'create', { rootUnitId: await rootOf(deps.db, actor.tenantId) });
  const movement = await repo.findMovementByCode(deps.db, actor.tenantId, input.movementCode);
  const problems: Record<string, FieldProblem> = {};
  if (!movement) problems.movementCode = { key: 'not_found' };
  if (input.deadline < input.opensOn)
    problems.deadline = { key: 'registration_deadline_before_open' };
  if (movement && (input.year < movement.startYear || input.year > movement.endYear))
    problems.year = {
      key: 'target_year_outside',
      params: { start: movement.startYear, end: movement.endYear },
    };
  if (movement) {
    const existing = await repo.findPeriodFor(deps.db, actor.tenantId, movement.id, input.year);
    if (existing)
      problems.year = { key: 'registration_period_exists', params: { year: input.year } };
  }
  if (Object.keys(problems).length) throw invalid(problems);
  const at = deps.clock();
  return deps.db.transaction(async (tx) => {
    const row = await repo.insertPeriod(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      movementId: movement!.id,
      year: input.year,
      opensOn: input.opensOn,
      deadline: input.deadline,
      createdAt: at,
      createdBy: actor.id,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'registration_period.create',
      entityType: 'registration_period',
      entityId: row.id,
      after: row,
    });
    return { ...row, movementCode: movement!.code };
  });
}

/** The periods (of a year), with the subject the presenter judges the actor's abilities by. */
export async function listPeriods(
  deps: Deps,
  actor: Actor,
  year?: number,
): Promise<{ periods: repo.PeriodRow[]; subject: PeriodSubject }> {
  const subject = { rootUnitId: await rootOf(deps.db, actor.tenantId) };
  return { periods: await repo.listPeriods(deps.db, actor.tenantId, year), subject };
}

export async function loadPeriod(deps: Deps, actor: Actor, periodId: string) {
  const period = await repo.findPeriod(deps.db, actor.tenantId, periodId);
  if (!period) throw notFound();
  return period;
}
