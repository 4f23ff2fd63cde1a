import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.ts';
import { escapeHtml } from '../server/pages/html.ts';
import { testDb, type TestDb } from './support/test-app.ts';

let db: TestDb;
let app: FastifyInstance;
const code = 'HTCS-THTK-2022-2030';

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-pages-'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="vi"><head><title>Thi đua – Khen thưởng</title></head><body><div id="root"></div><script type="module" src="/assets/main-abcdefgh.js"></script></body></html>',
  );
  db = await testDb();
  db.deps.config = { ...db.deps.config, appDir: dir };
  app = await buildApp(db.deps, { serveApp: true });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const seedOf = (html: string) =>
  JSON.parse(
    /<script type="application\/json" id="thidua-seed">(.*?)<\/script>/s.exec(html)![1]!,
  ) as [unknown[], unknown][];

describe('public pages as HTML first', () => {
  it('escapes what it writes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  it('the landing page carries the movement, its phases and targets in the HTML, and the data for the app', async () => {
    const res = await app.inject({ url: '/', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-encoding']).toBe('br');
    const html = zlib.brotliDecompressSync(res.rawPayload).toString();
    expect(html).toContain('Lai Châu đẩy mạnh phát triển kết cấu hạ tầng');
    expect(html).toContain(`href="/movements/${code}"`);
    expect(html).toContain('href="/targets"');
    expect(html).toMatch(/2022 – 2025/);
    expect(html).toContain('Tỷ lệ che phủ rừng');
    expect(html).toMatch(/<title>Lai Châu/);
    const seed = seedOf(html);
    expect(seed.map(([key]) => key)).toEqual([
      ['public', 'movements'],
      ['public', 'targets'],
    ]);
    // The seeded data is what the API answers, so the app draws the same page from it.
    const api = await app.inject({ url: '/api/public/movements' });
    expect(seed[0]![1]).toEqual(api.json());
  });

  it('the plan page reads without JavaScript: contents, criteria and sectors', async () => {
    const res = await app.inject({ url: `/movements/${code}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="#plan-categories"');
    expect(res.body).toContain('Phấn đấu giải ngân 100% kế hoạch vốn đầu tư công');
    expect(res.body).toContain('Sở Kế hoạch và Đầu tư');
    expect(seedOf(res.body)[0]![0]).toEqual(['public', 'movements', code]);
  });

  it('an unknown plan falls back to the app page (which says not found)', async () => {
    const res = await app.inject({ url: '/movements/NOPE' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<div id="root"></div>');
  });

  it('/targets is public: every target with its status and a data table', async () => {
    const res = await app.inject({ url: '/targets' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Chỉ tiêu của tỉnh</h1>');
    expect(res.body).toContain('Tỷ lệ che phủ rừng');
    expect(res.body).toContain('<table>');
    expect(res.body).toContain('Chưa có số liệu');
  });

  it('robots.txt and sitemap.xml are real files naming this host', async () => {
    const robots = await app.inject({ url: '/robots.txt', headers: { host: 'thidua.example.vn' } });
    expect(robots.headers['content-type']).toMatch(/text\/plain/);
    expect(robots.body).toContain('Disallow: /api/');
    expect(robots.body).toContain('Sitemap: http://thidua.example.vn/sitemap.xml');
    const sitemap = await app.inject({ url: '/sitemap.xml' });
    expect(sitemap.headers['content-type']).toMatch(/xml/);
    expect(sitemap.body).toContain('<urlset');
    expect(sitemap.body).toContain(`/movements/${code}</loc>`);
    expect(sitemap.body).toContain('/targets</loc>');
  });
});
