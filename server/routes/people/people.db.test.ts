import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/support/test-app.ts';
import { commendationRecords } from '../../db/schema/index.ts';
import { adminPassword, auditCount, idOf, userWith } from '../../../test/support/api.ts';

/**
 * Strict contracts on the history routes (ADR 0019): a field the contract does not know is
 * refused with 400 and named, never dropped; and only the office on the root is the office.
 */

let t: TestApp;
let admin: Session;
let officer: Session;
let household: string;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', adminPassword);
  officer = await userWith(t, admin, 'officer.nv', 'unit_officer', 'SO-NV');
  const created = await officer.request('POST', '/api/households', {
    headName: 'Vàng A Sử',
    address: 'Bản Sin Suối Hồ',
    unitId: await idOf(admin, 'SO-NV'),
  });
  expect(created.statusCode, created.body).toBe(201);
  household = created.json().id;
});
afterAll(() => t.close());

const recordsOf = async (subjectId: string) =>
  t.deps.db.select().from(commendationRecords).where(eq(commendationRecords.subjectId, subjectId));

describe('a body with a field the contract does not know', () => {
  it('issue 9 — a contribution sent with "amount":5000000 answers 400 naming amount, writing nothing', async () => {
    const before = await auditCount(t, 'commendation_record.');
    const res = await officer.request(
      'POST',
      `/api/subjects/household/${household}/contributions`,
      {
        kind: 'money',
        date: '2024-08-10',
        project: 'Đường liên bản Sin Suối Hồ',
        amount: 5000000,
      },
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.fields).toEqual({ amount: 'Trường không được phép: amount.' });
    expect(await auditCount(t, 'commendation_record.')).toBe(before);
    expect(await recordsOf(household)).toEqual([]);

    // the same contribution without the unknown field is recorded, as the contract gives it back
    const ok = await officer.request('POST', `/api/subjects/household/${household}/contributions`, {
      kind: 'money',
      date: '2024-08-10',
      project: 'Đường liên bản Sin Suối Hồ',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      type: 'contribution',
      data: { kind: 'money', date: '2024-08-10', project: 'Đường liên bản Sin Suối Hồ' },
      fromUnit: null,
    });
    expect(await auditCount(t, 'commendation_record.')).toBe(before + 1);
  });

  it('names an unknown field at any depth and in the query, in the user’s language', async () => {
    const nested = await officer.request(
      'PUT',
      `/api/commendations/rules/${crypto.randomUUID()}`,
      { version: 1, rule: { code: 'x', extra: true } },
      { 'accept-language': 'en' },
    );
    expect(nested.statusCode).toBe(400);
    expect(nested.json().error.fields['rule.extra']).toBe('Field not allowed: extra.');
    const query = await officer.request('GET', '/api/people?unitId=&sort=name');
    expect(query.statusCode).toBe(400);
    expect(query.json().error.fields).toHaveProperty('sort');
  });
});

describe('the office is the emulation office on the root unit', () => {
  const rule = {
    code: 'lc.dept-office.try',
    awardCode: 'BK_CT_UBND_TINH',
    subject: 'individual',
    effectiveFrom: '2026-01-01',
    citation: { instrument: 'Quyết định số 12/2025/QĐ-UBND', article: '5' },
    condition: { kind: 'attested', fact: 'provincial_model' },
  };

  it('an emulation_office grant on a department neither writes rules nor sees other units’ people', async () => {
    const deptOffice = await userWith(t, admin, 'office.nv', 'emulation_office', 'SO-TC');
    const list = (await deptOffice.request('GET', '/api/commendations/rules')).json();
    expect(list.abilities.create).toBe(false);
    expect((await deptOffice.request('POST', '/api/commendations/rules', rule)).statusCode).toBe(
      403,
    );
    const households = (await deptOffice.request('GET', '/api/households')).json().households;
    expect(households.map((h: { id: string }) => h.id)).not.toContain(household);

    const office = await userWith(t, admin, 'office', 'emulation_office', 'UBND-TINH');
    expect((await office.request('GET', '/api/commendations/rules')).json().abilities.create).toBe(
      true,
    );
    const seen = (await office.request('GET', '/api/households')).json().households;
    expect(seen.map((h: { id: string }) => h.id)).toContain(household);
  });
});
