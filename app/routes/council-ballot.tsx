import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { ballotChoices, type BallotChoice } from '../../shared/nominations.ts';
import { ballotQuery, invalidateNominations, nominationCommands } from '../api/nominations.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { QueryError, useErrorMessage } from '../components/PageStates.tsx';
import { useI18n } from '../i18n/index.ts';

const route = getRouteApi('/app/council/sessions/$id/ballot');

/** A member's ballot page: only their open votes; the choice is never shown back. */
export function CouncilBallotPage() {
  const { id } = route.useParams();
  const { t } = useI18n();
  const describe = useErrorMessage();
  const { data, error, refetch } = useQuery(ballotQuery(id));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const vote = async (subjectId: string, choice: BallotChoice) => {
    setMessage(null);
    try {
      await nominationCommands.vote(id, subjectId, choice);
      setMessage({ ok: true, text: t('nominations.ballot.cast') });
      await invalidateNominations();
    } catch (e) {
      setMessage({ ok: false, text: describe(e) });
    }
  };
  return (
    <Stack gap="md">
      <PageHeader
        title={t('nominations.ballot.title')}
        crumbs={[{ label: t('nav.home'), to: '/home' }, { label: t('nominations.ballot.title') }]}
        lead={t('nominations.ballot.secret')}
      />
      <div aria-live="polite">
        {message && <Alert color={message.ok ? 'green' : 'red'}>{message.text}</Alert>}
      </div>
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : data?.open.length === 0 ? (
        <Text>{t('nominations.ballot.empty')}</Text>
      ) : (
        data?.open.map((n) => (
          <Card key={n.subjectId} withBorder padding="sm">
            <Text fw={600}>{n.name}</Text>
            <Text size="sm">
              {n.unitName} · {n.awardCode}
            </Text>
            <Group gap="xs" mt="xs" wrap="wrap">
              {ballotChoices.map((c) => (
                <Button
                  key={c}
                  variant={c === 'for' ? 'filled' : 'outline'}
                  onClick={() => void vote(n.subjectId, c)}
                >
                  {t(`nominations.ballot.${c}`)}
                </Button>
              ))}
            </Group>
          </Card>
        ))
      )}
    </Stack>
  );
}
