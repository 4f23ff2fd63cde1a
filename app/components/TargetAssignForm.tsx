import {
  Alert,
  Button,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { queryClient } from '../api/query.ts';
import type {
  AssignmentResponse as TargetAssignment,
  Comparator,
  TargetResponse as Target,
} from '../../shared/contracts/targets.ts';
import { assignTarget, targetsKey } from '../api/targets.ts';
import { useI18n } from '../i18n/index.ts';
import { ErrorSummary, useSubmitForm } from './ErrorSummary.tsx';
import { hintKey, parseNumber } from './TargetActualForm.tsx';
import { formatTargetValue } from './TargetStatusBadge.tsx';
import { UnitSelect } from './UnitSelect.tsx';

const comparators = ['≥', '>', '≤', '<', '≈', '='] as const;
const comparatorKey = {
  '≥': 'gte',
  '>': 'gt',
  '≤': 'lte',
  '<': 'lt',
  '≈': 'approx',
  '=': 'eq',
} as const;

/** The province's own target for `year` (the first due in or after it), the default to cascade. */
function provinceGoal(target: Target, year: number) {
  const sorted = [...target.targetsByYear].sort((a, b) => a.year - b.year);
  return sorted.find((g) => g.year >= year) ?? sorted[sorted.length - 1];
}

/** The office assigns a province target to one unit for one year, or changes that assignment. */
export function TargetAssignForm({
  target,
  assignments,
  year,
  onYear,
}: {
  target: Target;
  assignments: TargetAssignment[];
  year: number;
  onYear: (year: number) => void;
}) {
  const { t } = useI18n();
  const { form, busy, submit: run } = useSubmitForm();
  const goal = provinceGoal(target, year);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [comparator, setComparator] = useState<Comparator>(goal?.comparator ?? '≥');
  const [value, setValue] = useState(goal ? String(goal.value).replace('.', ',') : '');
  const [done, setDone] = useState<{ unit: string; year: number } | null>(null);
  const id = (name: string) => `assign-${target.code}-${name}`;
  const fields = [
    { name: 'unitId', label: t('targets.assign.unit'), id: id('unit') },
    { name: 'year', label: t('targets.form.year'), id: id('year') },
    { name: 'comparator', label: t('targets.assign.comparator'), id: id('comparator') },
    { name: 'value', label: t('targets.assign.value'), id: id('value') },
  ];
  const { startYear, endYear } = target.movement;
  const years = Array.from({ length: endYear - startYear + 1 }, (_, i) => String(startYear + i));
  const existing = assignments.find((a) => a.unitId === unitId && a.year === year);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(null);
    const number = parseNumber(value);
    const problems: Record<string, string> = {};
    if (!unitId) problems.unitId = t('targets.assign.unitRequired');
    if (Number.isNaN(number)) problems.value = t('targets.form.notNumber');
    if (Object.keys(problems).length) return form.setFields(problems);
    await run(async () => {
      const saved = await assignTarget(target.code, {
        unitId: unitId!,
        year,
        value: number,
        comparator,
        ...(existing ? { version: existing.version } : {}),
      });
      form.clear();
      setDone({ unit: saved.unitName, year: saved.year });
      setUnitId(null);
      await queryClient.invalidateQueries({ queryKey: [...targetsKey, target.code] });
    });
  };

  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      noValidate
      onSubmit={(e: FormEvent<HTMLFormElement>) => void submit(e)}
      aria-labelledby={id('title')}
    >
      <Stack gap="sm">
        <Title order={4} size="h6" id={id('title')}>
          {t('targets.assign.formTitle')}
        </Title>
        <ErrorSummary errors={form.errors} fields={fields} />
        {done && (
          <Alert color="green" variant="light" role="status">
            <Text size="sm" fw={600} c="#1a4d24">
              {t('targets.assign.saved', done)}
            </Text>
          </Alert>
        )}
        <UnitSelect
          id={id('unit')}
          label={t('targets.assign.unit')}
          value={unitId}
          onChange={setUnitId}
          error={form.fieldError('unitId')}
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          <NativeSelect
            id={id('year')}
            label={t('targets.form.year')}
            data={years}
            value={String(year)}
            onChange={(e) => onYear(Number(e.currentTarget.value))}
            error={form.fieldError('year')}
          />
          <NativeSelect
            id={id('comparator')}
            label={t('targets.assign.comparator')}
            data={comparators.map((c) => ({
              value: c,
              label: t(`targets.assign.cmp.${comparatorKey[c]}`),
            }))}
            value={comparator}
            onChange={(e) => setComparator(e.currentTarget.value as Comparator)}
            error={form.fieldError('comparator')}
          />
          <TextInput
            id={id('value')}
            label={t('targets.assign.value')}
            description={t(`targets.form.hint.${hintKey(target.measure)}`)}
            inputMode="decimal"
            autoComplete="off"
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            error={form.fieldError('value')}
          />
        </SimpleGrid>
        {existing && (
          <Text size="sm" c="dimmed">
            {t('targets.assign.replaces', {
              unit: existing.unitName,
              value: `${existing.comparator} ${formatTargetValue(t, target.measure, existing.value)}`,
              year: existing.year,
            })}
          </Text>
        )}
        <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
          {t('targets.assign.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
