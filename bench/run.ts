/**
 * `npm run bench`: in-process HTTP benchmarks over a seeded database. Each figure is a ratio
 * to a baseline measured in the same run (GET /api/health: one `select 1`), so numbers stay
 * comparable across machines; absolute requests/second are printed for context only.
 */
import { buildApp } from '../server/app.ts';
import { buildPgliteTemplate, buildPostgresTemplate } from '../test/support/template.ts';
import { testDb, testAdminPassword } from '../test/support/test-app.ts';
import { fillPeriod } from './reports.ts';

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
  const csrf = login.json().csrfToken as string;
  const filled = await fillPeriod(app, db, { cookie, csrf });
  const period = `/api/report-periods/${filled.periodId}`;

  async function measure(
    name: string,
    url: string,
    headers: Record<string, string> = {},
    times = iterations,
  ) {
    for (let i = 0; i < Math.min(20, times); i++) await app.inject({ method: 'GET', url, headers }); // warm-up
    const start = process.hrtime.bigint();
    for (let i = 0; i < times; i++) {
      const res = await app.inject({ method: 'GET', url, headers });
      if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}`);
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    return { name, perSecond: times / seconds };
  }

  /** A draft saved again and again, as autosave does: validated, locked, audited, one transaction. */
  async function measureAutosave(name: string, url: string) {
    const headers = { cookie, 'x-csrf-token': csrf };
    const current = (await app.inject({ method: 'GET', url, headers })).json();
    let version = current.version as number;
    const save = async (i: number) => {
      const answers = { ...current.answers };
      const first = Object.keys(answers).find((code) => 'value' in answers[code]);
      if (first) answers[first] = { value: i % 100 };
      const res = await app.inject({
        method: 'PUT',
        url,
        headers,
        payload: { answers, narrative: current.narrative, version },
      });
      if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode} ${res.body}`);
      version = res.json().version;
    };
    for (let i = 0; i < 20; i++) await save(i);
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) await save(i);
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
    await measure('GET a report with its form', `${period}/reports/${filled.unitId}`, { cookie }),
    await measureAutosave('PUT a report draft (autosave)', `${period}/reports/${filled.unitId}`),
    await measure(`GET the completion board (${filled.units} units)`, `${period}/board`, {
      cookie,
    }),
    await measure('GET the province roll-up', `${period}/rollup`, { cookie }),
    await measure(
      'GET the consolidated report (DOCX)',
      `${period}/consolidated.docx`,
      { cookie },
      30,
    ),
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

// `npm run bench -- scoring`: the scoring engine against a bare SQL GROUP BY (bench/scoring.ts).
if (process.argv[2] === 'scoring') await (await import('./scoring.ts')).benchScoring();
else await main();
