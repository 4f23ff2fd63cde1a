import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  hasHorizontalScroll,
  pageWireBytes,
  startJourney,
  type Journey,
} from './support.ts';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
});
afterAll(() => j?.close());

const title =
  'Lai Châu đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí';

describe('journey: a citizen reads the movement without signing in', () => {
  it('the landing page shows the movement, its phases and targets, at 360 px', async () => {
    const { page } = await j.newPage({ width: 360, height: 740 });
    await page.goto(j.baseUrl);
    await expect.poll(() => page.getByRole('heading', { name: title }).isVisible()).toBe(true);
    const text = await page.locator('body').innerText();
    expect(text).toMatch(/2022\s*[–-]\s*2025/);
    expect(text).toMatch(/2026\s*[–-]\s*2030/);
    expect(text).toMatch(/54\s*%/);
    expect(text).toMatch(/56\s*%/);
    expect(text).toContain('60');
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens the whole plan: criteria of every category and the 13 sectors with their lead bodies', async () => {
    const { page } = await j.newPage();
    await page.goto(j.baseUrl);
    await page
      .getByRole('link', { name: /Xem toàn văn kế hoạch|kế hoạch/i })
      .first()
      .click();
    await page.waitForURL(/\/movements\//);
    await expect.poll(() => page.getByRole('heading', { name: title }).isVisible()).toBe(true);
    const toc = page.getByRole('navigation', { name: /Mục lục/ });
    await toc.getByRole('link', { name: 'Tiêu chí thi đua' }).click();
    await page.waitForURL(/#plan-categories$/);
    await expect
      .poll(() =>
        page
          .locator('main')
          .getByText(/Phấn đấu giải ngân 100% kế hoạch vốn đầu tư công/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await toc.getByRole('link', { name: /Lĩnh vực/ }).click();
    await expect
      .poll(() => page.locator('main').getByText('Sở Kế hoạch và Đầu tư').first().isVisible())
      .toBe(true);
    await expect
      .poll(() =>
        page.locator('main').getByText('Sở Nông nghiệp và Môi trường').first().isVisible(),
      )
      .toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('with JavaScript off, the landing, the plan and the targets still read and link', async () => {
    const context = await j.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 740 },
      locale: 'vi-VN',
    });
    try {
      const page = await context.newPage();
      await page.goto(j.baseUrl);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
      await page.getByRole('link', { name: 'Xem toàn văn kế hoạch' }).click();
      await page.waitForURL(/\/movements\//);
      expect(await page.locator('main').innerText()).toContain('Sở Kế hoạch và Đầu tư');
      await page.getByRole('link', { name: 'Chỉ tiêu của tỉnh' }).first().click();
      await page.waitForURL(/\/targets$/);
      expect(await page.locator('main').innerText()).toContain('Tỷ lệ che phủ rừng');
      expect(await hasHorizontalScroll(page)).toBe(false);
      for (const file of ['/robots.txt', '/sitemap.xml', '/manifest.webmanifest']) {
        const res = await page.request.get(`${j.baseUrl}${file}`);
        expect(res.headers()['content-type'], file).not.toMatch(/text\/html/);
      }
    } finally {
      await context.close();
    }
  });

  it('public pages cost at most 170 KB of JavaScript on the wire, brotli as sent (STACK.md budget)', async () => {
    for (const path of ['/', '/movements/HTCS-THTK-2022-2030', '/targets', '/login']) {
      const { page } = await j.newPage({ width: 360, height: 740 });
      const sent = await pageWireBytes(page, `${j.baseUrl}${path}`);
      const kb = sent.js / 1024;
      console.log(
        `${path}: JS ${kb.toFixed(1)} KB, CSS ${(sent.css / 1024).toFixed(1)} KB br, ${sent.files} files`,
      );
      expect(sent.uncompressed, `${path}: sent uncompressed`).toEqual([]);
      expect(kb, `${path}: ${kb.toFixed(0)} KB br`).toBeLessThanOrEqual(170);
    }
  });
});
