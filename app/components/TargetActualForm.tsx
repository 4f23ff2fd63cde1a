import {
  Alert,
  Button,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { queryClient } from '../api/query.ts';
import { enterActual, publicTargetsKey, targetsKey, type Target } from '../api/targets.ts';
import { useI18n } from '../i18n/index.ts';
import { ErrorSummary, useFormErrors } from './ErrorSummary.tsx';
import { formatTargetValue } from './TargetStatusBadge.tsx';

const hintKey = (measure: string) =>
  measure === 'percent' || measure === 'count' || measure === 'done' ? measure : 'percent_change';

/** Reads "54,2" as well as "54.2"; NaN when it is not a number. */
const parseNumber = (raw: string) => {
  const cleaned = raw.trim().replace(/\s/g, '').replace(',', '.');
  return cleaned === '' ? Number.NaN : Number(cleaned);
};

/** Year, value, source and evidence of a target's yearly result; a stale edit answers 409. */
export function TargetActualForm({ target, onSaved }: { target: Target; onSaved: () => void }) {
  const { t } = useI18n();
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const { startYear, endYear } = target.movement;
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(String(Math.min(endYear, Math.max(startYear, thisYear - 1))));
  const id = (name: string) => `actual-${target.code}-${name}`;
  const fields = [
    { name: 'year', label: t('targets.form.year'), id: id('year') },
    { name: 'value', label: t('targets.form.value'), id: id('value') },
    { name: 'source', label: t('targets.form.source'), id: id('source') },
    { name: 'evidence', label: t('targets.form.evidence'), id: id('evidence') },
  ];
  const existing = target.actualsByYear.find((a) => a.year === Number(year));
  const years = Array.from({ length: endYear - startYear + 1 }, (_, i) => String(startYear + i));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const data = new FormData(event.currentTarget);
    const value = parseNumber(String(data.get('value') ?? ''));
    const source = String(data.get('source') ?? '').trim();
    const evidence = String(data.get('evidence') ?? '').trim();
    const problems: Record<string, string> = {};
    if (Number.isNaN(value)) problems.value = t('targets.form.notNumber');
    if (!source) problems.source = t('errors.required');
    if (Object.keys(problems).length) return form.setFields(problems);
    setBusy(true);
    try {
      await enterActual(target.code, Number(year), {
        value,
        source,
        ...(evidence ? { evidence } : {}),
        ...(existing ? { version: existing.version } : {}),
      });
      form.clear();
      setSaved(Number(year));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: targetsKey }),
        queryClient.invalidateQueries({ queryKey: publicTargetsKey }),
      ]);
      onSaved();
    } catch (error) {
      form.fromError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={(e: FormEvent<HTMLFormElement>) => void submit(e)}
      noValidate
      aria-labelledby={id('title')}
    >
      <Stack gap="sm">
        <Title order={3} size="h5" id={id('title')}>
          {t('targets.form.title')}
        </Title>
        <ErrorSummary errors={form.errors} fields={fields} />
        {saved !== null && (
          <Alert color="green" variant="light" role="status">
            <Text size="sm" fw={600} c="#1a4d24">
              {t('targets.form.saved', { year: saved })}
            </Text>
          </Alert>
        )}
        <NativeSelect
          id={id('year')}
          name="year"
          label={t('targets.form.year')}
          data={years}
          value={year}
          onChange={(e) => setYear(e.currentTarget.value)}
          error={form.fieldError('year')}
        />
        {existing && (
          <Text size="sm" c="dimmed">
            {t('targets.form.replaces', {
              year: existing.year,
              value: formatTargetValue(t, target.measure, existing.value),
            })}
          </Text>
        )}
        <TextInput
          id={id('value')}
          name="value"
          label={t('targets.form.value')}
          description={t(`targets.form.hint.${hintKey(target.measure)}`)}
          inputMode="decimal"
          autoComplete="off"
          error={form.fieldError('value')}
        />
        <TextInput
          id={id('source')}
          name="source"
          label={t('targets.form.source')}
          description={t('targets.form.sourceHint')}
          error={form.fieldError('source')}
        />
        <Textarea
          id={id('evidence')}
          name="evidence"
          label={t('targets.form.evidence')}
          autosize
          minRows={2}
          error={form.fieldError('evidence')}
        />
        <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
          {t('targets.form.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
