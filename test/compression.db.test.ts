import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.ts';
import { pickEncoding } from '../server/plugins/compress.ts';
import { precompressDir } from '../server/static/precompress.ts';
import { testDb, type TestDb } from './support/test-app.ts';

describe('pickEncoding', () => {
  it('prefers brotli, honours weights and refusals', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip, deflate')).toBe('gzip');
    expect(pickEncoding('br;q=0.5, gzip')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0')).toBeUndefined();
    expect(pickEncoding('identity')).toBeUndefined();
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding(undefined)).toBeUndefined();
  });
});

let db: TestDb;
let app: FastifyInstance;
const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `từ ${i}`))};\n`;
const html = `<!doctype html><html lang="vi"><head><title>Thi đua</title></head><body>${'<p>Phong trào thi đua</p>'.repeat(80)}</body></html>`;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-static-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'assets', 'main-AbC123xY.js'), script);
  fs.writeFileSync(path.join(dir, 'index.html'), html);
  fs.writeFileSync(path.join(dir, 'manifest.webmanifest'), '{"name":"Thi đua"}');
  precompressDir(dir);
  db = await testDb();
  db.deps.config = { ...db.deps.config, appDir: dir };
  app = await buildApp(db.deps, { serveApp: true });
  // Stands for the cached public answers that arrive compressed already.
  app.get('/api/test-precompressed', (_request, reply) =>
    reply
      .header('content-encoding', 'br')
      .type('application/json; charset=utf-8')
      .send(zlib.brotliCompressSync(JSON.stringify({ big: 'x'.repeat(5000) }))),
  );
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('bytes on the wire', () => {
  it('sends a hashed asset pre-compressed, cached for a year', async () => {
    const res = await app.inject({
      url: '/assets/main-AbC123xY.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(script);
    expect(res.rawPayload.length).toBeLessThan(script.length / 3);

    const gz = await app.inject({
      url: '/assets/main-AbC123xY.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(script);

    const raw = await app.inject({ url: '/assets/main-AbC123xY.js' });
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.body).toBe(script);
  });

  it('does not serve the .br and .gz copies as pages of their own', async () => {
    const res = await app.inject({ url: '/assets/main-AbC123xY.js.br' });
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });

  it('sends the HTML pre-compressed and revalidated on every visit', async () => {
    const res = await app.inject({ url: '/reports/abc', headers: { 'accept-encoding': 'br' } });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(html);
  });

  it('revalidates unhashed files (the web manifest)', async () => {
    const res = await app.inject({ url: '/manifest.webmanifest' });
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('compresses API answers of 1 KB or more, and leaves small ones alone', async () => {
    const res = await app.inject({
      url: '/api/openapi.json',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    const json = zlib.brotliDecompressSync(res.rawPayload).toString();
    expect(JSON.parse(json)).toHaveProperty('openapi');
    expect(res.rawPayload.length).toBeLessThan(json.length / 4);

    const small = await app.inject({ url: '/api/health', headers: { 'accept-encoding': 'br' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json()).toBeTruthy();
  });

  it('never compresses an answer that carries Content-Encoding already', async () => {
    const res = await app.inject({
      url: '/api/test-precompressed',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.headers['content-encoding']).toBe('br');
    expect(JSON.parse(zlib.brotliDecompressSync(res.rawPayload).toString()).big).toHaveLength(5000);
  });
});
