import { Box, Group, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useRouter } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import type { NotificationResponse as AppNotification } from '../../shared/contracts/notifications.ts';
import { notificationCommands } from '../api/notifications.ts';
import { useI18n } from '../i18n/index.ts';

const stamp = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short' });

/**
 * One notification: its message opens the linked page (a real link, so it can also be opened
 * in a new tab) and marks it read; unread ones are bold with a dot and a spoken "unread".
 */
export function NotificationItem({
  item,
  onOpen,
}: {
  item: AppNotification;
  /** Called after a click, e.g. to close the popover. */
  onOpen?: () => void;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const unread = item.readAt === null;
  const open = (event: MouseEvent) => {
    if (unread) void notificationCommands.markRead(item.id).catch(() => undefined);
    onOpen?.();
    if (!item.link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0)
      return;
    event.preventDefault();
    router.history.push(item.link);
  };
  const body = (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Box
        aria-hidden="true"
        mt={7}
        w={8}
        h={8}
        style={{
          flex: 'none',
          borderRadius: '50%',
          background: unread ? 'var(--mantine-color-red-8)' : 'transparent',
        }}
      />
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="sm" fw={unread ? 600 : 400} style={{ overflowWrap: 'anywhere' }}>
          {unread && <VisuallyHidden>{t('reports.notifications.unread')}: </VisuallyHidden>}
          {item.message}
        </Text>
        <Text size="xs" c="dimmed">
          {stamp.format(new Date(item.createdAt))}
        </Text>
      </Stack>
    </Group>
  );
  const style = { display: 'block', width: '100%', padding: '8px 4px', borderRadius: 4 };
  return (
    <li data-testid="notification-item" data-unread={unread}>
      {item.link ? (
        <UnstyledButton component="a" href={item.link} onClick={open} style={style}>
          {body}
        </UnstyledButton>
      ) : (
        <UnstyledButton onClick={open} style={style}>
          {body}
        </UnstyledButton>
      )}
    </li>
  );
}

/** A plain list of notifications (no bullets). */
export function NotificationItems({
  items,
  onOpen,
}: {
  items: AppNotification[];
  onOpen?: () => void;
}) {
  return (
    <Stack component="ul" gap={0} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <NotificationItem key={item.id} item={item} onOpen={onOpen} />
      ))}
    </Stack>
  );
}
