/** Test-only helpers shared by the unit route tests (not imported by the app). */
import { like } from 'drizzle-orm';
import { auditLog } from '../../server/db/schema/index.ts';
import type { Role } from '../../shared/roles.ts';
import { expect } from 'vitest';
import { testAdminPassword, type Session, type TestApp } from './test-app.ts';
import { insertUserWithRole, userPassword } from './users.ts';

export const adminPassword = testAdminPassword;

export interface TreeUnit {
  id: string;
  code: string;
  kind: string;
  name: string;
  parentId: string | null;
  validTo: string | null;
  abilities: Record<string, boolean>;
}

/** GET /api/units/tree as `session` sees it, asserting a 200. */
export async function tree(
  session: Session,
  asOf?: string,
): Promise<{ asOf: string; units: TreeUnit[] }> {
  const res = await session.request('GET', `/api/units/tree${asOf ? `?asOf=${asOf}` : ''}`);
  expect(res.statusCode).toBe(200);
  return res.json();
}

/** A unit's id by code, from the tree as of `asOf`. */
export async function idOf(session: Session, code: string, asOf = '2026-01-01'): Promise<string> {
  const res = await session.request('GET', `/api/units/tree?asOf=${asOf}`);
  const unit = (res.json().units as { id: string; code: string }[]).find((u) => u.code === code);
  if (!unit) throw new Error(`no unit ${code} on ${asOf}`);
  return unit.id;
}

/** Creates a user holding `role` on the unit with `unitCode` and signs them in. */
export async function userWith(
  t: TestApp,
  admin: Session,
  username: string,
  role: Role,
  unitCode: string,
): Promise<Session> {
  return userOn(t, username, role, await idOf(admin, unitCode));
}

/** A signed-in user holding `role` on a unit given by id (the unit may start later than today). */
export async function userOn(
  t: TestApp,
  username: string,
  role: Role,
  unitId: string,
): Promise<Session> {
  await insertUserWithRole(t, { username }, role, unitId);
  return t.signIn(username, userPassword);
}

/** Audit entries whose action starts with `prefix`. */
export async function auditCount(t: TestApp, prefix: string): Promise<number> {
  return (
    await t.deps.db
      .select()
      .from(auditLog)
      .where(like(auditLog.action, `${prefix}%`))
  ).length;
}

/** A multipart/form-data body with one file field, as a browser would send it. */
export function multipart(
  file: Buffer,
  field = 'file',
  filename = 'don-vi.xlsx',
): { body: Buffer; headers: Record<string, string> } {
  const boundary = '----thidua-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    body: Buffer.concat([head, file, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
