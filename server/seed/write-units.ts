import type { Tx } from '../db/client.ts';
import { unitEventParties, unitEvents, units, unitVersions } from '../db/schema/index.ts';
import { recordAudit, systemActor } from '../services/audit.ts';
import type { SeedContext, UnitIdOf } from './context.ts';
import type { ResolvedUnit, SeedUnitEvent } from './lai-chau/types.ts';

/**
 * Writes seeded units with their versions and seeded events with their parties, each audited.
 * `idOf` names every unit the rows point at: the ones written here and any already stored
 * (a parent, a successor), so a later data step can hang new units onto an existing tree.
 */
export async function writeSeedUnits(
  tx: Tx,
  ctx: SeedContext,
  resolved: readonly ResolvedUnit[],
  events: readonly SeedUnitEvent[],
  idOf: UnitIdOf,
): Promise<void> {
  const { tenantId, at, newId } = ctx;
  const unitRows = resolved.map((u) => ({
    id: idOf(u.code),
    tenantId,
    code: u.code,
    kind: u.kind,
    validFrom: u.validFrom,
    validTo: u.validTo,
    createdAt: at,
  }));
  const versionRows = resolved.flatMap((u) =>
    u.versions.map((v) => ({
      id: newId(),
      tenantId,
      unitId: idOf(u.code),
      name: v.name,
      shortName: v.shortName,
      parentId: v.parentCode ? idOf(v.parentCode) : null,
      communeType: v.communeType,
      validFrom: v.validFrom,
      validTo: v.validTo,
    })),
  );
  if (unitRows.length) {
    await tx.insert(units).values(unitRows);
    await tx.insert(unitVersions).values(versionRows);
  }

  const withIds = events.map((e) => ({ event: e, id: newId() }));
  const eventRows = withIds.map(({ event, id }) => ({
    id,
    tenantId,
    kind: event.kind,
    effectiveDate: event.effectiveDate,
    basis: event.basis,
    note: event.note,
    verified: event.verified ?? true,
    createdAt: at,
  }));
  const partyRows = withIds.flatMap(({ event, id }) =>
    event.parties.map((p) => ({
      tenantId,
      eventId: id,
      unitId: idOf(p.unit),
      role: p.role,
      share: p.share ?? null,
    })),
  );
  if (eventRows.length) {
    await tx.insert(unitEvents).values(eventRows);
    await tx.insert(unitEventParties).values(partyRows);
  }

  const audit = { tenantId, actor: systemActor, at };
  for (const row of unitRows) {
    const versions = versionRows
      .filter((v) => v.unitId === row.id)
      .map(({ name, shortName, parentId, communeType, validFrom, validTo }) => ({
        name,
        shortName,
        parentId,
        ...(communeType ? { communeType } : {}),
        validFrom,
        validTo,
      }));
    const { code, kind, validFrom, validTo } = row;
    await recordAudit(tx, {
      ...audit,
      action: 'seed.unit.create',
      entityType: 'unit',
      entityId: row.id,
      after: { code, kind, validFrom, validTo, versions },
    });
  }
  for (const row of eventRows) {
    const parties = partyRows
      .filter((p) => p.eventId === row.id)
      .map(({ unitId, role, share }) => ({ unitId, role, share }));
    const { kind, effectiveDate, basis, note, verified } = row;
    await recordAudit(tx, {
      ...audit,
      action: 'seed.unit_event.create',
      entityType: 'unit_event',
      entityId: row.id,
      after: { kind, effectiveDate, basis, note, ...(verified ? {} : { verified }), parties },
    });
  }
}
