/**
 * Fuzz of the two doors citizens write through (issue 14): 5,000 random payloads at the
 * public form and 5,000 at the Open311 POST — JSON of any shape, near-valid bodies with
 * fields swapped for garbage, raw bytes under assorted content types. Every answer is 2xx or
 * 4xx, and a 4xx writes nothing: the tenant's tables are as they were, except for the
 * reports the 2xx answers created (one report and one audit entry each).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { fingerprint, tenantTables } from '../../../test/support/tenant-rows.ts';
import { aCommune } from '../../../test/support/waste.ts';
import { resetThrottle } from '../../services/waste-intake.ts';

let t: TestApp;
let tables: string[];
let commune: { id: string; code: string };

beforeAll(async () => {
  t = await buildTestApp();
  tables = await tenantTables(t.deps.db);
  commune = await aCommune(t);
});
afterAll(() => t.close());

const contentTypes = [
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/xml',
];

const garbage = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.string({ minLength: 4001, maxLength: 4100 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '../../etc/passwd',
    "'; drop table units; --",
    '💥'.repeat(10),
  ),
);

/** A field: usually plausible, sometimes garbage, sometimes absent. */
const field = <T>(valid: fc.Arbitrary<T>) =>
  fc.option(fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: garbage }), {
    nil: undefined,
    freq: 4,
  });

const strip = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

type Payload = { body: string; contentType: string };

function payloads(
  valid: () => fc.Arbitrary<Record<string, unknown>>,
  n: number,
  seed: number,
): Payload[] {
  const json = fc
    .jsonValue()
    .map((v) => ({ body: JSON.stringify(v), contentType: 'application/json' }));
  const near = valid().map((o) => ({
    body: JSON.stringify(strip(o)),
    contentType: 'application/json',
  }));
  const raw = fc.record({
    body: fc.string({ maxLength: 300 }),
    contentType: fc.constantFrom(...contentTypes),
  });
  const form = valid().map((o) => ({
    body: new URLSearchParams(
      Object.entries(strip(o)).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
    ).toString(),
    contentType: 'application/x-www-form-urlencoded',
  }));
  return fc.sample(fc.oneof(json, near, near, raw, form), { numRuns: n, seed });
}

async function run(url: string, list: Payload[]) {
  const statuses = new Map<number, number>();
  let i = 0;
  for (const p of list) {
    i++;
    const res = await t.app.inject({
      method: 'POST',
      url,
      payload: p.body,
      headers: { 'content-type': p.contentType },
      // A new address now and then, so throttling is met but does not answer everything.
      remoteAddress: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    });
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
    if (res.statusCode >= 500)
      throw new Error(
        `${res.statusCode} for ${p.contentType} ${p.body.slice(0, 300)}: ${res.body}`,
      );
  }
  return statuses;
}

const count = (m: Map<number, number>, from: number, to: number) =>
  [...m].filter(([s]) => s >= from && s < to).reduce((a, [, n]) => a + n, 0);

describe('fuzz', () => {
  it('the public form: 5,000 payloads, only 4xx (no proof of work), nothing written', async () => {
    resetThrottle();
    const before = await fingerprint(t.deps.db, t.tenantId, tables);
    const valid = () =>
      fc.record({
        category: field(fc.constantFrom('public_assets', 'procurement', 'other')),
        description: field(fc.string({ minLength: 1, maxLength: 50 })),
        communeUnitId: field(fc.constantFrom(commune.id, fc.sample(fc.uuid(), 1)[0]!)),
        lat: field(fc.double({ min: -100, max: 100 })),
        lng: field(fc.double({ min: -200, max: 200 })),
        occurredOn: field(fc.constantFrom('2026-02-01', '2030-01-01', '2026-02-30')),
        contact: field(fc.record({ name: field(fc.string()), phone: field(fc.string()) })),
        challenge: field(fc.constantFrom('1.2.3', `${Date.now()}.abc.def`)),
        nonce: field(fc.string({ minLength: 1, maxLength: 10 })),
        clientKey: field(fc.string({ minLength: 16, maxLength: 20 })),
        website: field(fc.constantFrom('', 'http://x')),
      });
    const started = performance.now();
    const statuses = await run('/api/public/waste-reports', payloads(valid, 5000, 14));
    const ms = performance.now() - started;
    expect(count(statuses, 200, 300)).toBe(0);
    expect(count(statuses, 400, 500)).toBe(5000);
    expect(await fingerprint(t.deps.db, t.tenantId, tables)).toEqual(before);
    console.info(`public form fuzz: 5000 in ${Math.round(ms)} ms`, Object.fromEntries(statuses));
  }, 120_000);

  it('the Open311 POST: 5,000 payloads, only 2xx/4xx, one report per 2xx and nothing else', async () => {
    resetThrottle();
    const reportsBefore = (await fingerprint(t.deps.db, t.tenantId, ['waste_reports']))
      .waste_reports!;
    const before = await fingerprint(t.deps.db, t.tenantId, tables);
    const valid = () =>
      fc.record({
        service_code: field(fc.constantFrom('public_assets', 'state_budget', 'nope')),
        description: field(fc.string({ minLength: 1, maxLength: 50 })),
        lat: field(fc.oneof(fc.double({ min: -100, max: 100 }), fc.constant('22.39'))),
        long: field(fc.oneof(fc.double({ min: -200, max: 200 }), fc.constant('103.4'))),
        email: field(fc.constantFrom('a@b.vn', 'not-an-email', '')),
        phone: field(fc.constantFrom('0912345678', 'abc')),
        first_name: field(fc.string({ maxLength: 10 })),
        'attribute[commune]': field(fc.constantFrom(commune.code, 'NO-SUCH')),
        jurisdiction_id: field(fc.string({ maxLength: 5 })),
        extra_field: fc.option(fc.string(), { nil: undefined, freq: 10 }),
      });
    const started = performance.now();
    const statuses = await run('/open311/v2/requests.json', payloads(valid, 5000, 311));
    const ms = performance.now() - started;
    const created = count(statuses, 200, 300);
    expect(count(statuses, 200, 300) + count(statuses, 400, 500)).toBe(5000);
    const after = await fingerprint(t.deps.db, t.tenantId, tables);
    const n = (fp: string) => Number(fp.split(':')[0]);
    expect(n(after.waste_reports!) - n(reportsBefore)).toBe(created);
    expect(n(after.audit_log!) - n(before.audit_log!)).toBe(created);
    // Tables a report never touches are unchanged.
    const touched = new Set([
      'waste_reports',
      'waste_report_contacts',
      'waste_report_events',
      'audit_log',
      'audit_heads',
      'notifications',
    ]);
    for (const table of tables.filter((x) => !touched.has(x)))
      expect(after[table], table).toBe(before[table]);
    console.info(`Open311 fuzz: 5000 in ${Math.round(ms)} ms`, Object.fromEntries(statuses));
  }, 120_000);
});
