import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testAdminPassword } from '../support/template.ts';
import {
  axeViolations,
  hasHorizontalScroll,
  signInThroughUi,
  startJourney,
  type Journey,
} from './support.ts';

let j: Journey;
let officeApi: Awaited<ReturnType<typeof apiAs>>;

/** A signed-in API client over HTTP: session cookie plus the CSRF token from the login answer. */
async function apiAs(baseUrl: string, username: string, password: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async <T>(method: string, path: string, body?: unknown) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  };
}

const officePassword = 'quy-tac-khen-thuong-2026';

beforeAll(async () => {
  j = await startJourney();
  // The office user is made the way an administrator would: create, grant, first password change.
  const admin = await apiAs(j.baseUrl, 'admin', testAdminPassword);
  const tree = await admin<{ units: { id: string; code: string }[] }>(
    'GET',
    '/api/units/tree?asOf=2026-01-01',
  );
  const province = tree.body.units.find((u) => u.code === 'UBND-TINH')!;
  const user = await admin<{ id: string }>('POST', '/api/users', {
    username: 'van.phong.tdkt',
    fullName: 'Văn phòng thi đua',
    password: 'mat-khau-tam-2026',
  });
  expect(user.status).toBe(201);
  const grant = await admin('POST', `/api/users/${user.body.id}/grants`, {
    role: 'emulation_office',
    unitId: province.id,
  });
  expect(grant.status).toBeLessThan(300);
  const office = await apiAs(j.baseUrl, 'van.phong.tdkt', 'mat-khau-tam-2026');
  const changed = await office('POST', '/api/me/password', {
    currentPassword: 'mat-khau-tam-2026',
    newPassword: officePassword,
  });
  expect(changed.status).toBeLessThan(300);
  officeApi = await apiAs(j.baseUrl, 'van.phong.tdkt', officePassword);
});
afterAll(() => j?.close());

const condition = {
  kind: 'all',
  conditions: [
    { kind: 'rating_in_year', min: 'HTT' },
    { kind: 'no_discipline', minSeverity: 'reprimand', windowYears: 1 },
  ],
};

