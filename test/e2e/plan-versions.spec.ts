import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamDay } from '../../shared/vietnam-day.ts';
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
beforeAll(async () => {
  j = await startJourney();
});
afterAll(() => j?.close());

const code = 'HTCS-THTK-2022-2030';

describe('journey: the office issues the phase-2 plan; the public reads it and the old version', () => {
  it('drafts phase-2 targets, previews the diff, issues with a decision number (360 px)', async () => {
    await seedUser(
      j,
      { username: 'plan-office', password: 'plan-pass-2026', fullName: 'Nguyễn Thị Thi Đua' },
      'emulation_office',
      await unitIdOf(j, 'root'),
    );
    const { page } = await j.newPage({ width: 360, height: 800 });
    await signInThroughUi(page, j.baseUrl, 'plan-office', 'plan-pass-2026');
    await page.waitForURL(/\/home/);

    await page.goto(`${j.baseUrl}/plan/${code}`);
    await expect.poll(() => page.getByTestId('plan-version-1').count()).toBe(1);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByTestId('plan-findings')
      .fill(
        'Năm 2025 tỷ lệ che phủ rừng đạt 54%, hoàn thành chỉ tiêu giai đoạn 1.\n\nGiải ngân vốn đầu tư công chưa đạt 100% ở một số chủ đầu tư.',
      );
    await page.getByTestId('plan-start-phase').click();
    await page.waitForURL(/\/plan\/[^/]+\/versions\/2$/);

    // Forest cover rising to 56% by 2030, then every other opened year as the office decides.
    const forest = [54.4, 54.8, 55.2, 55.6];
    for (const [i, v] of forest.entries())
      await page.getByLabel(`Giá trị FOREST_COVER ${2026 + i}`).fill(String(v).replace('.', ','));
    const open = page.locator('input[placeholder="Nhập giá trị"]');
    for (let guard = 0; guard < 80; guard++) {
      const empty = open.and(page.locator('input:not([value]), input[value=""]'));
      if ((await empty.count()) === 0) break;
      await empty.first().fill('1');
    }
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('plan-save').click();
    await expect.poll(() => page.getByTestId('plan-notice').textContent()).toContain('Đã lưu');

    // The findings are there to edit, with the plan's passages and the sectors' lead bodies.
    await page.getByRole('tab', { name: 'Nội dung' }).click();
    await expect
      .poll(() => page.getByTestId('plan-sections-finding').textContent())
      .toContain('Kết quả sơ kết');
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('plan-tab-diff').click();
    const change = page.getByTestId('plan-change-FOREST_COVER');
    await expect.poll(() => change.textContent()).toContain('54,4');
    expect(await change.textContent()).toContain('Năm 2026');
    await expect
      .poll(() => page.getByTestId('plan-diff').textContent())
      .toContain('Năm 2025 tỷ lệ che phủ rừng đạt 54%');
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('plan-issue').click();
    await page.getByTestId('plan-decision-number').fill('125/QĐ-UBND');
    await page.getByTestId('plan-decision-date').fill(vietnamDay(new Date()));
    await page.getByTestId('plan-signer-name').fill('Lê Văn Lương');
    await page.getByTestId('plan-issue-confirm').click();
    await expect
      .poll(() => page.getByTestId('plan-status').first().textContent())
      .toBe('Đang có hiệu lực');
    await expect
      .poll(() => page.getByTestId('plan-decision').textContent())
      .toContain('125/QĐ-UBND');
  });

  it('shows the public plan in force today by its decision, and the earlier version and the diff', async () => {
    const { page } = await j.newPage({ width: 360, height: 800 });
    await page.goto(`${j.baseUrl}/movements/${code}`);
    const title = page.getByTestId('plan-version-title');
    await expect
      .poll(() => title.textContent())
      .toContain('Phiên bản 2 theo Quyết định số 125/QĐ-UBND');
    await expect.poll(() => page.getByTestId('findings').count()).toBeGreaterThan(0);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('plan-version-link-1').click();
    await expect.poll(() => title.textContent()).toBe('Phiên bản 1 theo Kế hoạch ban hành lần đầu');
    expect(await page.getByTestId('plan-version-unknown').textContent()).toContain(
      'số văn bản, ngày ban hành',
    );
    expect(await page.getByTestId('findings').count()).toBe(0);

    await page.getByTestId('plan-compare').click();
    await page.waitForURL(/\/diff\?/);
    await expect
      .poll(() => page.getByTestId('plan-change-FOREST_COVER').textContent())
      .toContain('55,6');
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    const docx = await fetch(`${j.baseUrl}/api/public/movements/${code}/versions/2/plan.docx`);
    expect(docx.status).toBe(200);
  });
});
