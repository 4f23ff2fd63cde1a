import {
  Alert,
  Badge,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import type { Answer, FormField } from '../../shared/contracts/reports.ts';
import { useI18n } from '../i18n/index.ts';
import { formatNumber } from '../lib/format.ts';
import { parseLocalNumber } from '../lib/report-sections.ts';

/** The DOM id of a field's main input, for the error summary's links. */
export const fieldInputId = (key: string) => `f-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** The reviewer's reason beside the exact field it concerns. */
export function ReturnReason({ reason }: { reason: string | undefined }) {
  const { t } = useI18n();
  if (!reason) return null;
  return (
    <Alert color="orange" variant="light" p="xs" data-testid="return-reason">
      <Text size="sm" c="#7a3d00" fw={600}>
        {t('reports.task.reason', { reason })}
      </Text>
    </Alert>
  );
}

/** What the user sees about a criterion before answering it: target, commitment, points. */
function FieldFacts({ field }: { field: FormField }) {
  const { t } = useI18n();
  const facts = [t('reports.field.maxPoints', { points: formatNumber(field.maxPoints) })];
  if (field.kind === 'quantitative') {
    if (field.target !== null && field.target !== undefined)
      facts.push(t('reports.field.target', { value: formatNumber(field.target) }));
    if (field.committed !== null && field.committed !== undefined)
      facts.push(t('reports.field.committed', { value: formatNumber(field.committed) }));
    if (field.direction) facts.push(t(`reports.field.direction_${field.direction}`));
  }
  if (field.kind === 'bonus' || field.kind === 'penalty')
    facts.push(
      t('reports.field.eventsHint', {
        points: formatNumber(field.pointsPerEvent),
        cap: formatNumber(field.cap),
      }),
    );
  return (
    <Group gap={6}>
      <Text size="sm" c="dimmed">
        {facts.join(' · ')}
      </Text>
      {field.kind === 'qualitative' && field.evidenceRequired && (
        <Badge variant="light" color="blue" size="sm">
          {t('reports.field.evidenceRequired')}
        </Badge>
      )}
    </Group>
  );
}

/** A number typed the user's way; an unreadable one is flagged here and not sent. */
function NumberField(props: {
  id: string;
  label: string;
  value: number | null | undefined;
  integer?: boolean;
  error?: string | undefined;
  onValue: (value: number | null) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(
    props.value === null || props.value === undefined ? '' : formatNumber(props.value),
  );
  const [local, setLocal] = useState<string | undefined>();
  return (
    <TextInput
      id={props.id}
      label={props.label}
      inputMode={props.integer ? 'numeric' : 'decimal'}
      value={text}
      error={local ?? props.error}
      onChange={(e) => {
        const raw = e.currentTarget.value;
        setText(raw);
        const parsed = parseLocalNumber(raw);
        if (Number.isNaN(parsed)) return setLocal(t('reports.field.notNumber'));
        setLocal(undefined);
        props.onValue(parsed);
      }}
    />
  );
}

/** One criterion of the report form, editable; its note, return reason and errors beside it. */
export function ReportField({
  field,
  answer,
  reason,
  errors,
  onChange,
  children,
}: {
  field: FormField;
  answer: Answer | undefined;
  reason: string | undefined;
  errors: Record<string, string>;
  onChange: (patch: Partial<Answer>) => void;
  /** Evidence files of this criterion, when it asks for them. */
  children?: React.ReactNode;
}) {
  const { t, pick } = useI18n();
  const id = fieldInputId(field.key);
  const error = errors[field.key];
  const titleId = `${id}-title`;
  // A titled group rather than a fieldset: criteria texts run to several lines, which a
  // legend draws across the border.
  return (
    <Paper
      withBorder
      p="sm"
      role="group"
      aria-labelledby={titleId}
      data-testid={`field-${field.code}`}
    >
      <Stack gap="xs">
        <Text id={titleId} fw={700} size="sm">
          {field.code} – {pick(field.name)}
        </Text>
        <FieldFacts field={field} />
        <ReturnReason reason={reason} />
        {field.kind === 'quantitative' && (
          <NumberField
            id={id}
            label={t('reports.field.value', { measure: field.measure })}
            value={answer?.value}
            error={error}
            onValue={(value) => onChange({ value })}
          />
        )}
        {field.kind === 'qualitative' && field.scale === 'levels' && (
          <NativeSelect
            id={id}
            label={t('reports.field.level')}
            value={answer?.level ?? ''}
            error={error}
            onChange={(e) => onChange({ level: e.currentTarget.value || null })}
            data={[
              { value: '', label: t('reports.field.unanswered') },
              ...field.levels.map((l) => ({ value: l, label: l })),
            ]}
          />
        )}
        {field.kind === 'qualitative' && field.scale !== 'levels' && (
          <Radio.Group
            label={t('reports.field.met')}
            value={answer?.met === true ? 'yes' : answer?.met === false ? 'no' : ''}
            onChange={(v) => onChange({ met: v === 'yes' })}
            error={error}
          >
            <Group gap="lg" mt={4}>
              <Radio id={id} value="yes" label={t('reports.field.yes')} />
              <Radio value="no" label={t('reports.field.no')} />
            </Group>
          </Radio.Group>
        )}
        {(field.kind === 'bonus' || field.kind === 'penalty') && (
          <NumberField
            id={id}
            integer
            label={t('reports.field.events')}
            value={answer?.events}
            error={error}
            onValue={(events) => onChange(events === null ? { events: undefined } : { events })}
          />
        )}
        <Textarea
          id={`${id}-note`}
          label={t('reports.field.note')}
          autosize
          minRows={1}
          maxRows={6}
          value={answer?.note ?? ''}
          onChange={(e) => onChange({ note: e.currentTarget.value })}
        />
        {children}
      </Stack>
    </Paper>
  );
}
