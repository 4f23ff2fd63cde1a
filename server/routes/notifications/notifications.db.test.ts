import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { runDailyReminders } from '../../services/reminders.ts';
import { idOf, userWith } from '../../../test/support/api.ts';
import { insertReportPeriod, setReportStatus } from '../../../test/support/report-rows.ts';

let t: TestApp;
let head: Session;
let officer: Session;
let otherHead: Session;
let soxd: string;
let periodId: string;
let now = new Date('2026-12-08T01:00:00Z');
const tick = () => {
  now = new Date(now.getTime() + 60_000);
};

beforeAll(async () => {
  t = await buildTestApp({ now });
  t.deps.clock = () => now;
  const admin = await t.signIn('admin', testAdminPassword);
  head = await userWith(t, admin, 'soxd.head', 'unit_head', 'SO-XD');
  officer = await userWith(t, admin, 'soxd.officer', 'unit_officer', 'SO-XD');
  otherHead = await userWith(t, admin, 'sotc.head', 'unit_head', 'SO-TC');
  soxd = await idOf(admin, 'SO-XD');
  periodId = await insertReportPeriod(t, {
    opensOn: '2026-11-01',
    deadline: '2026-12-15',
    closesOn: '2027-01-31',
  });
});
afterAll(() => t.close());

interface Item {
  id: string;
  kind: string;
  message: string;
  link: string | null;
  readAt: string | null;
}
const list = async (s: Session, query = '', lang = 'vi') => {
  const res = await s.request('GET', `/api/notifications${query}`, undefined, {
    'accept-language': lang,
  });
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Item[]; unread: number; nextCursor: string | null };
};

describe('daily reminders', () => {
  it('reach the head and officer of every unit still to report, once a day', async () => {
    // SO-TC has sent its report in: its head hears nothing.
    await setReportStatus(t, periodId, await idOf(head, 'SO-TC'), 'submitted');
    expect(await runDailyReminders(t.deps, '2026-12-07')).toBe(0);
    tick();
    expect(await runDailyReminders(t.deps, '2026-12-08')).toBe(2);
    tick();
    expect(await runDailyReminders(t.deps, '2026-12-08')).toBe(0);
    tick();
    expect(await runDailyReminders(t.deps, '2026-12-12')).toBe(2);
    expect((await list(otherHead)).items).toEqual([]);
  });

  it('stop once the report is submitted', async () => {
    await setReportStatus(t, periodId, soxd, 'submitted');
    tick();
    expect(await runDailyReminders(t.deps, '2026-12-14')).toBe(0);
    await setReportStatus(t, periodId, soxd, 'returned');
    tick();
    expect(await runDailyReminders(t.deps, '2026-12-16')).toBe(2);
  });
});

describe('GET /api/notifications', () => {
  it('lists the actor’s own, newest first, in the request language, with the unread count', async () => {
    const vi = await list(head);
    expect(vi.unread).toBe(3);
    expect(vi.items.map((i) => i.kind)).toEqual(['report_overdue', 'report_due', 'report_due']);
    expect(vi.items[0]!.message).toBe(
      'Báo cáo năm 2026 của Sở Xây dựng đã quá hạn 1 ngày (hạn 15/12/2026). Đề nghị hoàn thành và gửi ngay.',
    );
    expect(vi.items[1]!.message).toContain('còn 3 ngày');
    expect(vi.items[0]!.link).toBe(`/reports/${periodId}/units/${soxd}`);
    const en = await list(head, '', 'en');
    expect(en.items[2]!.message).toBe(
      'The 2026 report of Sở Xây dựng is due on 15 Dec 2026 (7 days left).',
    );
  });

  it('pages with a cursor and filters unread', async () => {
    const first = await list(head, '?limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBe(first.items[1]!.id);
    const second = await list(head, `?limit=2&before=${first.nextCursor}`);
    expect(second.items.map((i) => i.kind)).toEqual(['report_due']);
    expect(second.nextCursor).toBeNull();
    const bad = await head.request('GET', `/api/notifications?before=${soxd}`);
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['before']);
    expect((await head.request('GET', '/api/notifications?limit=0')).statusCode).toBe(400);
  });

  it('needs a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
  });
});

describe('marking read', () => {
  it('marks one read, idempotently; another user’s answers 404', async () => {
    const [newest] = (await list(head)).items;
    const res = await head.request('POST', `/api/notifications/${newest!.id}/read`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ unread: 2 });
    expect((await head.request('POST', `/api/notifications/${newest!.id}/read`)).json()).toEqual({
      unread: 2,
    });
    expect((await list(head)).items[0]!.readAt).not.toBeNull();
    expect((await list(head, '?unread=true')).items).toHaveLength(2);
    expect(
      (await officer.request('POST', `/api/notifications/${newest!.id}/read`)).statusCode,
    ).toBe(404);
    expect((await officer.request('GET', '/api/notifications/unread-count')).json()).toEqual({
      unread: 3,
    });
  });

  it('marks all read for the actor only, and needs the anti-forgery token', async () => {
    const noToken = await t.app.inject({
      method: 'POST',
      url: '/api/notifications/read-all',
      headers: { cookie: head.cookie },
    });
    expect(noToken.statusCode).toBe(403);
    const res = await head.request('POST', '/api/notifications/read-all');
    expect(res.json()).toEqual({ unread: 0 });
    expect((await list(head)).unread).toBe(0);
    expect((await list(officer)).unread).toBe(3);
  });
});
