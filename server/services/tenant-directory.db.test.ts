import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantHosts } from '../db/schema/index.ts';
import { testDb, type TestDb } from '../../test/support/test-app.ts';
import { directoryTtlMs, tenantForHost } from './tenant-directory.ts';
import { createTenant } from './tenants.ts';

let t: TestDb;
beforeAll(async () => {
  t = await testDb();
});
afterAll(() => t.close());

describe('tenantForHost', () => {
  it('lets the only tenant answer every host', async () => {
    expect((await tenantForHost(t.deps, 'localhost:3000'))?.code).toBe('lai-chau');
    expect((await tenantForHost(t.deps, undefined))?.code).toBe('lai-chau');
  });

  it('sees a tenant added through the service at once, and answers unknown hosts with none', async () => {
    const created = await createTenant(t.deps, {
      name: 'Ủy ban nhân dân tỉnh Sơn La',
      host: 'thidua.sonla.gov.vn',
    });
    expect((await tenantForHost(t.deps, 'THIDUA.SONLA.GOV.VN:443'))?.id).toBe(created.tenant.id);
    expect(await tenantForHost(t.deps, 'localhost')).toBeUndefined();
  });

  it('answers from memory, and reads a host written by another process once the TTL passes', async () => {
    const now = t.deps.clock();
    // Written straight to the table, as `thidua tenant hosts add` in another process would.
    await t.deps.db.insert(tenantHosts).values({
      host: 'sonla.thidua.vn',
      tenantId: (await tenantForHost(t.deps, 'thidua.sonla.gov.vn'))!.id,
    });
    expect(await tenantForHost(t.deps, 'sonla.thidua.vn')).toBeUndefined();
    t.deps.clock = () => new Date(now.getTime() + directoryTtlMs + 1);
    expect((await tenantForHost(t.deps, 'sonla.thidua.vn'))?.code).toBe('son-la');
  });
});
