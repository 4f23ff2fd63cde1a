import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  hasHorizontalScroll,
  signInThroughUi,
  startJourney,
  testAdminPassword,
  type Journey,
} from './support.ts';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
});
afterAll(() => j?.close());

describe('journey: an administrator signs in on a phone', () => {
  it('shows a field-level error for a wrong password, then signs in and signs out', async () => {
    const { page } = await j.newPage({ width: 360, height: 740 });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await signInThroughUi(page, j.baseUrl, 'admin', 'mat-khau-sai');
    await expect
      .poll(() =>
        page
          .locator('main')
          .getByText('Tên đăng nhập hoặc mật khẩu không đúng.')
          .first()
          .isVisible(),
      )
      .toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);

    await page.getByLabel(/Mật khẩu/).fill(testAdminPassword);
    await page.getByRole('button', { name: /Đăng nhập/ }).click();
    await page.waitForURL(/\/home/);
    await expect
      .poll(() =>
        page.locator('main').getByText('Ủy ban nhân dân tỉnh Lai Châu').first().isVisible(),
      )
      .toBe(true);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    const me = await page.evaluate(async () => (await fetch('/api/me')).status);
    expect(me).toBe(200);
    await page
      .getByRole('button', { name: /admin|Quản trị hệ thống|Tài khoản/ })
      .first()
      .click();
    await page.getByRole('menuitem', { name: /Đăng xuất/ }).click();
    await expect.poll(() => page.evaluate(async () => (await fetch('/api/me')).status)).toBe(401);
    expect(errors.filter((e) => !/401|Failed to load resource/.test(e))).toEqual([]);
  });

  it('switches the interface to English', async () => {
    const { page } = await j.newPage();
    await page.goto(`${j.baseUrl}/login`);
    await page
      .getByRole('button', { name: /English|EN/ })
      .first()
      .click();
    await expect.poll(() => page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
