import type { Role } from '../../shared/roles.ts';
import type { UserListResponse, UserResponse } from '../../shared/contracts/users.ts';
import { abilities, type Actor } from '../policies/actor.ts';
import { userPolicy } from '../policies/users.ts';
import type { UserView } from '../services/users.ts';

export function presentUser(actor: Actor, user: UserView): UserResponse {
  const can = abilities(userPolicy, actor, user.subject);
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    email: user.email,
    active: user.active,
    mustChangePassword: user.mustChangePassword,
    version: user.version,
    grants: user.grants.map((g) => ({
      id: g.id,
      role: g.role as Role,
      unitId: g.unitId,
      unitName: g.unitName,
    })),
    abilities: { update: can.update, resetPassword: can.resetPassword },
  };
}

/** The accounts the actor may see, and whether it may add one. */
export function presentUserList(actor: Actor, list: UserView[]): UserListResponse {
  return {
    users: list.map((u) => presentUser(actor, u)),
    abilities: { create: userPolicy.create(actor) },
  };
}
