import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { queryRows } from '../../server/db/client.ts';
import { findRootUnitId } from '../../server/repositories/unit-names.ts';
import type { Role } from '../../shared/roles.ts';
import { testDb, type TestDb } from '../support/test-app.ts';
import { insertUserWithRole } from '../support/users.ts';

export { testAdminPassword } from '../support/template.ts';

export interface Journey {
  baseUrl: string;
  /** The server itself, for setting data up through `app.inject` (benchmarks). */
  app: FastifyInstance;
  browser: Browser;
  db: TestDb;
  newPage(options?: {
    width?: number;
    height?: number;
    locale?: string;
  }): Promise<{ page: Page; context: BrowserContext }>;
  close(): Promise<void>;
}

/** A real server on a free loopback port over a seeded database, and Debian's Chromium. */
export async function startJourney(): Promise<Journey> {
  const db = await testDb();
  // A real browser keeps cookies by the wall clock, so the server must use it too.
  db.deps.clock = () => new Date();
  const app = await buildApp(db.deps, { serveApp: true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    // playwright gives every launch a fresh, temporary user-data dir of its own.
  });
  const contexts: BrowserContext[] = [];
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    app,
    browser,
    db,
    newPage: async ({ width = 1280, height = 900, locale = 'vi-VN' } = {}) => {
      const context = await browser.newContext({
        viewport: { width, height },
        locale,
        reducedMotion: 'reduce',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return { page, context };
    },
    close: async () => {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await app.close();
      await db.close();
    },
  };
}

const axeSource = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core's WCAG 2.1 A/AA violations on the current page (evaluated over CDP, so the CSP still applies to the app). */
export async function axeViolations(
  page: Page,
): Promise<{ id: string; impact: string | null; nodes: number; help: string; where: string[] }[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[]; failureSummary?: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      // Which elements, so a failing journey says where to look.
      where: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
      help: v.help,
    }));
  });
}

/** The page scrolls sideways at this width: a mobile-layout bug. */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  );
}

export async function signInThroughUi(
  page: Page,
  baseUrl: string,
  username: string,
  password: string,
): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/Tên đăng nhập|Username/).fill(username);
  await page.getByLabel(/Mật khẩu|Password/).fill(password);
  await page.getByRole('button', { name: /Đăng nhập|Sign in/ }).click();
}

/** The id of the unit with this code; `root` is the province. */
export async function unitIdOf(j: Journey, code: string | 'root'): Promise<string> {
  const { deps, tenantId } = j.db;
  if (code === 'root') return (await findRootUnitId(deps.db, tenantId))!;
  const [row] = await queryRows<{ id: string }>(
    deps.db,
    sql`select id from units where tenant_id = ${tenantId} and code = ${code}`,
  );
  if (!row) throw new Error(`no unit ${code}`);
  return row.id;
}

/** A user holding one role on one unit, written straight into the journey's database. */
export function seedUser(
  j: Journey,
  user: { username: string; password: string; fullName?: string },
  role: Role,
  unitId: string,
): Promise<string> {
  return insertUserWithRole(j.db, user, role, unitId);
}

/** What the server sends for one URL when the client accepts brotli: bytes and encoding. */
export function wireSize(
  url: string,
  acceptEncoding = 'br',
): Promise<{ bytes: number; encoding: string | undefined; cacheControl: string | undefined }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () =>
          resolve({
            bytes,
            encoding: res.headers['content-encoding'],
            cacheControl: res.headers['cache-control'],
          }),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/**
 * Opens a page and adds up what the server sends for its scripts and styles with
 * `Accept-Encoding: br` (fetched again outside the browser, which asks for brotli only over
 * HTTPS): the bytes a first visit costs on the wire.
 */
export async function pageWireBytes(
  page: Page,
  url: string,
): Promise<{ js: number; css: number; files: number; uncompressed: string[] }> {
  const assets = new Set<string>();
  const onResponse = (r: { url(): string }) => {
    if (/\.(?:js|css)(?:\?|$)/.test(r.url())) assets.add(r.url());
  };
  page.on('response', onResponse);
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const totals = { js: 0, css: 0, files: assets.size, uncompressed: [] as string[] };
  for (const asset of assets) {
    const sent = await wireSize(asset);
    if (sent.encoding !== 'br' && sent.bytes >= 1024) totals.uncompressed.push(asset);
    if (/\.css(?:\?|$)/.test(asset)) totals.css += sent.bytes;
    else totals.js += sent.bytes;
  }
  return totals;
}
