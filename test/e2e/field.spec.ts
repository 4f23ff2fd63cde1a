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
const password = 'can-bo-phuong-2026';

beforeAll(async () => {
  j = await startJourney();
  await seedUser(
    j,
    { username: 'tanphong.officer', password },
    'unit_officer',
    await unitIdOf(j, 'PHUONG-TAN-PHONG'),
  );
});
afterAll(() => j?.close());

describe('journey: a commune officer on a phone (issue 16)', () => {
  it('the menu is grouped by task, out of the focus order while closed, with 44 px targets', async () => {
    const { page } = await j.newPage({ width: 360, height: 740 });
    await signInThroughUi(page, j.baseUrl, 'tanphong.officer', password);
    await page.waitForURL(/\/home/);
    const nav = page.locator('#app-navbar');
    await expect.poll(() => nav.evaluate((el) => (el as HTMLElement).inert)).toBe(true);
    // Tabbing through the page never lands on an off-screen menu link.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => Boolean(document.activeElement?.closest('#app-navbar'))),
      ).toBe(false);
    }

    await page.getByRole('button', { name: 'Mở menu điều hướng' }).click();
    await expect.poll(() => nav.evaluate((el) => (el as HTMLElement).inert)).toBe(false);
    // Office-only items are absent; the commendation records are folded away.
    expect(await nav.getByRole('link', { name: 'Người dùng và phân quyền' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Quy tắc xét khen thưởng' }).count()).toBe(0);
    expect(await nav.getByText('Khen thưởng', { exact: true }).isVisible()).toBe(true);
    const visibleLinks = await nav
      .getByRole('link')
      .evaluateAll((links) => links.filter((l) => (l as HTMLElement).offsetParent !== null).length);
    expect(visibleLinks).toBeLessThanOrEqual(10);
    const small = await nav.locator('a, button, summary').evaluateAll((els) =>
      els
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.height < 44)
        .map((r) => r.height),
    );
    expect(small).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });
});
