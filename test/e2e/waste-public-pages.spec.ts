import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, hasHorizontalScroll, startJourney, type Journey } from './support.ts';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
});
afterAll(() => j?.close());

const pages = ['/phan-anh', '/phan-anh/tra-cuu', '/phan-anh/ket-qua', '/tiet-kiem'];

describe('the public waste and thrift pages at 360 px', () => {
  it('render without sideways scroll, pass axe, and stay within the 170 KB script budget', async () => {
    for (const path of pages) {
      const { page } = await j.newPage({ width: 360, height: 740 });
      const scripts: Promise<Buffer>[] = [];
      page.on('response', (r) => {
        if (r.url().endsWith('.js')) scripts.push(r.body());
      });
      await page.goto(`${j.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await hasHorizontalScroll(page), path).toBe(false);
      expect(await axeViolations(page), path).toEqual([]);
      const kb =
        (await Promise.all(scripts)).reduce((n, b) => n + zlib.gzipSync(b).length, 0) / 1024;
      expect(kb, `${path}: ${kb.toFixed(0)} KB gz`).toBeLessThanOrEqual(170);
    }
  });

  it('reads in English after the language toggle', async () => {
    const { page } = await j.newPage({ width: 360, height: 740, locale: 'en-GB' });
    await page.goto(`${j.baseUrl}/phan-anh`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page
      .getByRole('button', { name: /English|EN/ })
      .first()
      .click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe('Report wasteful behaviour');
  });
});
