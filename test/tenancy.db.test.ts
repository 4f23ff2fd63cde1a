/**
 * Two tenants in one database: nothing of one is read or written from the other's host.
 * Every route of the route table is called as a user of the second tenant holding every role,
 * and anonymously, with the first tenant's record ids in its path, query and body; a new route
 * is covered without editing this file.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samples } from './support/file-samples.ts';
import { form } from './support/reporting.ts';
import { probeRequest, type Filler } from './support/probe-requests.ts';
import { apiRoutes, type ApiRoute } from './support/routes.ts';
import { populateTenantA, type TenantARecords } from './support/tenant-a.ts';
import { bHost, populateTenantB } from './support/tenant-b.ts';
import { allRows, fingerprint, rowsOf, tenantTables, uuidsIn } from './support/tenant-rows.ts';
import { addSecondTenant, laiChauHost, onHost, type SecondTenant } from './support/tenants.ts';
import { buildTestApp, testAdminPassword, type Session, type TestApp } from './support/test-app.ts';

let t: TestApp;
let a: TenantARecords;
let b: SecondTenant;
let probe: Session;
let tables: string[];
let aIds: Set<string>;

beforeAll(async () => {
  t = await buildTestApp();
  a = await populateTenantA(t);
  b = await addSecondTenant(t.app, t.deps, {
    name: 'Ủy ban nhân dân tỉnh Điện Biên',
    host: bHost,
    validFrom: '2025-07-01',
  });
  probe = await populateTenantB(t, b);
  tables = await tenantTables(t.deps.db);
  const rowsA = await rowsOf(t.deps.db, t.tenantId, tables);
  aIds = new Set(Object.values(rowsA).flat().flatMap(uuidsIn));
}, 240_000);
afterAll(() => t.close());

/** Tenant A's record for each path parameter, by the segment before it; a random uuid otherwise. */
function paramOf(name: string, segment: string): string | undefined {
  const ids = a.ids;
  const bySegment: Record<string, string> = {
    units: ids.unit,
    users: ids.user,
    grants: ids.grant,
    'report-periods': ids.reportPeriod,
    'registration-periods': ids.registrationPeriod,
    registrations: ids.registrationPeriod,
    'criteria-sets': ids.criteriaSet,
    blocks: ids.block,
    people: ids.person,
    households: ids.household,
    initiatives: ids.initiative,
    evidence: ids.evidence,
    notifications: ids.notification,
    rules: ids.rule,
    movements: ids.movementCode,
    targets: ids.targetCode,
  };
  if (name === 'unitId') return ids.unit;
  if (name === 'periodId') return ids.registrationPeriod;
  if (name === 'caseId') return ids.case;
  if (name === 'kind') return 'individual';
  if (name === 'year') return '2026';
  if (name === 'n') return String(ids.criteriaVersion);
  if (segment === 'subjects' || segment === 'individual') return ids.person;
  return bySegment[segment] ?? (name === 'id' ? randomUUID() : undefined);
}

/** Body, query and header fields naming a record get tenant A's record of that kind. */
const fillFor =
  (route: ApiRoute): Filler =>
  (key, schema) => {
    const ids = a.ids;
    const isId = schema.format === 'uuid' || /Ids?$/.test(key);
    if (/^(movementCode|movement)$/.test(key)) return ids.movementCode;
    if (/password$/i.test(key)) return 'probe-password-2026';
    if (!isId) return undefined;
    const one = (() => {
      if (/^(periodId)$/.test(key))
        return route.url.includes('registration') ? ids.registrationPeriod : ids.reportPeriod;
      if (/criteriaSetId/.test(key)) return ids.criteriaSet;
      if (/^(authorIds?|personIds?|subjectId|memberIds?)$/.test(key)) return ids.person;
      if (/^(userId|actorId)$/.test(key)) return ids.user;
      if (/^blockId$/.test(key)) return ids.block;
      if (/^caseId$/.test(key)) return ids.case;
      return ids.unit;
    })();
    return schema.type === 'array' ? [one] : one;
  };

const routes = () =>
  apiRoutes(t.app).sort(
    (x, y) => Number(x.url === '/api/auth/logout') - Number(y.url === '/api/auth/logout'),
  );
const aValues = () => new Set([...aIds, a.ids.movementCode, a.ids.targetCode]);

/** Calls every route as `send` would, and lists each answer that reached tenant A. */
async function probeAll(
  send: (
    r: ReturnType<typeof probeRequest>,
    route: ApiRoute,
  ) => Promise<{ statusCode: number; body: string }>,
): Promise<{ leaks: string[]; calls: number }> {
  const leaks: string[] = [];
  let calls = 0;
  for (const route of routes()) {
    const req = probeRequest(route, paramOf, fillFor(route));
    const res = await send(req, route);
    calls++;
    const reachedA = Object.values(req.params).some((v) => aValues().has(v));
    const leaked = uuidsIn(res.body).filter((id) => aIds.has(id));
    const ok = res.statusCode >= 200 && res.statusCode < 300;
    if (ok && (reachedA || leaked.length))
      leaks.push(
        `${req.method} ${req.url} → ${res.statusCode} ${leaked.length ? `with ${leaked.length} of A's ids` : 'on A’s record'}`,
      );
    if (res.statusCode >= 500)
      leaks.push(`${req.method} ${req.url} → ${res.statusCode} ${res.body.slice(0, 200)}`);
  }
  return { leaks, calls };
}

/** Uploads: routes without a JSON body that read a file (imports, evidence). */
const takesFile = (route: ApiRoute) =>
  !route.schema.body &&
  (route.method === 'POST' || route.method === 'PUT') &&
  /import|evidence$/.test(route.url);
