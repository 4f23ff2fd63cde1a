import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { auditCount, idOf, userWith } from '../../../test/support/api.ts';

let t: TestApp;
let admin: Session;
let office: Session;
let officer: Session;
let otherOfficer: Session;
let deptOffice: Session;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', testAdminPassword);
  office = await userWith(t, admin, 'tdkt.office', 'emulation_office', 'UBND-TINH');
  officer = await userWith(t, admin, 'sotc.officer', 'unit_officer', 'SO-TC');
  otherOfficer = await userWith(t, admin, 'soxd.officer', 'unit_officer', 'SO-XD');
  deptOffice = await userWith(t, admin, 'sonv.office', 'emulation_office', 'SO-NV');
});
afterAll(() => t.close());

const put = (s: Session, code: string, year: number, body: Record<string, unknown>) =>
  s.request('PUT', `/api/targets/${code}/actuals/${year}`, body);

describe('public targets', () => {
  it('lists all 11 seeded province targets with its years, no sign-in needed', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/targets' });
    expect(res.statusCode).toBe(200);
    const list = res.json() as { code: string }[];
    expect(list.length).toBe(11);
    const forest = list.find((x) => x.code === 'FOREST_COVER');
    expect(forest).toEqual({
      code: 'FOREST_COVER',
      name: { vi: 'Tỷ lệ che phủ rừng', en: 'Forest cover' },
      measure: 'percent',
      direction: 'higher',
      baseline: { year: null, value: null },
      targetsByYear: [
        { year: 2025, value: 54, comparator: '≥' },
        { year: 2030, value: 56, comparator: '≥' },
      ],
      actualsByYear: [],
      status: 'no_data',
      trend: null,
    });
  });
});

describe('entering actuals', () => {
  it('refuses a field the contract does not know, names it, and writes nothing', async () => {
    const before = await auditCount(t, 'target.actual');
    const res = await put(office, 'FOREST_COVER', 2023, {
      value: 52,
      source: 'Niên giám 2023',
      amount: 5_000_000,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ amount: 'Trường không được phép: amount.' });
    expect(await auditCount(t, 'target.actual')).toBe(before);
  });

  it('the office enters forest cover; status and trend follow, audited', async () => {
    const before = await auditCount(t, 'target.actual');
    const first = await put(office, 'FOREST_COVER', 2024, {
      value: 53.1,
      source: 'Niên giám 2024',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      status: 'off_track', // 2024 governs toward 2025 (54), but 2025 already passed in 2026
      latest: { year: 2024, value: 53.1 },
      abilities: { enterActual: true, assign: true },
    });
    const second = await put(office, 'FOREST_COVER', 2025, {
      value: 54.2,
      source: 'Báo cáo Sở NN&MT',
      evidence: 'https://example.org/bao-cao.pdf',
    });
    const body = second.json();
    expect(body.status).toBe('achieved');
    expect(body.trend).toBe('improving');
    expect(body.actualsByYear[1]).toMatchObject({
      year: 2025,
      value: 54.2,
      evidence: 'https://example.org/bao-cao.pdf',
      enteredBy: 'tdkt.office',
      version: 1,
    });
    expect(await auditCount(t, 'target.actual')).toBe(before + 2);
    const pub = (await t.app.inject({ method: 'GET', url: '/api/public/targets' })).json();
    expect(pub.find((x: { code: string }) => x.code === 'FOREST_COVER')).toMatchObject({
      status: 'achieved',
      trend: 'improving',
      actualsByYear: [
        { year: 2024, value: 53.1, source: 'Niên giám 2024' },
        { year: 2025, value: 54.2, source: 'Báo cáo Sở NN&MT' },
      ],
    });
  });

  it('correcting a year needs the version read: stale → 409, nothing changed', async () => {
    const created = await put(office, 'MARKETS', 2024, { value: 25, source: 'Sở Công Thương' });
    expect(created.json().actualsByYear[0].version).toBe(1);
    const fixed = await put(office, 'MARKETS', 2024, { value: 26, source: 'Sở CT', version: 1 });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json().actualsByYear[0]).toMatchObject({ value: 26, version: 2 });
    const stale = await put(office, 'MARKETS', 2024, { value: 27, source: 'x', version: 1 });
    expect(stale.statusCode).toBe(409);
    const blind = await put(office, 'MARKETS', 2024, { value: 27, source: 'x' });
    expect(blind.statusCode).toBe(409);
    const now = (await office.request('GET', '/api/targets/MARKETS')).json();
    expect(now.actualsByYear).toEqual([expect.objectContaining({ value: 26, version: 2 })]);
  });

  it('refuses a value of the wrong unit of measure field by field, writing nothing', async () => {
    const before = await auditCount(t, 'target.actual');
    const percent = await put(office, 'POWER_LOSSES', 2024, { value: 140, source: 'EVN' });
    expect(percent.statusCode).toBe(400);
    expect(percent.json().error.fields).toEqual({
      value: 'Chỉ tiêu tính bằng %: giá trị phải từ 0 đến 100.',
    });
    const count = await put(office, 'SMALL_HYDROPOWER_PLANTS', 2040, { value: 4.5, source: 'x' });
    expect(Object.keys(count.json().error.fields).sort()).toEqual(['value', 'year']);
    const done = await put(office, 'STATE_HOUSING_LAND_REARRANGED', 2025, {
      value: 2,
      source: 'x',
    });
    expect(Object.keys(done.json().error.fields)).toEqual(['value']);
    const change = await put(office, 'PUBLIC_SERVICE_UNITS_CHANGE', 2025, {
      value: -12,
      source: 'Sở Nội vụ',
    });
    expect(change.statusCode).toBe(200);
    expect(change.json().status).toBe('achieved');
    const empty = await put(office, 'MARKETS', 2025, { value: 3, source: '' });
    expect(Object.keys(empty.json().error.fields)).toEqual(['source']);
    expect(await auditCount(t, 'target.actual')).toBe(before + 1);
  });

  it('answers 404 for an unknown target', async () => {
    expect((await put(office, 'NOPE', 2024, { value: 1, source: 'x' })).statusCode).toBe(404);
  });
});

