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

describe('journey: an officer browses the unit tree through the 2025 reorganisation', () => {
  it('2024 shows the districts, 2026 shows the new communes instead; lineage links the merged departments', async () => {
    const { page } = await j.newPage({ width: 360, height: 800 });
    await signInThroughUi(page, j.baseUrl, 'admin', testAdminPassword);
    await page.waitForURL(/\/(home|account)/);

    await page.goto(`${j.baseUrl}/units?asOf=2024-06-01`);
    const nodes = page.getByTestId('unit-node');
    await expect.poll(() => nodes.filter({ hasText: 'Tam Đường' }).count()).toBeGreaterThan(0);
    expect(await nodes.filter({ hasText: 'Sở Kế hoạch và Đầu tư' }).count()).toBe(1);
    expect(await hasHorizontalScroll(page)).toBe(false);

    // Vietnamese dates read and are typed day first (issue 16): 1 June 2024 shows as 01/06/2024.
    expect(await page.getByTestId('as-of').inputValue()).toBe('01/06/2024');
    await page.getByTestId('as-of').fill('01/01/2026');
    await page.getByTestId('as-of').press('Enter');
    await expect.poll(() => nodes.filter({ hasText: 'Tam Đường' }).count()).toBe(0);
    await expect
      .poll(() => nodes.filter({ hasText: 'Sở Nông nghiệp và Môi trường' }).count())
      .toBe(1);
    expect(await nodes.filter({ hasText: 'Sở Kế hoạch và Đầu tư' }).count()).toBe(0);
    expect(page.url()).toContain('asOf=2026-01-01');
    expect(await axeViolations(page)).toEqual([]);

    await nodes.filter({ hasText: 'Sở Nông nghiệp và Môi trường' }).first().click();
    await page.waitForURL(/\/units\/[0-9a-f-]{36}/);
    await expect
      .poll(() => page.locator('main').getByText('Sở Tài nguyên và Môi trường').first().isVisible())
      .toBe(true);
    await expect
      .poll(() =>
        page
          .locator('main')
          .getByText('Sở Nông nghiệp và Phát triển nông thôn')
          .first()
          .isVisible(),
      )
      .toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('follows an old commune of 2024 to its 2026 successor, the seeded link marked unverified', async () => {
    const { page } = await j.newPage({ width: 360, height: 800 });
    await signInThroughUi(page, j.baseUrl, 'admin', testAdminPassword);
    await page.waitForURL(/\/(home|account)/);

    await page.goto(`${j.baseUrl}/units?asOf=2024-12-31`);
    const nodes = page.getByTestId('unit-node');
    await expect.poll(() => nodes.filter({ hasText: 'Tam Đường' }).count()).toBeGreaterThan(0);
    await page.getByTestId('unit-search').fill('Tà Mung');
    await expect.poll(() => nodes.filter({ hasText: 'Xã Tà Mung' }).count()).toBe(1);
    expect(await nodes.filter({ hasText: 'Xã Mường Kim' }).count()).toBe(0);
    await nodes.filter({ hasText: 'Xã Tà Mung' }).click();
    await page.waitForURL(/\/units\/[0-9a-f-]{36}/);

    const successors = page.getByTestId('successors');
    await expect.poll(() => successors.getByText('Xã Mường Kim').isVisible()).toBe(true);
    const mark = page.getByTestId('unverified-mark').first();
    await expect.poll(() => mark.isVisible()).toBe(true);
    expect(await mark.textContent()).toContain('Chưa kiểm chứng — nguồn: tổng hợp của bên thứ ba');
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await successors.getByText('Xã Mường Kim').click();
    await expect
      .poll(() => page.getByTestId('predecessors').getByText('Xã Tà Mung').isVisible())
      .toBe(true);
    expect(
      await page.getByTestId('unit-events').getByText('Chưa kiểm chứng').count(),
    ).toBeGreaterThan(0);

    await page.goto(`${j.baseUrl}/units?asOf=2026-01-01`);
    await page.getByTestId('unit-search').fill('Mường Kim');
    await expect.poll(() => nodes.filter({ hasText: 'Xã Mường Kim' }).count()).toBe(1);
    await page.getByTestId('unit-search').fill('Tà Mung');
    await expect.poll(() => nodes.filter({ hasText: 'Xã Tà Mung' }).count()).toBe(0);
  });
});
