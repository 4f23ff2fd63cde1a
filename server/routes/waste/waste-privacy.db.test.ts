/**
 * The reporter's identity never leaves its table except to the office and the named
 * officers: a planted name, phone and e-mail are looked for in every GET answer of the route
 * table (as every role and anonymously), every public and Open311 answer, every log line and
 * every other table of the database (issue 14, Decree 13/2023).
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../app.ts';
import { testDb, testAdminPassword, type TestDb } from '../../../test/support/test-app.ts';
import { apiRoutes } from '../../../test/support/routes.ts';
import { probeRequest } from '../../../test/support/probe-requests.ts';
import { allRows, rowsOf, tenantTables } from '../../../test/support/tenant-rows.ts';
import { insertUserWithRole, userPassword } from '../../../test/support/users.ts';
import { solveChallenge } from '../../domain/waste/proof-of-work.ts';
import { escalateOverdue } from '../../services/waste-handling.ts';
import { plantedEmail, plantedName, plantedPhone } from '../../../test/support/waste.ts';

let db: TestDb;
let app: FastifyInstance;
const logLines: string[] = [];
const planted = [plantedName, plantedPhone, plantedPhone.replace(/ /g, ''), plantedEmail];

interface Client {
  name: string;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}
const clients: Client[] = [];
let office: Client;
let officer: Client;
let reportId = '';
let reportCode = '';
let followToken = '';
let open311Code = '';
let open311Token = '';

async function signIn(username: string, password: string): Promise<Client> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
  });
  const cookie = [res.headers['set-cookie']]
    .flat()
    .find((c) => c?.startsWith('thidua_session='))!
    .split(';')[0]!;
  const csrf = res.json().csrfToken as string;
  return {
    name: username,
    request: (method, url, body, headers = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        payload: body as object,
        headers: { cookie, 'x-csrf-token': csrf, ...headers },
      }),
  };
}

beforeAll(async () => {
  db = await testDb();
  const stream = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  app = await buildApp(db.deps, { serveApp: false, logger: { level: 'trace', stream } });
  await app.ready();
  const admin = await signIn('admin', testAdminPassword);
  const places = (await app.inject({ url: '/api/public/waste-reports/places' })).json().places;
  const commune = places[0] as { id: string; code: string };
  const tree = (await admin.request('GET', '/api/units/tree?asOf=2026-03-02')).json().units as {
    id: string;
    code: string;
  }[];
  const root = tree.find((u) => u.code === 'UBND-TINH')!.id;
  const roles = [
    ['p.office', 'emulation_office', root],
    ['p.leader', 'leader', root],
    ['p.council', 'council_member', root],
    ['p.secretary', 'council_secretary', root],
    ['p.officer', 'unit_officer', commune.id],
    ['p.head', 'unit_head', commune.id],
    ['p.supervisor', 'supervisor', commune.id],
    ['p.sector', 'sector_lead', root],
  ] as const;
  for (const [username, role, unit] of roles) {
    await insertUserWithRole(db, { username }, role, unit);
    clients.push(await signIn(username, userPassword));
  }
  clients.push(admin);
  office = clients[0]!;
  officer = clients[4]!;

  const c = (await app.inject({ url: '/api/public/waste-reports/challenge' })).json();
  const filed = await app.inject({
    method: 'POST',
    url: '/api/public/waste-reports',
    payload: {
      category: 'procurement',
      description: 'Mua sắm máy tính giá cao bất thường tại xã.',
      communeUnitId: commune.id,
      contact: { name: plantedName, phone: plantedPhone, email: plantedEmail, address: 'Bản X' },
      challenge: c.challenge,
      nonce: solveChallenge(c.challenge, c.bits),
    },
  });
  expect(filed.statusCode).toBe(201);
  reportCode = filed.json().code;
  followToken = filed.json().followToken;
  const form = new URLSearchParams({
    service_code: 'public_assets',
    description: 'Xe công dùng vào việc riêng.',
    first_name: 'Bí Mật Zyx',
    last_name: 'Nguyễn Thị',
    phone: plantedPhone,
    email: plantedEmail,
    'attribute[commune]': commune.code,
  });
  const posted = await app.inject({
    method: 'POST',
    url: '/open311/v2/requests.json',
    payload: form.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  expect(posted.statusCode).toBe(201);
  open311Code = posted.json()[0].service_request_id;
  open311Token = posted.json()[0].token;

  // Through its life: assigned, started (officer named), a comment, an update, escalated.
  const list = (await office.request('GET', '/api/waste-reports')).json().reports as {
    id: string;
    code: string;
    version: number;
  }[];
  const mine = list.find((r) => r.code === reportCode)!;
  reportId = mine.id;
  expect(
    (
      await officer.request('POST', `/api/waste-reports/${reportId}/moves`, {
        action: 'start',
        version: mine.version,
      })
    ).statusCode,
  ).toBe(200);
  expect(
    (await officer.request('GET', `/api/waste-reports/${reportId}/reporter`)).json().name,
  ).toBe(plantedName);
  expect(
    (await office.request('GET', `/api/waste-reports/${reportId}/reporter`)).json().phone,
  ).toBe(plantedPhone);
  await clients[6]!.request('POST', `/api/waste-reports/${reportId}/comments`, {
    body: 'Ý kiến giám sát',
  });
  await app.inject({
    method: 'POST',
    url: `/api/public/waste-reports/follow/${followToken}/updates`,
    payload: { body: 'Bổ sung' },
  });
  await escalateOverdue(db.deps, '2026-06-01');
}, 120_000);
afterAll(async () => {
  await app.close();
  await db.close();
});

const leaks = (text: string) => planted.filter((p) => text.includes(p));

describe('the planted reporter is nowhere else', () => {
  it('Open311 files, lists and shows the request without the reporter', async () => {
    const one = await app.inject({ url: `/open311/v2/requests/${open311Code}.json` });
    expect(one.statusCode).toBe(200);
    expect(one.json()[0]).toMatchObject({
      service_request_id: open311Code,
      status: 'open',
      service_code: 'public_assets',
    });
    const all = await app.inject({ url: '/open311/v2/requests.json' });
    expect(all.json().map((r: { service_request_id: string }) => r.service_request_id)).toEqual(
      expect.arrayContaining([reportCode, open311Code]),
    );
    for (const url of [
      '/open311/v2/discovery.json',
      '/open311/v2/services.json',
      '/open311/v2/services/public_assets.json',
    ])
      expect((await app.inject({ url })).statusCode).toBe(200);
    const bad = await app.inject({ url: '/open311/v2/services/nothing.json' });
    expect(bad.statusCode).toBe(404);
    expect(bad.json()[0].code).toBe(404);
    expect(leaks(one.body + all.body)).toEqual([]);
  });

  it('in no GET answer of any route, for any role or anonymous, except the reporter route', async () => {
    const param = (name: string, segment: string) => {
      if (name === 'token') return segment === 'follow' ? followToken : undefined;
      if (name === 'code' && segment === 'waste-reports') return reportCode;
      if (name === 'id' && segment === 'waste-reports') return reportId;
      return undefined;
    };
    const anonymous: Client = {
      name: 'anonymous',
      request: (method, url, body, headers) =>
        app.inject({ method: method as 'GET', url, payload: body as object, headers }),
    };
    let checked = 0;
    for (const route of apiRoutes(app).filter((r) => r.method === 'GET')) {
      if (route.url === '/api/waste-reports/:id/reporter') continue;
      const req = probeRequest(route, param, () => undefined);
      for (const client of [...clients, anonymous]) {
        const res = await client.request('GET', req.url, undefined, req.headers);
        expect(res.statusCode, `${client.name} ${req.url}`).toBeLessThan(500);
        expect(leaks(res.body), `${client.name} ${req.url}`).toEqual([]);
        checked++;
      }
    }
    for (const url of [
      `/api/public/waste-reports/follow/${open311Token}`,
      `/api/public/waste-reports/${open311Code}`,
      '/api/public/waste-reports',
      '/open311/v2/requests.json?status=open',
    ])
      expect(leaks((await app.inject({ url })).body)).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  }, 300_000);

  it('in no log line and no table but the contacts table (audit, notifications, jobs, events)', async () => {
    expect(logLines.length).toBeGreaterThan(50);
    expect(logLines.filter((l) => leaks(l).length)).toEqual([]);
    const tables = (await tenantTables(db.deps.db)).filter((t) => t !== 'waste_report_contacts');
    const rows = await rowsOf(db.deps.db, db.tenantId, tables);
    const found = Object.entries(rows).filter(([, list]) => list.some((r) => leaks(r).length));
    expect(found.map(([t]) => t)).toEqual([]);
    for (const table of ['jobs', 'sessions'])
      expect((await allRows(db.deps.db, table)).filter((r) => leaks(r).length)).toEqual([]);
    // …and the contacts table does hold them, so the search would have found a leak.
    const contacts = await rowsOf(db.deps.db, db.tenantId, ['waste_report_contacts']);
    expect(contacts.waste_report_contacts!.some((r) => r.includes(plantedName))).toBe(true);
    // Every read of the identity was audited: the officer's and the office's.
    const audit = rows.audit_log!.filter((r) => r.includes('waste_report.reporter.read'));
    expect(audit).toHaveLength(2);
  });
});
