import ExcelJS from 'exceljs';
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
let head: Session;
let officer: Session;
let otherHead: Session;
let soxd: string;
let setId: string;
/** Committed values for 2026: every quantitative criterion with a 2026 target (or none dated). */
let values: Record<string, number>;
/** Criteria whose targets are all for other years, such as A-THR-5 (2025 only). */
const onlyOtherYears: string[] = [];
let periodId: string;

const movementCode = 'HTCS-THTK-2022-2030';

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', testAdminPassword);
  office = await userWith(t, admin, 'tdkt.office', 'emulation_office', 'UBND-TINH');
  head = await userWith(t, admin, 'soxd.head', 'unit_head', 'SO-XD');
  officer = await userWith(t, admin, 'soxd.officer', 'unit_officer', 'SO-XD');
  otherHead = await userWith(t, admin, 'sotc.head', 'unit_head', 'SO-TC');
  soxd = await idOf(admin, 'SO-XD');
  const sets = (await office.request('GET', '/api/criteria-sets')).json().sets as {
    id: string;
    code: string;
    publishedNumber: number | null;
  }[];
  setId = sets.find((s) => s.code === 'category:units_localities')!.id;
  const version = (await office.request('GET', `/api/criteria-sets/${setId}/versions/1`)).json();
  values = {};
  type Criterion = { code: string; kind: string; targets?: { year: number }[] };
  for (const g of version.content.groups as { criteria: Criterion[] }[])
    for (const c of g.criteria)
      if (c.kind === 'quantitative') {
        const years = (c.targets ?? []).map((x) => x.year);
        if (years.length && !years.includes(2026)) onlyOtherYears.push(c.code);
        else values[c.code] = 50;
      }
});
afterAll(() => t.close());

const draft = (extra: Record<string, unknown> = {}) => ({
  criteriaSetId: setId,
  criteriaVersion: 1,
  commitments: {
    values,
    collectiveTitles: ['TTLDXS'],
    individualTitles: [{ code: 'LDTT', count: 20 }],
    note: '',
  },
  ...extra,
});
const put = (s: Session, body: unknown) =>
  s.request('PUT', `/api/registrations/${periodId}/units/${soxd}`, body);
const submit = (s: Session, version: number, key: string) =>
  s.request(
    'POST',
    `/api/registrations/${periodId}/units/${soxd}/submit`,
    { version },
    {
      'idempotency-key': key,
    },
  );

describe('registration periods', () => {
  it('the office opens one period per movement and year, audited; others may not', async () => {
    const body = { movementCode, year: 2026, opensOn: '2026-01-15', deadline: '2026-03-31' };
    expect((await head.request('POST', '/api/registration-periods', body)).statusCode).toBe(403);
    const before = await auditCount(t, 'registration_period.create');
    const res = await office.request('POST', '/api/registration-periods', body);
    expect(res.statusCode).toBe(201);
    periodId = res.json().id;
    expect(await auditCount(t, 'registration_period.create')).toBe(before + 1);
    const again = await office.request('POST', '/api/registration-periods', body);
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields.year).toBeDefined();
    const bad = await office.request('POST', '/api/registration-periods', {
      ...body,
      year: 2027,
      deadline: '2026-01-01',
    });
    expect(Object.keys(bad.json().error.fields)).toEqual(['deadline']);
    const list = (await head.request('GET', '/api/registration-periods?year=2026')).json();
    expect(list.periods).toHaveLength(1);
    expect(list.abilities).toEqual({ create: false, overview: false });
  });
});

