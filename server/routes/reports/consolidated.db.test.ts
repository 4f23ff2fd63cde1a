import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../policies/actor.ts';
import { findUserByUsername } from '../../repositories/users.ts';
import { loadActor } from '../../services/auth.ts';
import { consolidatedReportData } from '../../services/reports-consolidated.ts';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { idOf, userWith } from '../../../test/support/api.ts';
import { openYear, publishSmallCriteria } from '../../../test/support/reporting.ts';

let t: TestApp;
let office: Session;
let periodId: string;
const actor = async (username: string): Promise<Actor> =>
  loadActor(t.deps, (await findUserByUsername(t.deps.db, t.tenantId, username))!);

async function send(admin: Session, code: string, pct: number, count: number, results: string) {
  const head = await userWith(t, admin, `${code.toLowerCase()}.head`, 'unit_head', code);
  const url = `/api/report-periods/${periodId}/reports/${await idOf(admin, code)}`;
  const saved = await head.request('PUT', url, {
    answers: {
      'R-PCT': { value: pct },
      'R-CNT': { value: count },
      'R-YN': { met: false },
      'R-BON': { events: 0 },
    },
    narrative: { results, shortcomings: `Thiếu nhân lực (${code})`, proposals: '' },
  });
  const sent = await head.request(
    'POST',
    `${url}/submit`,
    { version: saved.json().version },
    { 'idempotency-key': `consolidated-${code}` },
  );
  expect(sent.json().status).toBe('submitted');
  return { url, version: sent.json().version as number };
}

beforeAll(async () => {
  t = await buildTestApp();
  const admin = await t.signIn('admin', testAdminPassword);
  office = await userWith(t, admin, 'tdkt.office', 'emulation_office', 'UBND-TINH');
  await userWith(t, admin, 'tinh.leader', 'leader', 'UBND-TINH');
  const yt = await userWith(t, admin, 'soyt.head', 'unit_head', 'SO-YT');
  await publishSmallCriteria(office);
  periodId = await openYear(office);
  // a draft is not a report sent: Sở Y tế has started but not sent
  const draft = await yt.request(
    'PUT',
    `/api/report-periods/${periodId}/reports/${await idOf(admin, 'SO-YT')}`,
    {
      answers: { 'R-PCT': { value: 10 } },
      narrative: { results: '', shortcomings: '', proposals: '' },
    },
  );
  expect(draft.statusCode).toBe(200);
  const xd = await send(admin, 'SO-XD', 100, 10, 'Giải ngân đạt 100% kế hoạch vốn');
  await send(admin, 'SO-TC', 90, 4, 'Tiết kiệm chi thường xuyên 12 tỷ đồng');
  const accepted = await office.request('POST', `${xd.url}/accept`, { version: xd.version });
  expect(accepted.json().status).toBe('accepted');
});
afterAll(() => t.close());

describe('consolidated report data', () => {
  it('gathers participation, rolled-up indicators, targets and narratives for the province', async () => {
    const data = await consolidatedReportData(t.deps, await actor('tdkt.office'), periodId, {
      date: '2026-12-31',
    });
    expect(data).toMatchObject({
      tenantName: 'Ủy ban nhân dân tỉnh Lai Châu',
      issuerShort: 'UBND',
      place: 'Lai Châu',
      date: '2026-12-31',
      number: null,
      movement: { code: 'HTCS-THTK-2022-2030' },
      period: { year: 2026, kind: 'year', half: 0, label: 'Năm 2026' },
      signer: { authority: 'TM.', title: 'CHỦ TỊCH', name: 'Trần Tiến Dũng' },
    });
    expect(data.movement.legalBasis).toHaveLength(4);
    const expected = data.units.length;
    expect(expected).toBeGreaterThan(30);
    // every expected unit in exactly one category; accepted is a part of those sent
    expect(data.participation).toEqual({
      expected,
      submitted: 2,
      accepted: 1,
      returned: 0,
      draft: 1,
      late: 0,
      notStarted: expected - 3,
    });
    const p = data.participation;
    expect(p.submitted + p.returned + p.draft + p.late + p.notStarted).toBe(p.expected);
    expect(data.indicators.map((i) => [i.code, i.value, i.reportingUnits, i.target])).toEqual([
      ['R-PCT', 95, 2, 95],
      ['R-CNT', 14, 2, null],
    ]);
    expect(data.indicators[0]).toMatchObject({
      group: 'Kết quả',
      measure: '%',
      aggregation: 'weighted_average',
    });
    expect(data.targets.length).toBeGreaterThan(0);
    expect(data.targets[0]).toEqual({
      code: expect.any(String),
      name: expect.any(String),
      unit: expect.any(String),
      target: expect.anything(),
      actual: null,
      status: 'no_data',
    });
    expect(data.registrations).toMatchObject({ registered: 0, pledgesSigned: 0 });
    expect(data.registrations.expected).toBeGreaterThan(30);
    expect(data.highlights).toEqual(
      [
        'Sở Tài chính: Tiết kiệm chi thường xuyên 12 tỷ đồng',
        'Sở Xây dựng: Giải ngân đạt 100% kế hoạch vốn',
      ].sort((a, b) => new Intl.Collator('vi').compare(a, b)),
    );
    expect(data.shortcomings).toHaveLength(2);
    expect(data.proposals).toEqual([]);
    expect(data.units.find((u) => u.code === 'SO-XD')).toMatchObject({
      status: 'accepted',
      submittedAt: expect.any(String),
    });
    expect(data.recipients[0]).toBe('Ban Thi đua - Khen thưởng Trung ương');
  });

  it('is for the office and leaders only', async () => {
    await expect(
      consolidatedReportData(t.deps, await actor('tinh.leader'), periodId),
    ).resolves.toMatchObject({ place: 'Lai Châu' });
    await expect(
      consolidatedReportData(t.deps, await actor('soyt.head'), periodId),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('is served as DOCX, PDF and XLSX annexes to the office, not to a unit head', async () => {
    const base = `/api/report-periods/${periodId}/consolidated`;
    const docx = await office.request('GET', `${base}.docx?date=2026-12-31`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.headers['content-disposition']).toMatch(/^attachment; filename=".+\.docx"/);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await office.request('GET', `${base}.pdf?inline=1`);
    expect(pdf.headers['content-disposition']).toMatch(/^inline;/);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await office.request('GET', `${base}.xlsx`)).headers['content-type']).toContain(
      'spreadsheetml',
    );
    const head = await t.signIn('soyt.head', 'user-password-2026');
    expect((await head.request('GET', `${base}.docx`)).statusCode).toBe(403);
  });
});
