import { hasRole, isOffice, type Actor } from './actor.ts';

/**
 * The trail spans the whole tenant, so reading it needs an administrator or emulation-office
 * grant on the root unit (the province), not on a single department.
 */
export const auditPolicy = {
  read: (a: Actor, rootUnitId: string | undefined) =>
    rootUnitId !== undefined && (hasRole(a, 'admin', rootUnitId) || isOffice(a, rootUnitId)),
};
