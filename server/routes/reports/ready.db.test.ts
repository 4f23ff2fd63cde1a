import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { auditCount, idOf, userWith } from '../../../test/support/api.ts';
import { samples } from '../../../test/support/file-samples.ts';
import {
  completeAnswers,
  form,
  narrative,
  openYear,
  publishSmallCriteria,
} from '../../../test/support/reporting.ts';

let t: TestApp;
let head: Session;
let officer: Session;
let otherOfficer: Session;
let url: string;

beforeAll(async () => {
  t = await buildTestApp();
  const admin = await t.signIn('admin', testAdminPassword);
  const office = await userWith(t, admin, 'tdkt.office', 'emulation_office', 'UBND-TINH');
  head = await userWith(t, admin, 'soxd.head', 'unit_head', 'SO-XD');
  officer = await userWith(t, admin, 'soxd.officer', 'unit_officer', 'SO-XD');
  otherOfficer = await userWith(t, admin, 'sotc.officer', 'unit_officer', 'SO-TC');
  await publishSmallCriteria(office);
  const periodId = await openYear(office);
  url = `/api/report-periods/${periodId}/reports/${await idOf(admin, 'SO-XD')}`;
});
afterAll(() => t.close());

const headNotifications = async () =>
  (await head.request('GET', '/api/notifications', undefined, { 'accept-language': 'vi' })).json()
    .items as { kind: string; link: string | null; text?: string; title?: string }[];

describe('an officer tells the head the report is ready (issue 16)', () => {
  it('refuses an incomplete report with the missing fields, and nothing is sent', async () => {
    const saved = await officer.request('PUT', url, {
      answers: { 'R-PCT': { value: 80 } },
      narrative,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().abilities.notifyReady).toBe(true);
    const res = await officer.request('POST', `${url}/ready`, {});
    expect(res.statusCode, res.body).toBe(400);
    expect(Object.keys(res.json().error.fields)).toContain('answers.R-CNT');
    expect((await headNotifications()).filter((n) => n.kind === 'report_ready')).toEqual([]);
  });

  it('notifies the head once per version, with a link to the check page, audited', async () => {
    const current = (await officer.request('GET', url)).json();
    const saved = await officer.request('PUT', url, {
      answers: completeAnswers(),
      narrative,
      version: current.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const upload = form(samples.pdf, 'quyet-dinh.pdf', { criterionCode: 'R-YN' });
    const file = await officer.request('POST', `${url}/evidence`, upload.body, upload.headers);
    expect(file.statusCode, file.body).toBeLessThan(300);
    const before = await auditCount(t, 'report.notify_ready');
    const res = await officer.request('POST', `${url}/ready`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ notified: 1 });
    expect(await auditCount(t, 'report.notify_ready')).toBe(before + 1);
    const ready = (await headNotifications()).filter((n) => n.kind === 'report_ready');
    expect(ready).toHaveLength(1);
    expect(ready[0]!.link).toMatch(/\/reports\/.+\/units\/.+\?section=check$/);
    expect(JSON.stringify(ready[0])).toContain('đã sẵn sàng');
    // Again without a change: the head is not told twice.
    expect((await officer.request('POST', `${url}/ready`, {})).json()).toEqual({ notified: 0 });
  });

  it('only the unit’s officer may; the head sends instead; another unit’s officer does not see it', async () => {
    expect((await head.request('POST', `${url}/ready`, {})).statusCode).toBe(403);
    expect((await head.request('GET', url)).json().abilities.notifyReady).toBe(false);
    expect((await otherOfficer.request('POST', `${url}/ready`, {})).statusCode).toBe(404);
  });
});
