import { Alert, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ReportResponse as Report } from '../../shared/contracts/reports.ts';
import { reportPeriodQuery, reportQuery } from '../api/reports.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { PageSkeleton, QueryError } from '../components/PageStates.tsx';
import { ReportEditor } from '../components/ReportEditor.tsx';
import { ReportReview } from '../components/ReportReview.tsx';
import { ReportStatusBadge } from '../components/ReportStatusBadge.tsx';
import type { SectionKey } from '../components/ReportTaskList.tsx';
import { useReportDraft } from '../components/useReportDraft.ts';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';

const route = getRouteApi('/app/reports/$periodId/units/$unitId');

/**
 * The unit editing its report (draft / returned), else the reading copy — with the
 * reviewer's actions when the actor may return, accept or reopen it.
 */
function ReportBody({ initial, section }: { initial: Report; section: SectionKey | undefined }) {
  const draft = useReportDraft(initial);
  const report = draft.report;
  if (report.abilities.save || section === 'check')
    return <ReportEditor draft={draft} section={section} />;
  return <ReportReview report={report} onChanged={draft.adopt} />;
}

export function ReportPage() {
  const { t, pick } = useI18n();
  const { periodId, unitId } = route.useParams();
  const { section } = route.useSearch();
  const period = useQuery(reportPeriodQuery(periodId));
  const report = useQuery(reportQuery(periodId, unitId));
  const title = report.data ? report.data.unit.name : t('reports.title');
  return (
    <Stack gap="md">
      <PageHeader
        title={title}
        crumbs={[
          { label: t('nav.home'), to: '/home' },
          { label: t('reports.nav'), to: '/reports' },
          { label: title },
        ]}
        lead={
          period.data &&
          t('reports.periodLine', {
            label: pick(period.data.label),
            opensOn: formatDate(period.data.opensOn),
            deadline: formatDate(period.data.deadline),
            closesOn: formatDate(period.data.closesOn),
          })
        }
      />
      {report.isPending ? (
        <PageSkeleton />
      ) : report.error ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <>
          <Group gap="xs" wrap="wrap">
            <ReportStatusBadge status={report.data.boardStatus} />
            <Text size="sm" c="dimmed">
              {t('reports.task.criteriaSet', {
                name: pick(report.data.criteriaSet.name),
                n: report.data.criteriaSet.version,
              })}
            </Text>
          </Group>
          {report.data.locked && (
            <Alert color="gray" variant="light">
              <Text size="sm">{t('reports.locked')}</Text>
            </Alert>
          )}
          <ReportBody key={`${periodId}:${unitId}`} initial={report.data} section={section} />
        </>
      )}
    </Stack>
  );
}
