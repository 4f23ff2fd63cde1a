import { renderNotification } from '../../shared/i18n/notifications.ts';
import type { Locale } from '../../shared/locale.ts';
import type { NotificationRow } from '../repositories/notifications.ts';
import type { NotificationResponse } from '../routes/notifications/schema.ts';

/** A notification with its message in the reader's language; parameters stay on the server. */
export const presentNotification = (n: NotificationRow, locale: Locale): NotificationResponse => ({
  id: n.id,
  kind: n.kind,
  message: renderNotification(n.kind, n.params, locale),
  link: n.link,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
});
