import { Alert, Button, Checkbox, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { queryClient } from '../api/query.ts';
import type { ReportResponse as Report } from '../../shared/contracts/reports.ts';
import { reportCommands } from '../api/reports.ts';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';
import { ErrorSummary, useSubmitForm } from './ErrorSummary.tsx';
import { ReportAnswers } from './ReportAnswers.tsx';
import { ReportEvidence } from './ReportEvidence.tsx';

const reasonId = (key: string) => `reason-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** Who reviewed what and when, newest last. */
export function ReviewHistory({ report }: { report: Report }) {
  const { t } = useI18n();
  if (report.reviews.length === 0) return null;
  return (
    <Paper withBorder p="sm">
      <Title order={2} size="h5" mb="xs">
        {t('reports.reviewPanel.history')}
      </Title>
      <Stack gap={4} component="ul" style={{ paddingLeft: 18, margin: 0 }}>
        {report.reviews.map((r, i) => (
          <Text key={i} component="li" size="sm">
            {formatDate(r.at)} · {t(`reports.reviewPanel.action_${r.action}`)}
            {r.byName ? ` · ${r.byName}` : ''}
            {r.note ? ` — ${r.note}` : ''}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}

/**
 * The reviewer's screen (superior unit or the office): the report read back with a
 * "return this item" box beside every field, then return with reasons or accept.
 */
export function ReportReview({
  report,
  onChanged,
}: {
  report: Report;
  onChanged: (r: Report) => void;
}) {
  const { t } = useI18n();
  const { form, busy, submit } = useSubmitForm();
  const [reasons, setReasons] = useState<Record<string, string | undefined>>({});
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [reopenReason, setReopenReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const version = report.version ?? 0;
  const after = async (next: Report, message: string) => {
    onChanged(next);
    setDone(message);
    setReasons({});
    form.clear();
    await queryClient.invalidateQueries({ queryKey: ['reports', report.periodId, 'list'] });
    await queryClient.invalidateQueries({ queryKey: ['report-periods', report.periodId] });
  };
  const chosen = Object.entries(reasons).filter(([, v]) => v !== undefined) as [string, string][];

  const sendBack = () =>
    submit(async () => {
      if (chosen.length === 0 || chosen.some(([, v]) => !v.trim()))
        return form.setFields(
          chosen.length === 0
            ? { reasons: t('reports.reviewPanel.needReason') }
            : Object.fromEntries(
                chosen
                  .filter(([, v]) => !v.trim())
                  .map(([k]) => [`reasons.${k}`, t('reports.reviewPanel.needReason')]),
              ),
        );
      const next = await reportCommands.return(report.periodId, report.unit.id, {
        version,
        reasons: Object.fromEntries(chosen.map(([k, v]) => [k, v.trim()])),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      await after(next, t('reports.reviewPanel.returned'));
    });
  const accept = () =>
    submit(async () => {
      const next = await reportCommands.accept(report.periodId, report.unit.id, {
        version,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      await after(next, t('reports.reviewPanel.accepted'));
    });
  const reopen = () =>
    submit(async () => {
      const next = await reportCommands.reopen(report.periodId, report.unit.id, {
        version,
        reason: reopenReason,
      });
      setReopenReason('');
      await after(next, t('reports.reviewPanel.reopened'));
    });

  const reviewing = report.abilities.return || report.abilities.accept;
  const summaryFields = [
    { name: 'reasons', label: t('reports.reviewPanel.title'), id: 'review-actions' },
    { name: 'reason', label: t('reports.reviewPanel.reopenReason'), id: 'reopen-reason' },
    { name: 'note', label: t('reports.reviewPanel.note'), id: 'review-note' },
    ...Object.entries(labels).map(([key, label]) => ({
      name: `reasons.${key}`,
      label,
      id: reasonId(key),
    })),
  ];
  return (
    <Stack gap="md">
      {done && (
        <Alert color="green" variant="light" role="status">
          <Text size="sm" c="#1a4d24" fw={600} data-testid="review-done">
            {done}
          </Text>
        </Alert>
      )}
      <ErrorSummary errors={form.errors} fields={summaryFields} />
      <Text size="sm" c="dimmed">
        {reviewing ? t('reports.reviewPanel.intro') : t('reports.task.readOnly')}
      </Text>
      <ReportAnswers
        report={report}
        answers={report.answers}
        narrative={report.narrative}
        fieldExtra={
          report.abilities.return
            ? (key, label) => (
                <Stack gap={4}>
                  <Checkbox
                    label={t('reports.reviewPanel.returnThis')}
                    checked={reasons[key] !== undefined}
                    aria-label={`${t('reports.reviewPanel.returnThis')}: ${label}`}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      setLabels((l) => ({ ...l, [key]: label }));
                      setReasons((r) => ({ ...r, [key]: on ? '' : undefined }));
                    }}
                  />
                  {reasons[key] !== undefined && (
                    <Textarea
                      id={reasonId(key)}
                      label={t('reports.reviewPanel.reasonFor', { field: label })}
                      autosize
                      minRows={2}
                      value={reasons[key]}
                      error={form.fieldError(`reasons.${key}`)}
                      onChange={(e) => {
                        const text = e.currentTarget.value;
                        setReasons((r) => ({ ...r, [key]: text }));
                      }}
                    />
                  )}
                </Stack>
              )
            : undefined
        }
      />
      <Paper withBorder p="sm">
        <Title order={2} size="h5" mb="xs">
          {t('reports.evidence.title')}
        </Title>
        <ReportEvidence report={report} criterionCode={null} />
        {report.form
          .flatMap((s) => s.fields)
          .filter((f) => report.evidence.some((e) => e.criterionCode === f.code))
          .map((f) => (
            <Stack key={f.code} gap={2} mt="xs">
              <Text size="sm" fw={600}>
                {f.code}
              </Text>
              <ReportEvidence report={report} criterionCode={f.code} />
            </Stack>
          ))}
      </Paper>
      {reviewing && (
        <Paper withBorder p="sm" id="review-actions" tabIndex={-1}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('reports.reviewPanel.title')}
            </Title>
            <Textarea
              id="review-note"
              label={t('reports.reviewPanel.note')}
              autosize
              minRows={2}
              value={note}
              error={form.fieldError('note')}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Group>
              {report.abilities.return && (
                <Button variant="default" loading={busy} onClick={() => void sendBack()}>
                  {t('reports.reviewPanel.return')}
                </Button>
              )}
              {report.abilities.accept && (
                <Button loading={busy} onClick={() => void accept()}>
                  {t('reports.reviewPanel.accept')}
                </Button>
              )}
            </Group>
          </Stack>
        </Paper>
      )}
      {report.abilities.reopen && (
        <Paper withBorder p="sm">
          <Stack gap="sm">
            <Title order={2} size="h5">
              {t('reports.reviewPanel.reopenTitle')}
            </Title>
            <Textarea
              id="reopen-reason"
              label={t('reports.reviewPanel.reopenReason')}
              autosize
              minRows={2}
              value={reopenReason}
              error={form.fieldError('reason')}
              onChange={(e) => setReopenReason(e.currentTarget.value)}
            />
            <Group>
              <Button variant="default" loading={busy} onClick={() => void reopen()}>
                {t('reports.reviewPanel.reopen')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      <ReviewHistory report={report} />
    </Stack>
  );
}
