import { hasRole, isOffice, type Actor, type Policy } from './actor.ts';

/** Blocks belong to the whole tenant; the root unit decides who manages them. */
export interface BlockSubject {
  tenantId: string;
  rootUnitId: string | undefined;
}

export const blockPolicy = {
  read: (a: Actor, b: BlockSubject) => a.tenantId === b.tenantId,
  /** Grouping units for ranking is the emulation office's job (or an admin's) for the whole province. */
  manage: (a: Actor, b: BlockSubject) =>
    b.rootUnitId !== undefined && (hasRole(a, 'admin', b.rootUnitId) || isOffice(a, b.rootUnitId)),
} satisfies Policy<BlockSubject>;
