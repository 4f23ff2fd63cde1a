/** The second tenant's own records for the two-tenant test, and the user that probes the routes. */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { movements, provinceTargets, provinceTargetValues } from '../../server/db/schema/index.ts';
import { insertGrant } from '../../server/repositories/users.ts';
import { roles } from '../../shared/roles.ts';
import type { Session, TestApp } from './test-app.ts';
import { sessionOn, type SecondTenant } from './tenants.ts';
import { insertUserWithRole, userPassword } from './users.ts';

export const bHost = 'thidua.dienbien.gov.vn';

/** Returns the session of `b.probe`, a user of B holding every role on B's root. */
export async function populateTenantB(t: TestApp, b: SecondTenant): Promise<Session> {
  // Tenant B's own records: a unit, a user with a grant, and a published movement with a target.
  const unit = await b.admin.request('POST', '/api/units', {
    code: 'SO-XD',
    kind: 'provincial_department',
    name: 'Sở Xây dựng tỉnh Điện Biên',
    parentId: b.rootUnitId,
    validFrom: '2026-01-01',
  });
  expect(unit.statusCode, unit.body).toBe(201);
  const user = await b.admin.request('POST', '/api/users', {
    username: 'soxd.head',
    fullName: 'Trưởng Sở Xây dựng',
    password: 'dien-bien-head-2026',
  });
  expect(user.statusCode, user.body).toBe(201);
  // A user of B holding every role on B's root probes the routes: each service is reached, not just its policy.
  const probeId = await insertUserWithRole(
    { deps: t.deps, tenantId: b.tenant.id },
    { username: 'b.probe' },
    'admin',
    b.rootUnitId,
  );
  for (const role of roles.filter((r) => r !== 'admin'))
    await insertGrant(t.deps.db, {
      id: randomUUID(),
      tenantId: b.tenant.id,
      userId: probeId,
      role,
      unitId: b.rootUnitId,
    });
  const probe = await sessionOn(t.app, bHost, 'b.probe', userPassword);
  const movementId = randomUUID();
  await t.deps.db.insert(movements).values({
    id: movementId,
    tenantId: b.tenant.id,
    code: 'DB-2026-2030',
    titleVi: 'Phong trào thi đua của tỉnh Điện Biên',
    titleEn: 'Điện Biên movement',
    startYear: 2026,
    endYear: 2030,
  });
  const targetId = randomUUID();
  await t.deps.db.insert(provinceTargets).values({
    id: targetId,
    tenantId: b.tenant.id,
    movementId,
    code: 'DB_FOREST_COVER',
    position: 1,
    area: 'infrastructure',
    nameVi: 'Tỷ lệ che phủ rừng tỉnh Điện Biên',
    nameEn: 'Forest cover',
    measure: 'percent',
    direction: 'higher',
    sourceVi: 'Tỷ lệ che phủ rừng đạt 45%',
    clause: 'II.1',
  });
  await t.deps.db.insert(provinceTargetValues).values({
    id: randomUUID(),
    tenantId: b.tenant.id,
    targetId,
    year: 2030,
    value: '45',
    comparator: '≥',
  });
  return probe;
}
