import type { PredecessorMode } from '../../shared/contracts/commendation-settings.ts';
import { predecessorModes } from '../../shared/contracts/commendation-settings.ts';
import { conflict } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import { principlesOn } from '../domain/commendations/index.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { rulePolicy, type OfficeSubject } from '../policies/commendations.ts';
import * as repo from '../repositories/settings.ts';
import { auditActor, recordAudit } from './audit.ts';
import { officeOf } from './commendations.ts';

const predecessorKey = 'commendations.predecessor_records';

const isMode = (v: unknown): v is PredecessorMode =>
  typeof v === 'string' && (predecessorModes as readonly string[]).includes(v);

/** The office's choice of how merged units' records count, or undefined for the default. */
export async function predecessorModeOf(
  deps: Deps,
  tenantId: string,
): Promise<PredecessorMode | undefined> {
  const stored = await repo.findSetting(deps.db, tenantId, predecessorKey);
  const mode = (stored?.value as { mode?: unknown } | undefined)?.mode;
  return isMode(mode) ? mode : undefined;
}

export interface CommendationSettingsView {
  predecessorRecords: {
    mode: PredecessorMode;
    setBy: 'office' | 'default';
    defaultMode: PredecessorMode;
    citation: ReturnType<typeof principlesOn>['predecessorRecords']['citation'];
  };
  version: number;
  /** Whose office may change them: the tenant's root unit. */
  office: OfficeSubject;
}

/** The settings with the default each rests on (the principles in force today); everyone signed in reads them. */
export async function readCommendationSettings(
  deps: Deps,
  actor: Actor,
): Promise<CommendationSettingsView> {
  const office = await officeOf(deps, actor);
  authorize(rulePolicy, actor, 'read', office);
  const stored = await repo.findSetting(deps.db, actor.tenantId, predecessorKey);
  const chosen = (stored?.value as { mode?: unknown } | undefined)?.mode;
  const { mode: defaultMode, citation } = principlesOn(deps.today()).predecessorRecords;
  return {
    predecessorRecords: {
      mode: isMode(chosen) ? chosen : defaultMode,
      setBy: isMode(chosen) ? 'office' : 'default',
      defaultMode,
      citation,
    },
    version: stored?.version ?? 0,
    office,
  };
}

/** The office sets (or, with null, clears) its choice; one transaction with its audit entry. */
export async function updateCommendationSettings(
  deps: Deps,
  actor: Actor,
  input: { predecessorRecords: PredecessorMode | null; version: number },
): Promise<CommendationSettingsView> {
  authorize(rulePolicy, actor, 'update', await officeOf(deps, actor));
  await deps.db.transaction(async (tx) => {
    const before = await repo.findSetting(tx, actor.tenantId, predecessorKey);
    if ((before?.version ?? 0) !== input.version) throw conflict();
    const value = { mode: input.predecessorRecords };
    const version = await repo.saveSetting(
      tx,
      actor.tenantId,
      predecessorKey,
      value,
      input.version,
      deps.clock(),
    );
    if (version === undefined) throw conflict();
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'commendation_settings.update',
      entityType: 'tenant_setting',
      entityId: actor.tenantId,
      before: before ? { [predecessorKey]: before.value } : null,
      after: { [predecessorKey]: value, version },
    });
  });
  return readCommendationSettings(deps, actor);
}
