import { AppError, conflict, forbidden, invalid, notFound } from '../../shared/errors.ts';
import { addDays } from '../../shared/working-days.ts';
import type { WasteCategory, WasteOutcome, WasteState } from '../../shared/waste.ts';
import type { Deps } from '../deps.ts';
import { likelyDuplicates, duplicateWindowDays } from '../domain/waste/places.ts';
import { deadlineOf, moveWaste, type WasteMove } from '../domain/waste/states.ts';
import { openFile } from '../files/store.ts';
import { isOffice, type Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import {
  mayBeNamedOfficer,
  mayEditWasteSettings,
  mayListWaste,
  wastePolicy,
  type WasteSubject,
} from '../policies/waste.ts';
import { ancestorsOf } from '../repositories/units.ts';
import { findUserById } from '../repositories/users.ts';
import { findSetting, saveSetting } from '../repositories/settings.ts';
import { rootOf, unitNamesOn } from '../repositories/unit-names.ts';
import * as repo from '../repositories/waste.ts';
import { auditActor, recordAudit, systemActor } from './audit.ts';
import { loadActor } from './auth.ts';
import { auditView, deadlinesOf, settingKeys } from './waste-intake.ts';
import { notifyHandlers, sendTo } from './waste-notify.ts';

export interface WasteView {
  report: repo.WasteRow;
  subject: WasteSubject;
  officers: { userId: string; name: string }[];
  anonymous: boolean;
  names: Map<string, string>;
  today: string;
}

const subjectOf = (
  rootUnitId: string,
  r: repo.WasteRow,
  officers: { userId: string }[],
): WasteSubject => ({
  rootUnitId,
  communeUnitId: r.communeUnitId,
  assignedUnitId: r.assignedUnitId,
  officerIds: officers.map((o) => o.userId),
});

async function viewsOf(deps: Deps, tenantId: string, rows: repo.WasteRow[], root: string) {
  const ids = rows.map((r) => r.id);
  const today = deps.today();
  const [officers, contacts] = await Promise.all([
    repo.officersOf(deps.db, tenantId, ids),
    repo.hasContacts(deps.db, tenantId, ids),
  ]);
  const unitIds = [
    ...new Set(
      rows.flatMap((r) => [r.communeUnitId, ...(r.assignedUnitId ? [r.assignedUnitId] : [])]),
    ),
  ];
  const names = await unitNamesOn(deps.db, tenantId, unitIds, today);
  return rows.map((report): WasteView => {
    const own = officers.filter((o) => o.reportId === report.id);
    return {
      report,
      subject: subjectOf(root, report, own),
      officers: own,
      anonymous: !contacts.has(report.id),
      names,
      today,
    };
  });
}

/** The queue: every report the actor may read, with deadlines; filters by state, category, lateness. */
export async function listWaste(
  deps: Deps,
  actor: Actor,
  filter: {
    status?: WasteState | undefined;
    category?: WasteCategory | undefined;
    overdue?: boolean | undefined;
  },
): Promise<WasteView[]> {
  const root = await rootOf(deps.db, actor.tenantId);
  if (!mayListWaste(actor, root)) throw forbidden();
  const rows = await repo.listReports(deps.db, actor.tenantId, filter);
  const views = (await viewsOf(deps, actor.tenantId, rows, root)).filter((v) =>
    wastePolicy.read(actor, v.subject),
  );
  const today = deps.today();
  return filter.overdue === undefined
    ? views
    : views.filter((v) => (v.report.dueOn !== null && today > v.report.dueOn) === filter.overdue);
}

async function loadView(deps: Deps, actor: Actor, id: string): Promise<WasteView> {
  const row = await repo.findById(deps.db, actor.tenantId, id);
  if (!row) throw notFound();
  const root = await rootOf(deps.db, actor.tenantId);
  const [view] = await viewsOf(deps, actor.tenantId, [row], root);
  authorize(wastePolicy, actor, 'read', view!.subject);
  return view!;
}

export interface WasteDetailView extends WasteView {
  events: repo.WasteEventRow[];
  photos: repo.WastePhotoRow[];
  duplicates: repo.WasteRow[];
}

export async function getWaste(deps: Deps, actor: Actor, id: string): Promise<WasteDetailView> {
  const view = await loadView(deps, actor, id);
  const r = view.report;
  const [events, photos, near] = await Promise.all([
    repo.eventsOf(deps.db, actor.tenantId, r.id),
    repo.photosOf(deps.db, actor.tenantId, r.id),
    repo.sameCategoryBetween(
      deps.db,
      actor.tenantId,
      r.category,
      addDays(r.receivedOn, -duplicateWindowDays),
      addDays(r.receivedOn, duplicateWindowDays),
    ),
  ]);
  const candidate = (x: repo.WasteRow) => ({
    id: x.id,
    communeUnitId: x.communeUnitId,
    category: x.category as WasteCategory,
    receivedOn: x.receivedOn,
    point: x.lat !== null && x.lng !== null ? { lat: x.lat, lng: x.lng } : null,
  });
  const dupIds = new Set(likelyDuplicates(candidate(r), near.map(candidate)));
  const unitIds = events.flatMap((e) => (e.unitId ? [e.unitId] : []));
  const more = await unitNamesOn(deps.db, actor.tenantId, unitIds, view.today);
  for (const [k, v] of more) view.names.set(k, v);
  return { ...view, events, photos, duplicates: near.filter((x) => dupIds.has(x.id)) };
}

/** The reporter's identity and contact: named officers and the office only; each read audited. */
export async function readReporter(deps: Deps, actor: Actor, id: string) {
  const view = await loadView(deps, actor, id);
  authorize(wastePolicy, actor, 'readReporter', view.subject);
  const contact = await repo.contactOf(deps.db, actor.tenantId, id);
  await deps.db.transaction((tx) =>
    recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'waste_report.reporter.read',
      entityType: 'waste_report',
      entityId: id,
      after: { code: view.report.code, anonymous: !contact },
    }),
  );
  return contact;
}

