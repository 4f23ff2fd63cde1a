import { Alert, Button, Card, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { PostedList } from '../../shared/contracts/nominations.ts';
import { nominationCommands, postedQuery } from '../api/nominations.ts';
import { QueryError, useErrorMessage, usePageTitle } from '../components/PageStates.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';

/** The public posting: nominees with what is proposed and why; anyone may comment. */
export function PostingPage() {
  const { t } = useI18n();
  usePageTitle(t('posting.title'));
  const { data, error, refetch } = useQuery(postedQuery);
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('posting.title')}
      </Title>
      <Text>{t('posting.intro')}</Text>
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : data?.nominees.length === 0 ? (
        <Text>{t('posting.empty')}</Text>
      ) : (
        data?.nominees.map((n) => <Nominee key={n.subjectId} nominee={n} />)
      )}
    </Stack>
  );
}

function Nominee({ nominee: n }: { nominee: PostedList['nominees'][number] }) {
  const { t, pick } = useI18n();
  const describe = useErrorMessage();
  const [body, setBody] = useState('');
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [website, setWebsite] = useState('');
  const [state, setState] = useState<{ ok: boolean; text: string } | null>(null);
  const send = async () => {
    setState(null);
    try {
      await nominationCommands.comment(n.subjectId, {
        body,
        ...(name ? { name } : {}),
        ...(contact ? { contact } : {}),
        ...(website ? { website } : {}),
      });
      setBody('');
      setState({ ok: true, text: t('posting.thanks') });
    } catch (e) {
      setState({ ok: false, text: describe(e) });
    }
  };
  return (
    <Card withBorder padding="sm" component="article">
      <Title order={2} size="h4">
        {n.name}
      </Title>
      <Text size="sm">
        {n.unitName} · {pick(n.award)}
      </Text>
      <Text mt="xs">{n.achievementSummary}</Text>
      <Text size="sm" c="dimmed">
        {t('posting.until', { date: formatDate(n.postedUntil) })}
      </Text>
      <Stack gap="xs" mt="sm">
        <Textarea
          label={t('posting.body')}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          required
        />
        <TextInput
          label={t('posting.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <TextInput
          label={t('posting.contact')}
          value={contact}
          onChange={(e) => setContact(e.currentTarget.value)}
        />
        <div style={{ position: 'absolute', left: '-10000px' }} aria-hidden="true">
          <TextInput
            label={t('posting.website')}
            tabIndex={-1}
            autoComplete="off"
            value={website}
            onChange={(e) => setWebsite(e.currentTarget.value)}
          />
        </div>
        <div aria-live="polite">
          {state && <Alert color={state.ok ? 'green' : 'red'}>{state.text}</Alert>}
        </div>
        <Button onClick={() => void send()} disabled={body.trim() === ''}>
          {t('posting.send')}
        </Button>
      </Stack>
    </Card>
  );
}
