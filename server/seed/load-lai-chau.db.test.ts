import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbedded, queryRows, type DbHandle } from '../db/client.ts';
import {
  auditLog,
  movementMilestones,
  movementPhases,
  movements,
  movementSections,
  participantCategories,
  planCriteria,
  provinceTargets,
  provinceTargetValues,
  sectors,
  tenants,
  units as unitsTable,
} from '../db/schema/index.ts';
import { verifyAudit } from '../services/audit.ts';
import { loadLaiChau } from './load-lai-chau.ts';

// A bare database (migrated, no bootstrap) so the loader's own writes are all there is.
let handle: DbHandle;
const tenantId = randomUUID();
const at = new Date('2026-01-15T08:00:00Z');
const ctx = { tenantId, at, newId: () => randomUUID() };

const activeCodes = async (date: string) =>
  (
    await queryRows<{ code: string; kind: string }>(
      handle.db,
      sql`select code, kind from units where tenant_id = ${tenantId} and valid_from <= ${date}::date and (valid_to is null or valid_to > ${date}::date)`,
    )
  ).map((r) => r.code);

beforeAll(async () => {
  handle = await openEmbedded({});
  await handle.migrate();
  await handle.db
    .insert(tenants)
    .values({ id: tenantId, code: 'lai-chau-test', name: 'Lai Châu (test)' });
  const first = await handle.db.transaction((tx) => loadLaiChau(tx, ctx));
  expect(first).toEqual({ loaded: true });
});

afterAll(async () => {
  await handle?.close();
});

describe('loadLaiChau', () => {
  // Speed is measured by `npm run bench`, never asserted in a test.
  it('is idempotent: a second run writes nothing', async () => {
    const auditBefore = await handle.db.$count(auditLog);
    const second = await handle.db.transaction((tx) => loadLaiChau(tx, ctx));
    expect(second).toEqual({ loaded: false });
    expect(await handle.db.$count(auditLog)).toBe(auditBefore);
    expect(await handle.db.$count(movements, eq(movements.tenantId, tenantId))).toBe(1);
  });

  it('writes the movement with its exact title, phases and milestones', async () => {
    const [m] = await handle.db.select().from(movements).where(eq(movements.tenantId, tenantId));
    expect(m!.titleVi).toBe(
      'Lai Châu đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí',
    );
    expect([m!.code, m!.startYear, m!.endYear, m!.signerName]).toEqual([
      'HTCS-THTK-2022-2030',
      2022,
      2030,
      'Trần Tiến Dũng',
    ]);
    const phases = await handle.db
      .select()
      .from(movementPhases)
      .where(eq(movementPhases.movementId, m!.id))
      .orderBy(asc(movementPhases.position));
    expect(phases.map((p) => [p.startYear, p.endYear])).toEqual([
      [2022, 2025],
      [2026, 2030],
    ]);
    const milestones = await queryRows<{
      kind: string;
      due_year: number;
      due_quarter: number | null;
    }>(
      handle.db,
      sql`select ms.kind, ms.due_year, ms.due_quarter from ${movementMilestones} ms join ${movementPhases} p on p.id = ms.phase_id
           where p.movement_id = ${m!.id} order by p.position, ms.position`,
    );
    expect(milestones).toEqual([
      { kind: 'plan_issued', due_year: 2023, due_quarter: 1 },
      { kind: 'interim_review', due_year: 2025, due_quarter: null },
      { kind: 'final_review', due_year: 2030, due_quarter: null },
    ]);
  });

  it('writes 6 + 6 content lines and 6 + 9 criteria for units and localities', async () => {
    const lines = await handle.db
      .select({ area: movementSections.area })
      .from(movementSections)
      .where(
        and(eq(movementSections.tenantId, tenantId), eq(movementSections.kind, 'content_line')),
      );
    expect(lines.filter((l) => l.area === 'infrastructure')).toHaveLength(6);
    expect(lines.filter((l) => l.area === 'thrift')).toHaveLength(6);
    const [a] = await handle.db
      .select()
      .from(participantCategories)
      .where(
        and(
          eq(participantCategories.tenantId, tenantId),
          eq(participantCategories.clause, 'III.1.a'),
        ),
      );
    const criteria = await handle.db
      .select()
      .from(planCriteria)
      .where(eq(planCriteria.categoryId, a!.id));
    expect(criteria.filter((c) => c.groupCode === 'infrastructure')).toHaveLength(6);
    expect(criteria.filter((c) => c.groupCode === 'thrift')).toHaveLength(9);
  });

  it('writes the forest-cover and hydropower targets', async () => {
    const valuesOf = async (code: string) =>
      queryRows<{ year: number; value: string; comparator: string }>(
        handle.db,
        sql`select v.year, v.value, v.comparator from ${provinceTargetValues} v join ${provinceTargets} t on t.id = v.target_id
             where t.tenant_id = ${tenantId} and t.code = ${code} order by v.year`,
      );
    expect((await valuesOf('FOREST_COVER')).map((v) => [v.year, Number(v.value)])).toEqual([
      [2025, 54],
      [2030, 56],
    ]);
    expect(
      (await valuesOf('SMALL_HYDROPOWER_PLANTS')).map((v) => [
        v.year,
        Number(v.value),
        v.comparator,
      ]),
    ).toEqual([[2025, 60, '≥']]);
  });

  it('writes 13 sectors, each led by a seeded department', async () => {
    const rows = await queryRows<{ code: string; lead: string }>(
      handle.db,
      sql`select s.code, u.code as lead from ${sectors} s join units u on u.id = s.lead_unit_id where s.tenant_id = ${tenantId} order by s.position`,
    );
    expect(rows).toHaveLength(13);
    expect(rows.every((r) => r.lead.startsWith('SO-'))).toBe(true);
  });

  it('shows the tree before and after the 2025 reorganisation', async () => {
    const mid2024 = await activeCodes('2024-06-01');
    expect(mid2024).toEqual(
      expect.arrayContaining([
        'TP-LAI-CHAU',
        'HUYEN-TAM-DUONG',
        'HUYEN-PHONG-THO',
        'HUYEN-SIN-HO',
        'HUYEN-MUONG-TE',
        'HUYEN-THAN-UYEN',
        'HUYEN-TAN-UYEN',
        'HUYEN-NAM-NHUN',
        'SO-KHDT',
      ]),
    );
    const kinds = await queryRows<{ kind: string; n: number }>(
      handle.db,
      sql`select kind, count(*)::int as n from units where tenant_id = ${tenantId} and valid_from <= '2026-01-01' and (valid_to is null or valid_to > '2026-01-01') group by kind`,
    );
    const count = (kind: string) => kinds.find((k) => k.kind === kind)?.n ?? 0;
    expect(count('district')).toBe(0);
    expect(count('commune')).toBe(38);
    expect(await activeCodes('2026-01-01')).toContain('SO-NNMT');
    // Every open version of a 2026 commune hangs directly under the province.
    const parents = await queryRows<{ parent: string }>(
      handle.db,
      sql`select distinct p.code as parent from unit_versions v join units u on u.id = v.unit_id join units p on p.id = v.parent_id
           where u.tenant_id = ${tenantId} and u.kind = 'commune' and v.valid_to is null`,
    );
    expect(parents).toEqual([{ parent: 'UBND-TINH' }]);
  });

  it('records TN&MT and NN&PTNT as the predecessors of Sở Nông nghiệp và Môi trường', async () => {
    const rows = await queryRows<{ code: string }>(
      handle.db,
      sql`select pu.code from unit_event_parties s
            join units su on su.id = s.unit_id
            join unit_event_parties p on p.event_id = s.event_id and p.role = 'predecessor'
            join units pu on pu.id = p.unit_id
           where su.tenant_id = ${tenantId} and su.code = 'SO-NNMT' and s.role = 'successor'
           order by pu.code`,
    );
    expect(rows.map((r) => r.code)).toEqual(['SO-NNPTNT', 'SO-TNMT']);
  });

  it('audits every unit, unit event and the movement in a chain that verifies', async () => {
    const actions = await queryRows<{ action: string; n: number }>(
      handle.db,
      sql`select action, count(*)::int as n from audit_log where tenant_id = ${tenantId} group by action order by action`,
    );
    const units = await handle.db.$count(unitsTable, eq(unitsTable.tenantId, tenantId));
    expect(Object.fromEntries(actions.map((a) => [a.action, a.n]))).toEqual({
      'seed.movement.create': 1,
      'seed.unit.create': units,
      'seed.unit_event.create': 89,
    });
    const verdict = await verifyAudit(handle.db, tenantId);
    expect(verdict).toMatchObject({ ok: true, checked: units + 89 + 1 });
  });
});

