import type { Executor } from '../db/client.ts';
import type { Deps } from '../deps.ts';
import { insertNotification } from '../repositories/notifications.ts';
import { rootOf, unitNamesOn } from '../repositories/unit-names.ts';
import * as repo from '../repositories/waste.ts';
import type { WasteNotificationKind } from '../../shared/i18n/notifications-waste.ts';

export const wasteLink = (id: string) => `/waste/${id}`;

/**
 * Tells whoever handles the report: its named officers; without any, the heads and
 * officers of the unit it is assigned to; unassigned, the office. The notification names the
 * code and the unit, never the reporter.
 */
export async function notifyHandlers(
  tx: Executor,
  deps: Pick<Deps, 'clock' | 'newId' | 'today'>,
  report: repo.WasteRow,
  kind: WasteNotificationKind,
  options: { includeUnit?: boolean; byName?: string | null; except?: string } = {},
): Promise<number> {
  const named = await repo.officersOf(tx, report.tenantId, [report.id]);
  let recipients = named.map((o) => o.userId);
  if (recipients.length === 0 || options.includeUnit) {
    const holders = report.assignedUnitId
      ? await repo.holdersOn(
          tx,
          report.tenantId,
          ['unit_head', 'unit_officer'],
          [report.assignedUnitId],
        )
      : await repo.holdersOn(
          tx,
          report.tenantId,
          ['emulation_office'],
          [await rootOf(tx, report.tenantId)],
        );
    recipients = [...new Set([...recipients, ...holders.map((h) => h.id)])];
  }
  return sendTo(
    tx,
    deps,
    report,
    kind,
    recipients.filter((id) => id !== options.except),
    {
      byName: options.byName ?? null,
    },
  );
}

export async function sendTo(
  tx: Executor,
  deps: Pick<Deps, 'clock' | 'newId' | 'today'>,
  report: repo.WasteRow,
  kind: WasteNotificationKind,
  userIds: string[],
  extra: Record<string, unknown> = {},
): Promise<number> {
  if (!userIds.length) return 0;
  const unitName = report.assignedUnitId
    ? ((await unitNamesOn(tx, report.tenantId, [report.assignedUnitId], deps.today())).get(
        report.assignedUnitId,
      ) ?? null)
    : null;
  const at = deps.clock();
  let sent = 0;
  for (const userId of new Set(userIds)) {
    const row = await insertNotification(tx, {
      id: deps.newId(),
      tenantId: report.tenantId,
      userId,
      kind,
      params: { code: report.code, unitName, state: report.status, dueOn: report.dueOn, ...extra },
      link: wasteLink(report.id),
      dedupeKey: kind === 'waste_escalated' ? `${kind}:${report.id}:${report.status}` : null,
      createdAt: at,
    });
    if (row) sent++;
  }
  return sent;
}
