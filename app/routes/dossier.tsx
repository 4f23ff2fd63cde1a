import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import type { Dossier } from '../../shared/contracts/nominations.ts';
import type { DossierAction } from '../../shared/nominations.ts';
import { dossierQuery, invalidateNominations, nominationCommands } from '../api/nominations.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { QueryError, useErrorMessage } from '../components/PageStates.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';

const route = getRouteApi('/app/nominations/$id');

/** One dossier: nominees with their live eligibility, components, history, and the next steps. */
export function DossierPage() {
  const { id } = route.useParams();
  const { t, pick } = useI18n();
  const { data, error, refetch } = useQuery(dossierQuery(id));
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  return (
    <Stack gap="md">
      <PageHeader
        title={pick(data.award.name)}
        crumbs={[
          { label: t('nav.home'), to: '/home' },
          { label: t('nominations.title') },
          { label: data.unit.name },
        ]}
      />
      <Group gap="xs" wrap="wrap">
        <Badge color="blue.9" variant="light" data-testid="dossier-state">
          {t(`nominations.states.${data.state}`)}
        </Badge>
        {data.overdue && <Badge color="red.9">{t('nominations.overdue')}</Badge>}
        <Text size="sm">
          {data.deadline
            ? t('nominations.deadline', { date: formatDate(data.deadline) })
            : t('nominations.noDeadline')}
        </Text>
      </Group>
      <Steps dossier={data} />
      <Title order={2} size="h3">
        {t('nominations.subjects')}
      </Title>
      {data.subjects.map((s) => (
        <Card key={s.id} withBorder padding="sm">
          <Text fw={600}>{s.name}</Text>
          <Text size="sm">{s.achievementSummary}</Text>
          <Badge
            color={s.eligibility?.verdict === 'eligible' ? 'teal.9' : 'orange.9'}
            variant="light"
          >
            {s.eligibility?.verdict === 'eligible'
              ? t('nominations.eligible')
              : s.eligibility?.verdict === 'held'
                ? t('nominations.held')
                : t('nominations.notEligible')}
          </Badge>
          {s.justification && (
            <Text size="sm">{t('nominations.justification', { text: s.justification })}</Text>
          )}
        </Card>
      ))}
      <Title order={2} size="h3">
        {t('nominations.components')}
      </Title>
      <List>
        {data.components.map((c) => (
          <List.Item key={c.id}>
            {t(`nominations.componentNames.${c.code}`)} —{' '}
            {c.source === 'generated' ? t('nominations.generated') : t('nominations.uploaded')}
            {c.returnReason && (
              <Text size="sm" c="red.9">
                {t('nominations.returnReason', { text: c.returnReason })}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      <Title order={2} size="h3">
        {t('nominations.history')}
      </Title>
      <List>
        {data.steps.map((s, i) => (
          <List.Item key={i}>
            {formatDate(s.at.slice(0, 10))}: {t(`nominations.actions.${s.action as DossierAction}`)}{' '}
            → {t(`nominations.states.${s.to}`)}
            {s.reason ? ` (${s.reason})` : ''}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

function Steps({ dossier: d }: { dossier: Dossier }) {
  const { t } = useI18n();
  const describe = useErrorMessage();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const needsReason = d.allowed.some((a) => a === 'return' || a === 'reject');
  const act = async (action: DossierAction) => {
    setProblem(null);
    setDone(false);
    try {
      await nominationCommands.step(d.id, {
        version: d.version,
        action,
        ...(action === 'reject' ? { reason } : {}),
        ...(action === 'return' ? { reasons: { achievement_report: reason } } : {}),
      });
      setReason('');
      setDone(true);
      await invalidateNominations();
    } catch (e) {
      setProblem(describe(e));
    }
  };
  if (d.allowed.length === 0) return null;
  return (
    <Stack gap="xs">
      <div aria-live="polite">
        {problem && <Alert color="red">{problem}</Alert>}
        {done && <Alert color="green">{t('nominations.done')}</Alert>}
      </div>
      {needsReason && (
        <Textarea
          label={t('nominations.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      )}
      <Group gap="xs" wrap="wrap">
        {d.allowed.map((a) => (
          <Button
            key={a}
            variant={a === 'return' || a === 'reject' ? 'outline' : 'filled'}
            onClick={() => void act(a)}
          >
            {t(`nominations.actions.${a}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