export interface MoveInput extends WasteMove {
  version: number;
}

export async function moveReport(deps: Deps, actor: Actor, id: string, input: MoveInput) {
  const view = await loadView(deps, actor, id);
  const r = view.report;
  if (input.action === 'reopen') throw forbidden();
  authorize(wastePolicy, actor, input.action, view.subject);
  const result = moveWaste(r.status as WasteState, r.outcome as WasteOutcome | null, input);
  if (!result.ok) {
    if (result.field) throw invalid({ [result.field]: { key: result.problem } });
    throw new AppError(409, result.problem);
  }
  if (input.action === 'assign') {
    const names = await unitNamesOn(deps.db, actor.tenantId, [input.unitId!], view.today);
    if (!names.has(input.unitId!)) throw invalid({ unitId: { key: 'waste_place_unknown' } });
  }
  const today = deps.today();
  const at = deps.clock();
  const deadlines = await deadlinesOf(deps, actor.tenantId);
  const changes = {
    status: result.to,
    outcome: result.outcome,
    stateSince: today,
    dueOn: deadlineOf(result.to, today, deadlines),
    escalatedState: null,
    updatedAt: at,
    ...(input.action === 'assign' ? { assignedUnitId: input.unitId! } : {}),
    ...(input.action === 'conclude' || input.action === 'forward'
      ? { summary: input.summary?.trim() || null, forwardedTo: input.forwardedTo?.trim() || null }
      : {}),
    ...(input.action === 'return' ? { summary: null, forwardedTo: null } : {}),
    ...(input.action === 'publish' ? { publishedAt: at } : {}),
  };
  await deps.db.transaction(async (tx) => {
    const after = await repo.updateVersioned(tx, actor.tenantId, id, input.version, changes);
    if (!after) throw conflict();
    if (input.action === 'start')
      await repo.insertOfficer(tx, {
        id: deps.newId(),
        tenantId: actor.tenantId,
        reportId: id,
        userId: actor.id,
        assignedAt: at,
      });
    await repo.insertEvent(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      reportId: id,
      kind: 'move',
      action: input.action,
      fromStatus: r.status,
      toStatus: result.to,
      userId: actor.id,
      byRole: isOffice(actor, view.subject.rootUnitId) ? 'office' : 'officer',
      // What the public follow page shows: the conclusion once published, never an internal reason.
      body: input.action === 'publish' ? after.summary : (input.reason ?? input.summary ?? null),
      unitId: input.action === 'assign' ? input.unitId! : null,
      public: input.action !== 'return',
      at,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: `waste_report.${input.action}`,
      entityType: 'waste_report',
      entityId: id,
      before: auditView(r, !view.anonymous),
      after: { ...auditView(after, !view.anonymous), reason: input.reason ?? null },
    });
    if (input.action === 'assign')
      await notifyHandlers(tx, deps, after, 'waste_assigned', { includeUnit: true });
  });
  return getWaste(deps, actor, id);
}

export async function addOfficer(deps: Deps, actor: Actor, id: string, userId: string) {
  const view = await loadView(deps, actor, id);
  const self = userId === actor.id;
  if (!(self && wastePolicy.start(actor, view.subject)))
    authorize(wastePolicy, actor, 'addOfficer', view.subject);
  const user = await findUserById(deps.db, actor.tenantId, userId);
  if (!user || !user.active) throw invalid({ userId: { key: 'waste_officer_not_eligible' } });
  const candidate = await loadActor(deps, user);
  if (!mayBeNamedOfficer(candidate, view.subject))
    throw invalid({ userId: { key: 'waste_officer_not_eligible' } });
  const at = deps.clock();
  await deps.db.transaction(async (tx) => {
    await repo.insertOfficer(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      reportId: id,
      userId,
      assignedAt: at,
    });
    await repo.insertEvent(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      reportId: id,
      kind: 'officer',
      userId: actor.id,
      byRole: isOffice(actor, view.subject.rootUnitId) ? 'office' : 'officer',
      body: user.fullName,
      public: false,
      at,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'waste_report.officer.add',
      entityType: 'waste_report',
      entityId: id,
      after: { code: view.report.code, userId },
    });
  });
  return getWaste(deps, actor, id);
}

