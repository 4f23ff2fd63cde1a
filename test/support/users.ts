import type { Deps } from '../../server/deps.ts';
import * as usersRepo from '../../server/repositories/users.ts';
import { hashPassword } from '../../server/services/auth.ts';
import type { Role } from '../../shared/roles.ts';

/** The password every user a test creates signs in with, unless it says otherwise. */
export const userPassword = 'user-password-2026';

/** A user holding one role on one unit, written straight into the database; returns its id. */
export async function insertUserWithRole(
  db: { deps: Deps; tenantId: string },
  user: { username: string; password?: string; fullName?: string },
  role: Role,
  unitId: string,
): Promise<string> {
  const { deps, tenantId } = db;
  const row = await usersRepo.insertUser(deps.db, {
    id: deps.newId(),
    tenantId,
    username: user.username,
    fullName: user.fullName ?? user.username,
    passwordHash: await hashPassword(user.password ?? userPassword),
    mustChangePassword: false,
  });
  await usersRepo.insertGrant(deps.db, {
    id: deps.newId(),
    tenantId,
    userId: row.id,
    role,
    unitId,
  });
  return row.id;
}
