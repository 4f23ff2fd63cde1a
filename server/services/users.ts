import { compareNames } from '../../shared/collation.ts';
import { AppError, conflict, invalid, notFound } from '../../shared/errors.ts';
import type { Role } from '../../shared/roles.ts';
import type { Deps } from '../deps.ts';
import { isStrongPassword } from '../domain/auth/rules.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { grantPolicy, listsAllUsers, userPolicy, type UserSubject } from '../policies/users.ts';
import type { ListScope } from '../repositories/scope.ts';
import { rootOf, unitNamesOn } from '../repositories/unit-names.ts';
import { clearLoginFailures, deleteSessionsOfUser } from '../repositories/sessions.ts';
import * as usersRepo from '../repositories/users.ts';
import { auditActor, recordAudit } from './audit.ts';
import { hashPassword } from './auth.ts';

export interface UserView extends usersRepo.UserRow {
  grants: (usersRepo.GrantRow & { unitName: string })[];
  subject: UserSubject;
}

function subjectOf(user: usersRepo.UserRow, grants: usersRepo.GrantRow[]): UserSubject {
  return {
    id: user.id,
    grantUnitIds: grants.filter((g) => g.userId === user.id).map((g) => g.unitId),
  };
}

/**
 * The accounts an administrator manages, with their grants: every account for an admin of the
 * root; for an admin of part of the tree, the users holding a grant on a unit its admin
 * grants cover (filtered in SQL). A user without any grant is listed to the root's admin only.
 */
export async function listUsers(deps: Deps, actor: Actor): Promise<UserView[]> {
  if (!userPolicy.create(actor)) throw new AppError(403, 'forbidden');
  const scope: ListScope = listsAllUsers(actor, await rootOf(deps.db, actor.tenantId))
    ? { all: true }
    : { all: false, userId: actor.id, today: deps.today(), roles: ['admin'] };
  const [users, grants] = await Promise.all([
    usersRepo.listUsers(deps.db, actor.tenantId, scope),
    usersRepo.grantsOfUsersIn(deps.db, actor.tenantId, scope),
  ]);
  const names = await unitNamesOn(
    deps.db,
    actor.tenantId,
    [...new Set(grants.map((g) => g.unitId))],
    deps.today(),
  );
  // by full name in Vietnamese order, then username
  users.sort(
    (a, b) => compareNames(a.fullName, b.fullName) || compareNames(a.username, b.username),
  );
  return users.map((u) => ({
    ...u,
    grants: grants
      .filter((g) => g.userId === u.id)
      .map((g) => ({ ...g, unitName: names.get(g.unitId) ?? '' })),
    subject: subjectOf(u, grants),
  }));
}

async function loadUser(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<{ user: usersRepo.UserRow; grants: usersRepo.GrantRow[] }> {
  const user = await usersRepo.findUserById(deps.db, actor.tenantId, id);
  if (!user) throw notFound();
  const grants = await usersRepo.grantsOfUser(deps.db, actor.tenantId, id);
  return { user, grants };
}

export async function getUser(deps: Deps, actor: Actor, id: string): Promise<UserView> {
  const { user, grants } = await loadUser(deps, actor, id);
  authorize(userPolicy, actor, 'read', subjectOf(user, grants));
  const names = await unitNamesOn(
    deps.db,
    actor.tenantId,
    grants.map((g) => g.unitId),
    deps.today(),
  );
  return {
    ...user,
    grants: grants.map((g) => ({ ...g, unitName: names.get(g.unitId) ?? '' })),
    subject: subjectOf(user, grants),
  };
}

export async function createUser(
  deps: Deps,
  actor: Actor,
  input: { username: string; fullName: string; email?: string | undefined; password: string },
): Promise<UserView> {
  if (!userPolicy.create(actor)) throw new AppError(403, 'forbidden');
  if (!isStrongPassword(input.password)) throw invalid({ password: { key: 'password_too_weak' } });
  if (await usersRepo.findUserByUsername(deps.db, actor.tenantId, input.username))
    throw invalid({ username: { key: 'username_taken' } });
  const passwordHash = await hashPassword(input.password);
  const id = await deps.db.transaction(async (tx) => {
    const user = await usersRepo.insertUser(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      username: input.username,
      fullName: input.fullName,
      email: input.email ?? null,
      passwordHash,
      mustChangePassword: true,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: user,
    });
    return user.id;
  });
  return getUser(deps, actor, id);
}

