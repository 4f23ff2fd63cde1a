import { invalid, notFound } from '../../shared/errors.ts';
import type {
  NotificationKind,
  ReportNotificationParams,
} from '../../shared/i18n/notifications.ts';
import type { Executor } from '../db/client.ts';
import type { Deps } from '../deps.ts';
import { enqueue, jobKinds } from '../repositories/jobs.ts';
import type { Actor } from '../policies/actor.ts';
import * as repo from '../repositories/notifications.ts';
import { unitNamesOn } from '../repositories/unit-names.ts';

/** What writing a notification needs; a service passes its own deps. */
export type NotifyDeps = Pick<Deps, 'clock' | 'newId' | 'config'>;

/** Where a report notification leads in the app. */
export const reportLink = (periodId: string, unitId: string) =>
  `/reports/${periodId}/units/${unitId}`;

export interface NotifyInput {
  tenantId: string;
  userId: string;
  kind: NotificationKind;
  params: ReportNotificationParams;
  link: string | null;
  /** One notification per user and key (e.g. per unit, kind and day); null for events. */
  dedupeKey: string | null;
  /** The reader's address: when set and SMTP is configured, an e-mail copy is queued. */
  email: string | null;
}

/**
 * Writes one notification inside the caller's transaction, and queues its e-mail copy in
 * the same transaction. Returns false when the dedupe key was already used (nothing written).
 */
export async function notify(tx: Executor, deps: NotifyDeps, input: NotifyInput): Promise<boolean> {
  const row = await repo.insertNotification(tx, {
    id: deps.newId(),
    tenantId: input.tenantId,
    userId: input.userId,
    kind: input.kind,
    params: input.params,
    link: input.link,
    dedupeKey: input.dedupeKey,
    createdAt: deps.clock(),
  });
  if (!row) return false;
  if (deps.config.mail && input.email)
    await enqueue(tx, deps, {
      kind: jobKinds.sendEmail,
      payload: { notificationId: row.id },
      uniqueKey: `email:${row.id}`,
    });
  return true;
}

export interface ReportEventInput {
  tenantId: string;
  periodId: string;
  unitId: string;
  /** Who returned or accepted the report; they are not notified of their own act. */
  by: { id: string; name: string };
  note?: string | null;
}

async function notifyReportEvent(
  tx: Executor,
  deps: NotifyDeps,
  kind: 'report_returned' | 'report_accepted',
  input: ReportEventInput,
): Promise<number> {
  const period = await repo.findPeriod(tx, input.tenantId, input.periodId);
  if (!period) return 0;
  const names = await unitNamesOn(tx, input.tenantId, [input.unitId], period.referenceDate);
  const params: ReportNotificationParams = {
    periodId: period.id,
    unitId: input.unitId,
    unitName: names.get(input.unitId) ?? '',
    year: period.year,
    periodKind: period.kind,
    half: period.half,
    deadline: period.deadline,
    byName: input.by.name,
    note: input.note ?? null,
  };
  let sent = 0;
  for (const r of await repo.reportWriters(tx, input.tenantId, [input.unitId])) {
    if (r.userId === input.by.id) continue;
    const written = await notify(tx, deps, {
      tenantId: input.tenantId,
      userId: r.userId,
      email: r.email,
      kind,
      params,
      link: reportLink(period.id, input.unitId),
      dedupeKey: null,
    });
    if (written) sent += 1;
  }
  return sent;
}

/**
 * Tells the unit's head and officers that their report was returned. Call inside the
 * return's transaction; returns how many users were notified.
 */
export const notifyReportReturned = (tx: Executor, deps: NotifyDeps, input: ReportEventInput) =>
  notifyReportEvent(tx, deps, 'report_returned', input);

/** Tells the unit's head and officers that their report was accepted (same contract). */
export const notifyReportAccepted = (tx: Executor, deps: NotifyDeps, input: ReportEventInput) =>
  notifyReportEvent(tx, deps, 'report_accepted', input);

/**
 * Tells the unit's heads that an officer has the report ready (issue 16). One notification
 * per head and report version: asking twice without a change tells nobody again.
 */
export async function notifyReportReady(
  tx: Executor,
  deps: NotifyDeps,
  input: ReportEventInput & { version: number },
): Promise<number> {
  const period = await repo.findPeriod(tx, input.tenantId, input.periodId);
  if (!period) return 0;
  const names = await unitNamesOn(tx, input.tenantId, [input.unitId], period.referenceDate);
  const params: ReportNotificationParams = {
    periodId: period.id,
    unitId: input.unitId,
    unitName: names.get(input.unitId) ?? '',
    year: period.year,
    periodKind: period.kind,
    half: period.half,
    deadline: period.deadline,
    byName: input.by.name,
    note: null,
  };
  let sent = 0;
  for (const head of await repo.unitHeads(tx, input.tenantId, input.unitId)) {
    if (head.userId === input.by.id) continue;
    const written = await notify(tx, deps, {
      tenantId: input.tenantId,
      userId: head.userId,
      email: head.email,
      kind: 'report_ready',
      params,
      link: `${reportLink(period.id, input.unitId)}?section=check`,
      dedupeKey: `report_ready:${period.id}:${input.unitId}:${input.version}`,
    });
    if (written) sent += 1;
  }
  return sent;
}

export interface ListInput {
  limit: number;
  /** The id of the last notification of the previous page. */
  before?: string | undefined;
  unreadOnly?: boolean | undefined;
}

/** The actor's own notifications, newest first, with the unread count and the next page's cursor. */
export async function listNotifications(deps: Deps, actor: Actor, input: ListInput) {
  let before: { createdAt: Date; id: string } | undefined;
  if (input.before) {
    const last = await repo.findUserNotification(deps.db, actor.tenantId, actor.id, input.before);
    if (!last) throw invalid({ before: { key: 'not_found' } });
    before = { createdAt: last.createdAt, id: last.id };
  }
  const rows = await repo.listForUser(deps.db, actor.tenantId, actor.id, {
    limit: input.limit + 1,
    before,
    unreadOnly: input.unreadOnly,
  });
  const page = rows.slice(0, input.limit);
  return {
    rows: page,
    unread: await repo.countUnread(deps.db, actor.tenantId, actor.id),
    nextCursor: rows.length > input.limit ? page.at(-1)!.id : null,
  };
}

export async function unreadCount(deps: Deps, actor: Actor) {
  return { unread: await repo.countUnread(deps.db, actor.tenantId, actor.id) };
}

/**
 * Marks one of the actor's notifications read; someone else's answers 404. Reading is the
 * reader's own state, so it is not audited.
 */
export async function markNotificationRead(deps: Deps, actor: Actor, id: string) {
  if (!(await repo.markRead(deps.db, actor.tenantId, actor.id, id, deps.clock()))) throw notFound();
  return unreadCount(deps, actor);
}

export async function markAllNotificationsRead(deps: Deps, actor: Actor) {
  await repo.markAllRead(deps.db, actor.tenantId, actor.id, deps.clock());
  return unreadCount(deps, actor);
}
