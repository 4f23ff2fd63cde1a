import type { ImportMode, ImportReport } from '../../shared/contracts/common.ts';
import { translate } from '../../shared/i18n/errors.ts';
import type { Locale } from '../../shared/locale.ts';
import type { Deps } from '../deps.ts';
import {
  indexState,
  planSuccessionImport,
  planUnitImport,
  type RowError,
  type UnitIndex,
  type UnitPlan,
} from '../domain/units/index.ts';
import type { Actor } from '../policies/actor.ts';
import { authorizeImport, importCreateRule, importRestructureRule } from '../policies/units.ts';
import { rootOf } from '../repositories/unit-names.ts';
import * as repo from '../repositories/units.ts';
import { laiChauNameAliases } from '../seed/lai-chau/name-aliases.ts';
import { auditActor, recordAudit } from './audit.ts';
import { readSuccessionRows, readUnitRows } from './units-excel.ts';

interface Outcome {
  total: number;
  validRows: number[];
  errors: RowError[];
  plan: UnitPlan;
  created: number;
  /** Unverified links the written plan replaces (successor import, ADR 0021). */
  superseded?: { eventId: string; predId: string }[];
}

/**
 * The shared shape of both imports: plan against the locked tree, then write only when the
 * file is clean or the caller asked for the valid rows; `validate` never writes.
 */
async function runImport(
  deps: Deps,
  actor: Actor,
  mode: ImportMode,
  locale: Locale,
  action: string,
  plan: (
    index: UnitIndex,
    tx: Parameters<Parameters<Deps['db']['transaction']>[0]>[0],
  ) => Promise<Outcome>,
): Promise<ImportReport> {
  authorizeImport(actor);
  const outcome = await deps.db.transaction(async (tx) => {
    if (mode !== 'validate') await repo.lockUnitTree(tx, actor.tenantId);
    const index = indexState(await repo.loadUnitState(tx, actor.tenantId));
    const result = await plan(index, tx);
    const write = mode === 'import_valid' || (mode === 'import' && result.errors.length === 0);
    if (!write || result.created === 0) return { ...result, created: 0 };
    const replaced = await repo.dropUnverifiedLinks(tx, actor.tenantId, result.superseded ?? []);
    await repo.writePlan(tx, actor.tenantId, result.plan);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action,
      entityType: 'unit_import',
      entityId: deps.newId(),
      ...(replaced.length ? { before: { unverifiedEvents: replaced } } : {}),
      after: {
        mode,
        created: result.created,
        units: result.plan.insertUnits.map((u) => ({ id: u.id, code: u.code })),
        events: result.plan.events.map((e) => e.id),
      },
    });
    return result;
  });
  return {
    total: outcome.total,
    valid: outcome.validRows.length,
    created: outcome.created,
    errors: outcome.errors.map((e) => ({
      row: e.row,
      field: e.field,
      message: translate(e.key, locale, e.params),
    })),
  };
}

/** Units from the template's first sheet; a parent may be a row above. */
export async function importUnits(
  deps: Deps,
  actor: Actor,
  data: Buffer,
  mode: ImportMode,
  locale: Locale,
): Promise<ImportReport> {
  const rows = await readUnitRows(data);
  const rootUnitId = await rootOf(deps.db, actor.tenantId);
  return runImport(deps, actor, mode, locale, 'unit.import', async (index) => {
    const mayCreateUnder = importCreateRule(actor, index, deps.today(), rootUnitId);
    const out = planUnitImport(index, deps, rows, mayCreateUnder);
    return { ...out, created: out.plan.insertUnits.length };
  });
}

/**
 * The successor mapping (old unit → successor, from a date; a code or a name, Lai Châu's other
 * spellings accepted): one verified merge event per successor and date, replacing the seeded
 * unverified links of the same predecessors (ADR 0021).
 */
export async function importSuccessions(
  deps: Deps,
  actor: Actor,
  data: Buffer,
  mode: ImportMode,
  locale: Locale,
): Promise<ImportReport> {
  const rows = await readSuccessionRows(data);
  return runImport(deps, actor, mode, locale, 'unit.import_successions', async (index, tx) => {
    const links = await repo.successionLinks(tx, actor.tenantId);
    const provisional = await repo.unverifiedLinks(tx, actor.tenantId);
    const mayRestructure = importRestructureRule(actor, index, deps.today());
    const out = planSuccessionImport(index, deps, rows, links, mayRestructure, {
      aliases: laiChauNameAliases,
      provisional,
    });
    return { ...out, created: out.createdRows.length };
  });
}
