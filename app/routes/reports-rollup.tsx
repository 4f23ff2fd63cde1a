import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { RollupResponse as Rollup } from '../../shared/contracts/report-periods.ts';
import type { BoardStatus } from '../../shared/contracts/reports.ts';
import { rollupQuery } from '../api/reports.ts';
import { AnchorLink } from '../components/links.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { PageSkeleton, QueryError } from '../components/PageStates.tsx';
import { ReportStatusBadge } from '../components/ReportStatusBadge.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatDate, formatNumber } from '../lib/format.ts';

const route = getRouteApi('/app/reports/$periodId/rollup');
const statuses: BoardStatus[] = [
  'late',
  'returned',
  'not_started',
  'draft',
  'submitted',
  'accepted',
];

function Counts({ counts }: { counts: Rollup['statusCounts'] }) {
  const { t } = useI18n();
  return (
    <Text size="sm" c="dimmed">
      {statuses
        .filter((s) => counts[s])
        .map((s) => `${t(`reports.status.${s}`)}: ${counts[s]}`)
        .join(' · ')}
    </Text>
  );
}

/** A superior unit's view of its subtree: statuses and indicators aggregated by each rule. */
export function ReportsRollupPage() {
  const { t, pick } = useI18n();
  const { periodId } = route.useParams();
  const { unitId } = route.useSearch();
  const { data, error, isPending, refetch } = useQuery(rollupQuery(periodId, unitId));
  const parent = data?.parent;
  return (
    <Stack gap="md">
      <PageHeader
        title={
          data ? `${t('reports.rollup.title')} — ${data.unit.name}` : t('reports.rollup.title')
        }
        crumbs={[
          { label: t('nav.home'), to: '/home' },
          { label: t('reports.nav'), to: '/reports' },
          { label: t('reports.rollup.title') },
        ]}
        lead={data && t('reports.rollup.asOf', { date: formatDate(data.referenceDate) })}
      />
      {isPending ? (
        <PageSkeleton />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Counts counts={data.statusCounts} />
          {parent && (
            <AnchorLink
              to="/reports/$periodId/rollup"
              params={{ periodId }}
              search={{ unitId: parent.id }}
            >
              {t('reports.rollup.up')}: {parent.name}
            </AnchorLink>
          )}
          <Title order={2} size="h3">
            {t('reports.rollup.indicators')}
          </Title>
          {data.indicators.length === 0 ? (
            <Text>{t('reports.rollup.none')}</Text>
          ) : (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {data.indicators.map((i) => (
                <Paper
                  key={i.code}
                  withBorder
                  p="sm"
                  component="li"
                  data-testid={`indicator-${i.code}`}
                >
                  <Text fw={600} size="sm">
                    {i.code} – {pick(i.name)}
                  </Text>
                  <Group gap="md" wrap="wrap">
                    <Text size="sm">
                      {t('reports.rollup.value')}:{' '}
                      <b>{i.value === null ? '—' : `${formatNumber(i.value)} ${i.measure}`}</b> (
                      {t(`reports.rollup.aggregation_${i.aggregation}`)})
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t('reports.rollup.reporting')}: {i.reportingUnits}/{i.expectedUnits}
                    </Text>
                  </Group>
                </Paper>
              ))}
            </Stack>
          )}
          <Title order={2} size="h3">
            {t('reports.rollup.children')}
          </Title>
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {data.children.map((c) => (
              <Paper
                key={c.unit.id}
                withBorder
                p="sm"
                component="li"
                data-testid={`rollup-${c.unit.code}`}
              >
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <AnchorLink
                    to="/reports/$periodId/rollup"
                    params={{ periodId }}
                    search={{ unitId: c.unit.id }}
                    aria-label={t('reports.rollup.drill', { unit: c.unit.name })}
                    fw={600}
                  >
                    {c.unit.name}
                  </AnchorLink>
                  {c.status && <ReportStatusBadge status={c.status} />}
                </Group>
                <Counts counts={c.statusCounts} />
              </Paper>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
