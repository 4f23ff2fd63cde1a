import type { Database } from '../db/client.ts';
import * as tenantsRepo from '../repositories/tenants.ts';
import { findRootUnitId } from '../repositories/unit-names.ts';
import * as usersRepo from '../repositories/users.ts';
import { recordAudit, systemActor } from '../services/audit.ts';
import { createFirstAdmin, firstAdmin } from '../services/tenants.ts';
import { seedCommendationRules } from './commendations.ts';
import { seedCriteria } from './criteria.ts';
import { loadLaiChau } from './load-lai-chau.ts';
import { seedPlanVersions } from './plan-versions.ts';

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
    let tenant = await tenantsRepo.findTenantByCode(tx, defaultTenant.code);
    // An operator who made their own tenant first (`thidua tenant add`) is not given Lai Châu.
    if (!tenant && (await tenantsRepo.anyTenant(tx)))
      return { tenantId: null, planLoaded: false, adminCreated: false };
    if (!tenant) {
      tenant = await tenantsRepo.insertTenant(tx, { id: ctx.newId(), ...defaultTenant });
      await recordAudit(tx, {
        tenantId: tenant.id,
        actor: systemActor,
        at: ctx.at,
        action: 'tenant.create',
        entityType: 'tenant',
        entityId: tenant.id,
        after: defaultTenant,
      });
    }
    const tenantId = tenant.id;
    const { loaded } = await loadLaiChau(tx, { tenantId, at: ctx.at, newId: ctx.newId });
    await seedCriteria(tx, { tenantId, at: ctx.at, newId: ctx.newId });
    await seedCommendationRules(tx, { tenantId, at: ctx.at, newId: ctx.newId });
    await seedPlanVersions(tx, { tenantId, at: ctx.at, newId: ctx.newId });

    if (await usersRepo.findUserByUsername(tx, tenantId, firstAdmin.username))
      return { tenantId, planLoaded: loaded, adminCreated: false };
    const password = ctx.adminPassword ?? ctx.randomToken(18);
    await createFirstAdmin(tx, {
      tenantId,
      rootUnitId: await findRootUnitId(tx, tenantId),
      password,
      mustChangePassword: !ctx.adminPassword,
      at: ctx.at,
      newId: ctx.newId,
      actor: systemActor,
    });
    return {
      tenantId,
      planLoaded: loaded,
      adminCreated: true,
      generatedAdminPassword: ctx.adminPassword ? undefined : password,
    };
  });
}
