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
import type { TargetResponse as Target } from '../../shared/contracts/targets.ts';
import { enterActual, publicTargetsKey, targetsKey } from '../api/targets.ts';
import { useI18n } from '../i18n/index.ts';
import { ErrorSummary, useSubmitForm } from './ErrorSummary.tsx';
import { formatTargetValue } from './TargetStatusBadge.tsx';

/** The i18n key of the value hint for a target's measure. */
export const hintKey = (measure: string) =>
  measure === 'percent' || measure === 'count' || measure === 'done' ? measure : 'percent_change';

/** Reads "54,2" as well as "54.2"; NaN when it is not a number. */
export const parseNumber = (raw: string) => {
  const cleaned = raw.trim().replace(/\s/g, '').replace(',', '.');
  return cleaned === '' ? Number.NaN : Number(cleaned);
};

/** The unit a cascaded target's actual is for, its year, and the actual already entered. */
export interface ActualForUnit {
  id: string;
  name: string;
  year: number;
  actual: { year: number; value: number; version: number } | null;
}

/**
 * Year, value, source and evidence of a target's yearly result — the province's, or with
 * `unit` the result of a unit the target was cascaded to for that year. A stale edit answers 409.
 */
export function TargetActualForm({
  target,
  unit,
  onSaved,
}: {
  target: Target;
  unit?: ActualForUnit;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { form, busy, submit: run } = useSubmitForm();
  const [saved, setSaved] = useState<number | null>(null);
  const { startYear, endYear } = target.movement;
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(
    String(unit?.year ?? Math.min(endYear, Math.max(startYear, thisYear - 1))),
  );
  const id = (name: string) => `actual-${target.code}-${unit ? `${unit.id}-` : ''}${name}`;
  const fields = [
    { name: 'year', label: t('targets.form.year'), id: id('year') },
    { name: 'value', label: t('targets.form.value'), id: id('value') },
    { name: 'source', label: t('targets.form.source'), id: id('source') },
    { name: 'evidence', label: t('targets.form.evidence'), id: id('evidence') },
    { name: 'unitId', label: unit?.name ?? '', id: id('value') },
  ];
  const existing = unit ? unit.actual : target.actualsByYear.find((a) => a.year === Number(year));
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
    await run(async () => {
      await enterActual(target.code, Number(year), {
        value,
        source,
        ...(evidence ? { evidence } : {}),
        ...(existing ? { version: existing.version } : {}),
        ...(unit ? { unitId: unit.id } : {}),
      });
      form.clear();
      setSaved(Number(year));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: targetsKey }),
        queryClient.invalidateQueries({ queryKey: publicTargetsKey }),
      ]);
      onSaved();
    });
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
          {unit
            ? t('targets.assign.unitActualTitle', { unit: unit.name, year: unit.year })
            : t('targets.form.title')}
        </Title>
        <ErrorSummary errors={form.errors} fields={fields} />
        {saved !== null && (
          <Alert color="green" variant="light" role="status">
            <Text size="sm" fw={600} c="#1a4d24">
              {t('targets.form.saved', { year: saved })}
            </Text>
          </Alert>
        )}
        {!unit && (
          <NativeSelect
            id={id('year')}
            name="year"
            label={t('targets.form.year')}
            data={years}
            value={year}
            onChange={(e) => setYear(e.currentTarget.value)}
            error={form.fieldError('year')}
          />
        )}
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
          error={form.fieldError('value') ?? form.fieldError('unitId')}
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
