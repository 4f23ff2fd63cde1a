import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import type { Ranking, RankingsResponse } from '../../shared/contracts/scores.ts';
import {
  publishScores,
  rankingsQuery,
  recomputeScores,
  scoresKey,
  setObjectionWindow,
} from '../api/scores.ts';
import { AnchorLink } from '../components/links.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { PageSkeleton, QueryError, useErrorMessage } from '../components/PageStates.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useI18n } from '../i18n/index.ts';

/** Rankings of a year: live for the office (recompute, objection period, publish), published for others. */
export function ScoresPage() {
  const { t } = useI18n();
  const year = useSearch({ from: '/app/scores' }).year ?? new Date().getFullYear();
  const navigate = useNavigate();
  const { data, error, isPending, refetch } = useQuery(rankingsQuery(year));
  return (
    <Stack gap="md">
      <PageHeader
        title={t('scores.title', { year })}
        crumbs={[{ label: t('nav.home'), to: '/home' }, { label: t('scores.nav') }]}
        lead={t('scores.lead')}
      />
      <NumberInput
        label={t('scores.year')}
        value={year}
        min={2000}
        max={2100}
        w={140}
        onChange={(v) =>
          typeof v === 'number' && v >= 2000 && void navigate({ to: '/scores', search: { year: v } })
        }
      />
      {isPending ? (
        <PageSkeleton />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <ScoresBody data={data} />
      )}
    </Stack>
  );
}

function ScoresBody({ data }: { data: RankingsResponse }) {
  const { t } = useI18n();
  const latest = data.publications[0];
  return (
    <Stack gap="md">
      <Text data-testid="scores-status">
        {latest
          ? t('scores.published', {
              revision: latest.revision,
              date: formatDate(latest.publishedAt.slice(0, 10)),
              by: latest.publishedBy,
            })
          : t('scores.notPublished', { year: data.year })}
        {data.live ? ` · ${t('scores.live')}` : ''}
      </Text>
      {data.window && (
        <Text size="sm">
          {t('scores.windowText', {
            from: formatDate(data.window.opensOn),
            to: formatDate(data.window.closesOn),
          })}
        </Text>
      )}
      {(data.abilities.publish || data.abilities.recompute) && <OfficeActions data={data} />}
      {data.rankings.length === 0 ? (
        <Text>{data.live ? t('scores.empty') : t('scores.notPublished', { year: data.year })}</Text>
      ) : (
        data.rankings.map((r) => (
          <RankingCard key={`${r.scope.kind}:${r.scope.id}`} ranking={r} year={data.year} />
        ))
      )}
    </Stack>
  );
}

function OfficeActions({ data }: { data: RankingsResponse }) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const client = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [opensOn, setOpensOn] = useState(data.window?.opensOn ?? '');
  const [closesOn, setClosesOn] = useState(data.window?.closesOn ?? '');
  const revising = data.publications.length > 0;
  const run = async (action: () => Promise<unknown>, done: (r: unknown) => string) => {
    setProblem(null);
    setMessage(null);
    try {
      const r = await action();
      setMessage(done(r));
      await client.invalidateQueries({ queryKey: scoresKey });
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group gap="sm">
          {data.abilities.recompute && (
            <Button
              variant="default"
              onClick={() =>
                void run(
                  () => recomputeScores(data.year),
                  (r) => t('scores.recomputed', r as Record<string, number>),
                )
              }
            >
              {t('scores.recompute')}
            </Button>
          )}
        </Group>
        {data.abilities.publish && (
          <Stack gap="xs">
            {revising && (
              <TextInput
                label={t('scores.reason')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
            )}
            <Group>
              <Button
                data-testid="scores-publish"
                onClick={() =>
                  void run(
                    () => publishScores(data.year, revising ? reason : undefined),
                    () => t('scores.publishedOk'),
                  )
                }
              >
                {revising ? t('scores.revise') : t('scores.publish')}
              </Button>
            </Group>
          </Stack>
        )}
        {data.abilities.setWindow && (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('scores.window')}
            </Title>
            <Group gap="sm" align="end">
              <TextInput
                type="date"
                label={t('scores.opensOn')}
                value={opensOn}
                onChange={(e) => setOpensOn(e.currentTarget.value)}
              />
              <TextInput
                type="date"
                label={t('scores.closesOn')}
                value={closesOn}
                onChange={(e) => setClosesOn(e.currentTarget.value)}
              />
              <Button
                variant="default"
                onClick={() =>
                  void run(
                    () => setObjectionWindow(data.year, opensOn, closesOn),
                    () => t('scores.windowSaved'),
                  )
                }
              >
                {t('scores.saveWindow')}
              </Button>
            </Group>
          </Stack>
        )}
        {message && (
          <Alert color="green" role="status">
            {message}
          </Alert>
        )}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

function RankingCard({ ranking, year }: { ranking: Ranking; year: number }) {
  const { t } = useI18n();
  const scope =
    ranking.scope.kind === 'block'
      ? t('scores.scopeBlock', { name: ranking.scope.name })
      : t('scores.scopeCategory', { name: ranking.scope.name });
  const tops = ranking.rows.filter((r) => r.rank === 1);
  const first = ranking.rows.find((r) => r.leader) ?? (tops.length === 1 ? tops[0] : undefined);
  return (
    <Card withBorder component="section">
      <Stack gap="xs">
        {/* titled by its finding (UI.md): who leads, with what */}
        <Title order={2} size="h4">
          {first
            ? t('scores.finding', {
                unit: first.unit.name,
                scope,
                total: formatNumber(first.total),
                max: formatNumber(first.maxTotal),
              })
            : t('scores.findingTie', { scope })}
        </Title>
        <Table.ScrollContainer minWidth={320}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('scores.rank')}</Table.Th>
                <Table.Th>{t('scores.unit')}</Table.Th>
                <Table.Th ta="right">{t('scores.total')}</Table.Th>
                <Table.Th>{t('scores.band')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ranking.rows.map((r) => (
                <Table.Tr key={r.unit.id}>
                  <Table.Td>{r.rank}</Table.Td>
                  <Table.Td>
                    {r.abilities.explain ? (
                      <AnchorLink
                        to="/scores/units/$unitId"
                        params={{ unitId: r.unit.id }}
                        search={{ year }}
                        aria-label={`${t('scores.explain')}: ${r.unit.name}`}
                      >
                        {r.unit.name}
                      </AnchorLink>
                    ) : (
                      r.unit.name
                    )}
                    {r.leader && (
                      <Badge ml="xs" color="red" variant="light" title={t('scores.leader')}>
                        {t('scores.leader')}
                      </Badge>
                    )}
                    {r.decidedBy && r.decidedBy !== 'total' && (
                      <Text size="xs" c="dimmed">
                        {t('scores.decidedBy')}: {t(`scores.tie_${r.decidedBy}`)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {formatNumber(r.total)}/{formatNumber(r.maxTotal)}
                  </Table.Td>
                  <Table.Td>{r.band?.name ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}
