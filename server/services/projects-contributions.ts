/**
 * Community contributions (issue 13): land, labour, money and materials with their values,
 * optionally to a project, confirmed by a unit; totals; the migration of free-text records.
 */
import type { z } from 'zod';
import type { Deps } from '../deps.ts';
import { contributionProblems, fromLegacy, totalsBy, totalsOf } from '../domain/projects/index.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { mayRecordContribution, projectPolicy } from '../policies/projects.ts';
import { presentContribution } from './projects-views.ts';
import * as repo from '../repositories/projects.ts';
import { rootOf } from '../repositories/unit-names.ts';
import { forbidden, invalid } from '../../shared/errors.ts';
import type {
  contributionCreateBody,
  contributionTotalsQuery,
} from '../../shared/contracts/projects.ts';
import { auditActor, recordAudit, systemActor } from './audit.ts';

export async function recordContribution(
  deps: Deps,
  actor: Actor,
  input: z.output<typeof contributionCreateBody>,
) {
  const rootUnitId = await rootOf(deps.db, actor.tenantId);
  if (input.projectId) {
    const p = await repo.findProject(deps.db, actor.tenantId, input.projectId);
    if (!p) throw invalid({ projectId: { key: 'project_unit_unknown' } });
    authorize(projectPolicy, actor, 'contribute', { rootUnitId, investorUnitId: p.investorUnitId });
  } else if (
    !mayRecordContribution(actor, rootUnitId, input.confirmingUnitId ?? input.communeUnitId)
  )
    throw forbidden();
  const problems = contributionProblems(input, deps.today());
  const units = [input.communeUnitId, input.confirmingUnitId].filter((x): x is string => !!x);
  // The unit of the day it was given, or today's successor of it.
  const found = new Set([
    ...(await repo.unitsExistingOn(deps.db, actor.tenantId, units, input.givenOn)),
    ...(await repo.unitsExistingOn(deps.db, actor.tenantId, units, deps.today())),
  ]);
  if (input.communeUnitId && !found.has(input.communeUnitId))
    problems.communeUnitId = { key: 'project_unit_unknown' };
  if (input.confirmingUnitId && !found.has(input.confirmingUnitId))
    problems.confirmingUnitId = { key: 'project_unit_unknown' };
  if (Object.keys(problems).length) throw invalid(problems);
  const at = deps.clock();
  const id = deps.newId();
  await deps.db.transaction(async (tx) => {
    const created = await repo.insertContribution(tx, {
      id,
      tenantId: actor.tenantId,
      ...input,
      createdBy: actor.id,
      createdAt: at,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'contribution.create',
      entityType: 'community_contribution',
      entityId: id,
      after: created,
    });
  });
  return id;
}

/** Totals for a year (by the day given), overall, per project and per commune. */
export async function contributionTotals(
  deps: Deps,
  tenantId: string,
  q: z.output<typeof contributionTotalsQuery>,
) {
  const all = (
    await repo.contributionsWhere(deps.db, tenantId, {
      ...(q.projectId ? { projectId: q.projectId } : {}),
      ...(q.communeUnitId ? { communeUnitId: q.communeUnitId } : {}),
    })
  ).filter((c) => q.year === undefined || c.givenOn.startsWith(String(q.year)));
  return {
    totals: totalsOf(all),
    byProject: [...totalsBy(all, (c) => c.projectId)].map(([projectId, totals]) => ({
      projectId,
      totals,
    })),
    byCommune: [...totalsBy(all, (c) => c.communeUnitId)].map(([communeUnitId, totals]) => ({
      communeUnitId,
      totals,
    })),
  };
}

/** A contributor's contributions, for their commendation history. */
export async function contributionsOf(deps: Deps, tenantId: string, contributorId: string) {
  const list = await repo.contributionsWhere(deps.db, tenantId, { contributorId });
  return list.map(presentContribution);
}

/**
 * Copies every free-text contribution of the commendation history into the new shape, once
 * (`legacy_record_id` unique): the kind, project name and text kept verbatim, no figure made
 * up. The original records stay where they are, so nothing is lost.
 */
export async function migrateLegacyContributions(deps: Deps, tenantId: string): Promise<number> {
  return deps.db.transaction(async (tx) => {
    const legacy = await repo.unmigratedLegacyContributions(tx, tenantId);
    const at = deps.clock();
    for (const r of legacy) {
      const shaped = fromLegacy(
        { id: r.id, subjectKind: r.subject_kind, subjectId: r.subject_id, data: r.data },
        r.name ?? '',
      );
      const id = deps.newId();
      await repo.insertContribution(tx, {
        id,
        tenantId,
        ...shaped,
        communeUnitId: r.unit_id,
        materials: [],
        createdBy: r.created_by,
        createdAt: at,
      });
      await recordAudit(tx, {
        tenantId,
        actor: systemActor,
        at,
        action: 'contribution.migrate',
        entityType: 'community_contribution',
        entityId: id,
        before: { commendationRecordId: r.id, data: r.data },
        after: shaped,
      });
    }
    return legacy.length;
  });
}
