import {
  Button,
  Card,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { PublicTarget } from '../../shared/contracts/targets.ts';
import { publicTargetsQuery } from '../api/targets.ts';
import { PageSkeleton, QueryError } from '../components/PageStates.tsx';
import { TargetDoneStatus } from '../components/TargetDone.tsx';
import {
  formatTargetValue,
  TargetLatest,
  TargetStatusBadge,
} from '../components/TargetStatusBadge.tsx';
import { useI18n } from '../i18n/index.ts';

// ECharts is heavy: the figures and the table come first, the chart after.
const TargetChart = lazy(() =>
  import('../components/TargetChart.tsx').then((m) => ({ default: m.TargetChart })),
);

/** The province's targets for everyone, without signing in (issue 16): figures, table, chart. */
export function PublicTargetsPage() {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useQuery(publicTargetsQuery);
  return (
    <Stack gap="md">
      <Title order={1}>{t('targets.title')}</Title>
      <Text>{t('targets.intro')}</Text>
      {isPending ? (
        <PageSkeleton />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : data.length === 0 ? (
        <Text>{t('targets.empty')}</Text>
      ) : (
        <SimpleGrid
          cols={{ base: 1, lg: 2 }}
          spacing="md"
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {data.map((target) => (
            <PublicTargetCard key={target.code} target={target} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

/** True once the element comes near the screen: charts below the fold wait until scrolled to. */
function useNearScreen<T extends Element>() {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    if (typeof IntersectionObserver === 'undefined') return setNear(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: '200px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [near]);
  return [ref, near] as const;
}

function PublicTargetCard({ target }: { target: PublicTarget }) {
  const { t, pick } = useI18n();
  const [chartRef, chartNear] = useNearScreen<HTMLDivElement>();
  const [showChart, setShowChart] = useState(false);
  const fmt = (v: number) => formatTargetValue(t, target.measure, v);
  const name = pick(target.name);
  const headingId = `target-${target.code}`;
  return (
    <Card
      component="li"
      withBorder
      padding="md"
      data-testid="target-card"
      data-code={target.code}
      aria-labelledby={headingId}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h4" id={headingId} style={{ flex: '1 1 12rem' }}>
            {name}
          </Title>
          <TargetStatusBadge status={target.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('targets.goals', {
            values: target.targetsByYear
              .map((g) => `${g.comparator} ${fmt(g.value)} (${g.year})`)
              .join(', '),
          })}
        </Text>
        <TargetLatest measure={target.measure} actuals={target.actualsByYear} />
        {target.trend && (
          <Text size="sm">
            {t('targets.trendLabel', { trend: t(`targets.trend.${target.trend}`) })}
          </Text>
        )}
        {target.measure === 'done' ? (
          <TargetDoneStatus target={target} />
        ) : (
          <div ref={chartRef}>
            {/* ECharts is ~170 KB on the wire: a citizen's first visit stays light, the chart comes on a tap. */}
            <Button
              variant="default"
              size="compact-sm"
              aria-expanded={showChart}
              onClick={() => setShowChart((v) => !v)}
            >
              {showChart ? t('targets.chart.hideChart') : t('targets.chart.showChart')}
            </Button>
            {showChart && chartNear && (
              <Suspense fallback={<Skeleton h={260} aria-label={t('targets.chart.loading')} />}>
                <TargetChart target={target} />
              </Suspense>
            )}
          </div>
        )}
        <PublicTargetTable target={target} name={name} fmt={fmt} />
      </Stack>
    </Card>
  );
}

function PublicTargetTable({
  target,
  name,
  fmt,
}: {
  target: PublicTarget;
  name: string;
  fmt: (v: number) => string;
}) {
  const { t } = useI18n();
  const rows = [
    ...(target.baseline.year !== null && target.baseline.value !== null
      ? [
          {
            year: target.baseline.year,
            kind: t('targets.chart.baseline'),
            value: fmt(target.baseline.value),
            source: '',
          },
        ]
      : []),
    ...target.actualsByYear.map((a) => ({
      year: a.year,
      kind: t('targets.chart.actual'),
      value: fmt(a.value),
      source: a.source,
    })),
    ...target.targetsByYear.map((g) => ({
      year: g.year,
      kind: t('targets.chart.target'),
      value: `${g.comparator} ${fmt(g.value)}`,
      source: '',
    })),
  ].sort((a, b) => a.year - b.year);
  return (
    <Table striped withTableBorder fz="sm" layout="fixed" data-testid="target-table">
      <Table.Caption>{t('targets.chart.caption', { name })}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="18%">{t('targets.chart.colYear')}</Table.Th>
          <Table.Th w="26%">{t('targets.chart.colKind')}</Table.Th>
          <Table.Th w="24%">{t('targets.chart.colValue')}</Table.Th>
          <Table.Th>{t('targets.chart.colSource')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r, i) => (
          <Table.Tr key={i}>
            <Table.Td>{r.year}</Table.Td>
            <Table.Td>{r.kind}</Table.Td>
            <Table.Td>{r.value}</Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.source}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
