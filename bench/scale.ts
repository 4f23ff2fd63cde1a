/**
 * Scale: the board, the roll-up, one report form and the consolidated DOCX over a period
 * with 50, 500 and 5,000 reporting units (communes added under the province in bulk, each
 * with a report, four in five submitted). Measured in process (app.inject) since the
 * question is growth: time per unit should stay flat as units grow tenfold.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../server/app.ts';
import { reports, units, unitVersions } from '../server/db/schema/index.ts';
import { bumpTopic } from '../server/repositories/answer-versions.ts';
import { defaultVersion } from '../server/repositories/report-units.ts';
import { findPeriod } from '../server/repositories/reports.ts';
import { findRootUnitId } from '../server/repositories/unit-names.ts';
import * as usersRepo from '../server/repositories/users.ts';
import { noteWrite } from '../server/services/answer-cache.ts';
import { vietnamDay, yearOf } from '../shared/vietnam-day.ts';
import { testDb, testAdminPassword, type TestDb } from '../test/support/test-app.ts';
import { answersFor } from './reports.ts';

const day = (offset: number) => vietnamDay(new Date(Date.now() + offset * 86_400_000));

export interface ScaleRow {
  units: number;
  name: string;
  ms: number;
  usPerUnit: number;
}

async function chunked<T>(rows: T[], size: number, write: (part: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

async function signIn(app: FastifyInstance) {
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'admin', password: testAdminPassword },
  });
  const cookie = String([login.headers['set-cookie']].flat()[0]).split(';')[0]!;
  return { cookie, 'x-csrf-token': login.json().csrfToken as string };
}

/** A period over `target` reporting units, every one with a report. */
async function fill(app: FastifyInstance, db: TestDb, target: number) {
  const { deps, tenantId } = db;
  const root = (await findRootUnitId(deps.db, tenantId))!;
  const admin = (await usersRepo.findUserByUsername(deps.db, tenantId, 'admin'))!;
  for (const role of ['emulation_office', 'unit_head'] as const)
    await usersRepo.insertGrant(deps.db, {
      id: deps.newId(),
      tenantId,
      userId: admin.id,
      role,
      unitId: root,
    });
  const headers = await signIn(app);
  const call = async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const res = await app.inject({ method, url, payload, headers });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const year = Math.min(Math.max(yearOf(deps.today()), 2022), 2030);
  const period = await call('POST', '/api/report-periods', {
    movementCode: 'HTCS-THTK-2022-2030',
    year,
    kind: 'year',
    opensOn: day(-30),
    deadline: day(10),
    closesOn: day(40),
  });
  const seeded: { unit: { id: string } }[] = (
    await call('GET', `/api/report-periods/${period.id}/board`)
  ).units;
  const extra = Math.max(0, target - seeded.length);
  const newUnits = Array.from({ length: extra }, (_, i) => ({
    id: randomUUID(),
    tenantId,
    code: `BENCH-${i}`,
    kind: 'commune',
    validFrom: '2020-01-01',
  }));
  await chunked(newUnits, 500, (part) => deps.db.insert(units).values(part));
  await chunked(newUnits, 500, (part) =>
    deps.db.insert(unitVersions).values(
      part.map((u, i) => ({
        id: randomUUID(),
        tenantId,
        unitId: u.id,
        name: `Xã Thử ${u.code} ${i}`,
        parentId: root,
        communeType: 'rural_commune',
        validFrom: '2020-01-01',
      })),
    ),
  );
  // Written straight to the tables, so the cached scopes are told as an audited write would.
  await bumpTopic(deps.db, tenantId, 'unit');
  noteWrite(tenantId);
  const all = [...seeded.map((s) => s.unit.id), ...newUnits.map((u) => u.id)].slice(
    0,
    Math.max(target, seeded.length),
  );
  const form = (await call('GET', `/api/report-periods/${period.id}/reports/${all[0]}`)).form;
  const row = (await findPeriod(deps.db, tenantId, period.id))!;
  const criteria = (await defaultVersion(deps.db, tenantId, row.movementId))!;
  const now = deps.clock();
  await chunked(all, 500, (part) =>
    deps.db.insert(reports).values(
      part.map((unitId, i) => {
        const submitted = i % 5 !== 0;
        return {
          id: randomUUID(),
          tenantId,
          periodId: period.id as string,
          unitId,
          criteriaSetId: criteria.setId,
          criteriaVersion: criteria.number,
          status: submitted ? ('submitted' as const) : ('draft' as const),
          answers: answersFor(form, i) as never,
          narrative: { results: 'Hoàn thành kế hoạch', shortcomings: 'Không', proposals: 'Không' },
          submissions: submitted ? 1 : 0,
          submittedAt: submitted ? now : null,
          submittedBy: submitted ? admin.id : null,
          createdAt: now,
          updatedAt: now,
        };
      }),
    ),
  );
  return { periodId: period.id as string, unitIds: all, headers };
}

/** Counts the SQL statements the database driver is sent while `fn` runs. */
export async function countStatements(db: TestDb, fn: () => Promise<unknown>): Promise<number> {
  let count = 0;
  if (db.deps.dbKind === 'postgresql') {
    const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
    const original = proto.query;
    proto.query = function (this: unknown, ...args: unknown[]) {
      count++;
      return original.apply(this, args);
    };
    try {
      await fn();
    } finally {
      proto.query = original;
    }
    return count;
  }
  type Q = { query: (...a: unknown[]) => unknown; exec: (...a: unknown[]) => unknown };
  const client = (
    db.deps.db as unknown as { $client: Q & { transaction: (f: (tx: Q) => unknown) => unknown } }
  ).$client;
  const wrap = (target: Q) => {
    const q = target.query.bind(target);
    const e = target.exec.bind(target);
    target.query = (...a) => (count++, q(...a));
    target.exec = (...a) => (count++, e(...a));
    return () => {
      target.query = q;
      target.exec = e;
    };
  };
  const unwrap = wrap(client);
  const tx = client.transaction.bind(client);
  client.transaction = (f) => tx((t) => (wrap(t), f(t)));
  try {
    await fn();
  } finally {
    unwrap();
    client.transaction = tx;
  }
  return count;
}

async function median(times: number, fn: () => Promise<void>): Promise<number> {
  await fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)]!;
}

export async function scale(sizes: number[]): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  for (const size of sizes) {
    const db = await testDb({ now: new Date() });
    const app = await buildApp(db.deps, { serveApp: false, rateLimit: false });
    await app.ready();
    try {
      const { periodId, unitIds, headers } = await fill(app, db, size);
      const n = unitIds.length;
      const period = `/api/report-periods/${periodId}`;
      const get = (url: string) => async () => {
        const res = await app.inject({ method: 'GET', url, headers });
        if (res.statusCode !== 200)
          throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      };
      const times = n >= 5000 ? 3 : n >= 500 ? 5 : 15;
      for (const [name, url] of [
        ['board', `${period}/board`],
        ['roll-up', `${period}/rollup`],
        ['report form', `${period}/reports/${unitIds[0]}`],
        ['consolidated DOCX', `${period}/consolidated.docx`],
      ] as const) {
        const ms = await median(times, get(url));
        rows.push({ units: n, name, ms, usPerUnit: (ms * 1000) / n });
      }
    } finally {
      await app.close();
      await db.close();
    }
  }
  return rows;
}
