/**
 * A reporting period filled the way a province's looks at the deadline: every expected unit
 * with a report answered against the plan's criteria, most of them submitted. The benchmark
 * then reads the form, the board and the roll-up over it, and saves a draft.
 */
import type { FastifyInstance } from 'fastify';
import { findRootUnitId } from '../server/repositories/unit-names.ts';
import * as usersRepo from '../server/repositories/users.ts';
import { vietnamDay, yearOf } from '../shared/vietnam-day.ts';
import type { TestDb } from '../test/support/test-app.ts';

interface Field {
  code: string;
  kind: string;
  scale?: string;
}

/** The office's day `offset` days from now (the deadline logic reads Vietnam days). */
const day = (offset: number) => vietnamDay(new Date(Date.now() + offset * 86_400_000));

/** Answers every field: numbers for measured criteria, "not met" (no evidence needed) otherwise. */
export function answersFor(form: { fields: Field[] }[], seed: number) {
  const answers: Record<string, unknown> = {};
  for (const f of form.flatMap((s) => s.fields))
    answers[f.code] =
      f.kind === 'quantitative'
        ? { value: 50 + (seed % 50) }
        : f.kind === 'qualitative'
          ? { met: false, note: 'Chưa đạt trong năm' }
          : { events: seed % 3 };
  return answers;
}

export async function fillPeriod(
  app: FastifyInstance,
  db: TestDb,
  session: { cookie: string; csrf: string },
) {
  const { deps, tenantId } = db;
  // The admin acts as the office and as head of every unit (a grant on the root covers all).
  const root = (await findRootUnitId(deps.db, tenantId))!;
  const admin = await usersRepo.findUserByUsername(deps.db, tenantId, 'admin');
  for (const role of ['emulation_office', 'unit_head'] as const)
    await usersRepo.insertGrant(deps.db, {
      id: deps.newId(),
      tenantId,
      userId: admin!.id,
      role,
      unitId: root,
    });
  const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
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
  const board = await call('GET', `/api/report-periods/${period.id}/board`);
  const units: { unit: { id: string } }[] = board.units;
  let i = 0;
  const reports: { unitId: string; version: number; status: string }[] = [];
  for (const { unit } of units) {
    const url = `/api/report-periods/${period.id}/reports/${unit.id}`;
    const report = await call('GET', url);
    const saved = await call('PUT', url, {
      answers: answersFor(report.form, i),
      narrative: { results: 'Hoàn thành kế hoạch', shortcomings: 'Không', proposals: 'Không' },
    });
    // Four in five submit before the deadline.
    let { version, status } = saved as { version: number; status: string };
    if (i++ % 5 !== 0) {
      const res = await app.inject({
        method: 'POST',
        url: `${url}/submit`,
        payload: { version: saved.version },
        headers: { ...headers, 'idempotency-key': `bench-${unit.id}` },
      });
      if (res.statusCode !== 200) throw new Error(`submit ${res.statusCode} ${res.body}`);
      ({ version, status } = res.json());
    }
    reports.push({ unitId: unit.id, version, status });
  }
  return {
    periodId: period.id as string,
    unitId: units[0]!.unit.id,
    units: units.length,
    reports,
  };
}
