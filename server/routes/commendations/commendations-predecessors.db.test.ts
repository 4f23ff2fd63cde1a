import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/support/test-app.ts';
import { buildImportFile } from '../../services/units-excel.ts';
import { adminPassword, auditCount, idOf, multipart, userWith } from '../../../test/support/api.ts';

/**
 * A commune formed on 2025-07-01 from two old communes inherits their years toward a
 * two-consecutive-years standard (BK CT UBND tỉnh for a collective: HTXS in 2024 and 2025),
 * as the office's setting says (ADR 0021).
 */

let t: TestApp;
let admin: Session;
let office: Session;
let khoenOn: string;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', adminPassword);
  office = await userWith(t, admin, 'office', 'emulation_office', 'UBND-TINH');
  khoenOn = await idOf(admin, 'XA-KHOEN-ON');
  const rate = async (id: string, year: number, rating: string) => {
    const res = await office.request('POST', `/api/subjects/collective/${id}/ratings`, {
      year,
      rating,
    });
    expect(res.statusCode, res.body).toBe(201);
  };
  await rate(await idOf(admin, 'XA-TA-GIA-THAN-UYEN', '2024-06-01'), 2024, 'HTXS');
  await rate(await idOf(admin, 'XA-KHOEN-ON-THAN-UYEN', '2024-06-01'), 2024, 'HTXS');
  await rate(khoenOn, 2025, 'HTXS');
});
afterAll(() => t.close());

interface Result {
  verdict: string;
  conditions: { leaf: { kind: string }; met: boolean; evidence: Record<string, unknown>[] }[];
  principles: { predecessorRecords?: { mode: string; setBy: string; units: { name: string }[] } };
}
const check = async (): Promise<Result> => {
  const res = await office.request(
    'GET',
    `/api/commendations/eligibility?subjectKind=collective&subjectId=${khoenOn}&award=BK_CT_UBND_TINH&date=2026-03-01`,
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const consecutive = (r: Result) =>
  r.conditions.find((c) => c.leaf.kind === 'consecutive_years_rating')!;
const settings = async (s: Session, body?: unknown) => {
  const res = body
    ? await s.request('PUT', '/api/commendations/settings', body)
    : await s.request('GET', '/api/commendations/settings');
  return { status: res.statusCode, body: res.json() };
};

describe('a merged commune’s consecutive years', () => {
  it('counts the two old communes’ 2024 by default, naming them and the unverified link', async () => {
    const result = await check();
    expect(result.verdict).toBe('eligible');
    const leaf = consecutive(result);
    expect(leaf.met).toBe(true);
    expect(
      leaf.evidence.map((e) => [e.year, e.rating, e.counted, e.from ?? null, e.link ?? null]),
    ).toEqual([
      [2024, 'HTXS', true, 'Xã Ta Gia', 'unverified'],
      [2024, 'HTXS', true, 'Xã Khoen On', 'unverified'],
      [2025, 'HTXS', true, null, null],
    ]);
    expect(result.principles.predecessorRecords).toMatchObject({
      mode: 'all_predecessors',
      setBy: 'default',
    });
    const list = await office.request(
      'GET',
      `/api/commendations/candidates?unitId=${await idOf(admin, 'UBND-TINH')}&year=2025&award=BK_CT_UBND_TINH&date=2026-03-01&subjectKind=collective`,
    );
    const row = list.json().candidates.find((c: { subjectId: string }) => c.subjectId === khoenOn);
    expect(row.result.verdict).toBe('eligible');
  });

  it('lets the office choose not to count them, with its version and an audit entry', async () => {
    const read = await settings(admin);
    expect(read).toMatchObject({
      status: 200,
      body: {
        predecessorRecords: {
          mode: 'all_predecessors',
          setBy: 'default',
          citation: { article: '9' },
        },
        version: 0,
        abilities: { update: false },
      },
    });
    expect((await settings(admin, { predecessorRecords: 'not_counted', version: 0 })).status).toBe(
      403,
    );
    const audits = await auditCount(t, 'commendation_settings.update');
    const set = await settings(office, { predecessorRecords: 'not_counted', version: 0 });
    expect(set).toMatchObject({
      status: 200,
      body: { predecessorRecords: { mode: 'not_counted', setBy: 'office' }, version: 1 },
    });
    expect(await auditCount(t, 'commendation_settings.update')).toBe(audits + 1);
    expect(
      (await settings(office, { predecessorRecords: 'all_predecessors', version: 0 })).status,
    ).toBe(409);
    expect(
      (await settings(office, { predecessorRecords: 'not_counted', version: 1, extra: true }))
        .status,
    ).toBe(400);

    const result = await check();
    expect(result.verdict).toBe('not_eligible');
    expect(consecutive(result).evidence).toContainEqual(
      expect.objectContaining({ year: 2024, counted: false, why: 'predecessor_not_counted' }),
    );
    expect(result.principles.predecessorRecords).toMatchObject({
      mode: 'not_counted',
      setBy: 'office',
    });

    const back = await settings(office, { predecessorRecords: null, version: 1 });
    expect(back.body).toMatchObject({ predecessorRecords: { setBy: 'default' }, version: 2 });
    expect((await check()).verdict).toBe('eligible');
  });

  it('drops the unverified mark once the office’s import confirms the mapping', async () => {
    const { body, headers } = multipart(
      await buildImportFile('successions', [
        { oldCode: 'Ta Gia', successorCode: 'Khoen On', effectiveDate: '2025-07-01' },
        {
          oldCode: 'XA-KHOEN-ON-THAN-UYEN',
          successorCode: 'XA-KHOEN-ON',
          effectiveDate: '2025-07-01',
        },
      ]),
    );
    const res = await admin.request(
      'POST',
      '/api/units/import-successors?mode=import',
      body,
      headers,
    );
    expect(res.json()).toMatchObject({ created: 2, errors: [] });
    const leaf = consecutive(await check());
    expect(leaf.met).toBe(true);
    expect(leaf.evidence.filter((e) => e.from).map((e) => e.link ?? 'verified')).toEqual([
      'verified',
      'verified',
    ]);
  });
});
