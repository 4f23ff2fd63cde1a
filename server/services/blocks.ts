import { compareNames } from '../../shared/collation.ts';
import { forbidden, invalid, notFound } from '../../shared/errors.ts';
import type { BlockKind } from '../../shared/unit-kinds.ts';
import { yearOf } from '../../shared/vietnam-day.ts';
import type { Deps } from '../deps.ts';
import { checkMembers, type MemberInput } from '../domain/units/index.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { blockPolicy, type BlockSubject } from '../policies/blocks.ts';
import * as blocksRepo from '../repositories/blocks.ts';
import { rootOf, unitNamesOn } from '../repositories/unit-names.ts';
import { findUnits } from '../repositories/units.ts';
import { auditActor, recordAudit } from './audit.ts';

export interface BlockView extends blocksRepo.BlockRow {
  members: { unitId: string; unitCode: string; unitName: string; role: string }[];
}

export interface BlocksView {
  year: number;
  blocks: BlockView[];
  subject: BlockSubject;
}

const subjectFor = async (deps: Deps, actor: Actor): Promise<BlockSubject> => ({
  tenantId: actor.tenantId,
  rootUnitId: await rootOf(deps.db, actor.tenantId),
});

/** Blocks with their members of `year`, named as they were at the end of that year. */
async function withMembers(
  deps: Deps,
  actor: Actor,
  blocks: blocksRepo.BlockRow[],
  year: number,
): Promise<BlockView[]> {
  const memberships =
    blocks.length === 1
      ? await blocksRepo.membershipsOf(deps.db, actor.tenantId, year, blocks[0]!.id)
      : await blocksRepo.membershipsOf(deps.db, actor.tenantId, year);
  const ids = [...new Set(memberships.map((m) => m.unitId))];
  const [names, units] = await Promise.all([
    unitNamesOn(deps.db, actor.tenantId, ids, `${year}-12-31`),
    findUnits(deps.db, actor.tenantId, ids),
  ]);
  const codes = new Map(units.map((u) => [u.id, u.code]));
  return blocks.map((b) => ({
    ...b,
    members: memberships
      .filter((m) => m.blockId === b.id)
      .map((m) => ({
        unitId: m.unitId,
        unitCode: codes.get(m.unitId) ?? '',
        unitName: names.get(m.unitId) ?? '',
        role: m.role,
      }))
      // the head first, then members by name
      .sort(
        (x, y) =>
          Number(y.role === 'head') - Number(x.role === 'head') ||
          compareNames(x.unitName, y.unitName),
      ),
  }));
}

export async function listBlocks(deps: Deps, actor: Actor, year: number): Promise<BlocksView> {
  const subject = await subjectFor(deps, actor);
  if (!blockPolicy.read(actor, subject)) throw notFound();
  // blocks, then clusters (the query's kind order), each by name
  const blocks = (await blocksRepo.listBlocks(deps.db, actor.tenantId)).sort(
    (a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || compareNames(a.name, b.name),
  );
  return { year, blocks: await withMembers(deps, actor, blocks, year), subject };
}

export async function createBlock(
  deps: Deps,
  actor: Actor,
  input: { code: string; kind: BlockKind; name: string },
): Promise<BlocksView> {
  const subject = await subjectFor(deps, actor);
  authorize(blockPolicy, actor, 'manage', subject);
  const block = await deps.db.transaction(async (tx) => {
    await blocksRepo.lockBlocks(tx, actor.tenantId);
    if (await blocksRepo.findBlockByCode(tx, actor.tenantId, input.code))
      throw invalid({ code: { key: 'block_code_taken', params: { code: input.code } } });
    const created = await blocksRepo.insertBlock(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      ...input,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'block.create',
      entityType: 'emulation_block',
      entityId: created.id,
      after: created,
    });
    return created;
  });
  const year = yearOf(deps.today());
  return { year, blocks: [{ ...block, members: [] }], subject };
}

/** Replaces one year's membership of a block; a unit is ranked in one block per year, with at most one head per block. */
export async function replaceMembers(
  deps: Deps,
  actor: Actor,
  blockId: string,
  year: number,
  members: MemberInput[],
): Promise<BlocksView> {
  const subject = await subjectFor(deps, actor);
  const block = await blocksRepo.findBlock(deps.db, actor.tenantId, blockId);
  if (!block) throw notFound();
  if (!blockPolicy.manage(actor, subject)) throw forbidden();
  await deps.db.transaction(async (tx) => {
    await blocksRepo.lockBlocks(tx, actor.tenantId);
    const units = await findUnits(tx, actor.tenantId, [...new Set(members.map((m) => m.unitId))]);
    const others = await blocksRepo.otherMemberships(tx, actor.tenantId, year, blockId);
    checkMembers(members, year, new Map(units.map((u) => [u.id, u])), others);
    const before = await blocksRepo.membershipsOf(tx, actor.tenantId, year, blockId);
    await blocksRepo.replaceMembers(tx, actor.tenantId, blockId, year, members);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'block.members',
      entityType: 'emulation_block',
      entityId: blockId,
      before: { year, members: before.map((m) => ({ unitId: m.unitId, role: m.role })) },
      after: { year, members },
    });
  });
  return { year, blocks: await withMembers(deps, actor, [block], year), subject };
}
