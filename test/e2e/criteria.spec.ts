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

/** A minimal API client with the session cookie and CSRF token, for setting up users. */
async function apiSignIn(username: string, password: string) {
  const res = await fetch(`${j.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('thidua_session='))!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${j.baseUrl}${path}`, {
      method,
      headers: {
        cookie: cookie.split(';')[0]!,
        'x-csrf-token': csrfToken,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    expect(r.status, `${method} ${path}`).toBeLessThan(300);
    return r.status === 204 ? undefined : ((await r.json()) as Record<string, unknown>);
  };
}

/** Creates a user through the API with `role` on the unit `unitCode`; it sets its own password. */
async function createUser(
  admin: Awaited<ReturnType<typeof apiSignIn>>,
  username: string,
  role: string,
  unitCode: string,
) {
  const tree = (await admin('GET', '/api/units/tree')) as { units: { id: string; code: string }[] };
  const unitId = tree.units.find((u) => u.code === unitCode)!.id;
  const user = await admin('POST', '/api/users', {
    username,
    fullName: username,
    password: 'temporary-pass-2026',
  });
  await admin('POST', `/api/users/${String(user!.id)}/grants`, { role, unitId });
  const self = await apiSignIn(username, 'temporary-pass-2026');
  await self('POST', '/api/me/password', {
    currentPassword: 'temporary-pass-2026',
    newPassword: 'criteria-pass-2026',
  });
}

describe('journey: a lead department drafts a sector criterion, the office publishes it', () => {
  it('drafts in Sở Xây dựng’s sector set, then publishes as the emulation office', async () => {
    const admin = await apiSignIn('admin', testAdminPassword);
    await createUser(admin, 'lead-xd', 'sector_lead', 'SO-XD');
    await createUser(admin, 'office', 'emulation_office', 'UBND-TINH');

    // The lead department, on a phone.
    const { page } = await j.newPage({ width: 360, height: 800 });
    await signInThroughUi(page, j.baseUrl, 'lead-xd', 'criteria-pass-2026');
    await page.waitForURL(/\/home/);
    await page.goto(`${j.baseUrl}/criteria`);
    const card = page.getByTestId('set-sector:XD');
    await expect.poll(() => card.count()).toBe(1);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await card.getByRole('link', { name: /Mở phiên bản 1/ }).click();
    await page.waitForURL(/\/criteria\/[0-9a-f-]{36}\/versions\/1/);
    const editorUrl = page.url();

    await page.getByRole('button', { name: 'Thêm nhóm tiêu chí' }).click();
    await page.getByLabel('Tên nhóm (tiếng Việt)').fill('Phát triển hạ tầng đô thị');
    await page.getByRole('button', { name: 'Thêm tiêu chí vào nhóm 1' }).click();
    // Saving an incomplete criterion shows the error summary with links to the fields.
    await page.getByTestId('criteria-save').click();
    const summary = page.getByTestId('error-summary');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await summary.textContent()).toContain('Mã tiêu chí');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Mã tiêu chí').fill('XD-1');
    await page
      .getByLabel('Tên tiêu chí (tiếng Việt)')
      .fill('Hoàn thành quy hoạch chung đô thị đúng tiến độ');
    await page.getByLabel(/Số hiệu căn cứ/).fill('QĐ 01/QĐ-SXD');
    await page.getByTestId('criteria-save').click();
    await expect.poll(() => page.getByTestId('criteria-notice').isVisible()).toBe(true);
    expect(await page.getByTestId('criteria-publish').count()).toBe(0);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.getByRole('tab', { name: 'Xem trước mẫu báo cáo' }).click();
    await expect
      .poll(() => page.getByTestId('criteria-preview').textContent())
      .toContain('Hoàn thành quy hoạch chung đô thị');
    expect(await axeViolations(page)).toEqual([]);

    // The emulation office publishes it.
    const office = await j.newPage({ width: 1280, height: 900 });
    await signInThroughUi(office.page, j.baseUrl, 'office', 'criteria-pass-2026');
    await office.page.waitForURL(/\/home/);
    await office.page.goto(editorUrl);
    await office.page.getByTestId('criteria-publish').click();
    await office.page.getByTestId('criteria-publish-confirm').click();
    await expect
      .poll(() => office.page.getByTestId('criteria-status').first().textContent())
      .toBe('Đã ban hành');
    expect(
      await office.page.getByRole('button', { name: 'Tạo phiên bản mới từ phiên bản này' }).count(),
    ).toBe(1);
    expect(await axeViolations(office.page)).toEqual([]);

    // A new version from the published one, a change, and the side-by-side diff.
    await office.page.getByRole('button', { name: 'Tạo phiên bản mới từ phiên bản này' }).click();
    await office.page.waitForURL(/\/versions\/2/);
    await office.page.getByLabel('Điểm tối đa').fill('15');
    await office.page.getByTestId('criteria-save').click();
    await expect.poll(() => office.page.getByTestId('criteria-notice').isVisible()).toBe(true);
    await page.goto(office.page.url().replace(/\/versions\/2.*/, '/diff?from=1&to=2'));
    const changed = page.getByTestId('changed-XD-1');
    await expect.poll(() => changed.textContent()).toContain('Điểm tối đa');
    expect(await changed.textContent()).toContain('15');
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    // The published version is frozen for the lead department too.
    await page.goto(editorUrl);
    await expect.poll(() => page.getByTestId('criteria-frozen').isVisible()).toBe(true);
    expect(await page.getByTestId('criteria-save').count()).toBe(0);
  });
});