/** Optimistic lock: the caller sends the version it read; a stale one answers 409. */
export async function updateUser(
  deps: Deps,
  actor: Actor,
  id: string,
  input: {
    fullName?: string | undefined;
    email?: string | null | undefined;
    active?: boolean | undefined;
    version: number;
  },
): Promise<UserView> {
  const { user, grants } = await loadUser(deps, actor, id);
  authorize(userPolicy, actor, 'update', subjectOf(user, grants));
  const { version, ...changes } = input;
  await deps.db.transaction(async (tx) => {
    const updated = await usersRepo.updateUserVersioned(
      tx,
      actor.tenantId,
      id,
      version,
      changes,
      deps.clock(),
    );
    if (!updated) throw conflict();
    if (changes.active === false) await deleteSessionsOfUser(tx, id);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      before: user,
      after: updated,
    });
  });
  return getUser(deps, actor, id);
}

/** An administrator sets a temporary password; the user must change it at next sign-in. */
export async function resetPassword(
  deps: Deps,
  actor: Actor,
  id: string,
  newPassword: string,
): Promise<void> {
  const { user, grants } = await loadUser(deps, actor, id);
  authorize(userPolicy, actor, 'resetPassword', subjectOf(user, grants));
  if (!isStrongPassword(newPassword)) throw invalid({ newPassword: { key: 'password_too_weak' } });
  const passwordHash = await hashPassword(newPassword);
  await deps.db.transaction(async (tx) => {
    const updated = await usersRepo.updateUserVersioned(
      tx,
      actor.tenantId,
      id,
      user.version,
      { passwordHash, mustChangePassword: true },
      deps.clock(),
    );
    if (!updated) throw conflict();
    await deleteSessionsOfUser(tx, id);
    // A reset also lifts any sign-in slowdown of the account, from every address (ADR 0041).
    await clearLoginFailures(tx, actor.tenantId, user.username);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'user.reset_password',
      entityType: 'user',
      entityId: id,
    });
  });
}

/** An administrator lifts the sign-in slowdown of an account, from every address (ADR 0041). */
export async function unlockSignIn(deps: Deps, actor: Actor, id: string): Promise<void> {
  const { user, grants } = await loadUser(deps, actor, id);
  authorize(userPolicy, actor, 'resetPassword', subjectOf(user, grants));
  await deps.db.transaction(async (tx) => {
    await clearLoginFailures(tx, actor.tenantId, user.username);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'user.unlock_sign_in',
      entityType: 'user',
      entityId: id,
    });
  });
}

export async function grantRole(
  deps: Deps,
  actor: Actor,
  userId: string,
  input: { role: Role; unitId: string },
): Promise<UserView> {
  await loadUser(deps, actor, userId);
  const names = await unitNamesOn(deps.db, actor.tenantId, [input.unitId], deps.today());
  if (!names.has(input.unitId)) throw invalid({ unitId: { key: 'unit_not_found' } });
  authorize(grantPolicy, actor, 'create', { userId, unitId: input.unitId });
  await deps.db.transaction(async (tx) => {
    const existing = (await usersRepo.grantsOfUser(tx, actor.tenantId, userId)).find(
      (g) => g.role === input.role && g.unitId === input.unitId,
    );
    if (existing) return; // granting twice is a no-op, so a retried request is harmless
    const grant = await usersRepo.insertGrant(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      userId,
      role: input.role,
      unitId: input.unitId,
      grantedBy: actor.id,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'grant.create',
      entityType: 'role_grant',
      entityId: grant.id,
      after: grant,
    });
  });
  return getUser(deps, actor, userId);
}

export async function revokeGrant(deps: Deps, actor: Actor, grantId: string): Promise<void> {
  const grant = await usersRepo.findGrant(deps.db, actor.tenantId, grantId);
  if (!grant) throw notFound();
  authorize(grantPolicy, actor, 'delete', grant);
  await deps.db.transaction(async (tx) => {
    await usersRepo.deleteGrant(tx, actor.tenantId, grantId);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'grant.delete',
      entityType: 'role_grant',
      entityId: grantId,
      before: grant,
    });
  });
}
