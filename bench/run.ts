/**
 * `npm run bench` (`-- --quick` for a run of a few minutes): thidua beside the limits of the
 * same machine, measured in the same run, on PGlite (default) or PostgreSQL (DATABASE_URL).
 *
 * - reads over HTTP at 100 connections (autocannon) vs a bare Fastify hello-world;
 * - report autosave and submission over HTTP at 8 and 32 connections vs a minimal Fastify
 *   route doing one INSERT on the same database, and vs pgbench on PostgreSQL;
 * - statements sent per autosave and per submission;
 * - board, roll-up, report form and consolidated DOCX at 50 / 500 / 5,000 units, per unit.
 *
 * The servers run in child processes with production settings (NODE_ENV=production, JSON
 * logs at info to a file, the real rate limits). Prints a Markdown report.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp } from '../server/app.ts';
import { buildPgliteTemplate, buildPostgresTemplate, tmpDir } from '../test/support/template.ts';
import { testDb, testAdminPassword } from '../test/support/test-app.ts';
import { fillPeriod } from './reports.ts';
import { load, rssOf, startServer, type Load } from './http.ts';
import { countStatements, scale } from './scale.ts';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const seconds = Number(process.env.BENCH_SECONDS ?? (quick ? 4 : 10));
const sizes = process.env.BENCH_SIZES
  ? process.env.BENCH_SIZES.split(',').map(Number)
  : quick
    ? [50, 500]
    : [50, 500, 5000];
/** `--scale-only`: only the in-process scale table (e.g. BENCH_SIZES=5000). */
const scaleOnly = process.argv.includes('--scale-only');
const databaseUrl = process.env.DATABASE_URL;

interface AppInfo {
  port: number;
  insertPort: number;
  cookie: string;
  csrf: string;
  reviewer: { cookie: string; csrf: string };
  logFile: string;
  dbKind: string;
  periodId: string;
  reports: { unitId: string; version: number; status: string }[];
}

const out: string[] = [];
/** The first body answered with each non-2xx status during the write loads, for the notes. */
const failures = new Map<number, string>();
const noteFailure = (status: number, body: string) => {
  if (status >= 300 && !failures.has(status)) failures.set(status, body.slice(0, 160));
};
const print = (line = '') => {
  out.push(line);
  console.log(line);
};
const f0 = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;

