import fs from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { eq } from 'drizzle-orm';
import { buildApp } from '../../server/app.ts';
import { readConfig } from '../../server/config.ts';
import { openEmbedded, openPostgres, type DbHandle } from '../../server/db/client.ts';
import { tenants } from '../../server/db/schema/index.ts';
import { todayOnClock, type Deps } from '../../server/deps.ts';
import { createPostgresCopy, templateFile, testAdminPassword } from './template.ts';

export { testAdminPassword };

export interface TestDb {
  handle: DbHandle;
  deps: Deps;
  tenantId: string;
  close(): Promise<void>;
}

/**
 * A seeded database of the run's kind: an in-memory PGlite copy of the template, or, when
 * DATABASE_URL is set, a fresh PostgreSQL database created from the template database.
 * The clock is fixed but can be moved: `deps.clock = () => …` (`deps.today()` follows it).
 */
export async function testDb(options: { now?: Date } = {}): Promise<TestDb> {
  const url = process.env.DATABASE_URL;
  let handle: DbHandle;
  let drop = async () => {};
  if (url) {
    const copy = await createPostgresCopy(url);
    handle = openPostgres(copy.url);
    drop = copy.drop;
  } else {
    handle = await openEmbedded({ loadDataDir: new Blob([fs.readFileSync(templateFile())]) });
  }
  const now = options.now ?? new Date('2026-03-02T02:00:00Z');
  const deps: Deps = {
    db: handle.db,
    dbKind: handle.kind,
    config: readConfig({ DATA_DIR: '.tmp/test-data', NODE_ENV: 'test' }),
    clock: () => now,
    today: todayOnClock,
    newId: () => randomUUID(),
    randomToken: (n) => randomBytes(n).toString('base64url'),
  };
  const [tenant] = await handle.db.select().from(tenants).where(eq(tenants.code, 'lai-chau'));
  return {
    handle,
    deps,
    tenantId: tenant!.id,
    close: async () => {
      await handle.close();
      await drop();
    },
  };
}

/** A signed-in client: carries the session cookie and CSRF token like the browser app does. */
export interface Session {
  cookie: string;
  csrfToken: string;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

export interface TestApp extends TestDb {
  app: FastifyInstance;
  signIn(username: string, password: string): Promise<Session>;
}

export async function buildTestApp(
  options: { now?: Date; logger?: object } = {},
): Promise<TestApp> {
  const db = await testDb(options);
  const app = await buildApp(db.deps, { serveApp: false, logger: options.logger ?? false });
  await app.ready();
  const signIn = async (username: string, password: string): Promise<Session> => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
    });
    if (res.statusCode !== 200)
      throw new Error(`sign-in failed for ${username}: ${res.statusCode} ${res.body}`);
    const setCookie = [res.headers['set-cookie']]
      .flat()
      .find((c) => c?.startsWith('thidua_session='))!;
    const cookie = setCookie.split(';')[0]!;
    const csrfToken = res.json().csrfToken as string;
    return {
      cookie,
      csrfToken,
      request: (method, url, body, headers = {}) =>
        app.inject({
          method: method as 'GET',
          url,
          payload: body as object | undefined,
          headers: { cookie, 'x-csrf-token': csrfToken, ...headers },
        }),
    };
  };
  return {
    ...db,
    app,
    signIn,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
