/**
 * `npm run bench`: in-process HTTP benchmarks over a seeded database. Each figure is a ratio
 * to a baseline measured in the same run (GET /api/health: one `select 1`), so numbers stay
 * comparable across machines; absolute requests/second are printed for context only.
 */
import { buildApp } from '../server/app.ts';
import { buildPgliteTemplate, buildPostgresTemplate } from '../test/support/template.ts';
import { testDb, testAdminPassword } from '../test/support/test-app.ts';

const iterations = Number(process.env.BENCH_ITERATIONS ?? 300);

async function main() {
  if (process.env.DATABASE_URL) await buildPostgresTemplate(process.env.DATABASE_URL);
  else await buildPgliteTemplate();
  const db = await testDb({ now: new Date() });
  const app = await buildApp(db.deps, { serveApp: false, rateLimit: false });
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'admin', password: testAdminPassword },
  });
  const cookie = String([login.headers['set-cookie']].flat()[0]).split(';')[0]!;

  async function measure(name: string, url: string, headers: Record<string, string> = {}) {
    for (let i = 0; i < 20; i++) await app.inject({ method: 'GET', url, headers }); // warm-up
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) {
      const res = await app.inject({ method: 'GET', url, headers });
      if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}`);
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    return { name, perSecond: iterations / seconds };
  }

  const baseline = await measure('baseline GET /api/health', '/api/health');
  const results = [
    await measure('GET /api/public/movements', '/api/public/movements'),
    await measure('GET /api/public/movements/:code', '/api/public/movements/HTCS-THTK-2022-2030'),
    await measure('GET /api/me (session + covered units)', '/api/me', { cookie }),
    await measure('GET /api/units/tree?asOf=2024-06-01', '/api/units/tree?asOf=2024-06-01', {
      cookie,
    }),
  ];
  console.log(`database: ${db.deps.dbKind}; ${iterations} requests each, in process`);
  console.log(`${baseline.name}: ${baseline.perSecond.toFixed(0)} req/s (baseline = 1.00)`);
  for (const r of results)
    console.log(
      `${r.name}: ${(baseline.perSecond / r.perSecond).toFixed(2)}× the baseline's time per request (${r.perSecond.toFixed(0)} req/s)`,
    );
  await app.close();
  await db.close();
}

await main();
