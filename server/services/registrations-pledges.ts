import { compareNames } from '../../shared/collation.ts';
import { conflict, invalid, notFound } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import { pledgeCompleteness } from '../domain/registrations/pledge.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { pledgePolicy, type PledgeSubject } from '../policies/registrations.ts';
import * as blocks from '../repositories/blocks.ts';
import * as repo from '../repositories/registrations.ts';
import { rootOf, unitNamesOn } from '../repositories/unit-names.ts';
import { auditActor, recordAudit } from './audit.ts';

/** A block's pledge for a year with its members, signatures and completeness. */
export interface PledgeView {
  block: blocks.BlockRow;
  year: number;
  pledge: repo.PledgeRow | undefined;
  members: { unitId: string; name: string; role: string; signedAt: Date | null }[];
  completeness: ReturnType<typeof pledgeCompleteness>;
  subject: PledgeSubject;
}

async function loadPledge(deps: Deps, actor: Actor, blockId: string, year: number, db = deps.db) {
  const block = await blocks.findBlock(db, actor.tenantId, blockId);
  if (!block) throw notFound();
  // Sequential: `db` may be a transaction, and one connection runs one query at a time.
  const members = await blocks.membershipsOf(db, actor.tenantId, year, blockId);
  const pledge = await repo.findPledge(db, actor.tenantId, blockId, year, db !== deps.db);
  const root = await rootOf(db, actor.tenantId);
  const signatures = pledge ? await repo.signaturesOf(db, actor.tenantId, pledge.id) : [];
  const signedAt = new Map(signatures.map((s) => [s.unitId, s.signedAt]));
  const names = await unitNamesOn(
    db,
    actor.tenantId,
    members.map((m) => m.unitId),
    `${year}-01-01`,
  );
  const completeness = pledgeCompleteness(members, signedAt.keys());
  const view: PledgeView = {
    block,
    year,
    pledge,
    members: members
      .map((m) => ({
        unitId: m.unitId,
        name: names.get(m.unitId) ?? '',
        role: m.role,
        signedAt: signedAt.get(m.unitId) ?? null,
      }))
      // the head first, then the members by name (as the block lists them)
      .sort(
        (x, y) =>
          Number(y.role === 'head') - Number(x.role === 'head') || compareNames(x.name, y.name),
      ),
    completeness,
    subject: {
      rootUnitId: root ?? '',
      headUnitId: members.find((m) => m.role === 'head')?.unitId ?? null,
      memberUnitIds: members.map((m) => m.unitId),
      exists: pledge !== undefined,
      anySigned: signatures.length > 0,
      unsignedUnitIds: completeness.missing,
    },
  };
  return view;
}

export async function getPledge(deps: Deps, actor: Actor, blockId: string, year: number) {
  const view = await loadPledge(deps, actor, blockId, year);
  authorize(pledgePolicy, actor, 'read', view.subject);
  return view;
}

/** The head unit or the office writes the pledge's text; a stale `version` answers 409. */
export async function draftPledge(
  deps: Deps,
  actor: Actor,
  blockId: string,
  year: number,
  input: { text: string; version?: number | undefined },
) {
  authorize(pledgePolicy, actor, 'draft', (await loadPledge(deps, actor, blockId, year)).subject);
  const at = deps.clock();
  await deps.db.transaction(async (tx) => {
    const view = await loadPledge(deps, actor, blockId, year, tx);
    authorize(pledgePolicy, actor, 'draft', view.subject);
    const before = view.pledge;
    if ((before?.version ?? undefined) !== input.version) throw conflict();
    const after = before
      ? await repo.updatePledge(tx, actor.tenantId, before.id, input.text, at, actor.id)
      : await repo.insertPledge(tx, {
          id: deps.newId(),
          tenantId: actor.tenantId,
          blockId,
          year,
          text: input.text,
          updatedAt: at,
          updatedBy: actor.id,
        });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'cluster_pledge.draft',
      entityType: 'cluster_pledge',
      entityId: after.id,
      before,
      after,
    });
  });
  return getPledge(deps, actor, blockId, year);
}

/** The head of a member unit signs the pledge for that unit, once. */
export async function signPledge(
  deps: Deps,
  actor: Actor,
  blockId: string,
  year: number,
  unitId: string,
) {
  const at = deps.clock();
  await deps.db.transaction(async (tx) => {
    const view = await loadPledge(deps, actor, blockId, year, tx);
    authorize(pledgePolicy, actor, 'sign', view.subject);
    if (
      !view.subject.unsignedUnitIds.includes(unitId) ||
      !view.subject.memberUnitIds.includes(unitId)
    )
      throw invalid({ unitId: { key: 'pledge_unit_cannot_sign' } });
    if (!actor.scope.get('unit_head')?.has(unitId))
      throw invalid({ unitId: { key: 'pledge_unit_cannot_sign' } });
    const signature = await repo.insertSignature(tx, {
      tenantId: actor.tenantId,
      pledgeId: view.pledge!.id,
      unitId,
      signedAt: at,
      signedBy: actor.id,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'cluster_pledge.sign',
      entityType: 'cluster_pledge',
      entityId: view.pledge!.id,
      after: signature,
    });
  });
  return getPledge(deps, actor, blockId, year);
}
