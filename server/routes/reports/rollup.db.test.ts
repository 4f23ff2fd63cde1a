import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { idOf, userOn, userWith } from '../../../test/support/api.ts';
import { narrative, openYear, publishSmallCriteria } from '../../../test/support/reporting.ts';

let t: TestApp;
let admin: Session;
let office: Session;
let periodId: string;
let merged: string;
const ids: Record<string, string> = {};

const answers = (pct: number, count: number) => ({
  'R-PCT': { value: pct },
  'R-CNT': { value: count },
  'R-YN': { met: false },
  'R-BON': { events: 0 },
});

/** Saves and submits a unit's report as `head`. */
async function report(head: Session, unitId: string, pct: number, count: number) {
  const url = `/api/report-periods/${periodId}/reports/${unitId}`;
  const version = (await head.request('GET', url)).json().version ?? undefined;
  const saved = await head.request('PUT', url, {
    answers: answers(pct, count),
    narrative,
    version,
  });
  expect(saved.statusCode).toBe(200);
  const sent = await head.request(
    'POST',
    `${url}/submit`,
    { version: saved.json().version },
    { 'idempotency-key': `submit-${unitId}` },
  );
  expect(sent.json().status).toBe('submitted');
}

const rollup = async (s: Session, unitId?: string) =>
  s.request('GET', `/api/report-periods/${periodId}/rollup${unitId ? `?unitId=${unitId}` : ''}`);
interface Indicator {
  code: string;
  value: number | null;
  expectedUnits: number;
}
const indicator = (body: { indicators: Indicator[] }, code: string) =>
  body.indicators.find((i) => i.code === code);

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', testAdminPassword);
  office = await userWith(t, admin, 'tdkt.office', 'emulation_office', 'UBND-TINH');
  for (const code of ['UBND-TINH', 'SO-XD', 'XA-BAN-BO', 'XA-BINH-LU'])
    ids[code] = await idOf(admin, code, '2026-03-02');
  await publishSmallCriteria(office);
  periodId = await openYear(office);
  await report(
    await userWith(t, admin, 'a.head', 'unit_head', 'XA-BAN-BO'),
    ids['XA-BAN-BO']!,
    80,
    2,
  );
  await report(
    await userWith(t, admin, 'b.head', 'unit_head', 'XA-BINH-LU'),
    ids['XA-BINH-LU']!,
    90,
    3,
  );
  await report(await userWith(t, admin, 'xd.head', 'unit_head', 'SO-XD'), ids['SO-XD']!, 100, 10);
  // Mid-period the two communes merge into a new one.
  const res = await admin.request('POST', '/api/units/merge', {
    predecessorIds: [ids['XA-BAN-BO'], ids['XA-BINH-LU']],
    successor: { code: 'XA-HOP-NHAT', kind: 'commune', name: 'Xã Hợp Nhất' },
    effectiveDate: '2026-07-01',
    basis: 'Nghị quyết thử nghiệm sáp nhập',
  });
  expect(res.statusCode).toBe(200);
  merged = res.json().units.find((u: { code: string }) => u.code === 'XA-HOP-NHAT').id;
});
afterAll(() => t.close());

describe('roll-up along the tree as of the period’s reference date', () => {
  it('counts the merged communes once, under their successor, combining their reports', async () => {
    const res = await rollup(office);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      referenceDate: '2026-12-31',
      unit: { code: 'UBND-TINH' },
      status: null,
    });
    const codes = body.children.map((c: { unit: { code: string } }) => c.unit.code);
    expect(codes).toContain('XA-HOP-NHAT');
    expect(codes).not.toContain('XA-BAN-BO');
    expect(codes).not.toContain('XA-BINH-LU');
    const successor = body.children.find(
      (c: { unit: { code: string } }) => c.unit.code === 'XA-HOP-NHAT',
    );
    expect(successor.status).toBe('submitted');
    expect(indicator(body, 'R-CNT')).toMatchObject({
      aggregation: 'sum',
      value: 15,
      reportingUnits: 2,
    });
    // weighted by reporting units: the successor (80 and 90 → 85) and SO-XD (100) count one each
    expect(indicator(body, 'R-PCT')).toMatchObject({
      value: 92.5,
      reportingUnits: 2,
      target: 95,
      measure: '%',
    });
    const counts = Object.values(body.statusCounts as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    expect(counts).toBe(indicator(body, 'R-CNT')!.expectedUnits);
    expect(body.statusCounts.submitted).toBe(2);

    const board = (await office.request('GET', `/api/report-periods/${periodId}/board`)).json();
    expect(board.units).toHaveLength(counts);
    const boardCodes = board.units.map((u: { unit: { code: string } }) => u.unit.code);
    expect(boardCodes).toContain('XA-HOP-NHAT');
    expect(boardCodes).not.toContain('XA-BAN-BO');
  });

  it('once the successor reports itself, its predecessors’ reports no longer count', async () => {
    const head = await userOn(t, 'hopnhat.head', 'unit_head', merged);
    await report(head, merged, 70, 7);
    const body = (await rollup(office)).json();
    expect(indicator(body, 'R-CNT')).toMatchObject({ value: 17, reportingUnits: 2 });
    expect(indicator(body, 'R-PCT')!.value).toBeCloseTo(85);
    // The successor's head rolls up its own subtree, not the province's.
    const own = (await rollup(head)).json();
    expect(own).toMatchObject({ unit: { code: 'XA-HOP-NHAT' }, status: 'submitted' });
    expect(indicator(own, 'R-CNT')).toMatchObject({
      value: 7,
      reportingUnits: 1,
      expectedUnits: 1,
    });
    expect((await rollup(head, ids['UBND-TINH'])).statusCode).toBe(404);
    // "Up one level" is offered only where the actor may go.
    expect(own.parent).toBeNull();
    const dept = (await rollup(office, ids['SO-XD'])).json();
    expect(dept).toMatchObject({ parent: { code: 'UBND-TINH' }, children: [] });
  });
});
