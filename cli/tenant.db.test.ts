import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, tenants, users } from '../server/db/schema/index.ts';
import { verifyAudit } from '../server/services/audit.ts';
import { createPostgresCopy } from '../test/support/template.ts';
import { buildTestApp, testDb, type TestApp } from '../test/support/test-app.ts';
import { bootstrap } from '../server/seed/bootstrap.ts';
import { laiChauHost, onHost } from '../test/support/tenants.ts';
import { runTenantCommand } from './tenant.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runTenantCommand(t.deps, args, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tenantCount = async () =>
  (await t.deps.db.select({ n: sql<number>`count(*)::int` }).from(tenants))[0]!.n;

describe('thidua tenant', () => {
  it('refuses wrong usage with exit 2 and writes nothing', async () => {
    expect((await run('add', '--name', 'Ủy ban nhân dân tỉnh Điện Biên')).code).toBe(2);
    const unknown = await run('add', '--name', 'X', '--host', 'x.vn', '--colour', 'red');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/colour/);
    expect((await run('remove')).code).toBe(2);
    expect(await tenantCount()).toBe(1);
  });

  it('adds a tenant: root unit, host and an admin whose generated password is printed once', async () => {
    // Lai Châu keeps answering once there are two tenants only on a host of its own.
    expect((await run('hosts', 'add', '--tenant', 'lai-chau', '--host', laiChauHost)).code).toBe(0);
    const res = await run(
      'add',
      '--name',
      'Ủy ban nhân dân tỉnh Điện Biên',
      '--host',
      'ThiDua.DienBien.gov.vn:443',
    );
    expect(res.code, res.err).toBe(0);
    expect(res.out).toMatch(/Tenant "dien-bien" created/);
    expect(res.out).toMatch(/host: thidua\.dienbien\.gov\.vn/);
    const password = /password: (\S+)/.exec(res.out)![1]!;
    expect(password.length).toBeGreaterThanOrEqual(20);

    const [tenant] = await t.deps.db.select().from(tenants).where(eq(tenants.code, 'dien-bien'));
    const [admin] = await t.deps.db
      .select()
      .from(users)
      .where(and(eq(users.tenantId, tenant!.id), eq(users.username, 'admin')));
    expect(admin).toMatchObject({ mustChangePassword: true, active: true });
    expect(admin!.passwordHash).not.toContain(password);

    // The new admin signs in on the new host with that password, and holds admin on the root.
    const dienBien = onHost(t.app, 'thidua.dienbien.gov.vn');
    const signIn = await dienBien.signIn('admin', password);
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json()).toMatchObject({ tenantId: tenant!.id, mustChangePassword: true });
    expect(signIn.json().grants).toEqual([
      expect.objectContaining({ role: 'admin', unitName: 'Ủy ban nhân dân tỉnh Điện Biên' }),
    ]);
    // …and the same password is nothing on Lai Châu's host.
    expect((await onHost(t.app, laiChauHost).signIn('admin', password)).statusCode).toBe(401);

    const entries = await t.deps.db
      .select({ action: auditLog.action, actorName: auditLog.actorName })
      .from(auditLog)
      .where(eq(auditLog.tenantId, tenant!.id))
      .orderBy(asc(auditLog.seq));
    expect(entries.map((e) => e.action)).toEqual([
      'tenant.create',
      'unit.create',
      'tenant.host_add',
      'user.create',
      'grant.create',
      'auth.sign_in',
    ]);
    expect(entries[0]!.actorName).toBe('cli');
    expect((await verifyAudit(t.deps.db, tenant!.id)).ok).toBe(true);
  });

  it('refuses a host or code already taken, and a malformed host, writing nothing', async () => {
    const before = await tenantCount();
    const taken = await run('add', '--name', 'Tỉnh B', '--host', 'thidua.dienbien.gov.vn');
    expect(taken.code).toBe(1);
    expect(taken.err).toMatch(/--host: This host name is already registered to dien-bien/);
    const code = await run('add', '--name', 'X', '--host', 'b.vn', '--code', 'dien-bien');
    expect(code.err).toMatch(/--code: This tenant code is already in use/);
    const bad = await run('add', '--name', 'X', '--host', 'bad_host!.vn');
    expect(bad.err).toMatch(/--host: Not a valid host name/);
    expect(await tenantCount()).toBe(before);
    expect((await run('hosts', 'add', '--tenant', 'khong-co', '--host', 'c.vn')).err).toMatch(
      /no tenant with code khong-co/,
    );
  });

  it('adds a second host to a tenant and lists every tenant with its hosts', async () => {
    expect(
      (await run('hosts', 'add', '--tenant', 'dien-bien', '--host', 'dienbien.thidua.vn')).code,
    ).toBe(0);
    expect(
      (await onHost(t.app, 'dienbien.thidua.vn').request('GET', '/api/public/movements'))
        .statusCode,
    ).toBe(200);
    const list = await run('list');
    expect(list.out.split('\n')).toEqual([
      'dien-bien\tỦy ban nhân dân tỉnh Điện Biên\tdienbien.thidua.vn, thidua.dienbien.gov.vn',
      `lai-chau\tỦy ban nhân dân tỉnh Lai Châu\t${laiChauHost}`,
    ]);
  });
});

describe('first start after tenant add', () => {
  it('does not add the default tenant (Lai Châu) beside the operator’s own', async () => {
    const db = await testDb();
    try {
      // The template holds Lai Châu; under another code it stands for the operator's tenant.
      await db.deps.db.update(tenants).set({ code: 'noi-vu' }).where(eq(tenants.id, db.tenantId));
      const result = await bootstrap(db.deps.db, { ...db.deps, at: db.deps.clock() });
      expect(result).toMatchObject({ tenantId: null, adminCreated: false });
      expect((await db.deps.db.select().from(tenants)).map((x) => x.code)).toEqual(['noi-vu']);
    } finally {
      await db.close();
    }
  });
});

describe('npm run thidua -- tenant (the real command)', () => {
  it('migrates the database and adds a tenant', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-cli-'));
    const url = process.env.DATABASE_URL;
    const copy = url ? await createPostgresCopy(url) : undefined;
    const env = {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: copy?.url ?? '',
      NODE_ENV: 'test',
    };
    const exec = (...args: string[]) =>
      promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', path.join(import.meta.dirname, 'thidua.ts'), 'tenant', ...args],
        { env, cwd: path.join(import.meta.dirname, '..') },
      );
    try {
      const added = await exec('add', '--name', 'Bộ Nội vụ', '--host', 'thidua.moha.gov.vn');
      expect(added.stdout).toMatch(/Tenant "noi-vu" created: Bộ Nội vụ/);
      expect(added.stdout).toMatch(/user "admin" created with password: \S{20,}/);
    } finally {
      await copy?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
