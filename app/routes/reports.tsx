import { Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { movementsQuery } from '../api/movements.ts';
import type { PeriodDetailResponse as ReportPeriod } from '../../shared/contracts/report-periods.ts';
import type { SummaryResponse as ReportSummary } from '../../shared/contracts/reports.ts';
import { reportListQuery, reportPeriodsQuery } from '../api/reports.ts';
import { AnchorLink, ButtonLink } from '../components/links.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { PageSkeleton, QueryError } from '../components/PageStates.tsx';
import { ReportPeriodForm } from '../components/ReportPeriodForm.tsx';
import { ReportStatusBadge } from '../components/ReportStatusBadge.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';

/** Newest period first: the page opens on it. */
export const newestPeriodFirst = (periods: ReportPeriod[]) =>
  [...periods].sort((a, b) => b.referenceDate.localeCompare(a.referenceDate));

/** Period picker shared by the reports, board and roll-up pages. */
export function ReportPeriodSelect({
  periods,
  value,
  onChange,
}: {
  periods: ReportPeriod[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t, pick } = useI18n();
  return (
    <NativeSelect
      id="report-period"
      label={t('reports.choosePeriod')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={periods.map((p) => ({ value: p.id, label: `${pick(p.label)} · ${p.movementCode}` }))}
    />
  );
}

function SummaryCard({ item, review }: { item: ReportSummary; review?: boolean }) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="sm" data-testid={`report-card-${item.unit.code}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={700}>{item.unit.name}</Text>
          <ReportStatusBadge status={item.boardStatus} />
        </Group>
        {item.submittedAt && (
          <Text size="sm" c="dimmed">
            {t('reports.submittedOn', { date: formatDate(item.submittedAt) })}
            {item.submittedLate ? ` (${t('reports.late')})` : ''}
          </Text>
        )}
        <Group>
          <ButtonLink
            size="sm"
            variant={review ? 'light' : 'filled'}
            to="/reports/$periodId/units/$unitId"
            params={{ periodId: item.periodId, unitId: item.unit.id }}
          >
            {review
              ? t('reports.review', { unit: item.unit.name })
              : t('reports.open', { unit: item.unit.name })}
          </ButtonLink>
        </Group>
      </Stack>
    </Paper>
  );
}

function PeriodReports({ period }: { period: ReportPeriod }) {
  const { t, pick } = useI18n();
  const { data, error, isPending, refetch } = useQuery(reportListQuery(period.id));
  return (
    <Stack gap="md">
      <Text>
        {t('reports.periodLine', {
          label: pick(period.label),
          opensOn: formatDate(period.opensOn),
          deadline: formatDate(period.deadline),
          closesOn: formatDate(period.closesOn),
        })}
      </Text>
      {period.locked && <Text c="dimmed">{t('reports.locked')}</Text>}
      {period.abilities.board && (
        <Group gap="md">
          <AnchorLink to="/reports/$periodId/board" params={{ periodId: period.id }}>
            {t('reports.navBoard')}
          </AnchorLink>
          <AnchorLink to="/reports/$periodId/rollup" params={{ periodId: period.id }}>
            {t('reports.board.rollup')}
          </AnchorLink>
        </Group>
      )}
      {isPending ? (
        <PageSkeleton />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Title order={2} size="h3">
            {t('reports.mine')}
          </Title>
          {data.mine.length === 0 ? (
            <Text>{t('reports.noMine')}</Text>
          ) : (
            data.mine.map((r) => <SummaryCard key={r.unit.id} item={r} />)
          )}
          {data.reviewable.length > 0 || period.abilities.board ? (
            <>
              <Title order={2} size="h3">
                {t('reports.reviewable')}
              </Title>
              {data.reviewable.length === 0 ? (
                <Text>{t('reports.noReviewable')}</Text>
              ) : (
                data.reviewable.map((r) => <SummaryCard key={r.unit.id} item={r} review />)
              )}
            </>
          ) : null}
        </>
      )}
    </Stack>
  );
}

export function ReportsPage() {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useQuery(reportPeriodsQuery);
  const movements = useQuery(movementsQuery);
  const [chosen, setChosen] = useState('');
  const periods = newestPeriodFirst(data?.periods ?? []);
  const period = periods.find((p) => p.id === chosen) ?? periods[0];
  const movementCode = movements.data?.[0]?.code;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('reports.title')}
        crumbs={[{ label: t('nav.home'), to: '/home' }, { label: t('reports.nav') }]}
        lead={t('reports.intro')}
      />
      {isPending ? (
        <PageSkeleton />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          {periods.length > 1 && (
            <ReportPeriodSelect periods={periods} value={period!.id} onChange={setChosen} />
          )}
          {period ? (
            <PeriodReports key={period.id} period={period} />
          ) : (
            <Text>{t('reports.noPeriod')}</Text>
          )}
          {data.abilities.create && movementCode && (
            <ReportPeriodForm movementCode={movementCode} onDone={(p) => setChosen(p.id)} />
          )}
        </>
      )}
    </Stack>
  );
}
