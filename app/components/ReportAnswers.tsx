import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type {
  Answer,
  Answers,
  FormField,
  Narrative,
  ReportResponse as Report,
} from '../../shared/contracts/reports.ts';
import { narrativeSections } from '../api/reports.ts';
import { useI18n } from '../i18n/index.ts';
import { formatNumber } from '../lib/format.ts';
import { isAnswered, shortLabel } from '../lib/report-sections.ts';
import { ReturnReason } from './ReportField.tsx';

type T = ReturnType<typeof useI18n>['t'];

/** An answer as words: "95 %", "Đạt", a level, "3 lần". */
export function answerText(t: T, field: FormField, answer: Answer | undefined): string {
  if (!isAnswered(field, answer)) return t('reports.check.empty');
  if (field.kind === 'quantitative')
    return `${formatNumber(answer!.value)} ${field.measure}`.trim();
  if (field.kind === 'qualitative')
    return field.scale === 'levels'
      ? answer!.level!
      : t(answer!.met ? 'reports.field.yes' : 'reports.field.no');
  return formatNumber(answer!.events);
}

/** One row of the summary: a label, the answer, what to do about it (edit link, return box). */
function Row({
  label,
  value,
  note,
  reason,
  testId,
  extra,
}: {
  label: string;
  value: string;
  note?: string | undefined;
  reason?: string | undefined;
  testId: string;
  extra?: ReactNode;
}) {
  return (
    <Stack
      gap={4}
      py={6}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      data-testid={testId}
    >
      <Text size="sm" fw={700}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value}
      </Text>
      {note && (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
          {note}
        </Text>
      )}
      <ReturnReason reason={reason} />
      {extra}
    </Stack>
  );
}

/**
 * The report read back section by section — "check your answers" for the unit, the
 * reviewer's reading copy — with a slot per field for an edit link or a return box.
 */
export function ReportAnswers({
  report,
  answers,
  narrative,
  showReasons = true,
  sectionAction,
  fieldExtra,
}: {
  report: Report;
  answers: Answers;
  narrative: Narrative;
  showReasons?: boolean;
  sectionAction?: (section: number | 'narrative') => ReactNode;
  fieldExtra?: (key: string, label: string) => ReactNode;
}) {
  const { t, pick } = useI18n();
  const reasons = showReasons ? (report.returnReasons ?? {}) : {};
  return (
    <Stack gap="md">
      {report.form.map((section, i) => (
        <Paper key={i} withBorder p="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap" mb={4}>
            <Title order={3} size="h5">
              {pick(section.group)}
            </Title>
            {sectionAction?.(i)}
          </Group>
          {section.fields.map((f) => {
            return (
              <Row
                key={f.key}
                testId={`answer-${f.code}`}
                label={`${f.code} – ${pick(f.name)}`}
                value={answerText(t, f, answers[f.code])}
                note={answers[f.code]?.note}
                reason={reasons[f.key]}
                extra={fieldExtra?.(f.key, shortLabel(f.code, pick(f.name)))}
              />
            );
          })}
        </Paper>
      ))}
      <Paper withBorder p="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" mb={4}>
          <Title order={3} size="h5">
            {t('reports.task.narrative')}
          </Title>
          {sectionAction?.('narrative')}
        </Group>
        {narrativeSections.map((part) => {
          const key = `narrative.${part}`;
          const label = t(`reports.field.${part}`);
          return (
            <Row
              key={part}
              testId={`answer-narrative-${part}`}
              label={label}
              value={narrative[part].trim() || t('reports.check.empty')}
              reason={reasons[key]}
              extra={fieldExtra?.(key, label)}
            />
          );
        })}
      </Paper>
    </Stack>
  );
}
