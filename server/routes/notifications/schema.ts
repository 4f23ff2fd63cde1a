import { z } from 'zod';

export const notificationListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** The id of the last notification of the previous page. */
  before: z.uuid().optional(),
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export const notificationIdParams = z.object({ id: z.uuid() });

export const notificationResponse = z.object({
  id: z.uuid(),
  kind: z.string(),
  message: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationResponse = z.infer<typeof notificationResponse>;

export const notificationListResponse = z.object({
  items: z.array(notificationResponse),
  unread: z.int(),
  nextCursor: z.uuid().nullable(),
});
export const unreadResponse = z.object({ unread: z.int() });

export const periodIdParams = z.object({ id: z.uuid() });
export const remindBody = z
  .object({
    /** Units to remind; every unit of the period still to report when omitted. */
    unitIds: z.array(z.uuid()).min(1).max(500).optional(),
  })
  .nullish();
export const remindResponse = z.object({ notified: z.int() });