function machine() {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at start`;
}

async function pgVersionOf(url: string) {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  const r = await c.query<{ server_version: string; fsync: string }>(
    `select current_setting('server_version') as server_version, current_setting('fsync') as fsync`,
  );
  await c.end();
  return `PostgreSQL ${r.rows[0]!.server_version} (fsync ${r.rows[0]!.fsync})`;
}

/** pgbench's single-row insert at `clients` connections on a scratch database; TPS. */
function pgbench(url: string, clients: number): { tps: number; latencyMs: number } | undefined {
  const u = new URL(url);
  const name = `thidua_pgbench_${process.pid}`;
  const base = [
    '-h',
    u.hostname,
    '-p',
    u.port || '5432',
    '-U',
    decodeURIComponent(u.username || 'postgres'),
  ];
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(u.password) };
  try {
    execFileSync('psql', [...base, '-d', 'postgres', '-qc', `drop database if exists ${name}`], {
      env,
      stdio: 'ignore',
    });
    execFileSync('psql', [...base, '-d', 'postgres', '-qc', `create database ${name}`], { env });
    execFileSync(
      'psql',
      [
        ...base,
        '-d',
        name,
        '-qc',
        'create table t (id bigserial primary key, payload jsonb not null, at timestamptz not null default now())',
      ],
      { env },
    );
    const script = path.join(tmpDir, 'pgbench-insert.sql');
    fs.writeFileSync(script, `insert into t (payload) values ('{"value": 1}');\n`);
    const text = execFileSync(
      'pgbench',
      [...base, '-n', '-c', String(clients), '-j', '2', '-T', String(seconds), '-f', script, name],
      { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const tps = Number(/tps = ([\d.]+)/.exec(text)?.[1]);
    const latencyMs = Number(/latency average = ([\d.]+) ms/.exec(text)?.[1]);
    return { tps, latencyMs };
  } catch (error) {
    console.error(`pgbench failed: ${(error as Error).message}`);
    return undefined;
  } finally {
    try {
      execFileSync('psql', [...base, '-d', 'postgres', '-qc', `drop database if exists ${name}`], {
        env,
      });
    } catch {
      /* left for the next run */
    }
  }
}

function readRow(r: Load, base: Load) {
  return `| ${r.name} | ${f0(r.perSecond)} | ${r.p99} ms | ${pct(r.perSecond, base.perSecond)} | ${r.non2xx ? `${f0(r.non2xx)} non-2xx` : ''}${r.errors ? ` ${r.errors} errors` : ''} |`;
}

/** Autosave load: each connection saves its own report (draft or returned), keeping its version. */
function autosaveRequests(
  info: AppInfo,
  versions: Map<string, number>,
  answers: Record<string, unknown>,
) {
  const pool = info.reports.map((r) => r.unitId);
  let next = 0;
  return [
    {
      method: 'PUT' as const,
      setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
        context.unit ??= pool[next++ % pool.length];
        const unit = context.unit as string;
        const value = Math.floor(Math.random() * 100);
        const body = { ...answers };
        const first = Object.keys(body).find((code) => 'value' in (body[code] as object));
        if (first) body[first] = { value };
        return {
          ...req,
          path: `/api/report-periods/${info.periodId}/reports/${unit}`,
          headers: {
            cookie: info.cookie,
            'x-csrf-token': info.csrf,
            'content-type': 'application/json',
          },
          body: JSON.stringify({
            answers: body,
            narrative: {
              results: 'Hoàn thành kế hoạch',
              shortcomings: 'Không',
              proposals: 'Không',
            },
            version: versions.get(unit),
          }),
        };
      },
      onResponse: (status: number, body: string, context: Record<string, unknown>) => {
        if (status === 200) versions.set(context.unit as string, JSON.parse(body).version);
        else noteFailure(status, body);
      },
    },
  ];
}

/** Submission load: each connection submits its report, then the office returns it, and again. */
function submitRequests(info: AppInfo, versions: Map<string, number>) {
  const pool = info.reports.map((r) => r.unitId);
  let next = 0;
  let key = 0;
  const headers = {
    cookie: info.cookie,
    'x-csrf-token': info.csrf,
    'content-type': 'application/json',
  };
  const onResponse = (status: number, body: string, context: Record<string, unknown>) => {
    if (status === 200) versions.set(context.unit as string, JSON.parse(body).version);
    else noteFailure(status, body);
  };
  const url = (unit: string) => `/api/report-periods/${info.periodId}/reports/${unit}`;
  return [
    {
      method: 'POST' as const,
      setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
        context.unit ??= pool[next++ % pool.length];
        const unit = context.unit as string;
        return {
          ...req,
          path: `${url(unit)}/submit`,
          headers: { ...headers, 'idempotency-key': `bench-${process.pid}-${key++}` },
          body: JSON.stringify({ version: versions.get(unit) }),
        };
      },
      onResponse,
    },
    {
      method: 'POST' as const,
      setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
        const unit = context.unit as string;
        return {
          ...req,
          path: `${url(unit)}/return`,
          headers: { ...headers, cookie: info.reviewer.cookie, 'x-csrf-token': info.reviewer.csrf },
          body: JSON.stringify({
            version: versions.get(unit),
            reasons: { 'narrative.results': 'Bổ sung số liệu' },
          }),
        };
      },
      onResponse,
    },
  ];
}

async function statementCounts() {
  const db = await testDb({ now: new Date() });
  const app = await buildApp(db.deps, { serveApp: false, rateLimit: false });
  await app.ready();
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: testAdminPassword },
    });
    const cookie = String([login.headers['set-cookie']].flat()[0]).split(';')[0]!;
    const csrf = login.json().csrfToken as string;
    const filled = await fillPeriod(app, db, { cookie, csrf });
    const draft = filled.reports.find((r) => r.status === 'draft')!;
    const url = `/api/report-periods/${filled.periodId}/reports/${draft.unitId}`;
    const headers = { cookie, 'x-csrf-token': csrf };
    const current = (await app.inject({ method: 'GET', url, headers })).json();
    const counted: [string, number][] = [];
    counted.push([
      'GET /api/health (with a session cookie)',
      await countStatements(db, () => app.inject({ method: 'GET', url: '/api/health', headers })),
    ]);
    counted.push([
      'GET /api/public/movements/:code (first, computed)',
      await countStatements(db, () =>
        app.inject({ method: 'GET', url: '/api/public/movements/HTCS-THTK-2022-2030' }),
      ),
    ]);
    counted.push([
      'GET /api/public/movements/:code (again, from the cache)',
      await countStatements(db, () =>
        app.inject({ method: 'GET', url: '/api/public/movements/HTCS-THTK-2022-2030' }),
      ),
    ]);
    counted.push([
      'GET a report',
      await countStatements(db, () => app.inject({ method: 'GET', url, headers })),
    ]);
    let version = current.version as number;
    counted.push([
      'PUT a report (autosave)',
      await countStatements(db, async () => {
        const res = await app.inject({
          method: 'PUT',
          url,
          headers,
          payload: { answers: current.answers, narrative: current.narrative, version },
        });
        if (res.statusCode !== 200) throw new Error(`save: ${res.statusCode} ${res.body}`);
        version = res.json().version;
      }),
    ]);
    counted.push([
      'POST submit',
      await countStatements(db, async () => {
        const res = await app.inject({
          method: 'POST',
          url: `${url}/submit`,
          headers: { ...headers, 'idempotency-key': 'count-0001' },
          payload: { version },
        });
        if (res.statusCode !== 200) throw new Error(`submit: ${res.statusCode} ${res.body}`);
      }),
    ]);
    return counted;
  } finally {
    await app.close();
    await db.close();
  }
}

async function httpPart() {
  // Reads.
  const hello = await startServer<{ port: number }>('hello');
  const helloLoad = await load('bare Fastify hello-world', `http://127.0.0.1:${hello.info.port}/`, {
    connections: 100,
    seconds,
  });
  await hello.stop();
  const app = await startServer<AppInfo>('app');
  const info = app.info;
  const rssStart = await rssOf(app.child.pid);
  const base = `http://127.0.0.1:${info.port}`;
  const reads: Load[] = [];
  for (const [name, url, headers] of [
    ['GET /api/public/movements', '/api/public/movements', {}],
    ['GET /api/public/targets', '/api/public/targets', {}],
    [
      'GET /api/public/movements/HTCS-THTK-2022-2030',
      '/api/public/movements/HTCS-THTK-2022-2030',
      {},
    ],
    [
      '… the same with Accept-Encoding: br, gzip',
      '/api/public/movements/HTCS-THTK-2022-2030',
      { 'accept-encoding': 'br, gzip' },
    ],
    ['GET /api/health', '/api/health', {}],
    ['GET /api/health with a session cookie', '/api/health', { cookie: info.cookie }],
  ] as const) {
    await load('warm-up', `${base}${url}`, { connections: 10, seconds: 1, headers });
    reads.push(await load(name, `${base}${url}`, { connections: 100, seconds, headers }));
  }
  const rssReads = await rssOf(app.child.pid);
  print('## Reads, 100 connections');
  print();
  print('| request | req/s | p99 | of hello-world | refused |');
  print('|---|---|---|---|---|');
  print(readRow(helloLoad, helloLoad));
  for (const r of reads) print(readRow(r, helloLoad));
  print();

  // Writes: every submitted report is returned first, so each one can be saved and submitted.
  const versions = new Map<string, number>();
  const headers = {
    cookie: info.cookie,
    'x-csrf-token': info.csrf,
    'content-type': 'application/json',
  };
  /** Brings every report back to a state a save and a submit accept, with its current version. */
  const settle = async () => {
    for (const r of info.reports) {
      const url = `${base}/api/report-periods/${info.periodId}/reports/${r.unitId}`;
      const now = (await (await fetch(url, { headers })).json()) as {
        version: number;
        status: string;
      };
      let version = now.version;
      if (now.status === 'submitted') {
        const res = await fetch(`${url}/return`, {
          method: 'POST',
          headers: { ...headers, cookie: info.reviewer.cookie, 'x-csrf-token': info.reviewer.csrf },
          body: JSON.stringify({ version, reasons: { 'narrative.results': 'Bổ sung số liệu' } }),
        });
        if (res.status !== 200) throw new Error(`return: ${res.status} ${await res.text()}`);
        version = ((await res.json()) as { version: number }).version;
      }
      versions.set(r.unitId, version);
    }
  };
  const first = await fetch(
    `${base}/api/report-periods/${info.periodId}/reports/${info.reports[0]!.unitId}`,
    { headers },
  );
  const answers = ((await first.json()) as { answers: Record<string, unknown> }).answers;
  print(`## Writes (${info.reports.length} reports, one per connection at most)`);
  print();
  print('| request | connections | req/s | p99 | of one-INSERT route | of pgbench | refused |');
  print('|---|---|---|---|---|---|---|');
  for (const connections of [8, 32]) {
    const insert = await load(
      'minimal Fastify route, one INSERT',
      `http://127.0.0.1:${info.insertPort}/insert`,
      {
        connections,
        seconds,
        requests: [
          {
            method: 'POST',
            path: '/insert',
            headers: { 'content-type': 'application/json' },
            body: '{"value":1}',
          },
        ],
      },
    );
    const bench = databaseUrl ? pgbench(databaseUrl, connections) : undefined;
    await settle();
    const save = await load('PUT a report (autosave)', base, {
      connections,
      seconds,
      requests: autosaveRequests(info, versions, answers),
    });
    await settle();
    const submit = await load('POST submit / return, alternating', base, {
      connections,
      seconds,
      requests: submitRequests(info, versions),
    });
    const row = (r: Load) =>
      `| ${r.name} | ${connections} | ${f0(r.perSecond)} | ${r.p99} ms | ${pct(r.perSecond, insert.perSecond)} | ${bench ? pct(r.perSecond, bench.tps) : '—'} | ${r.non2xx ? `${f0(r.non2xx)} non-2xx` : ''}${r.errors ? ` ${r.errors} errors` : ''} |`;
    if (bench)
      print(
        `| pgbench single-row insert | ${connections} | ${f0(bench.tps)} TPS | avg ${bench.latencyMs} ms | — | 100% | |`,
      );
    print(row(insert));
    print(row(save));
    print(row(submit));
  }
  print();
  for (const [status, body] of failures) print(`- a ${status} during the write loads: \`${body}\``);
  const rssEnd = await rssOf(app.child.pid);
  const logLines = fs.existsSync(info.logFile)
    ? fs.readFileSync(info.logFile, 'utf8').split('\n').length - 1
    : 0;
  const logMb = fs.existsSync(info.logFile) ? fs.statSync(info.logFile).size / 2 ** 20 : 0;
  await app.stop();
  print(
    `- server RSS: ${rssStart?.toFixed(0)} MB after start, ${rssReads?.toFixed(0)} MB after the reads, ${rssEnd?.toFixed(0)} MB after the writes`,
  );
  print(`- log: ${f0(logLines)} lines, ${logMb.toFixed(1)} MB for the whole HTTP run`);
  fs.rmSync(info.logFile, { force: true });
  print();

  print('## SQL statements per request');
  print();
  print('| request | statements |');
  print('|---|---|');
  for (const [name, n] of await statementCounts()) print(`| ${name} | ${n} |`);
  print();
}

