/**
 * `npm run bench -- pages`: what a first visit costs a phone, page by page. For the landing,
 * the plan, the targets, the sign-in page and a unit's report form it prints the bytes the
 * server sends (HTML, JS, CSS with `Accept-Encoding: br`), and, when Lighthouse 12.2.3 is
 * installed, its mobile scores (default config: Moto G Power, slow 4G, 4× CPU, simulated)
 * against Debian's Chromium. Install it apart from the app's packages:
 *   npm install --prefix .tmp/lighthouse lighthouse@12.2.3
 * Lighthouse 13 needs Node 22 features Debian's Node may lack; the version is pinned so the
 * figures in docs/benchmarks.md stay comparable.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPgliteTemplate, buildPostgresTemplate } from '../test/support/template.ts';
import { testAdminPassword } from '../test/support/test-app.ts';
import { pageWireBytes, startJourney, wireSize } from '../test/e2e/support.ts';
import { fillPeriod } from './reports.ts';

const root = path.resolve(import.meta.dirname, '..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface LighthouseResult {
  lhr: {
    lighthouseVersion: string;
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
}
type Lighthouse = (
  url: string,
  flags: Record<string, unknown>,
) => Promise<LighthouseResult | undefined>;
interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{
    port: number;
    kill(): Promise<void> | void;
  }>;
}

async function loadLighthouse(): Promise<
  { lighthouse: Lighthouse; launcher: ChromeLauncher } | undefined
> {
  for (const dir of [
    path.join(root, 'node_modules'),
    path.join(root, '.tmp/lighthouse/node_modules'),
  ]) {
    const main = path.join(dir, 'lighthouse/core/index.js');
    const launcher = path.join(dir, 'chrome-launcher/dist/index.js');
    if (!fs.existsSync(main) || !fs.existsSync(launcher)) continue;
    const lh = (await import(pathToFileURL(main).href)) as { default: Lighthouse };
    const cl = (await import(pathToFileURL(launcher).href)) as ChromeLauncher;
    return { lighthouse: lh.default, launcher: cl };
  }
  return undefined;
}

export async function benchPages(): Promise<void> {
  if (process.env.DATABASE_URL) await buildPostgresTemplate(process.env.DATABASE_URL);
  else await buildPgliteTemplate();
  if (!fs.existsSync(path.join(root, 'dist/app/index.html')))
    throw new Error('Build the app first: npm run build:app');
  const j = await startJourney();
  j.db.deps.clock = () => new Date();
  try {
    const login = await j.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: testAdminPassword },
    });
    const cookie = String([login.headers['set-cookie']].flat()[0]).split(';')[0]!;
    const csrf = login.json().csrfToken as string;
    const filled = await fillPeriod(j.app, j.db, { cookie, csrf });
    const [cookieName, cookieValue] = cookie.split('=') as [string, string];

    const pages = [
      { name: 'landing', path: '/', signedIn: false },
      { name: 'plan', path: '/movements/HTCS-THTK-2022-2030', signedIn: false },
      { name: 'targets', path: '/targets', signedIn: false },
      { name: 'sign-in', path: '/login', signedIn: false },
      {
        name: 'report form',
        path: `/reports/${filled.periodId}/units/${filled.unitId}`,
        signedIn: true,
      },
    ];
    console.log('Bytes on the wire, first visit (Accept-Encoding: br), 360 × 740:');
    for (const p of pages) {
      const { page, context } = await j.newPage({ width: 360, height: 740 });
      if (p.signedIn)
        await context.addCookies([{ name: cookieName, value: cookieValue, url: j.baseUrl }]);
      const sent = await pageWireBytes(page, `${j.baseUrl}${p.path}`);
      const html = await wireSize(`${j.baseUrl}${p.path}`);
      const kb = (n: number) => (n / 1024).toFixed(1);
      console.log(
        `  ${p.name} (${p.path}): JS ${kb(sent.js)} KB, CSS ${kb(sent.css)} KB, HTML ${kb(html.bytes)} KB in ${sent.files + 1} files` +
          (sent.uncompressed.length ? `; uncompressed: ${sent.uncompressed.join(', ')}` : ''),
      );
      await context.close();
    }

    const lh = await loadLighthouse();
    if (!lh) {
      console.log(
        '\nLighthouse not installed: npm install --prefix .tmp/lighthouse lighthouse@12.2.3',
      );
      return;
    }
    console.log('\nLighthouse (mobile defaults, simulated throttling):');
    for (const p of pages) {
      const chrome = await lh.launcher.launch({
        chromePath: chromiumPath,
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
      });
      try {
        const result = await lh.lighthouse(`${j.baseUrl}${p.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          ...(p.signedIn ? { extraHeaders: { Cookie: cookie } } : {}),
        });
        if (!result) throw new Error('no result');
        const { categories, audits, lighthouseVersion } = result.lhr;
        const score = (c: string) => Math.round((categories[c]?.score ?? 0) * 100);
        const ms = (a: string) => Math.round(audits[a]?.numericValue ?? NaN);
        console.log(
          `  ${p.name}: performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}; ` +
            `FCP ${ms('first-contentful-paint')} ms, LCP ${ms('largest-contentful-paint')} ms, TBT ${ms('total-blocking-time')} ms, CLS ${(audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)} (Lighthouse ${lighthouseVersion})`,
        );
      } finally {
        await chrome.kill();
      }
    }
  } finally {
    await j.close();
  }
}
