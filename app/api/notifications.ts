import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type {
  NotificationListResponse,
  UnreadResponse,
} from '../../shared/contracts/notifications.ts';
import type { NotificationKind } from '../../shared/i18n/notifications.ts';
import type { WasteNotificationKind } from '../../shared/i18n/notifications-waste.ts';
import { api, withQuery } from './client.ts';
import { queryClient } from './query.ts';

export const notificationsKey = ['notifications'] as const;

/** Kinds that ask the reader to act on a report ("Nhắc việc" on the home page). */
export const reminderKinds: readonly (NotificationKind | WasteNotificationKind)[] = [
  'report_due',
  'report_overdue',
  'report_reminder',
  'report_returned',
  'waste_assigned',
  'waste_reporter_update',
  'waste_reopened',
  'waste_comment',
  'waste_escalated',
];

/** The unread count for the header bell; refreshed every minute while the page is visible. */
export const unreadCountQuery = queryOptions({
  queryKey: [...notificationsKey, 'unread-count'],
  queryFn: ({ signal }) => api.get<UnreadResponse>('/api/notifications/unread-count', signal),
  refetchInterval: 60_000,
  staleTime: 30_000,
});

/** The actor's notifications, newest first, page by page; keyed by language (texts come rendered). */
export const notificationListQuery = (lang: string, unreadOnly = false) =>
  infiniteQueryOptions({
    queryKey: [...notificationsKey, 'list', lang, unreadOnly],
    queryFn: ({ signal, pageParam }) =>
      api.get<NotificationListResponse>(
        withQuery('/api/notifications', {
          limit: '10',
          before: pageParam ?? undefined,
          unread: unreadOnly ? 'true' : undefined,
        }),
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 30_000,
  });

const refresh = () => queryClient.invalidateQueries({ queryKey: notificationsKey });

export const notificationCommands = {
  markRead: async (id: string) => {
    const out = await api.post<UnreadResponse>(`/api/notifications/${id}/read`);
    await refresh();
    return out;
  },
  markAllRead: async () => {
    const out = await api.post<UnreadResponse>('/api/notifications/read-all');
    await refresh();
    return out;
  },
};
