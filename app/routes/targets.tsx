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
import { lazy, Suspense, useState } from 'react';
import type { TargetResponse as Target } from '../../shared/contracts/targets.ts';
import { targetsQuery } from '../api/targets.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { PageSkeleton, QueryError } from '../components/PageStates.tsx';
import { TargetActualForm } from '../components/TargetActualForm.tsx';
import { TargetAssignments } from '../components/TargetAssignments.tsx';
import {
  formatTargetValue,
  TargetLatest,
  TargetStatusBadge,
} from '../components/TargetStatusBadge.tsx';
import { useI18n } from '../i18n/index.ts';

// ECharts is heavy: it loads only when this page draws its first chart.
const TargetChart = lazy(() =>
  import('../components/TargetChart.tsx').then((m) => ({ default: m.TargetChart })),
);

export function TargetsPage() {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useQuery(targetsQuery);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('targets.title')}
        crumbs={[{ label: t('nav.home'), to: '/home' }, { label: t('targets.title') }]}
        lead={t('targets.intro')}
      />
      {isPending ? (
        <PageSkeleton />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : data.targets.length === 0 ? (
        <Text>{t('targets.empty')}</Text>
      ) : (
        <SimpleGrid
          cols={{ base: 1, lg: 2 }}
          spacing="md"
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {data.targets.map((target) => (
            <TargetCard key={target.code} target={target} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

function TargetCard({ target }: { target: Target }) {
  const { t, pick } = useI18n();
  const [showTable, setShowTable] = useState(false);
  const [showForm, setShowForm] = useState(false);
  const [showUnits, setShowUnits] = useState(false);
  const fmt = (v: number) => formatTargetValue(t, target.measure, v);
  const goals = target.targetsByYear;
  const last = goals[goals.length - 1];
  const goalText = last ? `${last.comparator} ${fmt(last.value)} (${last.year})` : '';
  const name = pick(target.name);
  const finding = target.latest
    ? t('targets.chart.finding', {
        name,
        status: t(`targets.status.${target.status}`).toLowerCase(),
        value: fmt(target.latest.value),
        year: target.latest.year,
        target: goalText,
      })
    : t('targets.chart.findingNoData', { name, target: goalText });
  const tableId = `target-table-${target.code}`;
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
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Title order={2} size="h4" id={headingId}>
            {name}
          </Title>
          <TargetStatusBadge status={target.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('targets.goals', {
            values: goals.map((g) => `${g.comparator} ${fmt(g.value)} (${g.year})`).join(', '),
          })}
        </Text>
        <TargetLatest measure={target.measure} actuals={target.actualsByYear} />
        {target.trend && (
          <Text size="sm">
            {t('targets.trendLabel', { trend: t(`targets.trend.${target.trend}`) })}
          </Text>
        )}
        <Text fw={600} size="sm" mt="xs" component="p" m={0}>
          {finding}
        </Text>
        <Suspense fallback={<Skeleton h={260} aria-label={t('targets.chart.loading')} />}>
          <TargetChart target={target} />
        </Suspense>
        <Group gap="xs">
          <Button
            variant="default"
            size="compact-sm"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((v) => !v)}
          >
            {showTable ? t('targets.chart.hideTable') : t('targets.chart.showTable')}
          </Button>
          {target.abilities.enterActual && (
            <Button
              variant="default"
              size="compact-sm"
              aria-expanded={showForm}
              onClick={() => setShowForm((v) => !v)}
            >
              {showForm ? t('targets.form.close') : t('targets.form.open')}
            </Button>
          )}
          <Button
            variant="default"
            size="compact-sm"
            aria-expanded={showUnits}
            onClick={() => setShowUnits((v) => !v)}
          >
            {showUnits ? t('targets.assign.close') : t('targets.assign.open')}
          </Button>
        </Group>
        {showTable && <DataTable id={tableId} target={target} name={name} fmt={fmt} />}
        {showForm && <TargetActualForm target={target} onSaved={() => undefined} />}
        {showUnits && <TargetAssignments target={target} />}
      </Stack>
    </Card>
  );
}

function DataTable({
  id,
  target,
  name,
  fmt,
}: {
  id: string;
  target: Target;
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
      // Which plan version set the value (issue 18).
      source: g.setBy
        ? `${target.clause} · ${t('planPublic.setByTitle', { n: g.setBy })}`
        : target.clause,
    })),
  ].sort((a, b) => a.year - b.year);
  return (
    <Table id={id} striped withTableBorder fz="sm" layout="fixed">
      <Table.Caption>{t('targets.chart.caption', { name })}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="18%">{t('targets.chart.colYear')}</Table.Th>
          <Table.Th w="24%">{t('targets.chart.colKind')}</Table.Th>
          <Table.Th w="22%">{t('targets.chart.colValue')}</Table.Th>
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