async function main() {
  process.env.THIDUA_TEST_RUN = `bench-${process.pid}`;
  const started = Date.now();
  const dbText = databaseUrl ? await pgVersionOf(databaseUrl) : 'PGlite (embedded, in memory)';
  if (databaseUrl) await buildPostgresTemplate(databaseUrl);
  else await buildPgliteTemplate();

  print(`# thidua benchmark — ${new Date().toISOString().slice(0, 16)}Z${quick ? ' (quick)' : ''}`);
  print();
  print(`- machine: ${machine()}`);
  print(`- database: ${dbText}`);
  print(
    `- load: autocannon, ${seconds} s per figure; servers in child processes with NODE_ENV=production, JSON logs at info, ${process.env.BENCH_RATE_LIMIT === 'off' ? 'rate limits OFF' : 'real rate limits'}`,
  );
  print();

  if (!scaleOnly) await httpPart();

  print('## Scale (in process, median)');
  print();
  print('| units | request | ms | µs per unit |');
  print('|---|---|---|---|');
  for (const r of await scale(sizes))
    print(`| ${f0(r.units)} | ${r.name} | ${r.ms.toFixed(1)} | ${r.usPerUnit.toFixed(0)} |`);
  print();
  print(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
  fs.mkdirSync(tmpDir, { recursive: true });
  fs.writeFileSync(
    path.join(tmpDir, `bench-${databaseUrl ? 'postgresql' : 'pglite'}.md`),
    `${out.join('\n')}\n`,
  );
}

// `npm run bench -- pages`: first-visit bytes and Lighthouse scores of the pages (bench/pages.ts).
if (process.argv[2] === 'pages') await (await import('./pages.ts')).benchPages();
// `npm run bench -- scoring`: the scoring engine against a bare SQL GROUP BY (bench/scoring.ts).
else if (process.argv[2] === 'scoring') await (await import('./scoring.ts')).benchScoring();
else await main();
process.exit(0);
