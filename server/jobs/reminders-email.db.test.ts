import { and, eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDb, type TestDb } from '../../test/support/test-app.ts';
import { readConfig } from '../config.ts';
import { jobs, notifications, units } from '../db/schema/index.ts';
import { listJobs } from '../repositories/jobs.ts';
import * as usersRepo from '../repositories/users.ts';
import { notifyReportAccepted, notifyReportReturned } from '../services/notifications.ts';
import { runDailyReminders } from '../services/reminders.ts';
import { scheduleDailyReminders } from './reminders.ts';
import { insertReportPeriod } from '../../test/support/report-rows.ts';
import { jobHandlers } from './index.ts';
import { claim } from './queue.ts';
import { createJobRunner } from './runner.ts';
import type { MailTransport } from './send-email.ts';

let t: TestDb;
let now = new Date('2026-12-08T00:05:00Z');
let headId: string;
let officerId: string;
let unitId: string;
let periodId: string;
const baseEnv = { DATA_DIR: '.tmp/test-data', NODE_ENV: 'test' };
const mailConfig = readConfig({
  ...baseEnv,
  SMTP_URL: 'smtp://u:p@mail.example.vn:587',
  MAIL_FROM: 'thidua@example.vn',
  PUBLIC_URL: 'https://thidua.example.vn',
});

async function addUser(username: string, role: 'unit_head' | 'unit_officer', email: string | null) {
  const user = await usersRepo.insertUser(t.deps.db, {
    id: t.deps.newId(),
    tenantId: t.tenantId,
    username,
    fullName: username,
    email,
    passwordHash: 'x',
  });
  await usersRepo.insertGrant(t.deps.db, {
    id: t.deps.newId(),
    tenantId: t.tenantId,
    userId: user.id,
    role,
    unitId,
  });
  return user.id;
}

/** nodemailer's JSON transport, keeping what it would have sent. */
function jsonMailer(failFirst = 0) {
  const json = nodemailer.createTransport({ jsonTransport: true });
  const sent: {
    from: { address: string };
    to: { address: string }[];
    subject: string;
    text: string;
  }[] = [];
  let failures = failFirst;
  const transport: MailTransport = {
    sendMail: async (message) => {
      if (failures-- > 0) throw new Error('connection refused');
      const info = await json.sendMail(message);
      sent.push(JSON.parse(info.message as string));
      return info;
    },
  };
  return { transport, sent };
}

const runner = (mail: MailTransport) =>
  createJobRunner(t.deps, { handlers: jobHandlers(t.deps, mail), intervalMs: 1000 });

beforeAll(async () => {
  t = await testDb();
  t.deps.clock = () => now;
  const [unit] = await t.deps.db
    .select()
    .from(units)
    .where(and(eq(units.tenantId, t.tenantId), eq(units.code, 'SO-XD')));
  unitId = unit!.id;
  headId = await addUser('soxd.head', 'unit_head', 'truong.phong@example.vn');
  officerId = await addUser('soxd.officer', 'unit_officer', null);
  periodId = await insertReportPeriod(t, {
    opensOn: '2026-11-01',
    deadline: '2026-12-15',
    closesOn: '2027-01-31',
  });
});
beforeEach(async () => {
  now = new Date('2026-12-08T00:05:00Z');
  t.deps.config = mailConfig;
  await t.deps.db.delete(jobs);
  await t.deps.db.delete(notifications);
});
afterAll(() => t.close());

describe('e-mail copies', () => {
  it('are queued with the notification for users with an address and sent by the job', async () => {
    expect(await runDailyReminders(t.deps, '2026-12-08')).toBe(2);
    expect((await listJobs(t.deps.db, 'send_email')).length).toBe(1);
    const { transport, sent } = jsonMailer();
    expect(await runner(transport).runOnce()).toMatchObject({ done: 1, failed: 0 });
    expect(sent).toHaveLength(1);
    const [mail] = sent;
    expect(mail!.from.address).toBe('thidua@example.vn');
    expect(mail!.to.map((a) => a.address)).toEqual(['truong.phong@example.vn']);
    expect(mail!.subject).toBe('[thidua] Sắp đến hạn nộp báo cáo');
    expect(mail!.text).toContain('Báo cáo năm 2026 của Sở Xây dựng đến hạn ngày 15/12/2026');
    expect(mail!.text).toContain('The 2026 report of Sở Xây dựng is due on 15 Dec 2026');
    expect(mail!.text).toContain(`https://thidua.example.vn/reports/${periodId}/units/${unitId}`);
  });

  it('a transport failure is retried later', async () => {
    await runDailyReminders(t.deps, '2026-12-08');
    const { transport, sent } = jsonMailer(1);
    expect(await runner(transport).runOnce()).toMatchObject({ done: 0, failed: 1 });
    const [job] = await listJobs(t.deps.db, 'send_email');
    expect(job).toMatchObject({ status: 'pending', lastError: 'connection refused' });
    now = new Date(now.getTime() + 30_000);
    expect(await runner(transport).runOnce()).toMatchObject({ done: 1 });
    expect(sent).toHaveLength(1);
  });

  it('are not queued without SMTP settings', async () => {
    t.deps.config = readConfig(baseEnv);
    expect(await runDailyReminders(t.deps, '2026-12-08')).toBe(2);
    expect(await listJobs(t.deps.db, 'send_email')).toEqual([]);
  });
});

