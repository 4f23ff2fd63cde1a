import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  hasHorizontalScroll,
  signInThroughUi,
  startJourney,
  testAdminPassword,
  type Journey,
} from './support.ts';

/**
 * The administration forms that share one submit hook: add a user, import units, first
 * sign-in with a forced password change — each shows its field errors, then succeeds.
 */
let j: Journey;
const patience = { timeout: 20_000 };
beforeAll(async () => {
  j = await startJourney();
});
afterAll(() => j?.close());

describe('journey: an administrator adds a user, who changes the first password', () => {
  it('adds a user with field errors first; the import page asks for a file', async () => {
    const { page } = await j.newPage({ width: 360, height: 800 });
    await signInThroughUi(page, j.baseUrl, 'admin', testAdminPassword);
    await page.waitForURL(/\/(home|account\/password)/);
    await page.goto(`${j.baseUrl}/admin/users`);
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const summary = dialog.getByTestId('error-summary');
    await summary.waitFor(patience);
    expect(await summary.innerText()).toContain('Tên đăng nhập');
    await dialog.getByLabel('Tên đăng nhập').fill('can.bo.xa');
    await dialog.getByLabel('Họ và tên').fill('Cán bộ xã');
    await dialog.getByLabel('Mật khẩu ban đầu').fill('short');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    // The server's own message lands under the password field.
    await expect.poll(() => dialog.locator('#new-password-error').count(), patience).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByLabel('Mật khẩu ban đầu').fill('mat-khau-ban-dau-2026');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã thêm người dùng Cán bộ xã.').waitFor(patience);
    // A new account has no grant yet: the page goes straight on to its first role.
    await page.getByRole('dialog', { name: 'Giao vai trò cho Cán bộ xã' }).waitFor(patience);

    await page.goto(`${j.baseUrl}/units/import`);
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await expect
      .poll(() => page.getByText('Chọn một tệp Excel (.xlsx).').count(), patience)
      .toBeGreaterThan(0);
    expect(await hasHorizontalScroll(page)).toBe(false);
  });

  it('the new user must change the password: a mismatch is named, then it is changed', async () => {
    const { page } = await j.newPage({ width: 360, height: 800 });
    await signInThroughUi(page, j.baseUrl, 'can.bo.xa', 'wrong-password-2026');
    await expect.poll(() => page.locator('#login-password-error').count(), patience).toBe(1);
    await signInThroughUi(page, j.baseUrl, 'can.bo.xa', 'mat-khau-ban-dau-2026');
    await page.waitForURL(/\/account\/password/);
    await page.getByLabel('Mật khẩu hiện tại').fill('mat-khau-ban-dau-2026');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-cua-xa-2026');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('khac-hoan-toan-2026');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Mật khẩu nhập lại không khớp.').first().waitFor(patience);
    await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-cua-xa-2026');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Đã đổi mật khẩu.').waitFor(patience);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });
});
