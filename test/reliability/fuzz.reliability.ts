/**
 * Schema-guided fuzzing of every write endpoint in the route table (issue 15 item 4): routes are
 * read from `app.routeTable`, so an endpoint added by any module is fuzzed without editing this
 * file. Params, query, JSON bodies and multipart forms, as an admin, a unit officer and nobody.
 * Every answer must be 2xx or 4xx, and no 4xx may write an audit row.
 * Size: RELIABILITY_REQUESTS (default 600; `--long` 100,000), seed RELIABILITY_SEED.
 */
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { queryRows } from '../../server/db/client.ts';
import { samples } from '../support/file-samples.ts';
import { form } from '../support/reporting.ts';
import { apiRoutes, type ApiRoute } from '../support/routes.ts';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../support/test-app.ts';
import { userOn } from '../support/api.ts';
import { userPassword } from '../support/users.ts';
import { workbookBomb } from '../support/zip-bomb.ts';
import { jsonSchemaOf, payloadArb, validArb } from './arbitraries.ts';

const total = Number(process.env.RELIABILITY_REQUESTS ?? 600);
const seed = Number(process.env.RELIABILITY_SEED ?? Date.now() % 2 ** 31);
const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes that end the fuzzing actor's own session or credentials; still fuzzed unauthenticated. */
const selfEnding = new Set([
  'POST /api/auth/logout',
  'POST /api/me/password',
  'POST /api/auth/login',
]);

let t: TestApp;
let admin: Session;
let officer: Session;
let ids: string[] = [];
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', testAdminPassword);
  const [unit] = await queryRows<{ id: string }>(
    t.deps.db,
    sql`select id from units where tenant_id = ${t.tenantId} and kind = 'commune' and valid_to is null order by code limit 1`,
  );
  officer = await userOn(t, 'fuzz.officer', 'unit_officer', unit!.id);
  // Real ids from every table with a uuid `id`, so requests reach records, not only 404s.
  const tables = await queryRows<{ table_name: string }>(
    t.deps.db,
    sql`select table_name from information_schema.columns
         where table_schema = 'public' and column_name = 'id' and data_type = 'uuid'`,
  );
  for (const { table_name } of tables) {
    const rows = await queryRows<{ id: string }>(
      t.deps.db,
      sql`select id::text as id from ${sql.identifier(table_name)} limit 3`,
    );
    ids.push(...rows.map((r) => r.id));
  }
  ids = [...new Set(ids)];
}, 120_000);
afterAll(() => t.close());

const auditRows = async () =>
  (await queryRows<{ n: number }>(t.deps.db, sql`select count(*)::int as n from audit_log`))[0]!.n;

interface Built {
  url: string;
  payload?: unknown;
  headers: Record<string, string>;
}

function requestArb(route: ApiRoute): fc.Arbitrary<Built> {
  const paramNames = [...route.url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
  const paramArb = fc.tuple(
    ...paramNames.map(() =>
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...ids) },
        { weight: 2, arbitrary: fc.uuid() },
        {
          weight: 2,
          arbitrary: fc.constantFrom('x', '%00', '1', '-1', '2147483648', 'ñ', '%F0%9F'),
        },
      ),
    ),
  );
  const queryArb = route.schema.querystring
    ? payloadArb(route.schema.querystring, ids)
    : fc.constant(undefined);
  const bodyArb: fc.Arbitrary<{ payload?: unknown; headers: Record<string, string> }> =
    route.multipart
      ? fc
          .tuple(
            fc.constantFrom<Buffer | 'bomb' | 'garbage'>(
              samples.odt,
              samples.pdf,
              'bomb',
              'garbage',
            ),
            fc.constantFrom('a.xlsx', 'a.odt', 'x', 'b\u0000.pdf', ''),
            fc.boolean(),
          )
          .map(([file, name, broken]) => {
            const bytes =
              file === 'bomb'
                ? workbookBomb(50)
                : file === 'garbage'
                  ? Buffer.from('PK\u0003\u0004zz')
                  : file;
            const f = form(bytes, name);
            return broken
              ? { payload: f.body.subarray(0, f.body.length - 20), headers: f.headers }
              : { payload: f.body, headers: f.headers };
          })
      : route.schema.body
        ? fc.oneof(
            {
              weight: 9,
              arbitrary: payloadArb(route.schema.body, ids).map((payload) => ({
                payload,
                headers: {},
              })),
            },
            {
              weight: 1,
              arbitrary: fc.constantFrom('{', 'null', '[]', '"x"', '{"a":').map((payload) => ({
                payload,
                headers: { 'content-type': 'application/json' },
              })),
            },
          )
        : fc.constant({ headers: {} });
  return fc.tuple(paramArb, queryArb, bodyArb).map(([params, query, body]) => {
    let url = route.url;
    paramNames.forEach((name, i) => {
      const v = params[i]!;
      url = url.replace(`:${name}`, v.includes('%') ? v : encodeURIComponent(v));
    });
    if (query && typeof query === 'object' && !Array.isArray(query)) {
      const search = new URLSearchParams();
      for (const [k, v] of Object.entries(query))
        if (v !== undefined) search.set(k, typeof v === 'string' ? v : JSON.stringify(v));
      if (search.size) url += `?${search}`;
    }
    return { url, ...body };
  });
}

