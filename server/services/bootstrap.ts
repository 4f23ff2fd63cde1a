import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { tenants } from '../db/schema/index.ts';
import { loadLaiChau } from '../seed/load-lai-chau.ts';
import { seedCriteria } from '../seed/criteria.ts';
import { seedCommendationRules } from '../seed/commendations.ts';
import { findRootUnitId } from '../repositories/unit-names.ts';
import * as usersRepo from '../repositories/users.ts';
import { recordAudit, systemActor } from './audit.ts';
import { hashPassword } from './auth.ts';

export const defaultTenant = { code: 'lai-chau', name: 'Ủy ban nhân dân tỉnh Lai Châu' } as const;

export interface BootstrapResult {
  /** Null when the database already holds another tenant and no default one. */
  tenantId: string | null;
  planLoaded: boolean;
  /** Set only when this start created the admin with a generated password. */
  generatedAdminPassword?: string;
  adminCreated: boolean;
}

/**
 * First start of an empty database: the default tenant, the Lai Châu plan and its units,
 * and the `admin` user holding the admin role on the province. Every step is idempotent.
 */
export async function bootstrap(
  db: Database,
  ctx: {
    at: Date;
    newId: () => string;
    randomToken: (bytes: number) => string;
    adminPassword?: string | undefined;
  },
): Promise<BootstrapResult> {
  return db.transaction(async (tx) => {
    let [tenant] = await tx.select().from(tenants).where(eq(tenants.code, defaultTenant.code));
    // An operator who made their own tenant first (`thidua tenant add`) is not given Lai Châu.
    if (!tenant && (await tx.select({ id: tenants.id }).from(tenants).limit(1)).length)
      return { tenantId: null, planLoaded: false, adminCreated: false };
    if (!tenant) {
      [tenant] = await tx
        .insert(tenants)
        .values({ id: ctx.newId(), ...defaultTenant })
        .returning();
      await recordAudit(tx, {
        tenantId: tenant!.id,
        actor: systemActor,
        at: ctx.at,
        action: 'tenant.create',
        entityType: 'tenant',
        entityId: tenant!.id,
        after: defaultTenant,
      });
    }
    const tenantId = tenant!.id;
    const { loaded } = await loadLaiChau(tx, { tenantId, at: ctx.at, newId: ctx.newId });
    await seedCriteria(tx, { tenantId, at: ctx.at, newId: ctx.newId });
    await seedCommendationRules(tx, { tenantId, at: ctx.at, newId: ctx.newId });

    if (await usersRepo.findUserByUsername(tx, tenantId, 'admin'))
      return { tenantId, planLoaded: loaded, adminCreated: false };
    const password = ctx.adminPassword ?? ctx.randomToken(18);
    const admin = await usersRepo.insertUser(tx, {
      id: ctx.newId(),
      tenantId,
      username: 'admin',
      fullName: 'Quản trị hệ thống',
      passwordHash: await hashPassword(password),
      mustChangePassword: !ctx.adminPassword,
    });
    await recordAudit(tx, {
      tenantId,
      actor: systemActor,
      at: ctx.at,
      action: 'user.create',
      entityType: 'user',
      entityId: admin.id,
      after: admin,
    });
    const rootUnitId = await findRootUnitId(tx, tenantId);
    if (rootUnitId) {
      const grant = await usersRepo.insertGrant(tx, {
        id: ctx.newId(),
        tenantId,
        userId: admin.id,
        role: 'admin',
        unitId: rootUnitId,
      });
      await recordAudit(tx, {
        tenantId,
        actor: systemActor,
        at: ctx.at,
        action: 'grant.create',
        entityType: 'role_grant',
        entityId: grant.id,
        after: grant,
      });
    }
    return {
      tenantId,
      planLoaded: loaded,
      adminCreated: true,
      generatedAdminPassword: ctx.adminPassword ? undefined : password,
    };
  });
}
