import { Group, Stack, Text } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { PeriodDetailResponse as ReportPeriod } from '../../shared/contracts/report-periods.ts';
import type { SummaryResponse as ReportSummary } from '../../shared/contracts/reports.ts';
import { reportListQuery, reportPeriodsQuery } from '../api/reports.ts';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';
import { ButtonLink } from './links.tsx';
import { ReportStatusBadge } from './ReportStatusBadge.tsx';

interface Task {
  period: ReportPeriod;
  report: ReportSummary;
  review: boolean;
}

/** A unit's report still owed, or a submitted one waiting for this reviewer. */
const owed = (r: ReportSummary) => r.status !== 'submitted' && r.status !== 'accepted';

/**
 * The reporting part of "what needs me": reports my units still owe in open periods, and
 * reports waiting for my review — each with its deadline and one button. Undefined while
 * loading, so the page can tell "nothing to do" from "not known yet".
 */
export function useReportTasks(): Task[] | undefined {
  const periods = useQuery(reportPeriodsQuery);
  const open = (periods.data?.periods ?? []).filter((p) => !p.locked);
  const lists = useQueries({ queries: open.map((p) => reportListQuery(p.id)) });
  if (periods.isPending || lists.some((l) => l.isPending)) return undefined;
  return open.flatMap((period, i) => {
    const data = lists[i]?.data;
    if (!data) return [];
    return [
      ...data.mine.filter(owed).map((report) => ({ period, report, review: false })),
      ...data.reviewable
        .filter((r) => r.status === 'submitted')
        .map((report) => ({ period, report, review: true })),
    ];
  });
}

export function ReportTaskItems({ tasks }: { tasks: Task[] }) {
  const { t, pick } = useI18n();
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {tasks.map(({ period, report, review }) => (
        <Stack
          key={`${period.id}:${report.unit.id}:${review}`}
          component="li"
          gap={4}
          data-testid={`task-report-${report.unit.code}`}
        >
          <Group gap="xs" wrap="wrap" justify="space-between">
            <Text fw={600}>
              {review
                ? t('reports.home.review', { unit: report.unit.name, period: pick(period.label) })
                : t('reports.home.write', { unit: report.unit.name, period: pick(period.label) })}
            </Text>
            <ReportStatusBadge status={report.boardStatus} />
          </Group>
          <Text size="sm" c="dimmed">
            {t('reports.home.deadline', { date: formatDate(period.deadline) })}
          </Text>
          <Group>
            <ButtonLink
              size="xs"
              to="/reports/$periodId/units/$unitId"
              params={{ periodId: period.id, unitId: report.unit.id }}
            >
              {review ? t('reports.home.openReview') : t('reports.home.openWrite')}
            </ButtonLink>
          </Group>
        </Stack>
      ))}
    </Stack>
  );
}