describe('commune types of the seeded communes', () => {
  const typeCounts = async () =>
    Object.fromEntries(
      (
        await queryRows<{ commune_type: string | null; n: number }>(
          handle.db,
          sql`select v.commune_type, count(*)::int as n from unit_versions v join units u on u.id = v.unit_id
               where u.tenant_id = ${tenantId} and u.kind = 'commune' and (v.valid_to is null)
               group by v.commune_type order by v.commune_type`,
        )
      ).map((r) => [r.commune_type ?? 'none', r.n]),
    );

  it('today’s 36 xã are rural communes and the 2 phường are wards; other kinds have none', async () => {
    expect(await typeCounts()).toEqual({ rural_commune: 36, ward: 2 });
    const others = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from unit_versions v join units u on u.id = v.unit_id
           where u.tenant_id = ${tenantId} and u.kind <> 'commune' and v.commune_type is not null`,
    );
    expect(others[0]!.n).toBe(0);
  });

  it('a database seeded before the column existed gets the types on the next start, once', async () => {
    await handle.db.execute(
      sql`update unit_versions set commune_type = null where tenant_id = ${tenantId}`,
    );
    expect(await typeCounts()).toEqual({ none: 38 });
    const auditBefore = await handle.db.$count(auditLog);
    await handle.db.transaction((tx) => loadLaiChau(tx, ctx));
    expect(await typeCounts()).toEqual({ rural_commune: 36, ward: 2 });
    expect(await handle.db.$count(auditLog)).toBe(auditBefore + 1);
    expect(
      await queryRows<{ action: string }>(
        handle.db,
        sql`select action from audit_log where tenant_id = ${tenantId} order by seq desc limit 1`,
      ),
    ).toEqual([{ action: 'seed.unit_version.commune_type' }]);

    // once any type is set (here: the office cleared one), later starts leave them alone
    await handle.db.execute(
      sql`update unit_versions v set commune_type = null from units u
           where u.id = v.unit_id and u.tenant_id = ${tenantId} and u.code = 'PHUONG-DOAN-KET'`,
    );
    await handle.db.transaction((tx) => loadLaiChau(tx, ctx));
    expect(await handle.db.$count(auditLog)).toBe(auditBefore + 1);
    expect(await typeCounts()).toEqual({ rural_commune: 36, ward: 1, none: 1 });
    expect((await verifyAudit(handle.db, tenantId)).ok).toBe(true);
  });
});