it(`fuzzes every write endpoint of the route table (${total} requests)`, async () => {
  const routes = apiRoutes(t.app).filter((r) => writeMethods.has(r.method));
  expect(routes.length).toBeGreaterThan(20);
  // Each route checked generable before any request: a schema this cannot read fails loudly.
  for (const r of routes)
    if (r.schema.body) validArb(jsonSchemaOf(r.schema.body), jsonSchemaOf(r.schema.body), ids);
  const perRoute = Math.max(1, Math.floor(total / routes.length));
  console.log(`fuzz: ${routes.length} write routes, ${perRoute} requests each, seed ${seed}`);
  const counts = { total: 0, ok: 0, client: 0 };
  const failures: string[] = [];
  const started = Date.now();
  const actors = ['admin', 'officer', 'nobody'] as const;
  for (const [ri, route] of routes.entries()) {
    const key = `${route.method} ${route.url}`;
    const built = fc.sample(requestArb(route), { numRuns: perRoute, seed: seed + ri });
    for (const [i, req] of built.entries()) {
      const actor = selfEnding.has(key) ? 'nobody' : actors[i % actors.length]!;
      const session = actor === 'admin' ? admin : actor === 'officer' ? officer : undefined;
      const before = await auditRows();
      const res = await t.app.inject({
        method: route.method as 'POST',
        url: req.url,
        payload: req.payload as string,
        headers: session
          ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...req.headers }
          : req.headers,
      });
      const after = await auditRows();
      counts.total++;
      const s = res.statusCode;
      if (s >= 200 && s < 300) counts.ok++;
      else if (s >= 400 && s < 500) counts.client++;
      const where = `${key} as ${actor} → ${s} (${req.url}) ${JSON.stringify(req.payload)?.slice(0, 300)} ${res.body.slice(0, 200)}`;
      if (!(s >= 200 && s < 300) && !(s >= 400 && s < 500)) failures.push(where);
      if (s >= 400 && after !== before)
        failures.push(`4xx wrote ${after - before} audit rows: ${where}`);
      // A session the fuzzer ended (reset password, deactivation) is renewed where it can be.
      if (s === 401 && session) {
        const renewed = await t
          .signIn(
            actor === 'admin' ? 'admin' : 'fuzz.officer',
            actor === 'admin' ? testAdminPassword : userPassword,
          )
          .catch(() => undefined);
        if (renewed && actor === 'admin') admin = renewed;
        if (renewed && actor === 'officer') officer = renewed;
      }
    }
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `fuzz: ${counts.total} requests in ${seconds.toFixed(1)} s (${(counts.total / seconds).toFixed(0)}/s): ${counts.ok} 2xx, ${counts.client} 4xx, ${failures.length} failures`,
  );
  expect(failures.slice(0, 20)).toEqual([]);
}, 3_600_000);

/** `--soak 10m`: mixed load (reads of every GET route, fuzzed writes) for the duration; printed, not asserted. */
function durationMs(text: string): number {
  const m = /^(\d+)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) return 0;
  const n = Number(m[1]);
  return n * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
}

it.runIf(process.env.RELIABILITY_SOAK)(
  'soak: mixed load, error rate and RSS growth (printed)',
  async () => {
    const duration = durationMs(process.env.RELIABILITY_SOAK!);
    const all = apiRoutes(t.app);
    const reads = all.filter((r) => r.method === 'GET' && !r.url.includes(':'));
    const writes = all.filter(
      (r) => writeMethods.has(r.method) && !selfEnding.has(`${r.method} ${r.url}`),
    );
    const started = Date.now();
    const warmUp = Math.min(60_000, duration / 5);
    let rssAfterWarmUp: number | undefined;
    let maxRss = 0;
    const tally = { requests: 0, errors: 0 };
    for (let round = 0; Date.now() - started < duration; round++) {
      const route = round % 3 === 0 ? writes[round % writes.length]! : reads[round % reads.length]!;
      const [req] = fc.sample(requestArb(route), { numRuns: 1, seed: seed + round });
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: req!.url,
        payload: route.method === 'GET' ? undefined : (req!.payload as string),
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, ...req!.headers },
      });
      tally.requests++;
      if (res.statusCode >= 500) tally.errors++;
      if (!rssAfterWarmUp && Date.now() - started >= warmUp)
        rssAfterWarmUp = process.memoryUsage().rss;
      if (round % 200 === 0) maxRss = Math.max(maxRss, process.memoryUsage().rss);
    }
    const end = process.memoryUsage().rss;
    const base = rssAfterWarmUp ?? end;
    console.log(
      `soak: ${tally.requests} requests in ${((Date.now() - started) / 1000).toFixed(0)} s, error rate ${((100 * tally.errors) / Math.max(1, tally.requests)).toFixed(2)} %, RSS after warm-up ${Math.round(base / 2 ** 20)} MB → end ${Math.round(end / 2 ** 20)} MB (${(((end - base) / base) * 100).toFixed(1)} %), max ${Math.round(maxRss / 2 ** 20)} MB`,
    );
  },
);
