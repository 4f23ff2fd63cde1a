import { parseArgs } from 'node:util';
import { AppError } from '../shared/errors.ts';
import { translate } from '../shared/i18n/errors.ts';
import type { Deps } from '../server/deps.ts';
import { directoryTtlMs } from '../server/services/tenant-directory.ts';
import {
  addTenantHost,
  createTenant,
  listTenantsWithHosts,
  type TenantListing,
} from '../server/services/tenants.ts';

export const tenantUsage = `  thidua tenant add --name NAME --host HOST [--code CODE] [--root-name NAME] [--valid-from YYYY-MM-DD]
                             create a tenant with its root unit, host and first admin
  thidua tenant hosts add --tenant CODE --host HOST
                             let a tenant answer on another host name
  thidua tenant list         every tenant with its hosts
`;

/** Where a command writes; tests collect the lines. */
export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

class UsageError extends Error {}

function options(args: string[], names: string[]): Record<string, string | undefined> {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])),
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    return values as Record<string, string | undefined>;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message);
  }
}

function required(values: Record<string, string | undefined>, name: string): string {
  const value = values[name];
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
}

function unhosted(listing: TenantListing[], except: string): string[] {
  return listing.filter((l) => l.tenant.id !== except && !l.hosts.length).map((l) => l.tenant.code);
}

async function add(deps: Deps, args: string[], io: Output): Promise<number> {
  const v = options(args, ['name', 'host', 'code', 'root-name', 'valid-from']);
  const created = await createTenant(deps, {
    name: required(v, 'name'),
    host: required(v, 'host'),
    code: v.code,
    rootName: v['root-name'],
    validFrom: v['valid-from'],
  });
  io.out(`Tenant "${created.tenant.code}" created: ${created.tenant.name}`);
  io.out(`  host: ${created.host}`);
  // Printed once; the database keeps only the hash.
  io.out(`  user "${created.adminUsername}" created with password: ${created.adminPassword}`);
  io.out('  Sign in on that host and change it.');
  for (const code of unhosted(await listTenantsWithHosts(deps), created.tenant.id))
    io.out(
      `Note: tenant "${code}" has no host; with more than one tenant it is reached only on its own hosts. Register one: thidua tenant hosts add --tenant ${code} --host …`,
    );
  io.out(`A running server answers on the new host within ${directoryTtlMs / 1000} seconds.`);
  return 0;
}

async function addHost(deps: Deps, args: string[], io: Output): Promise<number> {
  const v = options(args, ['tenant', 'host']);
  const { tenant, host } = await addTenantHost(deps, {
    tenantCode: required(v, 'tenant'),
    host: required(v, 'host'),
  });
  io.out(`Host ${host} now answers for tenant "${tenant.code}".`);
  return 0;
}

async function list(deps: Deps, args: string[], io: Output): Promise<number> {
  options(args, []);
  const listing = await listTenantsWithHosts(deps);
  for (const { tenant, hosts } of listing) {
    const where = hosts.length
      ? hosts.join(', ')
      : listing.length === 1
        ? '(no host: answers every host while it is the only tenant)'
        : '(no host: not reachable)';
    io.out(`${tenant.code}\t${tenant.name}\t${where}`);
  }
  return 0;
}

/** `thidua tenant …`: 0 done, 1 refused (the reason printed), 2 wrong usage. */
export async function runTenantCommand(deps: Deps, args: string[], io: Output): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === 'add') return await add(deps, rest, io);
    if (sub === 'hosts' && rest[0] === 'add') return await addHost(deps, rest.slice(1), io);
    if (sub === 'list') return await list(deps, rest, io);
    throw new UsageError(sub ? `unknown command: tenant ${sub}` : 'tenant: which command?');
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\nUsage:\n${tenantUsage}`);
      return 2;
    }
    if (error instanceof AppError) {
      const fields = Object.entries(error.fields ?? {}).map(
        ([field, p]) =>
          `  --${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${translate(p.key, 'en', p.params)}`,
      );
      io.err([translate(error.code, 'en', error.params), ...fields].join('\n'));
      return 1;
    }
    throw error;
  }
}
