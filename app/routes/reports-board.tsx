import { Alert, Button, Chip, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { queryClient } from '../api/query.ts';
import type { BoardRow } from '../../shared/contracts/report-periods.ts';
import type { BoardStatus } from '../../shared/contracts/reports.ts';
import { boardQuery, reportCommands } from '../api/reports.ts';
import { ConsolidatedDocuments } from '../components/ConsolidatedDocuments.tsx';
import { useSubmitForm } from '../components/ErrorSummary.tsx';
import { IndicatorExcel } from '../components/IndicatorExcel.tsx';
import { AnchorLink } from '../components/links.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { PageSkeleton, QueryError } from '../components/PageStates.tsx';
import { ReportPeriodForm } from '../components/ReportPeriodForm.tsx';
import { ReportStatusBadge } from '../components/ReportStatusBadge.tsx';
import { useI18n } from '../i18n/index.ts';
import { compareVi, formatDate } from '../lib/format.ts';

const route = getRouteApi('/app/reports/$periodId/board');
const order: BoardStatus[] = ['late', 'returned', 'not_started', 'draft', 'submitted', 'accepted'];

function UnitRow({
  row,
  periodId,
  onRemind,
  busy,
}: {
  row: BoardRow;
  periodId: string;
  onRemind: (unitIds: string[]) => void;
  busy: boolean;
}) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="sm" data-testid={`board-${row.unit.code}`} component="li">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={700}>{row.unit.name}</Text>
          <ReportStatusBadge status={row.status} />
        </Group>
        {(row.submittedAt || row.lastReminderAt) && (
          <Text size="sm" c="dimmed">
            {row.submittedAt && t('reports.submittedOn', { date: formatDate(row.submittedAt) })}
            {row.submittedLate ? ` (${t('reports.late')})` : ''}
            {row.submittedAt && row.lastReminderAt ? ' · ' : ''}
            {row.lastReminderAt &&
              t('reports.board.lastReminder', { date: formatDate(row.lastReminderAt) })}
          </Text>
        )}
        <Group gap="sm">
          <AnchorLink
            to="/reports/$periodId/units/$unitId"
            params={{ periodId, unitId: row.unit.id }}
            size="sm"
          >
            {t('reports.board.openReport')}
          </AnchorLink>
          {row.abilities.remind && (
            <Button
              size="compact-sm"
              variant="light"
              disabled={busy}
              onClick={() => onRemind([row.unit.id])}
              aria-label={t('reports.board.remindUnit', { unit: row.unit.name })}
            >
              {t('reports.board.remind')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** The office's completion board for a period: who is late, one click to remind. */
export function ReportsBoardPage() {
  const { t, pick } = useI18n();
  const { periodId } = route.useParams();
  const { data, error, isPending, refetch } = useQuery(boardQuery(periodId));
  const [filter, setFilter] = useState<string>('all');
  const [notice, setNotice] = useState<string | null>(null);
  const { form, busy, submit } = useSubmitForm();
  const remind = (unitIds?: string[]) =>
    submit(async () => {
      const out = await reportCommands.remind(periodId, unitIds);
      setNotice(
        out.notified > 0
          ? t('reports.notifications.remindSent', { count: out.notified })
          : t('reports.notifications.remindNobody'),
      );
      await queryClient.invalidateQueries({ queryKey: ['report-periods', periodId, 'board'] });
    });

  const title = data
    ? `${t('reports.board.title')} — ${pick(data.period.label)}`
    : t('reports.board.title');
  const rows = [...(data?.units ?? [])]
    .filter((r) => filter === 'all' || r.status === filter)
    .sort(
      (a, b) =>
        order.indexOf(a.status) - order.indexOf(b.status) || compareVi(a.unit.name, b.unit.name),
    );
  return (
    <Stack gap="md">
      <PageHeader
        title={title}
        crumbs={[
          { label: t('nav.home'), to: '/home' },
          { label: t('reports.nav'), to: '/reports' },
          { label: t('reports.board.title') },
        ]}
        lead={t('reports.board.intro')}
      />
      {isPending ? (
        <PageSkeleton />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Text size="sm">
            {t('reports.periodLine', {
              label: pick(data.period.label),
              opensOn: formatDate(data.period.opensOn),
              deadline: formatDate(data.period.deadline),
              closesOn: formatDate(data.period.closesOn),
            })}
          </Text>
          <AnchorLink to="/reports/$periodId/rollup" params={{ periodId }}>
            {t('reports.board.rollup')}
          </AnchorLink>
          {notice && (
            <Alert color="green" variant="light" role="status">
              <Text size="sm" c="#1a4d24" fw={600}>
                {notice}
              </Text>
            </Alert>
          )}
          {form.errors?.message && (
            <Alert color="red" variant="light" role="alert">
              <Text size="sm">{form.errors.message}</Text>
            </Alert>
          )}
          <Chip.Group value={filter} onChange={(v) => setFilter(v as string)}>
            <Group gap={6} role="group" aria-label={t('reports.choosePeriod')}>
              <Chip value="all" size="sm">
                {t('reports.board.filterAll')} ({data.units.length})
              </Chip>
              {order.map((s) => (
                <Chip key={s} value={s} size="sm" data-testid={`count-${s}`}>
                  {t(`reports.status.${s}`)} ({data.counts[s] ?? 0})
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {data.units.some((r) => r.abilities.remind) && (
            <Group>
              <Button variant="light" loading={busy} onClick={() => void remind()}>
                {t('reports.board.remindAll')}
              </Button>
            </Group>
          )}
          <Text size="sm" c="dimmed">
            {t('reports.board.count', { count: rows.length })}
          </Text>
          {rows.length === 0 ? (
            <Text>{t('reports.board.empty')}</Text>
          ) : (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {rows.map((r) => (
                <UnitRow
                  key={r.unit.id}
                  row={r}
                  periodId={periodId}
                  busy={busy}
                  onRemind={(ids) => void remind(ids)}
                />
              ))}
            </Stack>
          )}
          <IndicatorExcel periodId={periodId} />
          {data.period.abilities.documents && <ConsolidatedDocuments periodId={periodId} />}
          {data.period.abilities.update && (
            <ReportPeriodForm
              movementCode={data.period.movementCode}
              period={data.period}
              onDone={() => void refetch()}
            />
          )}
        </>
      )}
    </Stack>
  );
}
