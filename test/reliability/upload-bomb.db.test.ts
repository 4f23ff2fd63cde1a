/**
 * Archive bombs refused (issue 15 item 2, ADR 0042): a ~2.5 MB workbook that unpacks to ~2.5 GB
 * is refused from its directory, one that lies about its sizes is refused by the capped
 * inflate, both without the server's memory growing (RSS growth under 200 MB).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipProblem } from '../../server/files/zip-limits.ts';
import { samples } from '../support/file-samples.ts';
import { form } from '../support/reporting.ts';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../support/test-app.ts';
import { entry, workbookBomb, zipOf } from '../support/zip-bomb.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', testAdminPassword);
});
afterAll(() => t.close());

const mb = (n: number) => Math.round(n / 1024 / 1024);

describe('workbook bombs', () => {
  const honest = workbookBomb(2400);
  const liar = workbookBomb(2400, 4096);
  it('the bombs are small on the wire and recognised from their directory', () => {
    expect(honest.length).toBeLessThan(3 * 1024 * 1024);
    expect(zipProblem(honest)).toBe('too_large');
    expect(zipProblem(liar)).toBe('too_large');
    expect(zipProblem(samples.odt)).toBeNull();
  });

  it.each([
    ['honest', () => honest],
    ['lying about its sizes', () => liar],
  ])(
    'a 2.5 GB workbook (%s) is refused with 413 on import, RSS growing < 200 MB',
    async (_, bomb) => {
      const before = process.memoryUsage().rss;
      let peak = before;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      const f = form(bomb(), 'bomb.xlsx');
      const vi = await admin.request('POST', '/api/units/import?mode=validate', f.body, f.headers);
      const en = await admin.request('POST', '/api/units/import?mode=validate', f.body, {
        ...f.headers,
        'accept-language': 'en',
      });
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      console.log(
        `bomb (${_}): RSS ${mb(before)} MB → peak ${mb(peak)} MB (+${mb(peak - before)} MB)`,
      );
      expect(vi.statusCode).toBe(413);
      expect(vi.json().error.fields.file).toMatch(/bom nén/);
      expect(en.json().error.fields.file).toMatch(/zip bomb/);
      expect(peak - before).toBeLessThan(200 * 1024 * 1024);
    },
  );

  it('too many entries are refused', () => {
    expect(zipProblem(zipOf(Array.from({ length: 2001 }, (_, i) => entry(`e${i}`, 'x'))))).toBe(
      'too_many_entries',
    );
  });
});

describe('container check reads the directory', () => {
  it('an ODT whose first bytes are right but which has no content.xml is not an ODT', async () => {
    const { sniffEvidence } = await import('../../server/files/sniff.ts');
    const { storedEntry } = await import('../support/zip-bomb.ts');
    expect(sniffEvidence(samples.odt)).toBe('odt');
    const fake = zipOf([storedEntry('mimetype', 'application/vnd.oasis.opendocument.text')]);
    expect(sniffEvidence(fake)).toBeNull();
    const firstBytesOnly = samples.odt.subarray(0, 80);
    expect(sniffEvidence(firstBytesOnly)).toBeNull();
  });
});
