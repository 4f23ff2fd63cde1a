import type { BlockResponse, BlocksResponse } from '../../shared/contracts/blocks.ts';
import type { BlockKind } from '../../shared/unit-kinds.ts';
import type { Actor } from '../policies/actor.ts';
import { blockPolicy } from '../policies/blocks.ts';
import type { BlockView, BlocksView } from '../services/blocks.ts';

const presentOne = (b: BlockView, manage: boolean): BlockResponse => ({
  id: b.id,
  code: b.code,
  kind: b.kind as BlockKind,
  name: b.name,
  members: b.members.map((m) => ({
    unitId: m.unitId,
    unitCode: m.unitCode,
    unitName: m.unitName,
    role: m.role === 'head' ? 'head' : 'member',
  })),
  abilities: { manage },
});

export function presentBlocks(actor: Actor, view: BlocksView): BlocksResponse {
  const manage = blockPolicy.manage(actor, view.subject);
  return {
    year: view.year,
    blocks: view.blocks.map((b) => presentOne(b, manage)),
    abilities: { create: manage },
  };
}

/** The single block a write returned, with that year's members. */
export function presentBlock(actor: Actor, view: BlocksView): BlockResponse {
  return presentOne(view.blocks[0]!, blockPolicy.manage(actor, view.subject));
}