describe('the daily reminder job', () => {
  it('is queued once, runs, and queues itself for the next morning', async () => {
    await scheduleDailyReminders(t.deps);
    await scheduleDailyReminders(t.deps);
    expect((await listJobs(t.deps.db, 'reminders_daily')).map((j) => j.uniqueKey)).toEqual([
      'reminders_daily:2026-12-08',
    ]);
    const { transport } = jsonMailer();
    expect(await runner(transport).runOnce()).toMatchObject({ done: 2 });
    const daily = await listJobs(t.deps.db, 'reminders_daily');
    expect(daily.map((j) => [j.uniqueKey, j.status, j.runAt.toISOString()])).toEqual([
      ['reminders_daily:2026-12-08', 'done', '2026-12-08T00:05:00.000Z'],
      ['reminders_daily:2026-12-09', 'pending', '2026-12-09T00:05:00.000Z'],
    ]);
    expect((await t.deps.db.select().from(notifications)).length).toBe(2);
    await scheduleDailyReminders(t.deps);
    expect(await listJobs(t.deps.db, 'reminders_daily')).toHaveLength(2);
  });

  it('survives a crash mid-run: after the restart it is retried once its lock expires', async () => {
    await scheduleDailyReminders(t.deps);
    await claim(t.deps, { kinds: ['reminders_daily'] });
    // The process died here. On restart nothing new is queued while the old run holds its lock.
    await scheduleDailyReminders(t.deps);
    expect(await listJobs(t.deps.db, 'reminders_daily')).toHaveLength(1);
    now = new Date(now.getTime() + 5 * 60_000 + 1);
    const { transport } = jsonMailer();
    expect(await runner(transport).runOnce()).toMatchObject({ recovered: 1 });
    expect((await t.deps.db.select().from(notifications)).length).toBe(2);
    const [first] = await listJobs(t.deps.db, 'reminders_daily');
    expect(first).toMatchObject({ status: 'done', attempts: 2 });
  });
});

describe('report events', () => {
  it('notify the unit’s writers but not the reviewer, inside the caller’s transaction', async () => {
    const by = { id: headId, name: 'Nguyễn Văn A' };
    const input = { tenantId: t.tenantId, periodId, unitId, by, note: 'Thiếu minh chứng' };
    await expect(
      t.deps.db.transaction(async (tx) => {
        expect(await notifyReportReturned(tx, t.deps, input)).toBe(1);
        throw new Error('the return failed');
      }),
    ).rejects.toThrow('the return failed');
    expect(await t.deps.db.select().from(notifications)).toEqual([]);

    await t.deps.db.transaction((tx) => notifyReportReturned(tx, t.deps, input));
    const rows = await t.deps.db.select().from(notifications);
    expect(rows.map((r) => [r.userId, r.kind, r.link])).toEqual([
      [officerId, 'report_returned', `/reports/${periodId}/units/${unitId}`],
    ]);
    expect(rows[0]!.params).toMatchObject({ unitName: 'Sở Xây dựng', note: 'Thiếu minh chứng' });
    const reviewer = { ...input, by: { id: t.deps.newId(), name: 'Phòng TĐKT' } };
    expect(await t.deps.db.transaction((tx) => notifyReportAccepted(tx, t.deps, reviewer))).toBe(2);
    // Only the head has an address: one e-mail for the acceptance.
    expect(await listJobs(t.deps.db, 'send_email')).toHaveLength(1);
  });
});
