import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReportResponse as Report } from '../../shared/contracts/reports.ts';
import { useI18n } from '../i18n/index.ts';
import { narrativeStatus, sectionStatus, type SectionStatus } from '../lib/report-sections.ts';
import { AnchorLink } from './links.tsx';
import { SectionStatusBadge } from './ReportStatusBadge.tsx';
import type { ReportDraft } from './useReportDraft.ts';

export type SectionKey = number | 'narrative' | 'evidence' | 'check';

/** The sections of a report as a GOV.UK task list: each with its status, each its own page. */
export function ReportTaskList({ draft, report }: { draft: ReportDraft; report: Report }) {
  const { t, pick } = useI18n();
  const reasons = report.returnReasons;
  const rows: { key: SectionKey; label: string; status: SectionStatus | null }[] = [
    ...report.form.map((s, i) => ({
      key: i as SectionKey,
      label: pick(s.group),
      status: sectionStatus(s, draft.answers, reasons),
    })),
    {
      key: 'narrative',
      label: t('reports.task.narrative'),
      status: narrativeStatus(draft.narrative, reasons),
    },
    { key: 'evidence', label: t('reports.task.evidence'), status: null },
  ];
  return (
    <Paper withBorder p="sm">
      <Title order={2} size="h4" mb="xs">
        {t('reports.task.title')}
      </Title>
      <Stack gap={0} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rows.map((row, i) => (
          <Group
            key={String(row.key)}
            component="li"
            justify="space-between"
            wrap="nowrap"
            gap="xs"
            py={10}
            style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
            data-testid={`task-${row.key}`}
          >
            <AnchorLink
              to="/reports/$periodId/units/$unitId"
              params={{ periodId: report.periodId, unitId: report.unit.id }}
              search={{ section: row.key }}
              fw={600}
            >
              {i + 1}. {row.label}
            </AnchorLink>
            {row.status ? (
              <SectionStatusBadge status={row.status} />
            ) : (
              <Text size="sm" c="dimmed">
                {report.evidence.length}
              </Text>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
