import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { queryClient } from '../api/query.ts';
import type { PledgeResponse as Pledge } from '../../shared/contracts/pledges.ts';
import { blocksQuery, pledgeCommands, pledgeQuery } from '../api/registrations.ts';
import { ErrorSummary, useSubmitForm } from '../components/ErrorSummary.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { PageSkeleton, QueryError } from '../components/PageStates.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';

function PledgePanel({ pledge }: { pledge: Pledge }) {
  const { t } = useI18n();
  const { form, busy, submit: run } = useSubmitForm();
  const refresh = (p: Pledge) =>
    queryClient.setQueryData(pledgeQuery(p.blockId, p.year).queryKey, p);
  const fields = [{ name: 'text', label: t('registrations.pledge.text'), id: 'pledge-text' }];
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('text') ?? '').trim();
    if (!text) return form.setFields({ text: t('errors.required') });
    await run(async () => {
      refresh(
        await pledgeCommands.draft(pledge.blockId, pledge.year, {
          text,
          ...(pledge.version ? { version: pledge.version } : {}),
        }),
      );
      form.clear();
    });
  };
  const sign = async (unitId: string) => {
    await run(async () => {
      refresh(await pledgeCommands.sign(pledge.blockId, pledge.year, unitId));
      form.clear();
    });
  };
  return (
    <Stack gap="md">
      <ErrorSummary errors={form.errors} fields={fields} />
      {pledge.abilities.draft ? (
        <Paper
          withBorder
          p="sm"
          component="form"
          noValidate
          onSubmit={(e: FormEvent<HTMLFormElement>) => void save(e)}
        >
          <Stack gap="sm">
            <Textarea
              id="pledge-text"
              name="text"
              label={t('registrations.pledge.text')}
              autosize
              minRows={4}
              defaultValue={pledge.text ?? ''}
              error={form.fieldError('text')}
            />
            <Group>
              <Button type="submit" loading={busy}>
                {t('registrations.pledge.save')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder p="sm">
          <Text style={{ whiteSpace: 'pre-wrap' }}>
            {pledge.text ?? t('registrations.pledge.noText')}
          </Text>
        </Paper>
      )}
      <Title order={2} size="h4">
        {t('registrations.pledge.signatures')}
      </Title>
      <Alert color={pledge.complete ? 'green' : 'gray'} variant="light" role="status">
        <Text size="sm" fw={600} c={pledge.complete ? '#1a4d24' : '#2b2f33'}>
          {pledge.complete
            ? t('registrations.pledge.complete')
            : t('registrations.pledge.incomplete')}
        </Text>
      </Alert>
      <Table.ScrollContainer minWidth={320}>
        <Table>
          <Table.Tbody>
            {pledge.members.map((m) => (
              <Table.Tr key={m.unitId}>
                <Table.Td>
                  {m.name}
                  {m.role === 'head' && (
                    <Badge ml="xs" variant="light" color="blue" c="#0b3a66" tt="none">
                      {t('registrations.pledge.head')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {m.signedAt ? (
                    t('registrations.pledge.signedOn', { date: formatDate(m.signedAt) })
                  ) : pledge.signableUnitIds.includes(m.unitId) ? (
                    <Button size="xs" loading={busy} onClick={() => void sign(m.unitId)}>
                      {t('registrations.pledge.sign', { unit: m.name })}
                    </Button>
                  ) : (
                    t('registrations.pledge.notSigned')
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function BlockPledge({ blockId, year }: { blockId: string; year: number }) {
  const { data, error, isPending, refetch } = useQuery(pledgeQuery(blockId, year));
  if (isPending) return <PageSkeleton />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  return <PledgePanel key={`${blockId}-${data.version ?? 0}`} pledge={data} />;
}

/** A cluster's yearly pledge: the head unit or the office drafts it, each member's head signs. */
export function RegistrationsPledgePage() {
  const { t } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear());
  const [chosen, setChosen] = useState('');
  const { data, error, isPending, refetch } = useQuery(blocksQuery(year));
  const blocks = data?.blocks ?? [];
  const block = blocks.find((b) => b.id === chosen) ?? blocks[0];
  const years = Array.from({ length: 9 }, (_, i) => String(2022 + i));
  return (
    <Stack gap="md">
      <PageHeader
        title={t('registrations.pledge.title')}
        crumbs={[{ label: t('nav.home'), to: '/home' }, { label: t('registrations.pledge.title') }]}
      />
      <Group align="end">
        <NativeSelect
          id="pledge-year"
          label={t('registrations.overview.year')}
          value={String(year)}
          onChange={(e) => setYear(Number(e.currentTarget.value))}
          data={years}
        />
        {blocks.length > 0 && block && (
          <NativeSelect
            id="pledge-block"
            label={t('registrations.pledge.block')}
            value={block.id}
            onChange={(e) => setChosen(e.currentTarget.value)}
            data={blocks.map((b) => ({ value: b.id, label: b.name }))}
          />
        )}
      </Group>
      {isPending ? (
        <PageSkeleton />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !block ? (
        <Text>{t('registrations.pledge.noBlock')}</Text>
      ) : (
        <BlockPledge key={`${block.id}-${year}`} blockId={block.id} year={year} />
      )}
    </Stack>
  );
}
