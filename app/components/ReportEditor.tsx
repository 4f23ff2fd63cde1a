import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { ReportResponse as Report } from '../../shared/contracts/reports.ts';
import { narrativeSections } from '../api/reports.ts';
import { useI18n } from '../i18n/index.ts';
import { shortLabel } from '../lib/report-sections.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { IndicatorExcel } from './IndicatorExcel.tsx';
import { ButtonLink } from './links.tsx';
import { ReportCheck } from './ReportCheck.tsx';
import { ReportEvidence } from './ReportEvidence.tsx';
import { fieldInputId, ReportField, ReturnReason } from './ReportField.tsx';
import { ReportTaskList, type SectionKey } from './ReportTaskList.tsx';
import type { ReportDraft } from './useReportDraft.ts';

/** "Đang lưu… / Đã lưu lúc 09:41" — the user always knows whether their typing is safe. */
function SaveIndicator({ draft }: { draft: ReportDraft }) {
  const { t } = useI18n();
  if (draft.state === 'conflict')
    return (
      <Alert color="red" variant="light" role="alert">
        <Text size="sm" mb="xs">
          {t('reports.autosave.conflict')}
        </Text>
        <Button size="xs" variant="default" onClick={() => window.location.reload()}>
          {t('reports.autosave.reload')}
        </Button>
      </Alert>
    );
  const text =
    draft.state === 'saving'
      ? t('reports.autosave.saving')
      : draft.state === 'unsaved'
        ? t('reports.autosave.unsaved')
        : draft.state === 'invalid' || draft.state === 'failed'
          ? t('reports.autosave.failed')
          : draft.state === 'saved' && draft.savedAt
            ? t('reports.autosave.saved', {
                time: draft.savedAt.toLocaleTimeString('vi-VN', {
                  hour: '2-digit',
                  minute: '2-digit',
                }),
              })
            : '';
  return (
    <Text
      size="sm"
      c="dimmed"
      role="status"
      aria-live="polite"
      data-testid="save-state"
      data-state={draft.state}
    >
      {text}
    </Text>
  );
}

/** The unit's side of a report: a task list, one page per section, then check and submit. */
export function ReportEditor({
  draft,
  section,
}: {
  draft: ReportDraft;
  section: SectionKey | undefined;
}) {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const report: Report = draft.report;
  const reasons = report.returnReasons ?? {};
  const editable = report.abilities.save;
  const go = async (next: SectionKey | undefined) => {
    await draft.flush();
    await navigate({
      to: '/reports/$periodId/units/$unitId',
      params: { periodId: report.periodId, unitId: report.unit.id },
      search: next === undefined ? {} : { section: next },
    });
    window.scrollTo(0, 0);
  };
  const summaryFields = report.form.flatMap((s) =>
    s.fields.map((f) => ({
      name: f.key,
      label: shortLabel(f.code, pick(f.name)),
      id: fieldInputId(f.key),
    })),
  );
  const errors = Object.keys(draft.fieldErrors).length ? { fields: draft.fieldErrors } : null;
  const backAndNext = (next: SectionKey) => (
    <Group>
      <Button variant="default" onClick={() => void go(undefined)}>
        {t('reports.task.backToList')}
      </Button>
      <Button onClick={() => void go(next)}>{t('reports.task.next')}</Button>
    </Group>
  );

  if (section === 'check') return <ReportCheck draft={draft} onEdit={(s) => void go(s)} />;

  if (typeof section === 'number' && report.form[section]) {
    const group = report.form[section];
    const next: SectionKey = section + 1 < report.form.length ? section + 1 : 'narrative';
    return (
      <Stack gap="md">
        <Title order={2} size="h3">
          {pick(group.group)}
        </Title>
        <SaveIndicator draft={draft} />
        <ErrorSummary errors={errors} fields={summaryFields} />
        {group.fields.map((f) => (
          <ReportField
            key={f.key}
            field={f}
            answer={draft.answers[f.code]}
            reason={reasons[f.key]}
            errors={draft.fieldErrors}
            onChange={(patch) => draft.setAnswer(f.code, patch)}
          >
            {f.kind === 'qualitative' && f.evidenceRequired && (
              <>
                <ReturnReason reason={reasons[`evidence.${f.code}`]} />
                <ReportEvidence report={report} criterionCode={f.code} aside={draft.aside} />
              </>
            )}
          </ReportField>
        ))}
        <SaveIndicator draft={draft} />
        {backAndNext(next)}
      </Stack>
    );
  }

  if (section === 'narrative')
    return (
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('reports.task.narrative')}
        </Title>
        <SaveIndicator draft={draft} />
        {narrativeSections.map((part) => (
          <Stack key={part} gap={4}>
            <ReturnReason reason={reasons[`narrative.${part}`]} />
            <Textarea
              id={fieldInputId(`narrative.${part}`)}
              label={t(`reports.field.${part}`)}
              autosize
              minRows={4}
              maxRows={16}
              value={draft.narrative[part]}
              error={draft.fieldErrors[`narrative.${part}`]}
              onChange={(e) => draft.setNarrativePart(part, e.currentTarget.value)}
            />
          </Stack>
        ))}
        <SaveIndicator draft={draft} />
        {backAndNext('evidence')}
      </Stack>
    );

  if (section === 'evidence')
    return (
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('reports.evidence.title')}
        </Title>
        <ReportEvidence report={report} criterionCode={null} aside={draft.aside} />
        {backAndNext('check')}
      </Stack>
    );

  return (
    <Stack gap="md">
      {report.status === 'returned' && (
        <Alert color="orange" variant="light" role="status">
          <Text size="sm" fw={700} c="#7a2905">
            {t('reports.task.returnedAlert')}
          </Text>
          {report.reviews.at(-1)?.note && (
            <Text size="sm" c="#7a2905">
              {t('reports.task.returnedNote', { note: report.reviews.at(-1)!.note })}
            </Text>
          )}
        </Alert>
      )}
      <ReportTaskList draft={draft} report={report} />
      {editable && (
        <IndicatorExcel periodId={report.periodId} unitIds={[report.unit.id]} aside={draft.aside} />
      )}
      {editable && (
        <Paper withBorder p="sm">
          <ButtonLink
            to="/reports/$periodId/units/$unitId"
            params={{ periodId: report.periodId, unitId: report.unit.id }}
            search={{ section: 'check' }}
          >
            {t('reports.task.check')}
          </ButtonLink>
        </Paper>
      )}
    </Stack>
  );
}
