import { AppError, conflict, invalid } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import {
  checkPublishable,
  newVersionFrom,
  saveDraft,
  transition,
  validateContent,
  type VersionState,
} from '../domain/criteria/index.ts';
import type { CriteriaContent } from '../../shared/contracts/criteria-content.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { criteriaPolicy } from '../policies/criteria.ts';
import * as repo from '../repositories/criteria.ts';
import { auditActor, recordAudit } from './audit.ts';
import { loadVersion, publishedConflict, type VersionView } from './criteria.ts';

const stateOf = (v: repo.CriteriaVersionRow): VersionState => ({
  number: v.number,
  status: v.status as VersionState['status'],
  basedOn: v.basedOn,
  content: v.content as CriteriaContent,
  publishedAt: v.publishedAt,
  publishedBy: v.publishedBy,
  supersededAt: v.supersededAt,
});

/**
 * Saves a draft's whole content. Permission first (403), then the version's state (409 on
 * a published one), then the content (400 with field paths); a stale revision is a 409.
 */
export async function saveCriteriaDraft(
  deps: Deps,
  actor: Actor,
  setId: string,
  number: number,
  input: { revision: number; content: unknown },
): Promise<VersionView> {
  await deps.db.transaction(async (tx) => {
    const view = await loadVersion(tx, deps, actor, setId, number, true);
    authorize(criteriaPolicy, actor, 'edit', view.subject);
    if (view.version.status !== 'draft') throw publishedConflict(number);
    const checked = validateContent(input.content);
    if (!checked.ok) throw invalid(checked.fields);
    const next = saveDraft(stateOf(view.version), checked.content);
    if (!next.ok) throw publishedConflict(number);
    const updated = await repo.updateDraft(tx, actor.tenantId, view.version.id, input.revision, {
      content: next.value.content,
      updatedAt: deps.clock(),
      updatedBy: actor.id,
    });
    if (!updated) throw conflict();
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'criteria.save_draft',
      entityType: 'criteria_version',
      entityId: view.version.id,
      before: { number, revision: view.version.revision, content: view.version.content },
      after: { number, revision: updated.revision, content: updated.content },
    });
  });
  return loadVersion(deps.db, deps, actor, setId, number);
}

/** Publishes a draft exactly as saved; the set's previously published version is superseded. */
export async function publishCriteriaVersion(
  deps: Deps,
  actor: Actor,
  setId: string,
  number: number,
): Promise<VersionView> {
  await deps.db.transaction(async (tx) => {
    const view = await loadVersion(tx, deps, actor, setId, number, true);
    authorize(criteriaPolicy, actor, 'publish', view.subject);
    const at = deps.clock();
    const next = transition(stateOf(view.version), 'publish', { at, by: actor.id });
    if (!next.ok) throw new AppError(409, 'criteria_version_not_draft', undefined, { number });
    const empty = checkPublishable(next.value.content);
    if (Object.keys(empty).length) throw invalid(empty);
    for (const old of view.versions.filter((v) => v.status === 'published')) {
      const superseded = transition(stateOf(old), 'supersede', { at, by: actor.id });
      if (!superseded.ok) continue;
      await repo.setStatus(tx, actor.tenantId, old.id, 'published', {
        status: 'superseded',
        supersededAt: at,
      });
      await recordAudit(tx, {
        tenantId: actor.tenantId,
        actor: auditActor(actor),
        at,
        action: 'criteria.supersede',
        entityType: 'criteria_version',
        entityId: old.id,
        before: { number: old.number, status: 'published' },
        after: { number: old.number, status: 'superseded', by: number },
      });
    }
    const published = await repo.setStatus(tx, actor.tenantId, view.version.id, 'draft', {
      status: 'published',
      publishedAt: at,
      publishedBy: actor.id,
      publishedByName: actor.fullName,
    });
    if (!published) throw conflict();
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'criteria.publish',
      entityType: 'criteria_version',
      entityId: view.version.id,
      before: { number, status: 'draft' },
      after: { number, status: 'published', content: published.content },
    });
  });
  return loadVersion(deps.db, deps, actor, setId, number);
}

/** A new draft copying a published (or superseded) version; one open draft per set. */
export async function createCriteriaVersion(
  deps: Deps,
  actor: Actor,
  setId: string,
  from: number,
): Promise<VersionView> {
  const number = await deps.db.transaction(async (tx) => {
    const view = await loadVersion(tx, deps, actor, setId, from, true);
    authorize(criteriaPolicy, actor, 'newVersion', view.subject);
    const all = await repo.versionsOf(tx, actor.tenantId, [setId]);
    const draft = all.find((v) => v.status === 'draft');
    if (draft)
      throw new AppError(409, 'criteria_draft_exists', undefined, { number: draft.number });
    const nextNumber = Math.max(...all.map((v) => v.number)) + 1;
    const next = newVersionFrom(stateOf(view.version), nextNumber);
    if (!next.ok) throw new AppError(409, 'criteria_source_is_draft');
    const row = await repo.insertVersion(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      setId,
      number: nextNumber,
      status: 'draft',
      basedOn: from,
      content: next.value.content,
      createdAt: deps.clock(),
      createdBy: actor.id,
      updatedAt: deps.clock(),
      updatedBy: actor.id,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'criteria.new_version',
      entityType: 'criteria_version',
      entityId: row.id,
      after: { setId, number: nextNumber, basedOn: from },
    });
    return nextNumber;
  });
  return loadVersion(deps.db, deps, actor, setId, number);
}
