/**
 * The benchmark's servers, each in a child process of `bench/run.ts` so the load generator
 * (autocannon, in the parent) never shares an event loop with the server it measures:
 *
 * - `hello`: a bare Fastify hello-world, the machine's own HTTP limit;
 * - `app`: thidua as production runs it (JSON logs at info to a file, the real rate limits),
 *   over a seeded database with a filled reporting period, plus on a second port a minimal
 *   Fastify route that does one INSERT on the same database (the write baseline).
 *
 * Prints one JSON line on stdout when listening: ports and what the loads need.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { buildApp } from '../server/app.ts';
import { findRootUnitId } from '../server/repositories/unit-names.ts';
import * as usersRepo from '../server/repositories/users.ts';
import { hashPassword } from '../server/services/auth.ts';
import { tmpDir } from '../test/support/template.ts';
import { testDb, testAdminPassword } from '../test/support/test-app.ts';
import { fillPeriod } from './reports.ts';

const mode = process.argv[2];

async function hello() {
  const app = Fastify({ logger: false });
  app.get('/', async () => ({ hello: 'world' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  process.stdout.write(
    `${JSON.stringify({ port: typeof address === 'object' && address?.port })}\n`,
  );
}

async function thidua() {
  const db = await testDb({ now: new Date() });
  fs.mkdirSync(tmpDir, { recursive: true });
  const logFile = path.join(tmpDir, `bench-${db.deps.dbKind}.log`);
  // Production settings: JSON lines at info, written to a file (no pretty-printing).
  const app = await buildApp(db.deps, {
    serveApp: false,
    logger: { level: 'info', file: logFile },
    // The real limits unless told otherwise (BENCH_RATE_LIMIT=off measures the handlers alone).
    rateLimit: process.env.BENCH_RATE_LIMIT !== 'off',
  });
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'admin', password: testAdminPassword },
  });
  const cookie = String([login.headers['set-cookie']].flat()[0]).split(';')[0]!;
  const csrf = login.json().csrfToken as string;
  const filled = await fillPeriod(app, db, { cookie, csrf });
  // A second officer of the office returns reports (the one who submitted may not, four eyes).
  const reviewerId = db.deps.newId();
  await usersRepo.insertUser(db.deps.db, {
    id: reviewerId,
    tenantId: db.tenantId,
    username: 'reviewer',
    fullName: 'Cán bộ thẩm định',
    passwordHash: await hashPassword(testAdminPassword),
  });
  await usersRepo.insertGrant(db.deps.db, {
    id: db.deps.newId(),
    tenantId: db.tenantId,
    userId: reviewerId,
    role: 'emulation_office',
    unitId: (await findRootUnitId(db.deps.db, db.tenantId))!,
  });
  const reviewerLogin = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'reviewer', password: testAdminPassword },
  });
  const reviewer = {
    cookie: String([reviewerLogin.headers['set-cookie']].flat()[0]).split(';')[0]!,
    csrf: reviewerLogin.json().csrfToken as string,
  };
  await app.listen({ port: 0, host: '127.0.0.1' });

  // The write baseline: one INSERT per request on the same database, nothing else.
  await db.deps.db.execute(
    sql`create table if not exists bench_inserts (id bigserial primary key, payload jsonb not null, at timestamptz not null default now())`,
  );
  const bare = Fastify({ logger: false });
  bare.post('/insert', async (request) => {
    await db.deps.db.execute(
      sql`insert into bench_inserts (payload) values (${JSON.stringify(request.body ?? {})}::jsonb)`,
    );
    return { ok: true };
  });
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const port = (s: typeof app.server) => {
    const a = s.address();
    return typeof a === 'object' && a ? a.port : 0;
  };
  process.stdout.write(
    `${JSON.stringify({
      port: port(app.server),
      insertPort: port(bare.server),
      cookie,
      csrf,
      reviewer,
      logFile,
      dbKind: db.deps.dbKind,
      ...filled,
    })}\n`,
  );
  const stop = async () => {
    await bare.close();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (mode === 'hello') await hello();
else await thidua();
