import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
// A loaded machine can take seconds to draw eleven charts.
const patience = { timeout: 20_000 };
const password = 'van-phong-tdkt-2026';

beforeAll(async () => {
  j = await startJourney();
  const user = { username: 'tdkt.office', password, fullName: 'Văn phòng Thi đua' };
  await seedUser(j, user, 'emulation_office', await unitIdOf(j, 'root'));
});
afterAll(() => j?.close());

describe('journey: the emulation office enters forest cover and everyone sees its status', () => {
  it('enters an actual on the targets page, with field errors first, at 360 px', async () => {
    const { page } = await j.newPage({ width: 360, height: 740 });
    await signInThroughUi(page, j.baseUrl, 'tdkt.office', password);
    await page.waitForURL(/\/home/);
    await page.goto(`${j.baseUrl}/targets`);
    const card = page.locator('[data-testid="target-card"][data-code="FOREST_COVER"]');
    await card.waitFor({ timeout: 30_000 });
    expect(await card.getByTestId('target-status').innerText()).toBe('Chưa có số liệu');
    await expect
      .poll(() => card.getByTestId('target-chart').locator('svg').count(), patience)
      .toBe(1);

    await card.getByRole('button', { name: 'Nhập kết quả' }).click();
    await card.getByLabel('Năm', { exact: true }).selectOption('2025');
    await card.getByLabel('Giá trị', { exact: true }).fill('154');
    await card.getByLabel('Nguồn số liệu').fill('Báo cáo Sở Nông nghiệp và Môi trường');
    await card.getByRole('button', { name: 'Lưu kết quả' }).click();
    // the server refuses a percentage above 100, beside the field and in the summary
    await expect
      .poll(
        () => card.getByText('Chỉ tiêu tính bằng %: giá trị phải từ 0 đến 100.').count(),
        patience,
      )
      .toBe(2);
    expect(await axeViolations(page)).toEqual([]);

    await card.getByLabel('Giá trị', { exact: true }).fill('54,6');
    await card.getByLabel(/Minh chứng/).fill('https://example.org/che-phu-rung-2025.pdf');
    await card.getByRole('button', { name: 'Lưu kết quả' }).click();
    await expect.poll(() => card.getByTestId('target-status').innerText(), patience).toBe('Đã đạt');
    expect(await card.getByTestId('target-latest').innerText()).toBe(
      'Kết quả mới nhất: 54,6% (2025)',
    );
    await card.getByRole('button', { name: 'Xem bảng số liệu' }).click();
    const table = card.getByRole('table');
    expect(await table.innerText()).toContain('Báo cáo Sở Nông nghiệp và Môi trường');
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the public landing page shows the status and the latest result, without signing in', async () => {
    const { page } = await j.newPage({ width: 360, height: 740 });
    await page.goto(j.baseUrl);
    const card = page.getByTestId('target-card').filter({ hasText: 'Tỷ lệ che phủ rừng' });
    await expect.poll(() => card.getByTestId('target-status').isVisible(), patience).toBe(true);
    expect(await card.getByTestId('target-status').innerText()).toBe('Đã đạt');
    expect(await card.getByTestId('target-latest').innerText()).toBe(
      'Kết quả mới nhất: 54,6% (2025)',
    );
    // ECharts stays off the public page
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    expect(scripts.some((s) => /TargetChart/.test(s))).toBe(false);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a citizen reads /targets without signing in: figures and table first, years on the axis, done targets as a status', async () => {
    const { page } = await j.newPage({ width: 360, height: 740 });
    await page.goto(`${j.baseUrl}/targets`);
    const card = page.locator('[data-testid="target-card"][data-code="FOREST_COVER"]');
    await card.waitFor({ timeout: 30_000 });
    expect(page.url()).not.toMatch(/\/login/);
    expect(await card.getByTestId('target-status').innerText()).toBe('Đã đạt');
    expect(await card.getByTestId('target-table').innerText()).toContain('54,6%');
    // The chart comes on a tap (ECharts stays off a citizen's first visit).
    await card.getByRole('button', { name: 'Xem biểu đồ' }).click();
    await expect
      .poll(() => card.getByTestId('target-chart').locator('svg').count(), patience)
      .toBe(1);
    // Axis labels are years and Vietnamese numbers: no "2.012,5", no decimal point.
    const axisText = await card.getByTestId('target-chart').locator('svg text').allInnerTexts();
    expect(axisText.join(' ')).not.toMatch(/\d\.\d|20\d\d,5/);
    // No badge is cut ("Chư…").
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll('.mantine-Badge-label')].some(
        (el) => el.scrollWidth > el.clientWidth + 1,
      ),
    );
    expect(cut).toBe(false);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('cascades disbursement to Sở Tài chính and enters its result, at 360 px', async () => {
    const { page } = await j.newPage({ width: 360, height: 740 });
    await signInThroughUi(page, j.baseUrl, 'tdkt.office', password);
    await page.waitForURL(/\/home/);
    await page.goto(`${j.baseUrl}/targets`);
    const card = page.locator(
      '[data-testid="target-card"][data-code="PUBLIC_INVESTMENT_DISBURSEMENT"]',
    );
    await card.waitFor({ timeout: 30_000 });
    await card.getByRole('button', { name: 'Giao cho đơn vị' }).click();
    const panel = card.getByTestId('assignments');
    await panel.getByText(/chưa giao chỉ tiêu này cho đơn vị nào/).waitFor(patience);

    // Without a unit, the form says which field to fix; then a value over 100 % is refused.
    await panel.getByRole('button', { name: 'Giao chỉ tiêu' }).click();
    await expect
      .poll(() => panel.getByText('Chọn đơn vị được giao chỉ tiêu.').count(), patience)
      .toBe(2);
    await panel.locator('#assign-PUBLIC_INVESTMENT_DISBURSEMENT-unit').fill('Sở Tài chính');
    await page.getByRole('option', { name: 'Sở Tài chính', exact: true }).click();
    await panel.getByLabel('Giá trị giao').fill('120');
    await panel.getByRole('button', { name: 'Giao chỉ tiêu' }).click();
    await expect
      .poll(
        () => panel.getByText('Chỉ tiêu tính bằng %: giá trị phải từ 0 đến 100.').count(),
        patience,
      )
      .toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await panel.getByLabel('Giá trị giao').fill('100');
    await panel.getByRole('button', { name: 'Giao chỉ tiêu' }).click();
    await panel.getByText(/Đã giao chỉ tiêu cho Sở Tài chính năm \d{4}\./).waitFor(patience);
    const unit = panel.locator('[data-testid="assignment"][data-unit="Sở Tài chính"]');
    await unit.waitFor(patience);
    expect(await unit.getByTestId('target-status').innerText()).toBe('Chưa có số liệu');
    expect(await unit.innerText()).toContain('≥ 100%');

    // The unit's result for the year: under the assignment, so its status shows.
    await unit.getByRole('button', { name: 'Nhập kết quả của Sở Tài chính' }).click();
    await unit.getByLabel('Giá trị', { exact: true }).fill('96,5');
    await unit.getByLabel('Nguồn số liệu').fill('Kho bạc Nhà nước tỉnh');
    await unit.getByRole('button', { name: 'Lưu kết quả' }).click();
    await expect
      .poll(() => unit.getByTestId('assignment-actual').innerText(), patience)
      .toBe('Kết quả: 96,5% (Kho bạc Nhà nước tỉnh)');
    expect(await unit.getByTestId('target-status').innerText()).toBe('Chậm so với lộ trình');
    // The province's own figure is not the unit's.
    expect(await card.getByTestId('target-latest').innerText()).not.toContain('96,5');
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });
});
