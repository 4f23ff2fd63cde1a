import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import * as usersRepo from '../../repositories/users.ts';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { insertUserWithRole, userPassword } from '../../../test/support/users.ts';

/** The users list over the 38 communes of 2026: an admin of one commune sees only its users. */
let t: TestApp;
let root: Session;
let communeAdmin: Session;
let communes: { id: string; code: string }[];
let chosen: { id: string; code: string };
let other: { id: string; code: string };

interface ListedUser {
  username: string;
  grants: { unitId: string }[];
  abilities: { update: boolean };
}
const usernames = async (s: Session) => {
  const res = await s.request('GET', '/api/users');
  expect(res.statusCode).toBe(200);
  return (res.json().users as ListedUser[]).map((u) => u.username);
};

beforeAll(async () => {
  t = await buildTestApp();
  root = await t.signIn('admin', testAdminPassword);
  communes = await queryRows<{ id: string; code: string }>(
    t.deps.db,
    sql`select u.id, u.code from units u
         where u.tenant_id = ${t.tenantId} and u.kind = 'commune' and u.valid_to is null
         order by u.code`,
  );
  chosen = communes[7]!;
  other = communes[8]!;
  // An officer on every commune, an account with no grant yet, and one spanning two communes.
  for (const c of communes)
    await insertUserWithRole(
      t,
      { username: `officer.${c.code.toLowerCase()}` },
      'unit_officer',
      c.id,
    );
  await usersRepo.insertUser(t.deps.db, {
    id: t.deps.newId(),
    tenantId: t.tenantId,
    username: 'no.grant.yet',
    fullName: 'Chưa có quyền',
    passwordHash: 'x',
  });
  const both = await insertUserWithRole(t, { username: 'two.communes' }, 'unit_head', other.id);
  await usersRepo.insertGrant(t.deps.db, {
    id: t.deps.newId(),
    tenantId: t.tenantId,
    userId: both,
    role: 'unit_head',
    unitId: chosen.id,
  });
  await insertUserWithRole(t, { username: 'commune.admin' }, 'admin', chosen.id);
  communeAdmin = await t.signIn('commune.admin', userPassword);
});
afterAll(() => t.close());

describe('the users list, scoped in SQL', () => {
  it('holds the 38 communes of 2026', () => {
    expect(communes).toHaveLength(38);
  });

  it('an admin of one commune lists exactly the users holding a grant there, itself included', async () => {
    const officer = `officer.${chosen.code.toLowerCase()}`;
    expect((await usernames(communeAdmin)).sort()).toEqual(
      ['commune.admin', officer, 'two.communes'].sort(),
    );
    const list = (await communeAdmin.request('GET', '/api/users')).json().users as ListedUser[];
    // A user also holding a grant elsewhere shows all its grants, but is not the commune's to edit.
    const both = list.find((u) => u.username === 'two.communes')!;
    expect(both.grants.map((g) => g.unitId).sort()).toEqual([chosen.id, other.id].sort());
    expect(both.abilities.update).toBe(false);
    expect(list.find((u) => u.username === officer)!.abilities.update).toBe(true);
  });

  it('the query itself filters: the repository returns only the scope’s users and their grants', async () => {
    const admin = (await usersRepo.findUserByUsername(t.deps.db, t.tenantId, 'commune.admin'))!;
    const scope = {
      all: false as const,
      userId: admin.id,
      today: '2026-03-02',
      roles: ['admin' as const],
    };
    const rows = await usersRepo.listUsers(t.deps.db, t.tenantId, scope);
    expect(rows).toHaveLength(3);
    const grants = await usersRepo.grantsOfUsersIn(t.deps.db, t.tenantId, scope);
    expect(new Set(grants.map((g) => g.userId))).toEqual(new Set(rows.map((r) => r.id)));
  });

  it('a user without any grant is listed to the root admin only; the root admin lists everyone', async () => {
    expect(await usernames(communeAdmin)).not.toContain('no.grant.yet');
    const all = await usernames(root);
    expect(all).toContain('no.grant.yet');
    expect(all).toContain('admin');
    expect(all.filter((u) => u.startsWith('officer.'))).toHaveLength(38);
    // The scoped list keeps the order of the whole one (by username).
    const scoped = await usernames(communeAdmin);
    expect(scoped).toEqual(all.filter((u) => scoped.includes(u)));
  });
});
