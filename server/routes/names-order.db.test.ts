import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareNames, compareUnits } from '../../shared/collation.ts';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../test/support/test-app.ts';
import { idOf, userWith } from '../../test/support/api.ts';
import { openYear, publishSmallCriteria } from '../../test/support/reporting.ts';

/**
 * Every list of names comes in Vietnamese order (shared/collation.ts), whatever order the rows
 * were written in: written here as Tà Tổng, Mường Tè, Mù Cả (and Đinh Đà, which byte order puts
 * after T), they must read Đinh Đà, Mù Cả, Mường Tè, Tà Tổng.
 */
let t: TestApp;
let admin: Session;
let office: Session;
const ids: Record<string, string> = {};
const communes = ['XA-TA-TONG', 'XA-MUONG-TE', 'XA-MU-CA'];
const people = ['Tà Tổng', 'Mường Tè', 'Mù Cả', 'Đinh Đà'];
const vietnamese = ['Đinh Đà', 'Mù Cả', 'Mường Tè', 'Tà Tổng'];
const sortedUnits = <T extends { kind: string; name: string }>(list: T[]) =>
  [...list].sort(compareUnits);

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', testAdminPassword);
  office = await userWith(t, admin, 'tdkt.office', 'emulation_office', 'UBND-TINH');
  for (const code of [...communes, 'SO-XD', 'UBND-TINH']) ids[code] = await idOf(admin, code);
});
afterAll(() => t.close());

describe('lists of names in Vietnamese order', () => {
  it('pledge members: the head, then the members Mù Cả, Mường Tè, Tà Tổng', async () => {
    const block = await office.request('POST', '/api/blocks', {
      code: 'CUM-MUONG-TE',
      kind: 'cluster',
      name: 'Cụm thi đua các xã biên giới',
    });
    const blockId = block.json().id;
    const put = await office.request('PUT', `/api/blocks/${blockId}/members/2026`, {
      members: [
        { unitId: ids['SO-XD'], role: 'head' },
        ...communes.map((c) => ({ unitId: ids[c], role: 'member' })),
      ],
    });
    expect(put.statusCode).toBe(200);
    const pledge = (await office.request('GET', `/api/blocks/${blockId}/pledges/2026`)).json();
    expect(pledge.members.map((m: { name: string }) => m.name)).toEqual([
      'Sở Xây dựng',
      'Xã Mù Cả',
      'Xã Mường Tè',
      'Xã Tà Tổng',
    ]);
    const blocks = (await office.request('GET', '/api/blocks?year=2026')).json().blocks;
    const mine = blocks.find((b: { id: string }) => b.id === blockId);
    expect(mine.members.map((m: { unitName: string }) => m.unitName)).toEqual(
      pledge.members.map((m: { name: string }) => m.name),
    );
  });

  it('the unit tree, the roll-up children, the overview and the indicator workbook', async () => {
    const tree = (await admin.request('GET', '/api/units/tree?asOf=2026-03-02')).json().units;
    const order = tree.map((u: { code: string }) => u.code);
    expect(['XA-MU-CA', 'XA-MUONG-TE', 'XA-TA-TONG'].map((c) => order.indexOf(c))).toEqual(
      [...['XA-MU-CA', 'XA-MUONG-TE', 'XA-TA-TONG'].map((c) => order.indexOf(c))].sort(
        (a, b) => a - b,
      ),
    );

    await publishSmallCriteria(office);
    const periodId = await openYear(office);
    const rollup = (await office.request('GET', `/api/report-periods/${periodId}/rollup`)).json();
    const children = rollup.children.map((c: { unit: { kind: string; name: string } }) => c.unit);
    expect(children.length).toBeGreaterThan(30);
    expect(children).toEqual(sortedUnits(children));

    const regPeriod = await office.request('POST', '/api/registration-periods', {
      movementCode: 'HTCS-THTK-2022-2030',
      year: 2026,
      opensOn: '2026-01-15',
      deadline: '2026-03-31',
    });
    const overview = (
      await office.request('GET', `/api/registration-periods/${regPeriod.json().id}/overview`)
    ).json().rows as { kind: string; name: string }[];
    expect(overview.map((r) => r.name)).toContain('Phường Đoàn Kết');
    expect(overview).toEqual(sortedUnits(overview));

    const xlsx = await office.request('GET', `/api/report-periods/${periodId}/indicators.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const names: string[] = [];
    wb.getWorksheet('Chỉ số')!.eachRow((row, n) => {
      const name = String(row.getCell(3).value);
      if (n > 1 && names.at(-1) !== name) names.push(name);
    });
    const kinds = new Map(tree.map((u: { name: string; kind: string }) => [u.name, u.kind]));
    const units = names.map((name) => ({ name, kind: kinds.get(name) as string }));
    expect(units).toEqual(sortedUnits(units));
  });

  it('people, households and the candidates for an award', async () => {
    const unitId = ids['XA-MU-CA'];
    for (const fullName of people) {
      const res = await office.request('POST', '/api/people', {
        fullName,
        category: 'official',
        unitId,
      });
      expect(res.statusCode).toBe(201);
      await office.request('POST', '/api/households', {
        headName: fullName,
        address: 'Bản Mù Cả',
        unitId,
      });
    }
    const listed = (await office.request('GET', `/api/people?unitId=${unitId}`)).json().people;
    expect(listed.map((p: { fullName: string }) => p.fullName)).toEqual(vietnamese);
    const households = (await office.request('GET', `/api/households?unitId=${unitId}`)).json();
    expect(households.households.map((h: { headName: string }) => h.headName)).toEqual(vietnamese);
    const candidates = (
      await office.request(
        'GET',
        `/api/commendations/candidates?unitId=${unitId}&year=2025&award=LDTT&date=2026-01-15`,
      )
    ).json().candidates as { name: string; result: { verdict: string } }[];
    expect(new Set(candidates.map((c) => c.result.verdict)).size).toBe(1);
    expect(candidates.map((c) => c.name)).toEqual(vietnamese);
  });

  it('users by full name, and a target’s assignments by unit name', async () => {
    for (const [i, fullName] of people.entries()) {
      const res = await admin.request('POST', '/api/users', {
        username: `z${9 - i}.nguoi.dung`,
        fullName,
        password: 'mat-khau-tam-2026',
      });
      expect(res.statusCode).toBe(201);
    }
    const users = (await admin.request('GET', '/api/users')).json().users as {
      fullName: string;
    }[];
    const full = users.map((u) => u.fullName);
    expect(full).toEqual([...full].sort(compareNames));
    expect(full.filter((n) => people.includes(n))).toEqual(vietnamese);

    for (const c of communes) {
      const res = await office.request(
        'POST',
        '/api/targets/PUBLIC_INVESTMENT_DISBURSEMENT/assignments',
        { unitId: ids[c], year: 2026, value: 95, comparator: '≥' },
      );
      expect(res.statusCode).toBe(201);
    }
    const list = (
      await office.request('GET', '/api/targets/PUBLIC_INVESTMENT_DISBURSEMENT/assignments')
    ).json();
    expect(list.assignments.map((a: { unitName: string }) => a.unitName)).toEqual([
      'Xã Mù Cả',
      'Xã Mường Tè',
      'Xã Tà Tổng',
    ]);
  });
});