/**
 * A supervisor's comment (the Fatherland Front on reports of its area) or a handler's
 * internal note. A comment reaches the handling officers.
 */
export async function commentOn(deps: Deps, actor: Actor, id: string, body: string) {
  const view = await loadView(deps, actor, id);
  const supervisor = wastePolicy.comment(actor, view.subject);
  if (!supervisor) authorize(wastePolicy, actor, 'note', view.subject);
  const at = deps.clock();
  await deps.db.transaction(async (tx) => {
    await repo.insertEvent(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      reportId: id,
      kind: supervisor ? 'comment' : 'note',
      userId: actor.id,
      byRole: supervisor
        ? 'supervisor'
        : isOffice(actor, view.subject.rootUnitId)
          ? 'office'
          : 'officer',
      body,
      public: false,
      at,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: supervisor ? 'waste_report.comment' : 'waste_report.note',
      entityType: 'waste_report',
      entityId: id,
      after: { code: view.report.code, body },
    });
    if (supervisor)
      await notifyHandlers(tx, deps, view.report, 'waste_comment', {
        byName: actor.fullName,
        includeUnit: view.officers.length === 0,
        except: actor.id,
      });
  });
  return getWaste(deps, actor, id);
}

export async function readPhoto(deps: Deps, actor: Actor, id: string, photoId: string) {
  await loadView(deps, actor, id);
  const photo = (await repo.photosOf(deps.db, actor.tenantId, id)).find((p) => p.id === photoId);
  if (!photo) throw notFound();
  return { photo, stream: openFile(deps.config.dataDir, actor.tenantId, photo.sha256) };
}

export async function getWasteSettings(deps: Deps, actor: Actor) {
  const root = await rootOf(deps.db, actor.tenantId);
  if (!mayListWaste(actor, root)) throw forbidden();
  const stored = await findSetting(deps.db, actor.tenantId, settingKeys.deadlines);
  return { deadlines: await deadlinesOf(deps, actor.tenantId), version: stored?.version ?? 0 };
}

export async function saveWasteDeadlines(
  deps: Deps,
  actor: Actor,
  input: {
    received: number;
    assigned: number;
    verifying: number;
    concluded: number;
    version: number;
  },
) {
  const root = await rootOf(deps.db, actor.tenantId);
  if (!mayEditWasteSettings(actor, root)) throw forbidden();
  const { version, ...deadlines } = input;
  const at = deps.clock();
  await deps.db.transaction(async (tx) => {
    const saved = await saveSetting(
      tx,
      actor.tenantId,
      settingKeys.deadlines,
      deadlines,
      version,
      at,
    );
    if (saved === undefined) throw conflict();
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'waste_settings.deadlines',
      entityType: 'tenant_setting',
      entityId: settingKeys.deadlines,
      after: deadlines,
    });
  });
  return getWasteSettings(deps, actor);
}

/**
 * Reports past their state's deadline, every tenant: marked escalated once per state
 * entry, logged, and sent to the superior unit's heads and to the office.
 */
export async function escalateOverdue(deps: Deps, day = deps.today()): Promise<number> {
  let escalated = 0;
  for (const report of await repo.overdueReports(deps.db, day)) {
    const at = deps.clock();
    await deps.db.transaction(async (tx) => {
      const after = await repo.updateVersioned(tx, report.tenantId, report.id, report.version, {
        escalatedState: report.status,
      });
      if (!after) return;
      const root = await rootOf(tx, report.tenantId);
      const base = report.assignedUnitId ?? report.communeUnitId;
      const superior = (await ancestorsOf(tx, report.tenantId, base, day))[0];
      const heads = superior
        ? await repo.holdersOn(tx, report.tenantId, ['unit_head', 'emulation_office'], [superior])
        : [];
      const office = await repo.holdersOn(tx, report.tenantId, ['emulation_office'], [root]);
      await repo.insertEvent(tx, {
        id: deps.newId(),
        tenantId: report.tenantId,
        reportId: report.id,
        kind: 'escalated',
        fromStatus: report.status,
        toStatus: report.status,
        byRole: 'system',
        unitId: superior ?? root,
        body: report.dueOn,
        public: false,
        at,
      });
      await recordAudit(tx, {
        tenantId: report.tenantId,
        actor: systemActor,
        at,
        action: 'waste_report.escalate',
        entityType: 'waste_report',
        entityId: report.id,
        after: {
          code: report.code,
          state: report.status,
          dueOn: report.dueOn,
          superior: superior ?? null,
        },
      });
      await sendTo(
        tx,
        deps,
        after,
        'waste_escalated',
        [...heads, ...office].map((u) => u.id),
      );
      escalated++;
    });
  }
  return escalated;
}
