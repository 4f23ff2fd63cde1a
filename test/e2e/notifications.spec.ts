import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertReportPeriod } from '../support/report-rows.ts';
import { notifyReportReturned } from '../../server/services/notifications.ts';
import { runDailyReminders } from '../../server/services/reminders.ts';
import {
  axeViolations,
  hasHorizontalScroll,
  seedUser,
  signInThroughUi,
  startJourney,
  unitIdOf,
  type Journey,
} from './support.ts';

let j: Journey;
let periodId: string;
let soxd: string;
const password = 'nhac-viec-bao-cao-2026';
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  j = await startJourney();
  const { deps, tenantId } = j.db;
  soxd = await unitIdOf(j, 'SO-XD');
  const user = { username: 'soxd.head', password, fullName: 'Trưởng Sở Xây dựng' };
  await seedUser(j, user, 'unit_head', soxd);
  // A period due in three days: today's run sends "due soon"; then the report is returned.
  periodId = await insertReportPeriod(j.db, {
    year: Number(day(0).slice(0, 4)),
    opensOn: day(-30),
    deadline: day(3),
    closesOn: day(40),
  });
  expect(await runDailyReminders(deps)).toBe(1);
  await deps.db.transaction((tx) =>
    notifyReportReturned(tx, deps, {
      tenantId,
      periodId,
      unitId: soxd,
      by: { id: deps.newId(), name: 'Phòng Thi đua' },
      note: 'Bổ sung minh chứng',
    }),
  );
});
afterAll(() => j?.close());

const bell = (page: Page) => page.getByTestId('notification-bell');

describe('journey: a unit head sees reminders, opens the bell, reads them', () => {
  it('at 360 px: home lists the reminders, the bell counts and marks them read', async () => {
    const { page } = await j.newPage({ width: 360, height: 740 });
    await signInThroughUi(page, j.baseUrl, 'soxd.head', password);
    await page.waitForURL(/\/home/);
    await expect.poll(() => bell(page).getAttribute('aria-label')).toBe('Thông báo, 2 chưa đọc');
    const reminders = page.getByTestId('reminders');
    await expect.poll(() => reminders.getByTestId('notification-item').count()).toBe(2);
    expect(await reminders.textContent()).toContain('còn 3 ngày');
    expect(await reminders.textContent()).toContain('Bổ sung minh chứng');
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await bell(page).click();
    const dialog = page.getByRole('dialog', { name: 'Thông báo' });
    await expect.poll(() => dialog.getByTestId('notification-item').count()).toBe(2);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
    await expect.poll(() => bell(page).getAttribute('aria-label')).toBe('Thông báo');
    await expect.poll(() => reminders.getByTestId('reminders-empty').count()).toBe(1);

    // The message is a link to the report; following it closes the list.
    await dialog.getByRole('link', { name: /còn 3 ngày/ }).click();
    await page.waitForURL(new RegExp(`/reports/${periodId}/units/${soxd}$`));
    expect(await dialog.count()).toBe(0);
  });

  it('in English, the texts come in English', async () => {
    const { page } = await j.newPage({ locale: 'en-GB' });
    await signInThroughUi(page, j.baseUrl, 'soxd.head', password);
    await page.waitForURL(/\/home/);
    await page.getByTestId('lang-en').click();
    await bell(page).click();
    const dialog = page.getByRole('dialog', { name: 'Notifications' });
    await expect
      .poll(() => dialog.textContent())
      .toContain('was returned for corrections (Phòng Thi đua). Note: Bổ sung minh chứng');
  });
});
