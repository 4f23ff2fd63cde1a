import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { notifications } from '../../db/schema/index.ts';
import { lastReminderAtByUnit } from '../../repositories/notifications.ts';
import { auditCount, idOf, userWith } from '../../../test/support/api.ts';
import { insertReportPeriod, setReportStatus } from '../../../test/support/report-rows.ts';

let t: TestApp;
let office: Session;
let rootHead: Session;
let head: Session;
let officer: Session;
let tcHead: Session;
let soxd: string;
let sotc: string;
let root: string;
let periodId: string;
const now = new Date('2026-12-20T03:00:00Z');

beforeAll(async () => {
  t = await buildTestApp({ now });
  const admin = await t.signIn('admin', testAdminPassword);
  office = await userWith(t, admin, 'tdkt.office', 'emulation_office', 'UBND-TINH');
  rootHead = await userWith(t, admin, 'tinh.head', 'unit_head', 'UBND-TINH');
  head = await userWith(t, admin, 'soxd.head', 'unit_head', 'SO-XD');
  officer = await userWith(t, admin, 'soxd.officer', 'unit_officer', 'SO-XD');
  tcHead = await userWith(t, admin, 'sotc.head', 'unit_head', 'SO-TC');
  soxd = await idOf(admin, 'SO-XD');
  sotc = await idOf(admin, 'SO-TC');
  root = await idOf(admin, 'UBND-TINH');
  periodId = await insertReportPeriod(t, {
    opensOn: '2026-11-01',
    deadline: '2026-12-15',
    closesOn: '2027-01-31',
  });
});
afterAll(() => t.close());

const remind = (s: Session, body?: unknown, id = periodId) =>
  s.request('POST', `/api/report-periods/${id}/remind`, body);
const unread = async (s: Session) =>
  (await s.request('GET', '/api/notifications/unread-count')).json().unread as number;

describe('POST /api/report-periods/:id/remind', () => {
  it('only the office or a superior head may remind', async () => {
    expect((await remind(officer)).statusCode).toBe(403);
    // A head does not remind its own unit, nor a unit outside its subtree.
    expect((await remind(head, { unitIds: [soxd] })).statusCode).toBe(403);
    expect((await remind(tcHead, { unitIds: [soxd] })).statusCode).toBe(403);
    expect((await remind(head)).json()).toEqual({ notified: 0 });
    expect(await unread(officer)).toBe(0);
    expect((await remind(office, {}, t.deps.newId())).statusCode).toBe(404);
  });

  it('names a unit that does not report as a field error, nothing written', async () => {
    const before = await auditCount(t, 'report_period.remind');
    const res = await remind(office, { unitIds: [soxd, root] });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['unitIds.1']);
    expect((await remind(office, { unitIds: ['nope'] })).statusCode).toBe(400);
    expect(await auditCount(t, 'report_period.remind')).toBe(before);
    expect(await unread(head)).toBe(0);
  });

  it('by default reminds every unit still to report, once a day, audited', async () => {
    await setReportStatus(t, periodId, sotc, 'accepted');
    const before = await auditCount(t, 'report_period.remind');
    const res = await remind(office);
    expect(res.statusCode).toBe(200);
    // SO-XD's head and officer; SO-TC has been accepted.
    expect(res.json()).toEqual({ notified: 2 });
    expect(await auditCount(t, 'report_period.remind')).toBe(before + 1);
    expect(await unread(head)).toBe(1);
    expect(await unread(tcHead)).toBe(0);
    const [item] = (
      await head.request('GET', '/api/notifications', undefined, { 'accept-language': 'vi' })
    ).json().items;
    expect(item.kind).toBe('report_reminder');
    expect(item.message).toContain('tdkt.office');
    expect(item.message).toContain('Sở Xây dựng');
    expect((await remind(office)).json()).toEqual({ notified: 0 });
    const last = await lastReminderAtByUnit(t.deps.db, t.tenantId, periodId);
    expect(last.get(soxd)?.toISOString()).toBe(now.toISOString());
    expect(last.has(sotc)).toBe(false);
  });

  it('a head on a superior unit reminds the units below it', async () => {
    await t.deps.db.delete(notifications);
    const res = await remind(rootHead, { unitIds: [soxd, sotc] });
    expect(res.json()).toEqual({ notified: 2 });
    expect(await unread(officer)).toBe(1);
    expect(await unread(tcHead)).toBe(0);
  });

  it('a closed period reminds nobody', async () => {
    const closed = await insertReportPeriod(t, {
      year: 2025,
      opensOn: '2025-11-01',
      deadline: '2025-12-15',
      closesOn: '2026-01-31',
    });
    expect((await remind(office, undefined, closed)).json()).toEqual({ notified: 0 });
  });
});

// Last: it marks SO-XD's report sent.
describe('the board says whom the actor may remind', () => {
  it('the office: every unit still owing; a leader: nobody; a sent report: nobody', async () => {
    const admin = await t.signIn('admin', testAdminPassword);
    const leader = await userWith(t, admin, 'tinh.leader', 'leader', 'UBND-TINH');
    // SO-TC's report was accepted above; SO-XD's is sent now; SO-NV has none.
    const sonv = await idOf(admin, 'SO-NV');
    await setReportStatus(t, periodId, soxd, 'submitted');
    const rows = async (s: Session) =>
      new Map(
        (
          (await s.request('GET', `/api/report-periods/${periodId}/board`)).json().units as {
            unit: { id: string };
            abilities: { remind: boolean };
          }[]
        ).map((r) => [r.unit.id, r.abilities.remind]),
      );
    const byOffice = await rows(office);
    expect(byOffice.get(sonv)).toBe(true);
    expect(byOffice.get(sotc)).toBe(false);
    expect(byOffice.get(soxd)).toBe(false);
    expect([...(await rows(leader)).values()].every((v) => v === false)).toBe(true);
  });
});
