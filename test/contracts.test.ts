/**
 * The contracts' own rules, checked over the whole route table so a new route is covered
 * without editing this file: every request object is strict (an unknown field is refused and
 * named), and every response is described.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { buildApp } from '../server/app.ts';
import { readConfig } from '../server/config.ts';
import type { Deps } from '../server/deps.ts';
import { apiRoutes, type ApiRoute } from './support/routes.ts';

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Paths inside a request schema where an object lets unknown keys through. */
export function looseObjects(schema: unknown, path = '$', seen = new Set<unknown>()): string[] {
  if (!(schema instanceof z.ZodType) || seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const walk = (child: unknown, sub: string) => looseObjects(child, sub, seen);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const catchall = def.catchall as z.ZodType | undefined;
      const strict = catchall !== undefined && defOf(catchall).type === 'never';
      return [
        ...(strict ? [] : [path]),
        ...Object.entries(shape).flatMap(([k, v]) => walk(v, `${path}.${k}`)),
      ];
    }
    case 'array':
      return walk(def.element, `${path}[]`);
    case 'record':
      return walk(def.valueType, `${path}{}`);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return walk(def.innerType, path);
    case 'pipe':
      return [...walk(def.in, path), ...walk(def.out, path)];
    case 'union':
      return (def.options as unknown[]).flatMap((o, i) => walk(o, `${path}|${i}`));
    case 'intersection':
      return [...walk(def.left, path), ...walk(def.right, path)];
    case 'tuple':
      return (def.items as unknown[]).flatMap((o, i) => walk(o, `${path}[${i}]`));
    case 'lazy':
      return walk((def.getter as () => unknown)(), path);
    default:
      return [];
  }
}

let app: FastifyInstance;
let routes: ApiRoute[];
beforeAll(async () => {
  // No database is touched: routes are only registered, never called.
  const deps = {
    db: undefined,
    dbKind: 'pglite',
    config: readConfig({ DATA_DIR: '.tmp/test-data', NODE_ENV: 'test' }),
    clock: () => new Date('2026-03-02T02:00:00Z'),
    today: () => '2026-03-02',
    newId: () => crypto.randomUUID(),
    randomToken: () => 'x',
  } as unknown as Deps;
  app = await buildApp(deps, { serveApp: false });
  await app.ready();
  routes = apiRoutes(app);
});
afterAll(() => app.close());

describe('contracts over the route table', () => {
  it('sees the routes', () => {
    expect(routes.length).toBeGreaterThan(50);
  });

  it('refuses unknown fields in every body, query and params object', () => {
    const loose = routes.flatMap((r) =>
      (['body', 'querystring', 'params'] as const).flatMap((part) =>
        looseObjects(r.schema[part]).map((p) => `${r.method} ${r.url} ${part} ${p}`),
      ),
    );
    expect(loose).toEqual([]);
  });

  it('describes the answer of every JSON route', () => {
    const undescribed = routes.filter((r) => !r.schema.response).map((r) => `${r.method} ${r.url}`);
    expect(undescribed).toEqual([]);
  });
});
