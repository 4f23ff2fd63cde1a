import { Card, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { notificationListQuery, reminderKinds } from '../api/notifications.ts';
import { useI18n } from '../i18n/index.ts';
import { NotificationItems } from './NotificationList.tsx';

/** "Nhắc việc" on the home page: the latest unread reminders and returned reports. */
export function RemindersCard() {
  const { t, lang } = useI18n();
  const { data, isError } = useInfiniteQuery(notificationListQuery(lang, true));
  const items = (data?.pages[0]?.items ?? [])
    .filter((n) => reminderKinds.includes(n.kind))
    .slice(0, 5);
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="reminders-title"
      padding="lg"
      data-testid="reminders"
    >
      <Title order={2} size="h4" id="reminders-title">
        {t('reports.notifications.remindersTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('reports.notifications.remindersHint')}
      </Text>
      {isError ? (
        <Text size="sm" c="red.9" role="alert">
          {t('reports.notifications.loadError')}
        </Text>
      ) : data && items.length === 0 ? (
        <Text size="sm" data-testid="reminders-empty">
          {t('reports.notifications.remindersEmpty')}
        </Text>
      ) : (
        <NotificationItems items={items} />
      )}
    </Card>
  );
}
