import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Indicator,
  Loader,
  Popover,
  ScrollArea,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  notificationCommands,
  notificationListQuery,
  unreadCountQuery,
} from '../api/notifications.ts';
import { useI18n } from '../i18n/index.ts';
import { NotificationItems } from './NotificationList.tsx';

function BellIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path
        d="M18 16v-5a6 6 0 1 0-12 0v5l-2 2v1h16v-1l-2-2Zm-6 6a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Z"
        fill="currentColor"
      />
    </svg>
  );
}

/** The header's bell: the unread count, and a list of the latest notifications on click. */
export function NotificationBell() {
  const { t, lang } = useI18n();
  const [opened, { toggle, close }] = useDisclosure(false);
  const [busy, setBusy] = useState(false);
  const { data: count } = useQuery(unreadCountQuery);
  const list = useInfiniteQuery({ ...notificationListQuery(lang), enabled: opened });
  const unread = count?.unread ?? 0;
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const label = unread
    ? t('reports.notifications.bellUnread', { count: unread })
    : t('reports.notifications.bell');

  const markAll = async () => {
    setBusy(true);
    try {
      await notificationCommands.markAllRead();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Indicator
      label={unread > 99 ? '99+' : unread}
      size={18}
      color="red.8"
      disabled={unread === 0}
      offset={6}
      zIndex={1}
    >
      <Popover
        opened={opened}
        onDismiss={close}
        position="bottom-end"
        width="min(380px, calc(100vw - 16px))"
        shadow="md"
        withinPortal
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="blue.9"
            size={40}
            onClick={toggle}
            aria-label={label}
            title={label}
            data-testid="notification-bell"
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p="xs" role="dialog" aria-label={t('reports.notifications.title')}>
          <Group justify="space-between" wrap="nowrap" mb={4}>
            <Text fw={700} size="sm" component="h2">
              {t('reports.notifications.title')}
            </Text>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => void markAll()}
              loading={busy}
              disabled={unread === 0}
              data-testid="notifications-read-all"
            >
              {t('reports.notifications.markAllRead')}
            </Button>
          </Group>
          <Divider />
          <ScrollArea.Autosize mah="min(60vh, 480px)" type="auto">
            {list.isPending ? (
              <Group justify="center" p="md">
                <Loader size="sm" aria-label={t('reports.notifications.title')} />
              </Group>
            ) : list.isError ? (
              <Text size="sm" c="red.9" p="sm" role="alert">
                {t('reports.notifications.loadError')}
              </Text>
            ) : items.length === 0 ? (
              <Text size="sm" c="dimmed" p="sm" data-testid="notifications-empty">
                {t('reports.notifications.empty')}
              </Text>
            ) : (
              <NotificationItems items={items} onOpen={close} />
            )}
            {list.hasNextPage && (
              <Group justify="center" py={4}>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  loading={list.isFetchingNextPage}
                  onClick={() => void list.fetchNextPage()}
                >
                  {t('reports.notifications.more')}
                </Button>
              </Group>
            )}
          </ScrollArea.Autosize>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
