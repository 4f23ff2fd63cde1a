import { Button, Group, NativeSelect, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type {
  AssignmentResponse as TargetAssignment,
  TargetResponse as Target,
} from '../../shared/contracts/targets.ts';
import { assignmentsQuery } from '../api/targets.ts';
import { useI18n } from '../i18n/index.ts';
import { QueryError } from './PageStates.tsx';
import { TargetActualForm } from './TargetActualForm.tsx';
import { TargetAssignForm } from './TargetAssignForm.tsx';
import { formatTargetValue, TargetStatusBadge } from './TargetStatusBadge.tsx';

/** The year the page opens on: this year inside the movement's years. */
export const defaultYear = (target: Target) =>
  Math.min(target.movement.endYear, Math.max(target.movement.startYear, new Date().getFullYear()));

/**
 * A province target cascaded to units (e.g. disbursement per investor): the office assigns
 * per-unit values; each unit's actual and status, one card per unit so it reads at 360 px.
 */
export function TargetAssignments({ target }: { target: Target }) {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useQuery(assignmentsQuery(target.code));
  const [year, setYear] = useState(String(defaultYear(target)));
  const { startYear, endYear } = target.movement;
  const years = Array.from({ length: endYear - startYear + 1 }, (_, i) => String(startYear + i));
  const headingId = `assignments-${target.code}`;
  if (isPending) return <Skeleton h={120} />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  const shown = data.assignments.filter((a) => a.year === Number(year));
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId} data-testid="assignments">
      <Title order={3} size="h5" id={headingId}>
        {t('targets.assign.title')}
      </Title>
      <Text size="sm">{t('targets.assign.intro')}</Text>
      {data.abilities.assign && (
        <TargetAssignForm
          target={target}
          assignments={data.assignments}
          year={Number(year)}
          onYear={(y) => setYear(String(y))}
        />
      )}
      <NativeSelect
        id={`${headingId}-year`}
        label={t('targets.assign.showYear')}
        data={years}
        value={year}
        onChange={(e) => setYear(e.currentTarget.value)}
      />
      {shown.length === 0 ? (
        <Text size="sm">{t('targets.assign.empty', { year })}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {shown.map((a) => (
            <AssignmentCard key={a.id} target={target} assignment={a} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function AssignmentCard({
  target,
  assignment: a,
}: {
  target: Target;
  assignment: TargetAssignment;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const fmt = (v: number) => formatTargetValue(t, target.measure, v);
  const nameId = `assignment-${a.id}`;
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      aria-labelledby={nameId}
      data-testid="assignment"
      data-unit={a.unitName}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text fw={600} id={nameId}>
            {a.unitName}
          </Text>
          <TargetStatusBadge status={a.status} />
        </Group>
        <Text size="sm">
          {t('targets.assign.assigned', { value: `${a.comparator} ${fmt(a.value)}`, year: a.year })}
        </Text>
        <Text size="sm" data-testid="assignment-actual">
          {a.actual
            ? t('targets.assign.actual', { value: fmt(a.actual.value), source: a.actual.source })
            : t('targets.assign.noActual')}
        </Text>
        {a.abilities.enterActual && (
          <Button
            variant="default"
            size="compact-sm"
            style={{ alignSelf: 'flex-start' }}
            aria-expanded={open}
            onClick={() => setOpen((v) => !v)}
          >
            {open ? t('targets.form.close') : t('targets.assign.enterActual', { unit: a.unitName })}
          </Button>
        )}
        {open && (
          <TargetActualForm
            target={target}
            unit={{ id: a.unitId, name: a.unitName, year: a.year, actual: a.actual }}
            onSaved={() => undefined}
          />
        )}
      </Stack>
    </Paper>
  );
}