describe('registrations', () => {
  it('the overview lists a unit that has not registered', async () => {
    const res = await office.request('GET', `/api/registration-periods/${periodId}/overview`);
    expect(res.statusCode).toBe(200);
    const row = res.json().rows.find((r: { unitId: string }) => r.unitId === soxd);
    expect(row).toMatchObject({ code: 'SO-XD', status: 'not_registered' });
    expect(res.json().counts.not_registered).toBeGreaterThan(1);
    expect(
      (await head.request('GET', `/api/registration-periods/${periodId}/overview`)).statusCode,
    ).toBe(403);
  });

  it('a non-published version is a field error', async () => {
    const created = await office.request('POST', `/api/criteria-sets/${setId}/versions`, {
      from: 1,
    });
    expect(created.statusCode).toBe(201);
    const res = await put(officer, draft({ criteriaVersion: created.json().number }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.criteriaVersion).toBeDefined();
    const wrongTitle = await put(
      officer,
      draft({ commitments: { ...draft().commitments, collectiveTitles: ['LDTT'] } }),
    );
    expect(Object.keys(wrongTitle.json().error.fields)).toEqual(['collectiveTitles.0']);
  });

  it('refuses a commitment field the contract does not know, at any depth, writing nothing', async () => {
    const before = await auditCount(t, 'registration.');
    const aims = [{ code: 'LDTT', count: 20, budget: 5_000_000 }];
    const res = await put(
      officer,
      draft({ commitments: { ...draft().commitments, individualTitles: aims, amount: 1 } }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      'commitments.amount': 'Trường không được phép: amount.',
      'commitments.individualTitles.0.budget': 'Trường không được phép: budget.',
    });
    expect(await auditCount(t, 'registration.')).toBe(before);
  });

  it('draft → stale 409 → submit twice with one key is one submission and one audit entry', async () => {
    const first = await put(
      officer,
      draft({ commitments: { ...draft().commitments, values: {} } }),
    );
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      status: 'draft',
      version: 1,
      abilities: { save: true, submit: false },
    });
    expect((await put(otherHead, draft({ version: 1 }))).statusCode).toBe(404);
    // Submitting an incomplete draft names the missing values.
    const incomplete = await submit(head, 1, 'key-incomplete-1');
    expect(incomplete.statusCode).toBe(400);
    const second = await put(officer, draft({ version: 1 }));
    expect(second.json().version).toBe(2);
    expect((await put(officer, draft({ version: 1 }))).statusCode).toBe(409);
    expect((await submit(officer, 2, 'key-officer-0001')).statusCode).toBe(403);

    const before = await auditCount(t, 'registration.submit');
    const a = await submit(head, 2, 'key-submit-0001');
    expect(a.statusCode).toBe(200);
    expect(a.json()).toMatchObject({ status: 'submitted', version: 3 });
    const b = await submit(head, 2, 'key-submit-0001');
    expect(b.statusCode).toBe(200);
    expect(b.json()).toEqual(a.json());
    expect(await auditCount(t, 'registration.submit')).toBe(before + 1);
    expect((await submit(head, 3, 'key-submit-0002')).statusCode).toBe(403);
    expect((await put(officer, draft({ version: 3 }))).statusCode).toBe(403);

    const mine = (await head.request('GET', `/api/registrations?periodId=${periodId}`)).json();
    expect(mine.registrations).toHaveLength(1);
    expect(mine.mine[0]).toMatchObject({ unitId: soxd, status: 'submitted' });
    const other = (
      await otherHead.request('GET', `/api/registrations?periodId=${periodId}`)
    ).json();
    expect(other.registrations).toHaveLength(0);
    expect(other.mine[0]).toMatchObject({ status: null, abilities: { save: true } });
  });

  it('a 2026 registration is not asked for A-THR-5, a criterion whose only target year is 2025', async () => {
    expect(onlyOtherYears).toContain('A-THR-5');
    const sotc = await idOf(admin, 'SO-TC');
    const url = `/api/registrations/${periodId}/units/${sotc}`;
    const withOld = await otherHead.request('PUT', url, {
      ...draft(),
      commitments: { ...draft().commitments, values: { ...values, 'A-THR-5': 10 } },
    });
    expect(withOld.statusCode).toBe(400);
    expect(withOld.json().error.fields).toEqual({
      'values.A-THR-5': 'Tiêu chí A-THR-5 không có chỉ tiêu năm 2026, không cần cam kết.',
    });
    const saved = await otherHead.request('PUT', url, draft());
    expect(saved.statusCode).toBe(200);
    const sent = await otherHead.request(
      'POST',
      `${url}/submit`,
      { version: saved.json().version },
      { 'idempotency-key': 'key-sotc-2026' },
    );
    expect(sent.statusCode).toBe(200);
    expect(sent.json().status).toBe('submitted');
  });

  it('the overview shows it submitted, and exports to XLSX with Vietnamese headers', async () => {
    const res = await office.request('GET', `/api/registration-periods/${periodId}/overview`);
    expect(res.json().rows.find((r: { unitId: string }) => r.unitId === soxd).status).toBe(
      'submitted',
    );
    const xlsx = await office.request('GET', `/api/registration-periods/${periodId}/overview.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(3).value).toBe('Tên đơn vị');
    expect(ws.rowCount - 1).toBe(res.json().rows.length);
    const rows = ws.getSheetValues().slice(2) as unknown[][];
    expect(rows.find((r) => r[2] === 'SO-XD')?.[4]).toBe('Đã gửi');
  });

  it('after the deadline every unit without a submission is late', async () => {
    const created = await office.request('POST', '/api/registration-periods', {
      movementCode,
      year: 2025,
      opensOn: '2025-01-10',
      deadline: '2025-03-31',
    });
    const res = await office.request(
      'GET',
      `/api/registration-periods/${created.json().id}/overview`,
    );
    const statuses = new Set(res.json().rows.map((r: { status: string }) => r.status));
    expect([...statuses]).toEqual(['late']);
  });
});