describe('permission matrix over the API', () => {
  it.each<[string, () => Session, number]>([
    ['emulation office on the province', () => office, 200],
    ['emulation office on a department only', () => deptOffice, 403],
    ['administrator', () => admin, 403],
    ['unit officer', () => officer, 403],
  ])('%s entering a province actual → %s', async (_who, who, status) => {
    const res = await put(who(), 'SUPERMARKETS', 2024, { value: 3, source: 'x' });
    expect(res.statusCode).toBe(status);
    const read = await who().request('GET', '/api/targets/SUPERMARKETS');
    expect(read.statusCode).toBe(200);
    const allowed = status === 200;
    expect(read.json().abilities).toEqual({ enterActual: allowed, assign: allowed });
  });

  it('cascades disbursement to a unit; only that unit (or the office) enters its actual', async () => {
    const soTc = await idOf(admin, 'SO-TC');
    const denied = await officer.request(
      'POST',
      '/api/targets/PUBLIC_INVESTMENT_DISBURSEMENT/assignments',
      {
        unitId: soTc,
        year: 2025,
        value: 100,
        comparator: '≥',
      },
    );
    expect(denied.statusCode).toBe(403);
    const before = await auditCount(t, 'target.assignment');
    const assigned = await office.request(
      'POST',
      '/api/targets/PUBLIC_INVESTMENT_DISBURSEMENT/assignments',
      { unitId: soTc, year: 2025, value: 100, comparator: '≥' },
    );
    expect(assigned.statusCode).toBe(201);
    expect(assigned.json()).toMatchObject({
      unitName: 'Sở Tài chính',
      value: 100,
      year: 2025,
      version: 1,
      actual: null,
      status: 'no_data',
      abilities: { enterActual: true },
    });
    expect(await auditCount(t, 'target.assignment')).toBe(before + 1);
    const assign = (body: Record<string, unknown>) =>
      office.request('POST', '/api/targets/PUBLIC_INVESTMENT_DISBURSEMENT/assignments', {
        unitId: soTc,
        year: 2025,
        comparator: '≥',
        ...body,
      });
    // Changing it needs the version read: none or a stale one is 409, nothing written.
    expect((await assign({ value: 95 })).statusCode).toBe(409);
    expect((await assign({ value: 95, version: 7 })).statusCode).toBe(409);
    expect(await auditCount(t, 'target.assignment')).toBe(before + 1);
    const changed = await assign({ value: 98, version: 1 });
    expect(changed.json()).toMatchObject({ value: 98, version: 2 });
    expect((await assign({ value: 100, version: 2 })).json()).toMatchObject({ version: 3 });
    const province = await assign({
      unitId: await idOf(admin, 'UBND-TINH'),
      value: 100,
    });
    expect(Object.keys(province.json().error.fields)).toEqual(['unitId']);
    const bad = await office.request(
      'POST',
      '/api/targets/PUBLIC_INVESTMENT_DISBURSEMENT/assignments',
      {
        unitId: soTc,
        year: 2019,
        value: 120,
        comparator: '≥',
      },
    );
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['value', 'year']);

    const code = 'PUBLIC_INVESTMENT_DISBURSEMENT';
    const notAssignedYear = await put(officer, code, 2024, {
      value: 90,
      source: 'x',
      unitId: soTc,
    });
    expect(notAssignedYear.statusCode).toBe(403);
    const other = await put(otherOfficer, code, 2025, { value: 90, source: 'x', unitId: soTc });
    expect(other.statusCode).toBe(403);
    const own = await put(officer, code, 2025, { value: 96.5, source: 'KBNN', unitId: soTc });
    expect(own.statusCode).toBe(200);
    // a unit's figure is not the province's
    expect(own.json().actualsByYear).toEqual([]);
    const byOffice = await put(office, code, 2024, { value: 90, source: 'x', unitId: soTc });
    expect(byOffice.json().error.fields).toEqual({
      unitId: 'Chỉ tiêu chưa được giao cho đơn vị này trong năm 2024.',
    });
    const list = await officer.request('GET', `/api/targets/${code}/assignments`);
    expect(list.json()).toMatchObject({
      abilities: { assign: false },
      assignments: [
        {
          unitName: 'Sở Tài chính',
          year: 2025,
          actual: { value: 96.5, source: 'KBNN', version: 1 },
          // 96.5 % against "≥ 100 %" for a year that has its actual: the year is lost.
          status: 'off_track',
          abilities: { enterActual: true },
        },
      ],
    });
    const others = await otherOfficer.request('GET', `/api/targets/${code}/assignments`);
    expect(others.json().assignments[0].abilities).toEqual({ enterActual: false });
    const met = await put(office, code, 2025, {
      value: 100,
      source: 'KBNN',
      unitId: soTc,
      version: 1,
    });
    expect(met.statusCode).toBe(200);
    const after = await office.request('GET', `/api/targets/${code}/assignments`);
    expect(after.json().assignments[0]).toMatchObject({
      status: 'achieved',
      actual: { version: 2 },
    });
  });

  it('needs a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/targets' });
    expect(res.statusCode).toBe(401);
    const list = await officer.request('GET', '/api/targets');
    expect(list.statusCode).toBe(200);
    expect(list.json().targets).toHaveLength(11);
  });
});
