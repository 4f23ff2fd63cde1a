import type {
  NotificationListResponse,
  NotificationResponse,
} from '../../shared/contracts/notifications.ts';
import { renderNotification } from '../../shared/i18n/notifications.ts';
import type { Locale } from '../../shared/locale.ts';
import type { NotificationRow } from '../repositories/notifications.ts';
import type { listNotifications } from '../services/notifications.ts';

/** A notification with its message in the reader's language; parameters stay on the server. */
export const presentNotification = (n: NotificationRow, locale: Locale): NotificationResponse => ({
  id: n.id,
  kind: n.kind as NotificationResponse['kind'],
  message: renderNotification(n.kind, n.params, locale),
  link: n.link,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
});

/** One page of the reader's notifications, with the unread count and the next page's cursor. */
export const presentNotificationList = (
  page: Awaited<ReturnType<typeof listNotifications>>,
  locale: Locale,
): NotificationListResponse => ({
  items: page.rows.map((r) => presentNotification(r, locale)),
  unread: page.unread,
  nextCursor: page.nextCursor,
});
