import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client.ts';
import { isRole, type Role } from '../../shared/roles.ts';

/**
 * SQL for the (role, unit_id) pairs a user's grants cover. From each granted unit it walks
 * down to the children the unit had on its reference day (today, or its last day if it no
 * longer exists) and back to every predecessor of a merger or split, so a successor's grant
 * reaches the records of the units merged into it and of their sub-units. A successor that
 * took over only a share of a unit's functions (`share` set) does not inherit its records.
 */
export function coveredUnitsSql(userId: string, tenantId: string, today: string): SQL {
  return sql`
    with recursive covered(role, unit_id) as (
      select g.role, g.unit_id from role_grants g
       where g.user_id = ${userId} and g.tenant_id = ${tenantId}
      union
      select c.role, step.unit_id
        from covered c
        cross join lateral (
          select v.unit_id
            from units p
            join unit_versions v on v.parent_id = p.id
           where p.id = c.unit_id
             and v.valid_from <= least(${today}::date, coalesce(p.valid_to - 1, ${today}::date))
             and (v.valid_to is null or v.valid_to > least(${today}::date, coalesce(p.valid_to - 1, ${today}::date)))
          union all
          select pred.unit_id
            from unit_event_parties succ
            join unit_event_parties pred on pred.event_id = succ.event_id and pred.role = 'predecessor'
           where succ.unit_id = c.unit_id and succ.role = 'successor' and succ.share is null
        ) step
    )
    select role, unit_id from covered`;
}

/** The units each role of the user covers; see coveredUnitsSql. */
export async function loadScope(
  db: Executor,
  userId: string,
  tenantId: string,
  today: string,
): Promise<Map<Role, Set<string>>> {
  const rows = await queryRows<{ role: string; unit_id: string }>(
    db,
    coveredUnitsSql(userId, tenantId, today),
  );
  const scope = new Map<Role, Set<string>>();
  for (const row of rows) {
    if (!isRole(row.role)) continue;
    let set = scope.get(row.role);
    if (!set) scope.set(row.role, (set = new Set()));
    set.add(row.unit_id);
  }
  return scope;
}

/**
 * Scope of a list: every unit (the office, province readers) or the units the user's grants
 * of `roles` (any role when omitted) cover on `today`. Every list query takes one and filters
 * in SQL, so a commune's user never loads the province's rows.
 */
export type ListScope =
  { all: true } | { all: false; userId: string; today: string; roles?: readonly Role[] };

/** A WHERE fragment: `column` is a unit the user covers with any of `roles` (all roles when omitted). */
export function scopedToUser(
  column: SQL | string,
  userId: string,
  tenantId: string,
  today: string,
  roles?: readonly Role[],
): SQL {
  const col = typeof column === 'string' ? sql.identifier(column) : column;
  const roleFilter = roles?.length
    ? sql` where role in (${sql.join(
        roles.map((r) => sql`${r}`),
        sql`, `,
      )})`
    : sql``;
  return sql`${col} in (select unit_id from (${coveredUnitsSql(userId, tenantId, today)}) s${roleFilter})`;
}
