import { sql } from 'drizzle-orm';
import { notFound } from '../../shared/errors.ts';
import { queryRows, type Executor } from '../db/client.ts';

/** Each unit's name on `onDate`, or its last name if it no longer existed then. */
export async function unitNamesOn(
  db: Executor,
  tenantId: string,
  unitIds: string[],
  onDate: string,
): Promise<Map<string, string>> {
  if (unitIds.length === 0) return new Map();
  const rows = await queryRows<{ unit_id: string; name: string }>(
    db,
    sql`
    select distinct on (v.unit_id) v.unit_id, v.name
      from unit_versions v
     where v.tenant_id = ${tenantId}
       and v.unit_id in (${sql.join(
         unitIds.map((id) => sql`${id}::uuid`),
         sql`, `,
       )})
       and v.valid_from <= ${onDate}::date
     order by v.unit_id, v.valid_from desc`,
  );
  return new Map(rows.map((r) => [r.unit_id, r.name]));
}

/** The tenant's root unit: the one unit of kind `province` without a parent. */
export async function findRootUnitId(db: Executor, tenantId: string): Promise<string | undefined> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    select u.id from units u
     where u.tenant_id = ${tenantId} and u.kind = 'province' and u.valid_to is null
       and not exists (select 1 from unit_versions v where v.unit_id = u.id and v.parent_id is not null)
     order by u.valid_from limit 1`,
  );
  return rows[0]?.id;
}

/**
 * The tenant's root unit id, which every use case needs for the office's and leaders' rules.
 * A tenant gets its root when it is created, so a missing one answers NotFound; only the
 * bootstrap, which may run before the root exists, asks `findRootUnitId`.
 */
export async function rootOf(db: Executor, tenantId: string): Promise<string> {
  const root = await findRootUnitId(db, tenantId);
  if (!root) throw notFound();
  return root;
}
