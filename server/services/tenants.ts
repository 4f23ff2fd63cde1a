import { AppError, invalid } from '../../shared/errors.ts';
import type { Executor } from '../db/client.ts';
import type { Deps } from '../deps.ts';
import {
  isRegistrableHost,
  isTenantCode,
  normaliseHost,
  tenantCodeFrom,
} from '../domain/tenants/hosts.ts';
import { indexState, isIsoDate, planCreate } from '../domain/units/index.ts';
import * as repo from '../repositories/tenants.ts';
import * as unitsRepo from '../repositories/units.ts';
import * as usersRepo from '../repositories/users.ts';
import { recordAudit, type AuditActor } from './audit.ts';
import { hashPassword } from './auth.ts';
import { forgetTenantDirectory } from './tenant-directory.ts';

/** Who writes when an operator runs the `thidua tenant` commands. */
export const operatorActor: AuditActor = { id: null, name: 'cli' };

/** The root unit of a new tenant has the code the default install's province has. */
export const rootUnitCode = 'UBND-TINH';
export const firstAdmin = { username: 'admin', fullName: 'Quản trị hệ thống' } as const;

export interface NewTenant {
  name: string;
  host: string;
  code?: string | undefined;
  /** The root unit's name; the tenant's name when omitted. */
  rootName?: string | undefined;
  /** The day the root unit exists from (history imported later must not predate it); today when omitted. */
  validFrom?: string | undefined;
}

export interface CreatedTenant {
  tenant: repo.TenantRow;
  host: string;
  rootUnitId: string;
  adminUsername: string;
  /** Generated; shown once, stored only as its hash, to be changed at first sign-in. */
  adminPassword: string;
}

async function checkHost(db: Executor, raw: string): Promise<string> {
  const host = normaliseHost(raw);
  if (!host || !isRegistrableHost(host)) throw invalid({ host: { key: 'host_invalid' } });
  const taken = await repo.findHost(db, host);
  if (taken) {
    const owner = (await repo.listTenants(db)).find((t) => t.id === taken.tenantId);
    throw invalid({ host: { key: 'host_taken', params: { tenant: owner?.code ?? '' } } });
  }
  return host;
}

async function registerHost(
  tx: Executor,
  deps: Deps,
  tenantId: string,
  host: string,
): Promise<void> {
  const row = await repo.insertHost(tx, { host, tenantId, createdAt: deps.clock() });
  await recordAudit(tx, {
    tenantId,
    actor: operatorActor,
    at: deps.clock(),
    action: 'tenant.host_add',
    entityType: 'tenant_host',
    entityId: host,
    after: row,
  });
}

/**
 * The tenant's first `admin`, holding the admin role on the root unit; both rows audited. The
 * caller's transaction; the password is hashed here and never stored in the clear.
 */
export async function createFirstAdmin(
  tx: Executor,
  input: {
    tenantId: string;
    rootUnitId: string | undefined;
    password: string;
    mustChangePassword: boolean;
    at: Date;
    newId: () => string;
    actor: AuditActor;
  },
) {
  const audit = (action: string, entityType: string, entityId: string, after: unknown) =>
    recordAudit(tx, {
      tenantId: input.tenantId,
      actor: input.actor,
      at: input.at,
      action,
      entityType,
      entityId,
      after,
    });
  const admin = await usersRepo.insertUser(tx, {
    id: input.newId(),
    tenantId: input.tenantId,
    username: firstAdmin.username,
    fullName: firstAdmin.fullName,
    passwordHash: await hashPassword(input.password),
    mustChangePassword: input.mustChangePassword,
  });
  await audit('user.create', 'user', admin.id, admin);
  if (input.rootUnitId) {
    const grant = await usersRepo.insertGrant(tx, {
      id: input.newId(),
      tenantId: input.tenantId,
      userId: admin.id,
      role: 'admin',
      unitId: input.rootUnitId,
    });
    await audit('grant.create', 'role_grant', grant.id, grant);
  }
  return admin;
}

/**
 * A new tenant ready to sign in to, in one transaction: the tenant, its root unit (the
 * province's People's Committee), its host, and its first admin holding the admin role on
 * the root, with a generated password that must be changed. Every row is audited.
 */
export async function createTenant(deps: Deps, input: NewTenant): Promise<CreatedTenant> {
  const name = input.name.trim();
  if (!name) throw invalid({ name: { key: 'required' } });
  const code = (input.code ?? tenantCodeFrom(name)).trim();
  if (!isTenantCode(code)) throw invalid({ code: { key: 'tenant_code_invalid' } });
  const validFrom = input.validFrom ?? deps.today();
  if (!isIsoDate(validFrom)) throw invalid({ validFrom: { key: 'invalid_date' } });
  const password = deps.randomToken(18);
  const at = deps.clock();
  const created = await deps.db.transaction(async (tx) => {
    await repo.lockTenants(tx);
    if (await repo.findTenantByCode(tx, code))
      throw invalid({ code: { key: 'tenant_code_taken' } });
    const host = await checkHost(tx, input.host);
    const tenant = await repo.insertTenant(tx, { id: deps.newId(), code, name, createdAt: at });
    const audit = (action: string, entityType: string, entityId: string, after: unknown) =>
      recordAudit(tx, {
        tenantId: tenant.id,
        actor: operatorActor,
        at,
        action,
        entityType,
        entityId,
        after,
      });
    await audit('tenant.create', 'tenant', tenant.id, { code, name });

    const plan = planCreate(indexState({ units: [], versions: [] }), deps, {
      code: rootUnitCode,
      kind: 'province',
      name: input.rootName?.trim() || name,
      validFrom,
    });
    await unitsRepo.writePlan(tx, tenant.id, plan);
    const rootUnitId = plan.insertUnits[0]!.id;
    await audit('unit.create', 'unit', rootUnitId, plan);

    await registerHost(tx, deps, tenant.id, host);

    const admin = await createFirstAdmin(tx, {
      tenantId: tenant.id,
      rootUnitId,
      password,
      mustChangePassword: true,
      at,
      newId: deps.newId,
      actor: operatorActor,
    });
    return { tenant, host, rootUnitId, adminUsername: admin.username, adminPassword: password };
  });
  forgetTenantDirectory(deps.db);
  return created;
}

/** Another host name for an existing tenant (a second domain, or the old one kept during a move). */
export async function addTenantHost(
  deps: Deps,
  input: { tenantCode: string; host: string },
): Promise<{ tenant: repo.TenantRow; host: string }> {
  const result = await deps.db.transaction(async (tx) => {
    await repo.lockTenants(tx);
    const tenant = await repo.findTenantByCode(tx, input.tenantCode);
    if (!tenant) throw new AppError(404, 'tenant_not_found', undefined, { code: input.tenantCode });
    const host = await checkHost(tx, input.host);
    await registerHost(tx, deps, tenant.id, host);
    return { tenant, host };
  });
  forgetTenantDirectory(deps.db);
  return result;
}

export interface TenantListing {
  tenant: repo.TenantRow;
  hosts: string[];
}

/** Every tenant with its hosts; a tenant without one is reached only while it is the only tenant. */
export async function listTenantsWithHosts(deps: Deps): Promise<TenantListing[]> {
  const [tenants, hosts] = await Promise.all([repo.listTenants(deps.db), repo.listHosts(deps.db)]);
  return tenants.map((tenant) => ({
    tenant,
    hosts: hosts.filter((h) => h.tenantId === tenant.id).map((h) => h.host),
  }));
}
