import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { queryClient } from '../api/query.ts';
import { reportCommands } from '../api/reports.ts';
import { useI18n } from '../i18n/index.ts';
import { shortLabel } from '../lib/report-sections.ts';
import { formatDate } from '../lib/format.ts';
import { ErrorSummary, useSubmitForm } from './ErrorSummary.tsx';
import { ReportAnswers } from './ReportAnswers.tsx';
import type { SectionKey } from './ReportTaskList.tsx';
import type { ReportDraft } from './useReportDraft.ts';

const rowId = (key: string) => `check-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/**
 * "Check your answers": the whole report read back with a "Sửa" link per section, then one
 * button. The Idempotency-Key lives as long as this page, so a retried tap is one submission.
 */
export function ReportCheck({
  draft,
  onEdit,
}: {
  draft: ReportDraft;
  onEdit: (section: SectionKey) => void;
}) {
  const { t, pick } = useI18n();
  const { form, busy, submit } = useSubmitForm();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [sent, setSent] = useState(false);
  const report = draft.report;

  const send = () =>
    submit(async () => {
      if (!(await draft.flush())) return;
      const after = await reportCommands.submit(
        report.periodId,
        report.unit.id,
        draft.version()!,
        idempotencyKey,
      );
      draft.adopt(after);
      form.clear();
      setSent(true);
      await queryClient.invalidateQueries({ queryKey: ['reports', report.periodId, 'list'] });
    });

  // An officer cannot send: the head is told, after the same completeness check (issue 16).
  const [told, setTold] = useState<number | null>(null);
  const tellHead = () =>
    submit(async () => {
      if (!(await draft.flush())) return;
      const result = await reportCommands.ready(report.periodId, report.unit.id);
      form.clear();
      setTold(result.notified);
    });

  if (sent || report.status === 'submitted' || report.status === 'accepted')
    return (
      <Stack gap="md">
        <Alert color="green" variant="light" role="status" data-testid="report-sent">
          <Title order={2} size="h4" c="#1a4d24">
            {report.status === 'accepted'
              ? t('reports.check.acceptedTitle', { date: formatDate(report.acceptedAt) })
              : t('reports.check.sentTitle')}
          </Title>
          <Text size="sm" c="#1a4d24" fw={700}>
            {t('reports.check.sentRef', { ref: `${report.unit.code}-L${report.submissions}` })}
          </Text>
          {report.status === 'submitted' && (
            <Text size="sm" c="#1a4d24">
              {t('reports.check.sentNext')}
            </Text>
          )}
        </Alert>
        <ReportAnswers
          report={report}
          answers={draft.answers}
          narrative={draft.narrative}
          showReasons={false}
        />
      </Stack>
    );

  const fields = [
    ...report.form.flatMap((s) =>
      s.fields.flatMap((f) => [
        { name: f.key, label: shortLabel(f.code, pick(f.name)), id: rowId(f.key) },
        {
          name: `evidence.${f.code}`,
          label: `${f.code} – ${t('reports.evidence.title')}`,
          id: rowId(f.key),
        },
      ]),
    ),
    ...(['results', 'shortcomings', 'proposals'] as const).map((p) => ({
      name: `narrative.${p}`,
      label: t(`reports.field.${p}`),
      id: rowId(`narrative.${p}`),
    })),
  ];
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('reports.check.title')}
      </Title>
      <ErrorSummary errors={form.errors} fields={fields} />
      <ReportAnswers
        report={report}
        answers={draft.answers}
        narrative={draft.narrative}
        sectionAction={(s) =>
          report.abilities.save && (
            <Button size="compact-sm" variant="subtle" onClick={() => onEdit(s)}>
              {t('reports.check.edit')}
            </Button>
          )
        }
        fieldExtra={(key) => {
          const message =
            form.fieldError(key) ?? form.fieldError(key.replace(/^answers\./, 'evidence.'));
          return message ? (
            <Text id={rowId(key)} tabIndex={-1} size="sm" c="red.9" fw={700}>
              {message}
            </Text>
          ) : null;
        }}
      />
      <Group>
        {report.abilities.submit ? (
          <Button loading={busy} onClick={() => void send()}>
            {report.status === 'returned' ? t('reports.check.resubmit') : t('reports.check.submit')}
          </Button>
        ) : (
          <Stack gap="xs">
            <Text size="sm">{t('reports.check.onlyHead')}</Text>
            {report.abilities.notifyReady && (
              <Group>
                <Button loading={busy} variant="light" onClick={() => void tellHead()}>
                  {t('reports.check.ready')}
                </Button>
              </Group>
            )}
            {told !== null && (
              <Text size="sm" role="status" fw={700} data-testid="report-ready-sent">
                {told > 0 ? t('reports.check.readySent') : t('reports.check.readyAgain')}
              </Text>
            )}
          </Stack>
        )}
      </Group>
    </Stack>
  );
}
