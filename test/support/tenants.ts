import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Deps } from '../../server/deps.ts';
import { addTenantHost, createTenant, type CreatedTenant } from '../../server/services/tenants.ts';
import type { Session } from './test-app.ts';

/** The host the seeded tenant (Lai Châu) answers on once a second tenant exists. */
export const laiChauHost = 'thidua.laichau.gov.vn';

/** A client of one host: every request carries that Host header, and the session's cookie once signed in. */
export interface HostClient {
  host: string;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  signIn(username: string, password: string): Promise<LightMyRequestResponse>;
}

export function onHost(app: FastifyInstance, host: string): HostClient {
  return {
    host,
    request: (method, url, body, headers = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        payload: body as object | undefined,
        headers: { host, ...headers },
      }),
    signIn: (username, password) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
        headers: { host },
      }),
  };
}

/** Signs in on a host; throws unless it answers 200. */
export async function sessionOn(
  app: FastifyInstance,
  host: string,
  username: string,
  password: string,
): Promise<Session> {
  const res = await onHost(app, host).signIn(username, password);
  if (res.statusCode !== 200)
    throw new Error(`sign-in failed for ${username}@${host}: ${res.statusCode} ${res.body}`);
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
        headers: { host, cookie, 'x-csrf-token': csrfToken, ...headers },
      }),
  };
}

export interface SecondTenant extends CreatedTenant {
  /** The admin's session on the tenant's host, its generated password already changed. */
  admin: Session;
  adminPassword: string;
}

/**
 * A second tenant made the way `thidua tenant add` makes it, with Lai Châu given its own host
 * (with two tenants an unregistered host answers 404). The admin changes the generated password.
 */
export async function addSecondTenant(
  app: FastifyInstance,
  deps: Deps,
  input: { name: string; host: string; code?: string; validFrom?: string },
): Promise<SecondTenant> {
  await addTenantHost(deps, { tenantCode: 'lai-chau', host: laiChauHost });
  const created = await createTenant(deps, input);
  const first = await sessionOn(app, created.host, created.adminUsername, created.adminPassword);
  const adminPassword = 'second-tenant-admin-2026';
  const changed = await first.request('POST', '/api/me/password', {
    currentPassword: created.adminPassword,
    newPassword: adminPassword,
  });
  if (changed.statusCode !== 204)
    throw new Error(`password change failed: ${changed.statusCode} ${changed.body}`);
  return { ...created, adminPassword, admin: first };
}
