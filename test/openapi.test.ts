/**
 * The OpenAPI document as a client generator reads it: every upload is described as
 * multipart/form-data with its file field, and the base salary table is documented.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/app.ts';
import { readConfig } from '../server/config.ts';
import type { Deps } from '../server/deps.ts';

let app: FastifyInstance;
let doc: {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
};
beforeAll(async () => {
  // No database is touched: the document is built from the route table.
  const deps = {
    db: undefined,
    dbKind: 'pglite',
    config: readConfig({ DATA_DIR: '.tmp/test-data', NODE_ENV: 'test' }),
    clock: () => new Date('2026-03-02T02:00:00Z'),
    newId: () => crypto.randomUUID(),
    randomToken: () => 'x',
  } as unknown as Deps;
  app = await buildApp(deps, { serveApp: false });
  await app.ready();
  doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
});
afterAll(() => app.close());

const form = (path: string) =>
  doc.paths[path]?.post?.requestBody?.content['multipart/form-data'] as
    | {
        schema: {
          type: string;
          properties: Record<string, { type: string; format?: string }>;
          required?: string[];
        };
      }
    | undefined;

describe('/api/openapi.json', () => {
  it.each([
    '/api/units/import',
    '/api/units/import-successors',
    '/api/commendations/import',
    '/api/report-periods/{id}/indicators/import',
    '/api/report-periods/{id}/reports/{unitId}/evidence',
  ])('describes %s as a multipart/form-data upload of `file`', (path) => {
    const media = form(path);
    expect(media, path).toBeDefined();
    expect(media!.schema.properties.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(media!.schema.required).toContain('file');
    expect(Object.keys(doc.paths[path]!.post!.requestBody!.content)).toEqual([
      'multipart/form-data',
    ]);
  });

  it('names the evidence upload’s optional criterion field', () => {
    const media = form('/api/report-periods/{id}/reports/{unitId}/evidence')!;
    expect(media.schema.properties.criterionCode).toMatchObject({ type: 'string' });
    expect(media.schema.required).toEqual(['file']);
  });

  it('documents the base salary table', () => {
    const get = doc.paths['/api/commendations/base-salary']?.get as
      { responses: Record<string, { content: Record<string, { schema: unknown }> }> } | undefined;
    expect(get).toBeDefined();
    expect(JSON.stringify(get!.responses['200']!.content['application/json']!.schema)).toContain(
      'effectiveFrom',
    );
  });
});
