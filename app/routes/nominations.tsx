import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { DossierRow } from '../../shared/contracts/nominations.ts';
import { dossierBoardQuery, dossierQueueQuery } from '../api/nominations.ts';
import { AnchorLink } from '../components/links.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { QueryError } from '../components/PageStates.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';

/** The round board (dossiers by state and deadline) and "việc của tôi" (the superior's queue). */
export function NominationsPage() {
  const { t } = useI18n();
  const board = useQuery(dossierBoardQuery);
  const queue = useQuery(dossierQueueQuery);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('nominations.title')}
        crumbs={[{ label: t('nav.home'), to: '/home' }, { label: t('nominations.title') }]}
      />
      <Title order={2} size="h3">
        {t('nominations.myWork')}
      </Title>
      {queue.error ? (
        <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data?.dossiers.length === 0 ? (
        <Text>{t('nominations.queueEmpty')}</Text>
      ) : (
        <DossierCards rows={queue.data?.dossiers ?? []} />
      )}
      <Title order={2} size="h3">
        {t('nominations.board')}
      </Title>
      {board.error ? (
        <QueryError error={board.error} onRetry={() => void board.refetch()} />
      ) : board.data?.dossiers.length === 0 ? (
        <Text>{t('nominations.boardEmpty')}</Text>
      ) : (
        <DossierCards rows={board.data?.dossiers ?? []} />
      )}
    </Stack>
  );
}

function DossierCards({ rows }: { rows: DossierRow[] }) {
  const { t } = useI18n();
  return (
    <Stack gap="sm">
      {rows.map((d) => (
        <Card key={d.id} withBorder padding="sm">
          <Stack gap={4}>
            <Group gap="xs" wrap="wrap">
              <Badge color="blue.9" variant="light">
                {t(`nominations.states.${d.state}`)}
              </Badge>
              {d.overdue && <Badge color="red.9">{t('nominations.overdue')}</Badge>}
            </Group>
            <Text fw={600}>{d.subjects.join(', ')}</Text>
            <Text size="sm">
              {d.unitName} · {d.awardCode}
            </Text>
            <Text size="sm">
              {d.deadline
                ? t('nominations.deadline', { date: formatDate(d.deadline) })
                : t('nominations.noDeadline')}
            </Text>
            <AnchorLink to="/nominations/$id" params={{ id: d.id }}>
              {t('nominations.open')}
            </AnchorLink>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
