import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client.ts';
import { scopedToUser, type ListScope } from './scope.ts';

/** A unit that may report in a period, named and placed as on its last day in the period. */
export interface ReportUnit {
  id: string;
  code: string;
  kind: string;
  name: string;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
}

const everyUnit: ListScope = { all: true };
const scoped = (filter: SQL | undefined) => (filter ? sql`and ${filter}` : sql``);

const day = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : v instanceof Date
      ? v.toISOString().slice(0, 10)
      : String(v).slice(0, 10);

/**
 * A period list's scope in SQL: no filter for `all`; else the unit is covered by the scope's
 * grants (its predecessors included, ADR 0003), or the user's head grants cover its parent
 * `parent` — the units it reviews (`reviews` in policies/reports.ts).
 */
export function periodUnitScope(
  unit: SQL,
  parent: SQL,
  tenantId: string,
  scope: ListScope,
): SQL | undefined {
  if (scope.all) return undefined;
  const { userId, today, roles } = scope;
  return sql`(${scopedToUser(unit, userId, tenantId, today, roles)}
    or ${scopedToUser(parent, userId, tenantId, today, ['unit_head'])})`;
}

/** Which units a period query returns: by id, by code, and in the actor's scope (all when omitted). */
export interface UnitFilter {
  ids?: readonly string[];
  codes?: readonly string[];
  scope?: ListScope;
}

/**
 * Units of the given kinds that existed on some day of [from, to], with the name and parent
 * of their last day in it. A unit merged away during the period is here: its report, if any,
 * is rolled up under its successor.
 */
export async function unitsInPeriod(
  db: Executor,
  tenantId: string,
  range: { from: string; to: string },
  kinds: readonly string[],
  only?: UnitFilter,
): Promise<ReportUnit[]> {
  if (only?.ids?.length === 0 || only?.codes?.length === 0 || kinds.length === 0) return [];
  const list = (xs: readonly string[], cast = '') =>
    sql.join(
      xs.map((x) => (cast ? sql`${x}::uuid` : sql`${x}`)),
      sql`, `,
    );
  const rows = await queryRows<{
    id: string;
    code: string;
    kind: string;
    name: string;
    parent_id: string | null;
    valid_from: unknown;
    valid_to: unknown;
  }>(
    db,
    sql`
    select u.id, u.code, u.kind, v.name, v.parent_id, u.valid_from, u.valid_to
      from units u
      join lateral (
        select v.name, v.parent_id from unit_versions v
         where v.unit_id = u.id
           and v.valid_from <= least(${range.to}::date, coalesce(u.valid_to - 1, ${range.to}::date))
         order by v.valid_from desc limit 1
      ) v on true
     where u.tenant_id = ${tenantId}
       and u.kind in (${list(kinds)})
       and u.valid_from <= ${range.to}::date
       and (u.valid_to is null or u.valid_to > ${range.from}::date)
       ${only?.ids ? sql`and u.id in (${list(only.ids, 'uuid')})` : sql``}
       ${only?.codes ? sql`and u.code in (${list(only.codes)})` : sql``}
       ${scoped(periodUnitScope(sql`u.id`, sql`v.parent_id`, tenantId, only?.scope ?? everyUnit))}
     order by u.kind desc, v.name`,
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    kind: r.kind,
    name: r.name,
    parentId: r.parent_id,
    validFrom: day(r.valid_from)!,
    validTo: day(r.valid_to),
  }));
}

/** A unit of the tree on one day, as the completion board and the roll-up read it. */
export interface TreeNode {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
}

/** The tree in force on `date` (every kind), limited to the scope's units (see periodUnitScope). */
export async function treeOn(
  db: Executor,
  tenantId: string,
  date: string,
  scope: ListScope,
): Promise<TreeNode[]> {
  const rows = await queryRows<{
    id: string;
    code: string;
    kind: string;
    name: string;
    parent_id: string | null;
  }>(
    db,
    sql`
    select u.id, u.code, u.kind, v.name, v.parent_id
      from units u
      join unit_versions v on v.unit_id = u.id
       and v.valid_from <= ${date}::date and (v.valid_to is null or v.valid_to > ${date}::date)
     where u.tenant_id = ${tenantId}
       and u.valid_from <= ${date}::date and (u.valid_to is null or u.valid_to > ${date}::date)
       ${scoped(periodUnitScope(sql`u.id`, sql`v.parent_id`, tenantId, scope))}`,
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    kind: r.kind,
    name: r.name,
    parentId: r.parent_id,
  }));
}

/** The criteria version and commitments each unit registered for the movement's year. */
export async function registrationChoices(
  db: Executor,
  tenantId: string,
  movementId: string,
  year: number,
): Promise<Map<string, { criteriaSetId: string; criteriaVersion: number; commitments: unknown }>> {
  const rows = await queryRows<{
    unit_id: string;
    criteria_set_id: string;
    criteria_version: number;
    commitments: unknown;
  }>(
    db,
    sql`
    select r.unit_id, r.criteria_set_id, r.criteria_version, r.commitments
      from registrations r
      join registration_periods p on p.id = r.period_id
     where r.tenant_id = ${tenantId} and p.movement_id = ${movementId} and p.year = ${year}`,
  );
  return new Map(
    rows.map((r) => [
      r.unit_id,
      {
        criteriaSetId: r.criteria_set_id,
        criteriaVersion: Number(r.criteria_version),
        commitments: r.commitments,
      },
    ]),
  );
}

/** The code of the criteria set a unit without a registration reports against. */
export const defaultSetCode = 'category:units_localities';

/** The newest published version of the movement's units-and-localities set. */
export async function defaultVersion(
  db: Executor,
  tenantId: string,
  movementId: string,
): Promise<{ setId: string; number: number } | undefined> {
  const rows = await queryRows<{ set_id: string; number: number }>(
    db,
    sql`
    select v.set_id, v.number
      from criteria_versions v
      join criteria_sets s on s.id = v.set_id
     where s.tenant_id = ${tenantId} and s.movement_id = ${movementId}
       and s.code = ${defaultSetCode} and v.status = 'published'
     order by v.number desc limit 1`,
  );
  return rows[0] && { setId: rows[0].set_id, number: Number(rows[0].number) };
}

/** How many units sent their registration in for the movement's year. */
export async function registeredCount(
  db: Executor,
  tenantId: string,
  movementId: string,
  year: number,
): Promise<number> {
  const rows = await queryRows<{ n: number | string }>(
    db,
    sql`
    select count(*) as n
      from registrations r
      join registration_periods p on p.id = r.period_id
     where r.tenant_id = ${tenantId} and p.movement_id = ${movementId} and p.year = ${year}
       and r.status = 'submitted'`,
  );
  return Number(rows[0]?.n ?? 0);
}

/** The clusters' pledges of a year, with the units that signed each. */
export async function pledgesOfYear(
  db: Executor,
  tenantId: string,
  year: number,
): Promise<{ blockId: string; signed: string[] }[]> {
  const rows = await queryRows<{ block_id: string; signed: string[] | null }>(
    db,
    sql`
    select p.block_id, array_remove(array_agg(s.unit_id::text), null) as signed
      from cluster_pledges p
      left join cluster_pledge_signatures s on s.pledge_id = p.id
     where p.tenant_id = ${tenantId} and p.year = ${year}
     group by p.block_id`,
  );
  return rows.map((r) => ({ blockId: r.block_id, signed: r.signed ?? [] }));
}
