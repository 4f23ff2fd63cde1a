import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDb, type TestDb } from '../../test/support/test-app.ts';
import { queryRows } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';
import { verifyAudit } from '../services/audit.ts';
import { oldCommuneCodes } from './lai-chau/communes-before-2025.ts';
import { loadLaiChau } from './load-lai-chau.ts';
import { oldCommunesStep } from './old-communes-step.ts';

// A database seeded before the old communes were in the seed: the fresh seed minus the 104 old
// units, their versions and the unverified merger events, and minus the step's record.
let t: TestDb;
const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(t.handle.db, q);
const count = async (q: ReturnType<typeof sql>) => (await rows<{ n: number }>(q))[0]!.n;
const codes = sql.join(
  oldCommuneCodes.map((c) => sql`${c}`),
  sql`, `,
);

async function seedTheOldWay() {
  const tenant = t.tenantId;
  const old = sql`select id from units where tenant_id = ${tenant} and code in (${codes})`;
  await t.handle.db.execute(
    sql`delete from unit_event_parties where event_id in (select id from unit_events where tenant_id = ${tenant} and not verified)`,
  );
  await t.handle.db.execute(
    sql`delete from unit_events where tenant_id = ${tenant} and not verified`,
  );
  await t.handle.db.execute(sql`delete from unit_versions where unit_id in (${old})`);
  await t.handle.db.execute(sql`delete from units where id in (${old})`);
  await t.handle.db.execute(sql`delete from seed_steps where tenant_id = ${tenant}`);
}

const ctx = () => ({
  tenantId: t.tenantId,
  at: new Date('2026-02-01T01:00:00Z'),
  newId: randomUUID,
});
const start = () => t.handle.db.transaction((tx) => loadLaiChau(tx, ctx()));
const communesOn = (date: string) =>
  count(
    sql`select count(*)::int as n from units where tenant_id = ${t.tenantId} and kind = 'commune' and valid_from <= ${date}::date and (valid_to is null or valid_to > ${date}::date)`,
  );
const stepOutcome = async () =>
  (
    await rows<{ outcome: string }>(
      sql`select outcome from seed_steps where tenant_id = ${t.tenantId} and step = ${oldCommunesStep}`,
    )
  )[0]?.outcome;
const unitId = async (code: string) =>
  (
    await rows<{ id: string }>(
      sql`select id from units where tenant_id = ${t.tenantId} and code = ${code}`,
    )
  )[0]!.id;

beforeEach(async () => {
  t = await testDb();
  await seedTheOldWay();
});
afterEach(async () => t?.close());

describe('the old-communes data step on a database seeded the old way', () => {
  it('adds the 104 old communes and 36 unverified mergers once, leaving office entries alone', async () => {
    expect(await communesOn('2024-12-31')).toBe(2);
    // what an office entered before the upgrade: a village under a new commune, and its own event
    const village = randomUUID();
    const event = randomUUID();
    const kimId = await unitId('XA-MUONG-KIM');
    const run = (q: ReturnType<typeof sql>) => t.handle.db.execute(q);
    await run(
      sql`insert into units (id, tenant_id, code, kind, valid_from) values (${village}, ${t.tenantId}, 'THON-NA-TRANG', 'sub_unit', '2025-08-01')`,
    );
    await run(sql`insert into unit_versions (id, tenant_id, unit_id, name, parent_id, valid_from)
        values (${randomUUID()}, ${t.tenantId}, ${village}, 'Bản Nà Trạng', ${kimId}, '2025-08-01')`);
    await run(
      sql`insert into unit_events (id, tenant_id, kind, effective_date, basis) values (${event}, ${t.tenantId}, 'create', '2025-08-01', 'Quyết định của văn phòng')`,
    );
    await run(
      sql`insert into unit_event_parties (tenant_id, event_id, unit_id, role) values (${t.tenantId}, ${event}, ${village}, 'subject')`,
    );
    const office = sql`select u.code, u.valid_from::text, u.valid_to::text, v.name, v.parent_id, e.kind, e.verified
      from units u join unit_versions v on v.unit_id = u.id join unit_event_parties p on p.unit_id = u.id join unit_events e on e.id = p.event_id
      where u.id = ${village}`;
    const before = await rows(office);

    await start();
    expect(await communesOn('2024-12-31')).toBe(106);
    expect(await communesOn('2026-01-01')).toBe(38);
    expect(
      await count(
        sql`select count(*)::int as n from unit_events where tenant_id = ${t.tenantId} and kind = 'merge' and not verified`,
      ),
    ).toBe(36);
    // Tà Mung (Than Uyên) is followed into Mường Kim
    const [link] = await rows<{ code: string }>(sql`
      select s.code from unit_event_parties p
        join unit_event_parties sp on sp.event_id = p.event_id and sp.role = 'successor'
        join units s on s.id = sp.unit_id
       where p.role = 'predecessor' and p.unit_id = ${await unitId('XA-TA-MUNG-THAN-UYEN')}`);
    expect(link).toEqual({ code: 'XA-MUONG-KIM' });
    expect(await rows(office)).toEqual(before);
    expect(await stepOutcome()).toBe('applied: 104 units, 36 merger events');

    const audits = await t.handle.db.$count(auditLog);
    await start();
    expect(await t.handle.db.$count(auditLog)).toBe(audits);
    expect(await communesOn('2024-12-31')).toBe(106);
    expect((await verifyAudit(t.handle.db, t.tenantId)).ok).toBe(true);
  });

  it('adds nothing where the office entered old communes itself, and records why', async () => {
    const own = randomUUID();
    await t.handle.db.execute(
      sql`insert into units (id, tenant_id, code, kind, valid_from, valid_to) values (${own}, ${t.tenantId}, 'XA-TA-MUNG-CU', 'commune', '2004-01-01', '2025-07-01')`,
    );
    const district = await unitId('HUYEN-THAN-UYEN');
    await t.handle.db
      .execute(sql`insert into unit_versions (id, tenant_id, unit_id, name, parent_id, valid_from, valid_to)
        values (${randomUUID()}, ${t.tenantId}, ${own}, 'Xã Tà Mung', ${district}, '2004-01-01', '2025-07-01')`);
    const audits = await t.handle.db.$count(auditLog);
    await start();
    expect(await communesOn('2024-12-31')).toBe(3);
    expect(await t.handle.db.$count(auditLog)).toBe(audits);
    expect(await stepOutcome()).toBe('skipped: the office entered old communes');
  });

  it('skips a merger whose successor the office has ended, and still adds the old units', async () => {
    await t.handle.db.execute(
      sql`update units set valid_to = '2025-07-01' where tenant_id = ${t.tenantId} and code = 'XA-PA-U'`,
    );
    await start();
    expect(await communesOn('2024-12-31')).toBe(106);
    expect(
      await count(
        sql`select count(*)::int as n from unit_events where tenant_id = ${t.tenantId} and kind = 'merge' and not verified`,
      ),
    ).toBe(35);
  });
});
