import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { queryClient } from '../api/query.ts';
import type {
  PeriodDetailResponse as ReportPeriod,
  PeriodKind,
} from '../../shared/contracts/report-periods.ts';
import { reportCommands } from '../api/reports.ts';
import { useI18n } from '../i18n/index.ts';
import { ErrorSummary, useSubmitForm } from './ErrorSummary.tsx';
import { DateField } from './DateField.tsx';

const ids = {
  year: 'period-year',
  kind: 'period-kind',
  half: 'period-half',
  opensOn: 'period-opens',
  deadline: 'period-deadline',
  closesOn: 'period-closes',
};

/** The office opens a reporting period (or, given one, moves its dates). */
export function ReportPeriodForm({
  movementCode,
  period,
  onDone,
}: {
  movementCode: string;
  period?: ReportPeriod;
  onDone: (p: ReportPeriod) => void;
}) {
  const { t } = useI18n();
  const { form, busy, submit } = useSubmitForm();
  const [kind, setKind] = useState<PeriodKind>('year');
  const [message, setMessage] = useState<string | null>(null);
  const fields = [
    { name: 'year', label: t('reports.period.year'), id: ids.year },
    { name: 'kind', label: t('reports.period.kind'), id: ids.kind },
    { name: 'half', label: t('reports.period.half'), id: ids.half },
    { name: 'opensOn', label: t('reports.period.opensOn'), id: ids.opensOn },
    { name: 'deadline', label: t('reports.period.deadline'), id: ids.deadline },
    { name: 'closesOn', label: t('reports.period.closesOn'), id: ids.closesOn },
  ];
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    void submit(async () => {
      const dates = {
        opensOn: text('opensOn'),
        deadline: text('deadline'),
        closesOn: text('closesOn'),
      };
      const after = period
        ? await reportCommands.updatePeriod(period.id, { ...dates, version: period.version })
        : await reportCommands.openPeriod({
            movementCode,
            year: Number(text('year')),
            kind,
            ...(kind === 'half' ? { half: Number(text('half')) } : {}),
            ...dates,
          });
      form.clear();
      setMessage(period ? t('reports.period.datesSaved') : t('reports.period.opened'));
      await queryClient.invalidateQueries({ queryKey: ['report-periods'] });
      onDone(after);
    });
  };
  const thisYear = new Date().getFullYear();
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="period-form-title"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="period-form-title">
          {period ? t('reports.period.editDates') : t('reports.period.openTitle')}
        </Title>
        <ErrorSummary errors={form.errors} fields={fields} />
        {message && (
          <Text size="sm" role="status" c="#1a4d24" fw={600}>
            {message}
          </Text>
        )}
        {!period && (
          <Group grow wrap="wrap" align="flex-start">
            <TextInput
              id={ids.year}
              name="year"
              label={t('reports.period.year')}
              inputMode="numeric"
              defaultValue={String(thisYear)}
              error={form.fieldError('year')}
              miw={120}
            />
            <NativeSelect
              id={ids.kind}
              label={t('reports.period.kind')}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as PeriodKind)}
              data={[
                { value: 'year', label: t('reports.period.kind_year') },
                { value: 'half', label: t('reports.period.kind_half') },
              ]}
              error={form.fieldError('kind')}
              miw={160}
            />
            {kind === 'half' && (
              <NativeSelect
                id={ids.half}
                name="half"
                label={t('reports.period.half')}
                data={[
                  { value: '1', label: t('reports.period.half1') },
                  { value: '2', label: t('reports.period.half2') },
                ]}
                error={form.fieldError('half')}
                miw={160}
              />
            )}
          </Group>
        )}
        <Text size="sm" c="dimmed">
          {t('reports.period.datesHint')}
        </Text>
        <Group grow wrap="wrap" align="flex-start">
          {(['opensOn', 'deadline', 'closesOn'] as const).map((name) => (
            <DateField
              key={name}
              id={ids[name]}
              name={name}
              label={t(`reports.period.${name}`)}
              defaultValue={period?.[name] ?? ''}
              error={form.fieldError(name)}
              miw={150}
            />
          ))}
        </Group>
        <Group>
          <Button type="submit" loading={busy}>
            {period ? t('reports.period.saveDates') : t('reports.period.open')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
