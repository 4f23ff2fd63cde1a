import { Alert, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Initiative } from '../../shared/contracts/initiatives.ts';
import {
  commendationCommands,
  initiativesQuery,
  invalidateCommendations,
} from '../api/commendations.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { QueryError, useErrorMessage } from '../components/PageStates.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';
import { RecogniseForm, SubmitForm } from './initiatives-forms.tsx';

const statusColor = {
  submitted: 'blue.9',
  under_review: 'grape.9',
  recognised: 'teal.9',
  rejected: 'gray.7',
} as const;

/** The initiatives register: every initiative the user's units submitted, and the submission form. */
export function InitiativesPage() {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(initiativesQuery);
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('commendations.initiativesTitle')}
        crumbs={[
          { label: t('nav.home'), to: '/home' },
          { label: t('commendations.nav.initiatives') },
        ]}
        actions={
          !adding && (
            <Button onClick={() => setAdding(true)}>{t('commendations.submitInitiative')}</Button>
          )
        }
      />
      <div aria-live="polite">{done && <Alert color="green">{done}</Alert>}</div>
      {adding && (
        <SubmitForm
          onDone={(ok) => {
            setAdding(false);
            setDone(ok ? t('commendations.submitted') : null);
          }}
        />
      )}
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : data?.initiatives.length === 0 ? (
        <Text>{t('commendations.initiativesEmpty')}</Text>
      ) : (
        <Stack gap="sm">
          {data?.initiatives.map((i) => (
            <InitiativeCard key={i.id} initiative={i} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function InitiativeCard({ initiative: i }: { initiative: Initiative }) {
  const { t } = useI18n();
  const describe = useErrorMessage();
  const [problem, setProblem] = useState<string | null>(null);
  const [recognising, setRecognising] = useState(false);
  const act = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
      await invalidateCommendations();
    } catch (e) {
      setProblem(describe(e));
    }
  };
  return (
    <Card withBorder component="article">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Text fw={700}>{i.title}</Text>
        <Badge style={{ textTransform: 'none' }} color={statusColor[i.status]} variant="outline">
          {t(`commendations.statuses.${i.status}`)}
        </Badge>
      </Group>
      <Text size="sm">{i.description}</Text>
      <Text size="sm">
        {t('commendations.effect')}: {i.effect}
      </Text>
      {i.level && (
        <Text size="sm">
          {t('commendations.recognisedLine', {
            level: t(`commendations.levels.${i.level as 'base'}`),
            decision: i.decisionNumber ?? '',
            date: formatDate(i.recognisedOn),
          })}
          {i.scope ? ` · ${t('commendations.scope')}: ${i.scope}` : ''}
        </Text>
      )}
      {problem && (
        <Alert color="red" mt="xs">
          {problem}
        </Alert>
      )}
      <Group gap="xs" mt="xs">
        {i.abilities.review && (
          <Button
            size="xs"
            variant="outline"
            onClick={() => void act(() => commendationCommands.review(i.id, i.version))}
          >
            {t('commendations.review')}
          </Button>
        )}
        {i.abilities.recognise && !recognising && (
          <Button size="xs" onClick={() => setRecognising(true)}>
            {t('commendations.recognise')}
          </Button>
        )}
        {i.abilities.reject && (
          <Button
            size="xs"
            variant="default"
            onClick={() => void act(() => commendationCommands.reject(i.id, i.version))}
          >
            {t('commendations.reject')}
          </Button>
        )}
      </Group>
      {recognising && <RecogniseForm initiative={i} onDone={() => setRecognising(false)} />}
    </Card>
  );
}
