import { hasRole, type Actor, type Policy } from './actor.ts';

/** A user account as policies see it: the units its grants sit on. */
export interface UserSubject {
  id: string;
  grantUnitIds: string[];
}

/** Accounts are tenant-wide; only administrators see and manage them. */
export const userPolicy = {
  read: (a: Actor, u: UserSubject) => a.id === u.id || hasRole(a, 'admin'),
  create: (a: Actor) => hasRole(a, 'admin'),
  /** Editing or disabling an account needs an admin grant covering every unit it holds roles on. */
  update: (a: Actor, u: UserSubject) =>
    a.id !== u.id &&
    hasRole(a, 'admin') &&
    u.grantUnitIds.every((unitId) => hasRole(a, 'admin', unitId)),
  resetPassword: (a: Actor, u: UserSubject) =>
    a.id !== u.id &&
    hasRole(a, 'admin') &&
    u.grantUnitIds.every((unitId) => hasRole(a, 'admin', unitId)),
} satisfies Policy<UserSubject>;

/** A grant as policies see it. */
export interface GrantSubject {
  userId: string;
  unitId: string;
}

export const grantPolicy = {
  read: (a: Actor, g: GrantSubject) => a.id === g.userId || hasRole(a, 'admin'),
  /** An admin grants and revokes roles only on units its own admin grant covers, and never to itself. */
  create: (a: Actor, g: GrantSubject) => a.id !== g.userId && hasRole(a, 'admin', g.unitId),
  delete: (a: Actor, g: GrantSubject) => a.id !== g.userId && hasRole(a, 'admin', g.unitId),
} satisfies Policy<GrantSubject>;

/** The root's admin lists every account, including those without any grant. */
export const listsAllUsers = (a: Actor, rootUnitId: string) => hasRole(a, 'admin', rootUnitId);