describe('journey: the emulation office writes a provincial commendation rule', () => {
  it('creates a rule (citation required), edits it and finds it in the list, at 360 px', async () => {
    const { page } = await j.newPage({ width: 360, height: 800 });
    await signInThroughUi(page, j.baseUrl, 'van.phong.tdkt', officePassword);
    await page.waitForURL(/\/home/);
    await page.goto(`${j.baseUrl}/commendations/rules`);
    await expect.poll(() => page.getByTestId('rule-add').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);

    await page.getByTestId('rule-add').click();
    await page.waitForURL(/\/commendations\/rules\/new/);
    await page.locator('#rule-code').fill('lc.bk-ubnd.thu-nghiem');
    await page.locator('#rule-award').selectOption('BK_CT_UBND_TINH');
    await page.locator('#rule-subject').selectOption('individual');
    await page.locator('#rule-from').fill('2026-01-01');
    await page.locator('#rule-title-vi').fill('Bằng khen thử nghiệm');
    await page.locator('#rule-title-en').fill('Trial certificate of merit');
    await page.locator('#rule-condition').fill(JSON.stringify(condition, null, 2));
    await expect.poll(() => page.getByTestId('rule-condition-preview').isVisible()).toBe(true);
    expect(await page.getByTestId('rule-condition-preview').innerText()).toContain(
      'Đáp ứng tất cả',
    );
    // A leaf added from the list of kinds lands in the top-level group and in the preview.
    await page.locator('#rule-leaf-kind').selectOption('months_worked_in_year');
    await page.getByTestId('rule-add-leaf').click();
    await expect
      .poll(() => page.locator('#rule-condition').inputValue())
      .toContain('months_worked_in_year');
    await expect
      .poll(() => page.getByTestId('rule-condition-preview').locator('li li').count())
      .toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);

    // No legal basis yet: the summary and the field messages say what to enter.
    await page.getByTestId('rule-save').click();
    await expect.poll(() => page.getByTestId('error-summary').isVisible()).toBe(true);
    expect(await page.getByTestId('error-summary').innerText()).toContain('Văn bản');
    expect(await page.getByTestId('error-summary').innerText()).toContain('Điều');
    expect(await axeViolations(page)).toEqual([]);

    // A broken condition is caught as it is typed.
    await page.locator('#rule-condition').fill('{"kind": "all"');
    await expect.poll(() => page.getByTestId('rule-condition-invalid').isVisible()).toBe(true);
    await page.locator('#rule-condition').fill(JSON.stringify(condition, null, 2));

    await page.locator('#rule-instrument').fill('Quyết định 01/2026/QĐ-UBND');
    await page.locator('#rule-article').fill('5');
    await page.locator('#rule-clause').fill('2');
    await page.getByTestId('rule-save').click();
    await page.waitForURL(/\/commendations\/rules$/);
    const card = page.getByTestId('rule-lc.bk-ubnd.thu-nghiem');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.innerText()).toContain('Quyết định 01/2026/QĐ-UBND, Điều 5, khoản 2');
    expect(await card.innerText()).toContain('01/01/2026');

    // Edit: close the version at the end of 2026.
    await card.getByRole('link', { name: /^Sửa/ }).click();
    await page.waitForURL(/\/commendations\/rules\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator('#rule-code').inputValue()).toBe('lc.bk-ubnd.thu-nghiem');
    await page.locator('#rule-to').fill('2026-12-31');
    await page.locator('#rule-point').fill('a');
    await page.getByTestId('rule-save').click();
    await page.waitForURL(/\/commendations\/rules$/);
    await expect.poll(() => card.innerText()).toContain('31/12/2026');
    expect(await card.innerText()).toContain('điểm a');

    // The list filters by award and by the day in force.
    await page.locator('#rules-award').selectOption('BK_CT_UBND_TINH');
    await page.locator('#rules-day').fill('2027-03-01');
    await expect.poll(() => card.isVisible()).toBe(false);
    await page.locator('#rules-day').fill('2026-06-01');
    await expect.poll(() => card.isVisible()).toBe(true);
    // A closed version may be succeeded: the new version starts the day after.
    await card.getByRole('link', { name: 'Tạo phiên bản mới' }).click();
    await page.waitForURL(/\/commendations\/rules\/new\?from=/);
    await expect.poll(() => page.locator('#rule-from').inputValue()).toBe('01/01/2027');
    expect(await page.locator('#rule-code').inputValue()).toBe('lc.bk-ubnd.thu-nghiem');
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);

    // Overlapping the closed version is refused by the server, shown beside the date.
    await page.locator('#rule-from').fill('2026-06-01');
    await page.getByTestId('rule-save').click();
    await expect.poll(() => page.getByTestId('error-summary').isVisible()).toBe(true);
    expect(await page.getByTestId('error-summary').innerText()).toContain('Hiệu lực từ ngày');
    await page.locator('#rule-from').fill('2027-01-01');
    await page.getByTestId('rule-save').click();
    await page.waitForURL(/\/commendations\/rules$/);
    const versions = page.getByTestId('rule-lc.bk-ubnd.thu-nghiem');
    await expect.poll(() => versions.count()).toBe(2);

    // Someone else saves the 2027 version while it is open here: reload, not overwrite.
    await versions.nth(1).getByRole('link', { name: /^Sửa/ }).click();
    await page.waitForURL(/\/commendations\/rules\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator('#rule-from').inputValue()).toBe('01/01/2027');
    const id = page.url().split('/').pop()!;
    const list = await officeApi<{ rules: (Record<string, unknown> & { id: string })[] }>(
      'GET',
      '/api/commendations/rules',
    );
    const stored = list.body.rules.find((r) => r.id === id)!;
    const { id: _id, version, abilities: _a, title, effectiveTo: _to, ...rest } = stored;
    const elsewhere = await officeApi('PUT', `/api/commendations/rules/${id}`, {
      version,
      rule: { ...rest, ...(title ? { title } : {}), effectiveTo: '2027-12-31' },
    });
    expect(elsewhere.status).toBe(200);
    await page.locator('#rule-point').fill('b');
    await page.getByTestId('rule-save').click();
    await expect.poll(() => page.getByTestId('rule-stale').isVisible()).toBe(true);
    expect(await page.getByTestId('rule-stale').innerText()).toContain('Người khác vừa sửa');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('chooses how the records of units merged into a collective count, and returns to the default', async () => {
    const { page } = await j.newPage({ width: 360, height: 800 });
    await signInThroughUi(page, j.baseUrl, 'van.phong.tdkt', officePassword);
    await page.waitForURL(/\/home/);
    await page.goto(`${j.baseUrl}/commendations/rules`);
    const mode = page.getByTestId('predecessor-mode');
    await expect.poll(() => mode.textContent()).toContain('Tính, nếu mọi đơn vị hợp thành');
    await page.locator('#predecessor-mode-select').selectOption('not_counted');
    await page.getByTestId('predecessor-save').click();
    await expect.poll(() => mode.textContent()).toBe('Không tính, chỉ hiển thị');
    expect(await page.getByText('văn phòng đã chọn').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.locator('#predecessor-mode-select').selectOption('');
    await page.getByTestId('predecessor-save').click();
    await expect.poll(() => mode.textContent()).toContain('Tính, nếu mọi đơn vị hợp thành');
    const stored = await officeApi<{ version: number }>('GET', '/api/commendations/settings');
    expect(stored.body.version).toBe(2);
  });
});
