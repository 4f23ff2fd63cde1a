import { sql } from 'drizzle-orm';
import { compareUnits } from '../../../shared/collation.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { readIndicatorWorkbook } from '../../documents/indicators-workbook.ts';
import { reportingUnitKinds } from '../../domain/reports/form.ts';
import { treeOn, unitsInPeriod } from '../../repositories/report-units.ts';
import { listReportsInScope } from '../../repositories/reports.ts';
import type { ListScope } from '../../repositories/scope.ts';
import * as usersRepo from '../../repositories/users.ts';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { setReportStatus } from '../../../test/support/report-rows.ts';
import { idOf, userOn, userWith } from '../../../test/support/api.ts';
import { openYear, publishSmallCriteria } from '../../../test/support/reporting.ts';

/**
 * The report list, the completion board and the indicator export over the 38 communes of
 * 2026, every one with a report sent in: a user of one commune gets that commune's rows only,
 * the emulation office gets them all.
 */
let t: TestApp;
let office: Session;
let head: Session;
let officer: Session;
/** A head on the province reviews every unit below it without being the office. */
let provinceHead: Session;
let periodId: string;
let communes: { id: string; code: string }[];
let chosen: { id: string; code: string };

type Row = { unit: { code: string } };
const codes = (rows: Row[]) => rows.map((r) => r.unit.code);
const communeCodes = () => communes.map((c) => c.code).sort();

beforeAll(async () => {
  t = await buildTestApp();
  const admin = await t.signIn('admin', testAdminPassword);
  office = await userWith(t, admin, 'tdkt.office', 'emulation_office', 'UBND-TINH');
  await publishSmallCriteria(office);
  periodId = await openYear(office);
  communes = await queryRows<{ id: string; code: string }>(
    t.deps.db,
    sql`select u.id, u.code from units u
         where u.tenant_id = ${t.tenantId} and u.kind = 'commune' and u.valid_to is null
         order by u.code`,
  );
  chosen = communes[11]!;
  for (const c of communes) await setReportStatus(t, periodId, c.id, 'submitted');
  await setReportStatus(t, periodId, await idOf(admin, 'SO-XD'), 'submitted');
  head = await userOn(t, 'xa.head', 'unit_head', chosen.id);
  officer = await userOn(t, 'xa.officer', 'unit_officer', chosen.id);
  provinceHead = await userWith(t, admin, 'tinh.head', 'unit_head', 'UBND-TINH');
});
afterAll(() => t.close());

const list = async (s: Session) => {
  const res = await s.request('GET', `/api/report-periods/${periodId}/reports`);
  expect(res.statusCode).toBe(200);
  return res.json() as { mine: Row[]; reviewable: Row[] };
};
const board = async (s: Session) => {
  const res = await s.request('GET', `/api/report-periods/${periodId}/board`);
  expect(res.statusCode).toBe(200);
  return res.json() as { units: Row[]; counts: Record<string, number> };
};
const exported = async (s: Session) => {
  const res = await s.request('GET', `/api/report-periods/${periodId}/indicators.xlsx`);
  expect(res.statusCode).toBe(200);
  const rows = await readIndicatorWorkbook(res.rawPayload, 20_000);
  return [...new Set(rows.map((r) => r.unitCode))].sort();
};

describe('lists of a reporting period, scoped in SQL', () => {
  it('the 2026 tree has 38 communes, each with a report sent in', () => {
    expect(communes).toHaveLength(38);
  });

  it('the report list: a commune’s head and officer get their commune, nothing to review', async () => {
    for (const s of [head, officer]) {
      const out = await list(s);
      expect(codes(out.mine)).toEqual([chosen.code]);
      expect(out.reviewable).toEqual([]);
    }
    const all = await list(office);
    expect(all.mine).toEqual([]);
    expect([...codes(all.reviewable)].sort()).toEqual([...communeCodes(), 'SO-XD'].sort());
    // By kind, then Vietnamese name, as every list of units is ordered (shared/collation.ts).
    const range = { from: '2026-01-01', to: '2026-12-31' };
    const order = (await unitsInPeriod(t.deps.db, t.tenantId, range, reportingUnitKinds))
      .sort(compareUnits)
      .map((u) => u.code)
      .filter((c) => codes(all.reviewable).includes(c));
    expect(codes(all.reviewable)).toEqual(order);
    const reviewer = await list(provinceHead);
    expect(reviewer.mine).toEqual([]);
    expect(codes(reviewer.reviewable)).toEqual(codes(all.reviewable));
  });

  it('the board: a commune’s head sees its commune’s row; the office sees every expected unit', async () => {
    const mine = await board(head);
    expect(codes(mine.units)).toEqual([chosen.code]);
    expect(mine.counts.submitted).toBe(1);
    expect(Object.values(mine.counts).reduce((a, b) => a + b, 0)).toBe(1);
    expect((await officer.request('GET', `/api/report-periods/${periodId}/board`)).statusCode).toBe(
      403,
    );
    const all = await board(office);
    const shown = codes(all.units);
    for (const code of communeCodes()) expect(shown).toContain(code);
    expect(shown).toContain('SO-XD');
    expect(all.counts.submitted).toBe(39);
    expect(codes((await board(provinceHead)).units)).toEqual(shown);
  });

  it('the indicator export: a commune’s user downloads its commune’s rows only', async () => {
    expect(await exported(head)).toEqual([chosen.code]);
    expect(await exported(officer)).toEqual([chosen.code]);
    const all = await exported(office);
    for (const code of communeCodes()) expect(all).toContain(code);
    expect(all).toContain('SO-XD');
  });

  it('the queries themselves filter: a commune head’s scope returns that commune’s rows only', async () => {
    const user = (await usersRepo.findUserByUsername(t.deps.db, t.tenantId, 'xa.head'))!;
    const scope: ListScope = {
      all: false,
      userId: user.id,
      today: t.deps.today(),
      roles: ['unit_head', 'unit_officer'],
    };
    const range = { from: '2026-01-01', to: '2026-12-31' };
    const units = await unitsInPeriod(t.deps.db, t.tenantId, range, reportingUnitKinds, { scope });
    expect(units.map((u) => u.code)).toEqual([chosen.code]);
    const tree = await treeOn(t.deps.db, t.tenantId, '2026-12-31', scope);
    expect(tree.map((u) => u.id)).toEqual([chosen.id]);
    const reports = await listReportsInScope(t.deps.db, t.tenantId, periodId, scope, [chosen.id]);
    expect(reports.map((r) => r.unitId)).toEqual([chosen.id]);
    const everything = await unitsInPeriod(t.deps.db, t.tenantId, range, reportingUnitKinds, {
      scope: { all: true },
    });
    expect(everything.filter((u) => u.kind === 'commune')).toHaveLength(38);
  });
});
