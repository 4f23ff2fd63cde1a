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

const pages = ['/phan-anh', '/phan-anh/tra-cuu', '/phan-anh/ket-qua', '/tiet-kiem'];

describe('the public waste and thrift pages at 360 px', () => {
  it('render without sideways scroll, pass axe, and stay within the 170 KB script budget', async () => {
    for (const path of pages) {
      const { page } = await j.newPage({ width: 360, height: 740 });
      // The budget counts what the server sends, brotli as sent (the one rule, browse-plan.spec).
      const sent = await pageWireBytes(page, `${j.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await hasHorizontalScroll(page), path).toBe(false);
      expect(await axeViolations(page), path).toEqual([]);
      expect(sent.uncompressed, `${path}: sent uncompressed`).toEqual([]);
      const kb = sent.js / 1024;
      expect(kb, `${path}: ${kb.toFixed(0)} KB br`).toBeLessThanOrEqual(170);
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
