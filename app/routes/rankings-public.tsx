import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import type { PublicRankingsResponse } from '../../shared/contracts/scores.ts';
import { publicRankingsQuery } from '../api/scores.ts';
import { PageSkeleton, usePageTitle } from '../components/PageStates.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useI18n } from '../i18n/index.ts';

type Row = PublicRankingsResponse['rows'][number];

/** The published rankings of a year, readable by anyone (issue 10). */
export function PublicRankingsPage() {
  const { t } = useI18n();
  const search = useSearch({ from: '/public/rankings' });
  const year = search.year ?? new Date().getFullYear();
  const revision = search.revision;
  const { data, error, isPending } = useQuery(publicRankingsQuery(year, revision));
  usePageTitle(t('rankingsPublic.title', { year }));
  if (isPending) return <PageSkeleton />;
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('rankingsPublic.title', { year })}
      </Title>
      {error || !data ? (
        <Text data-testid="rankings-none">{t('rankingsPublic.none', { year })}</Text>
      ) : (
        <Published data={data} />
      )}
    </Stack>
  );
}

function Published({ data }: { data: PublicRankingsResponse }) {
  const { t } = useI18n();
  const groups = new Map<string, Row[]>();
  for (const r of data.rows.filter((x) => x.scope === 'block'))
    groups.set(r.block, [...(groups.get(r.block) ?? []), r]);
  return (
    <Stack gap="md">
      <Text>{t('rankingsPublic.lead')}</Text>
      <Text data-testid="rankings-revision">
        {t('rankingsPublic.revision', {
          revision: data.revision,
          date: formatDate(data.publishedAt.slice(0, 10)),
        })}
      </Text>
      {data.reason && <Text size="sm">{t('rankingsPublic.reason', { reason: data.reason })}</Text>}
      {[...groups].map(([block, rows]) => {
        const lead = rows.find((r) => r.leader);
        return (
          <Card withBorder component="section" key={block}>
            <Title order={2} size="h4">
              {lead
                ? t('rankingsPublic.finding', {
                    unit: lead.unit,
                    block,
                    total: formatNumber(lead.total),
                  })
                : block}
            </Title>
            <Table.ScrollContainer minWidth={300}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('rankingsPublic.rank')}</Table.Th>
                    <Table.Th>{t('rankingsPublic.unit')}</Table.Th>
                    <Table.Th ta="right">{t('rankingsPublic.total')}</Table.Th>
                    <Table.Th>{t('rankingsPublic.band')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.unit}>
                      <Table.Td>{r.rank}</Table.Td>
                      <Table.Td>{r.unit}</Table.Td>
                      <Table.Td ta="right">{formatNumber(r.total)}</Table.Td>
                      <Table.Td>{r.band ?? ''}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
        );
      })}
    </Stack>
  );
}
