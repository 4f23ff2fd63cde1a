/** The signed-in user's notifications, and "remind now" on a period's completion board. */
import { z } from 'zod';
import { notificationKinds } from '../i18n/notifications.ts';
import { wasteNotificationKinds } from '../i18n/notifications-waste.ts';
import { input } from './common.ts';

export const notificationListQuery = input({
  limit: z.coerce.number().pipe(z.int32().min(1).max(100)).default(20),
  /** The id of the last notification of the previous page. */
  before: z.uuid().optional(),
  /** "true": unread ones only. */
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const notificationResponse = z.object({
  id: z.uuid(),
  kind: z.enum([...notificationKinds, ...wasteNotificationKinds]),
  /** Rendered by the server in the request's language; parameters stay on the server. */
  message: z.string(),
  /** Where in the app the notification leads. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationResponse = z.infer<typeof notificationResponse>;

export const notificationListResponse = z.object({
  items: z.array(notificationResponse),
  unread: z.int32(),
  /** The `before` of the next page; null on the last one. */
  nextCursor: z.uuid().nullable(),
});
export type NotificationListResponse = z.infer<typeof notificationListResponse>;

export const unreadResponse = z.object({ unread: z.int32() });
export type UnreadResponse = z.infer<typeof unreadResponse>;

export const remindBody = input({
  /** Units to remind; every unit of the period still to report when omitted. */
  unitIds: z.array(z.uuid()).min(1).max(500).optional(),
}).nullish();
export type RemindInput = z.input<typeof remindBody>;
export const remindResponse = z.object({ notified: z.int32() });
export type RemindResponse = z.infer<typeof remindResponse>;