const multipart = (route: ApiRoute) =>
  form(route.url.endsWith('/indicators/import') ? a.workbook : samples.pdf, 'probe.xlsx');

function sender(session: Session | undefined) {
  return (req: ReturnType<typeof probeRequest>, route: ApiRoute) => {
    const files = takesFile(route) ? multipart(route) : undefined;
    const headers = { host: bHost, ...req.headers, ...(files?.headers ?? {}) };
    const body = files?.body ?? req.body;
    return session
      ? session.request(req.method, req.url, body, headers)
      : t.app.inject({
          method: req.method as 'GET',
          url: req.url,
          payload: body as object,
          headers,
        });
  };
}

describe('two tenants, every route', () => {
  it('a user of B with every role, on B’s host, reaches none of A’s records, and A’s rows and audit stay as they were', async () => {
    const before = await fingerprint(t.deps.db, t.tenantId, tables);
    const sessionsBefore = await allRows(t.deps.db, 'sessions');
    const jobsBefore = new Set(await allRows(t.deps.db, 'jobs'));

    const signedIn = await probeAll(sender(probe));
    const anonymous = await probeAll(sender(undefined));
    expect(signedIn.calls).toBeGreaterThan(90);
    expect([...signedIn.leaks, ...anonymous.leaks]).toEqual([]);

    expect(await fingerprint(t.deps.db, t.tenantId, tables)).toEqual(before);
    // A's sessions are untouched (the probe signed out at the end: only its own row went).
    const sessionsAfter = await allRows(t.deps.db, 'sessions');
    expect(sessionsBefore.filter((s) => !sessionsAfter.includes(s))).toHaveLength(1);
    // Nothing B did enqueued work about A, and no row of B points at A's records.
    const newJobs = (await allRows(t.deps.db, 'jobs')).filter((j) => !jobsBefore.has(j));
    expect(newJobs.flatMap(uuidsIn).filter((id) => aIds.has(id))).toEqual([]);
    const rowsB = await rowsOf(t.deps.db, b.tenant.id, tables);
    const pointing = Object.entries(rowsB).flatMap(([table, rows]) =>
      rows
        .flatMap(uuidsIn)
        .filter((id) => aIds.has(id))
        .map((id) => `${table}: ${id}`),
    );
    expect(pointing).toEqual([]);
  }, 600_000);
});

describe('two tenants side by side', () => {
  const aSite = () => onHost(t.app, laiChauHost);
  const bSite = () => onHost(t.app, bHost);

  it('each host’s public movements and targets are its own tenant’s only', async () => {
    const aMovements = (await aSite().request('GET', '/api/public/movements')).json();
    const bMovements = (await bSite().request('GET', '/api/public/movements')).json();
    expect(aMovements.map((m: { code: string }) => m.code)).toEqual([a.ids.movementCode]);
    expect(bMovements.map((m: { code: string }) => m.code)).toEqual(['DB-2026-2030']);
    const aTargets = (await aSite().request('GET', '/api/public/targets')).json() as {
      code: string;
    }[];
    const bTargets = (await bSite().request('GET', '/api/public/targets')).json() as {
      code: string;
    }[];
    expect(aTargets.map((x) => x.code)).toContain(a.ids.targetCode);
    expect(aTargets.map((x) => x.code)).not.toContain('DB_FOREST_COVER');
    expect(bTargets.map((x) => x.code)).toEqual(['DB_FOREST_COVER']);
    expect(
      (await bSite().request('GET', `/api/public/movements/${a.ids.movementCode}`)).statusCode,
    ).toBe(404);
    expect((await aSite().request('GET', '/api/public/movements/DB-2026-2030')).statusCode).toBe(
      404,
    );
  });

  it('signs in only on the user’s own tenant’s host; each tenant has its own admin', async () => {
    expect((await bSite().signIn('admin', testAdminPassword)).statusCode).toBe(401);
    expect((await bSite().signIn('tdkt.office', 'user-password-2026')).statusCode).toBe(401);
    expect((await aSite().signIn('admin', b.adminPassword)).statusCode).toBe(401);
    const aAdmin = await aSite().signIn('admin', testAdminPassword);
    expect(aAdmin.statusCode).toBe(200);
    expect(aAdmin.json().tenantId).toBe(t.tenantId);
    const bHead = await bSite().signIn('soxd.head', 'dien-bien-head-2026');
    expect(bHead.json().tenantId).toBe(b.tenant.id);
  });

  it('treats a session cookie of A presented on B’s host as signed out', async () => {
    const headers = { host: bHost };
    expect((await a.office.request('GET', '/api/me', undefined, headers)).statusCode).toBe(401);
    const write = await a.office.request(
      'POST',
      '/api/blocks',
      { code: 'X', kind: 'block', name: 'X' },
      headers,
    );
    expect(write.statusCode).toBe(401);
    // The same cookie still works on A's host.
    expect(
      (await a.office.request('GET', '/api/me', undefined, { host: laiChauHost })).statusCode,
    ).toBe(200);
  });

  it('answers 404 unknown_tenant on an unregistered host once there are two tenants', async () => {
    const res = await onHost(t.app, 'localhost:3000').request(
      'GET',
      '/api/public/movements',
      undefined,
      {
        'accept-language': 'en',
      },
    );
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toEqual({
      code: 'unknown_tenant',
      message: 'This host name is not registered for any tenant.',
    });
    expect((await onHost(t.app, 'localhost').request('GET', '/api/health')).statusCode).toBe(200);
    expect(
      (await onHost(t.app, 'THIDUA.DIENBIEN.GOV.VN:8443').request('GET', '/api/public/movements'))
        .statusCode,
    ).toBe(200);
  });
});
