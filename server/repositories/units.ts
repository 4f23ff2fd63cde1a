import { and, asc, eq, inArray, sql, type AnyColumn } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client.ts';
import { unitEventParties, unitEvents, units, unitVersions } from '../db/schema/index.ts';
import type {
  CommuneType,
  UnitEventKind,
  UnitEventRole,
  UnitKind,
} from '../../shared/unit-kinds.ts';
import type { Unit, UnitEvent, UnitPlan, UnitState, UnitVersion } from '../domain/units/index.ts';

const toUnit = (r: typeof units.$inferSelect): Unit => ({
  id: r.id,
  code: r.code,
  kind: r.kind as UnitKind,
  validFrom: r.validFrom,
  validTo: r.validTo,
});
const toVersion = (r: typeof unitVersions.$inferSelect): UnitVersion => ({
  id: r.id,
  unitId: r.unitId,
  name: r.name,
  shortName: r.shortName,
  parentId: r.parentId,
  communeType: r.communeType as CommuneType | null,
  validFrom: r.validFrom,
  validTo: r.validTo,
});

/**
 * Serialises writers of one tenant's tree: planners read the whole history and must not
 * plan against a state another transaction is changing. Call first inside the transaction.
 */
export async function lockUnitTree(tx: Executor, tenantId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`units:${tenantId}`}))`);
}

/** The tenant's whole tree history; planners check commands against it. */
export async function loadUnitState(db: Executor, tenantId: string): Promise<UnitState> {
  // Sequential: `db` is often a transaction, and one connection runs one query at a time.
  const u = await db.select().from(units).where(eq(units.tenantId, tenantId));
  const v = await db.select().from(unitVersions).where(eq(unitVersions.tenantId, tenantId));
  return { units: u.map(toUnit), versions: v.map(toVersion) };
}

/** Only the units and versions in force on `date`. */
export async function loadTreeOn(db: Executor, tenantId: string, date: string): Promise<UnitState> {
  const inForce = (from: AnyColumn, to: AnyColumn) =>
    sql`${from} <= ${date}::date and (${to} is null or ${to} > ${date}::date)`;
  const [u, v] = await Promise.all([
    db
      .select()
      .from(units)
      .where(and(eq(units.tenantId, tenantId), inForce(units.validFrom, units.validTo))),
    db
      .select()
      .from(unitVersions)
      .where(
        and(
          eq(unitVersions.tenantId, tenantId),
          inForce(unitVersions.validFrom, unitVersions.validTo),
        ),
      ),
  ]);
  return { units: u.map(toUnit), versions: v.map(toVersion) };
}

export async function findUnit(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<Unit | undefined> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.id, id)));
  return row && toUnit(row);
}

export async function findUnitByCode(
  db: Executor,
  tenantId: string,
  code: string,
): Promise<Unit | undefined> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.code, code)));
  return row && toUnit(row);
}

export interface VersionWithParent extends UnitVersion {
  parentName: string | null;
}

/** A unit's versions, oldest first, each with its parent's name on the version's first day. */
export async function versionsOfUnit(
  db: Executor,
  tenantId: string,
  unitId: string,
): Promise<VersionWithParent[]> {
  const rows = await queryRows<{
    id: string;
    unit_id: string;
    name: string;
    short_name: string | null;
    parent_id: string | null;
    commune_type: string | null;
    valid_from: string;
    valid_to: string | null;
    parent_name: string | null;
  }>(
    db,
    sql`
    select v.id, v.unit_id, v.name, v.short_name, v.parent_id, v.commune_type, v.valid_from::text, v.valid_to::text, pn.name as parent_name
      from unit_versions v
      left join lateral (
        select pv.name from unit_versions pv
         where pv.unit_id = v.parent_id and pv.tenant_id = v.tenant_id and pv.valid_from <= v.valid_from
         order by pv.valid_from desc limit 1
      ) pn on true
     where v.tenant_id = ${tenantId} and v.unit_id = ${unitId}
     order by v.valid_from`,
  );
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    name: r.name,
    shortName: r.short_name,
    parentId: r.parent_id,
    communeType: r.commune_type as CommuneType | null,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    parentName: r.parent_name,
  }));
}

async function eventsByIds(
  db: Executor,
  tenantId: string,
  eventIds: string[],
): Promise<UnitEvent[]> {
  if (!eventIds.length) return [];
  const [events, parties] = await Promise.all([
    db
      .select()
      .from(unitEvents)
      .where(and(eq(unitEvents.tenantId, tenantId), inArray(unitEvents.id, eventIds)))
      .orderBy(asc(unitEvents.effectiveDate), asc(unitEvents.createdAt)),
    db
      .select()
      .from(unitEventParties)
      .where(
        and(eq(unitEventParties.tenantId, tenantId), inArray(unitEventParties.eventId, eventIds)),
      ),
  ]);
  return events.map((e) => ({
    id: e.id,
    kind: e.kind as UnitEventKind,
    effectiveDate: e.effectiveDate,
    basis: e.basis,
    note: e.note,
    verified: e.verified,
    parties: parties
      .filter((p) => p.eventId === e.id)
      .map((p) => ({ unitId: p.unitId, role: p.role as UnitEventRole, share: p.share })),
  }));
}

/** Every event the unit took part in, in date order. */
export async function eventsOfUnit(
  db: Executor,
  tenantId: string,
  unitId: string,
): Promise<UnitEvent[]> {
  const ids = await queryRows<{ id: string }>(
    db,
    sql`select distinct e.id from unit_events e join unit_event_parties p on p.event_id = e.id where e.tenant_id = ${tenantId} and p.unit_id = ${unitId}`,
  );
  return eventsByIds(
    db,
    tenantId,
    ids.map((r) => r.id),
  );
}

/** The events that link units to successors (merge, split, dissolve): the tenant's lineage graph. */
export async function lineageEvents(db: Executor, tenantId: string): Promise<UnitEvent[]> {
  const ids = await db
    .select({ id: unitEvents.id })
    .from(unitEvents)
    .where(
      and(
        eq(unitEvents.tenantId, tenantId),
        inArray(unitEvents.kind, ['merge', 'split', 'dissolve']),
      ),
    );
  return eventsByIds(
    db,
    tenantId,
    ids.map((r) => r.id),
  );
}

/** "predecessorId>successorId" for every verified succession link. */
export async function successionLinks(db: Executor, tenantId: string): Promise<Set<string>> {
  const rows = await queryRows<{ pred: string; succ: string }>(
    db,
    sql`select p.unit_id as pred, s.unit_id as succ
          from unit_events e
          join unit_event_parties p on p.event_id = e.id and p.role = 'predecessor'
          join unit_event_parties s on s.event_id = e.id and s.role = 'successor'
         where e.tenant_id = ${tenantId} and e.verified`,
  );
  return new Set(rows.map((r) => `${r.pred}>${r.succ}`));
}

const json = (rows: unknown[]) => sql`${JSON.stringify(rows)}::jsonb`;

/** A predecessor's place in an unverified merge event (the seeded 2025 mapping, ADR 0021). */
export interface UnverifiedLink {
  eventId: string;
  predId: string;
  succId: string;
  date: string;
}

export async function unverifiedLinks(db: Executor, tenantId: string): Promise<UnverifiedLink[]> {
  return queryRows<UnverifiedLink>(
    db,
    sql`select e.id as "eventId", p.unit_id as "predId", s.unit_id as "succId", e.effective_date::text as date
          from unit_events e
          join unit_event_parties p on p.event_id = e.id and p.role = 'predecessor'
          join unit_event_parties s on s.event_id = e.id and s.role = 'successor'
         where e.tenant_id = ${tenantId} and not e.verified`,
  );
}

/**
 * Takes predecessors out of unverified events the office's import has replaced; an event left
 * with no predecessor goes with its other parties. Returns the events as they were, for audit.
 */
export async function dropUnverifiedLinks(
  tx: Executor,
  tenantId: string,
  links: readonly { eventId: string; predId: string }[],
): Promise<{ eventId: string; removed: string[]; deleted: boolean }[]> {
  if (!links.length) return [];
  const rows = json(links.map((l) => ({ event_id: l.eventId, unit_id: l.predId })));
  await tx.execute(sql`
    delete from unit_event_parties p
     using jsonb_to_recordset(${rows}) as x(event_id uuid, unit_id uuid), unit_events e
     where p.event_id = x.event_id and p.unit_id = x.unit_id and p.role = 'predecessor'
       and e.id = p.event_id and e.tenant_id = ${tenantId} and not e.verified`);
  const eventIds = [...new Set(links.map((l) => l.eventId))];
  const empty = await tx
    .select({ id: unitEvents.id })
    .from(unitEvents)
    .where(
      and(
        eq(unitEvents.tenantId, tenantId),
        eq(unitEvents.verified, false),
        inArray(unitEvents.id, eventIds),
        sql`not exists (select 1 from unit_event_parties p where p.event_id = ${unitEvents.id} and p.role = 'predecessor')`,
      ),
    );
  const emptyIds = empty.map((r) => r.id);
  if (emptyIds.length) {
    await tx.delete(unitEventParties).where(inArray(unitEventParties.eventId, emptyIds));
    await tx.delete(unitEvents).where(inArray(unitEvents.id, emptyIds));
  }
  return eventIds.map((eventId) => ({
    eventId,
    removed: links.filter((l) => l.eventId === eventId).map((l) => l.predId),
    deleted: emptyIds.includes(eventId),
  }));
}

/** Writes a plan with one statement per table (insert … select from jsonb_to_recordset), inside the caller's transaction. */
export async function writePlan(tx: Executor, tenantId: string, plan: UnitPlan): Promise<void> {
  if (plan.insertUnits.length) {
    await tx.execute(sql`
      insert into units (id, tenant_id, code, kind, valid_from, valid_to)
      select x.id, ${tenantId}::uuid, x.code, x.kind, x.valid_from, x.valid_to
        from jsonb_to_recordset(${json(plan.insertUnits.map((u) => ({ id: u.id, code: u.code, kind: u.kind, valid_from: u.validFrom, valid_to: u.validTo })))})
          as x(id uuid, code text, kind text, valid_from date, valid_to date)`);
  }
  if (plan.endUnits.length) {
    await tx.execute(sql`
      update units u set valid_to = x.valid_to
        from jsonb_to_recordset(${json(plan.endUnits.map((e) => ({ id: e.id, valid_to: e.validTo })))}) as x(id uuid, valid_to date)
       where u.id = x.id and u.tenant_id = ${tenantId}`);
  }
  const versionRows = (list: UnitVersion[]) =>
    json(
      list.map((v) => ({
        id: v.id,
        unit_id: v.unitId,
        name: v.name,
        short_name: v.shortName,
        parent_id: v.parentId,
        commune_type: v.communeType ?? null,
        valid_from: v.validFrom,
        valid_to: v.validTo,
      })),
    );
  const versionColumns = sql`x(id uuid, unit_id uuid, name text, short_name text, parent_id uuid, commune_type text, valid_from date, valid_to date)`;
  if (plan.updateVersions.length) {
    await tx.execute(sql`
      update unit_versions v
         set name = x.name, short_name = x.short_name, parent_id = x.parent_id, commune_type = x.commune_type, valid_from = x.valid_from, valid_to = x.valid_to
        from jsonb_to_recordset(${versionRows(plan.updateVersions)}) as ${versionColumns}
       where v.id = x.id and v.tenant_id = ${tenantId}`);
  }
  if (plan.insertVersions.length) {
    await tx.execute(sql`
      insert into unit_versions (id, tenant_id, unit_id, name, short_name, parent_id, commune_type, valid_from, valid_to)
      select x.id, ${tenantId}::uuid, x.unit_id, x.name, x.short_name, x.parent_id, x.commune_type, x.valid_from, x.valid_to
        from jsonb_to_recordset(${versionRows(plan.insertVersions)}) as ${versionColumns}`);
  }
  if (plan.events.length) await insertEvents(tx, tenantId, plan.events);
}

async function insertEvents(tx: Executor, tenantId: string, events: UnitEvent[]): Promise<void> {
  await tx.execute(sql`
    insert into unit_events (id, tenant_id, kind, effective_date, basis, note, verified)
    select x.id, ${tenantId}::uuid, x.kind, x.effective_date, x.basis, x.note, x.verified
      from jsonb_to_recordset(${json(events.map((e) => ({ id: e.id, kind: e.kind, effective_date: e.effectiveDate, basis: e.basis, note: e.note, verified: e.verified ?? true })))})
        as x(id uuid, kind text, effective_date date, basis text, note text, verified boolean)`);
  const parties = events.flatMap((e) =>
    e.parties.map((p) => ({ event_id: e.id, unit_id: p.unitId, role: p.role, share: p.share })),
  );
  if (!parties.length) return;
  await tx.execute(sql`
    insert into unit_event_parties (tenant_id, event_id, unit_id, role, share)
    select ${tenantId}::uuid, x.event_id, x.unit_id, x.role, x.share
      from jsonb_to_recordset(${json(parties)}) as x(event_id uuid, unit_id uuid, role text, share text)`);
}

/** Units by id (tenant-filtered), for labelling lineage and event parties. */
export async function findUnits(db: Executor, tenantId: string, ids: string[]): Promise<Unit[]> {
  if (!ids.length) return [];
  const rows = await db
    .select()
    .from(units)
    .where(and(eq(units.tenantId, tenantId), inArray(units.id, ids)));
  return rows.map(toUnit);
}

/** All versions of the given units, oldest first; enough to name each unit on any day. */
export async function versionsOfUnits(
  db: Executor,
  tenantId: string,
  ids: string[],
): Promise<UnitVersion[]> {
  if (!ids.length) return [];
  const rows = await db
    .select()
    .from(unitVersions)
    .where(and(eq(unitVersions.tenantId, tenantId), inArray(unitVersions.unitId, ids)))
    .orderBy(asc(unitVersions.validFrom));
  return rows.map(toVersion);
}

/** A unit's parent, grandparent… on `date`, nearest first. */
export async function ancestorsOf(
  db: Executor,
  tenantId: string,
  unitId: string,
  date: string,
): Promise<string[]> {
  const rows = await queryRows<{ unit_id: string }>(
    db,
    sql`
    with recursive chain(unit_id, depth) as (
      select v.parent_id, 1 from unit_versions v
       where v.tenant_id = ${tenantId} and v.unit_id = ${unitId} and v.parent_id is not null
         and v.valid_from <= ${date}::date and (v.valid_to is null or v.valid_to > ${date}::date)
      union all
      select v.parent_id, c.depth + 1 from chain c
        join unit_versions v on v.unit_id = c.unit_id and v.tenant_id = ${tenantId}
         and v.valid_from <= ${date}::date and (v.valid_to is null or v.valid_to > ${date}::date)
       where v.parent_id is not null and c.depth < 50
    )
    select unit_id from chain order by depth`,
  );
  return rows.map((r) => r.unit_id);
}
