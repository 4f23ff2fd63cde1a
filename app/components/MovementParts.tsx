import { Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type {
  ContentLine,
  Phase,
  PlanTarget as Target,
  PlanTargetValue as TargetValue,
} from '../../shared/contracts/movements.ts';
import { useI18n } from '../i18n/index.ts';
import { formatNumber } from '../lib/format.ts';

type T = ReturnType<typeof useI18n>['t'];

/** "≥" on a target meant to rise (or "≤" on one meant to fall) is implied; others are shown. */
function showComparator(direction: string, comparator: string) {
  if (comparator === '=' || !comparator) return false;
  if (direction === 'higher' && comparator === '≥') return false;
  if (direction === 'lower' && comparator === '≤') return false;
  return true;
}

function valueText(
  t: T,
  measure: string,
  value: number,
  comparator: string,
  direction = '',
): string {
  if (measure === 'done') return t('measure.done');
  const number = formatNumber(Math.abs(value));
  const sign =
    measure === 'percent_change' ? (value > 0 ? '+' : value < 0 ? '−' : '') : value < 0 ? '−' : '';
  const body =
    measure === 'percent' || measure === 'percent_change'
      ? `${sign}${number}%`
      : `${sign}${number}`;
  return showComparator(direction, comparator) ? `${comparator} ${body}` : body;
}

/** "54% (2025), 56% (2030)"; runs of equal yearly values fold into "+6,5% (2022–2030)". */
function valueRuns(target: Target) {
  const runs: { from: number; to: number; v: TargetValue }[] = [];
  for (const v of [...target.values].sort((a, b) => a.year - b.year)) {
    const last = runs[runs.length - 1];
    const sameNote = (last?.v.note?.vi ?? '') === (v.note?.vi ?? '');
    if (
      last &&
      last.to === v.year - 1 &&
      last.v.value === v.value &&
      last.v.comparator === v.comparator &&
      sameNote
    )
      last.to = v.year;
    else runs.push({ from: v.year, to: v.year, v });
  }
  return runs;
}

const yearsText = (t: T, from: number, to: number) =>
  from === to ? String(from) : t('measure.yearRange', { from, to });

export function targetValuesText(t: T, target: Target): string {
  return valueRuns(target)
    .map(
      (r) =>
        `${valueText(t, target.measure, r.v.value, r.v.comparator, target.direction)} (${yearsText(t, r.from, r.to)})`,
    )
    .join(', ');
}

/** Which plan version set which years, when more than one did (issue 18). */
function setByLines(target: Target): [number, number[]][] {
  const by = new Map<number, number[]>();
  for (const v of target.values) if (v.setBy) by.set(v.setBy, [...(by.get(v.setBy) ?? []), v.year]);
  return by.size > 1 ? [...by].sort((a, b) => a[0] - b[0]) : [];
}

export function TargetCards({
  targets,
  headingOrder = 3,
  renderProgress,
}: {
  targets: Target[];
  headingOrder?: 3 | 4;
  /** Status and latest result of a target, where the caller has them. */
  renderProgress?: (code: string) => ReactNode;
}) {
  const { t, pick } = useI18n();
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 2, lg: 3 }}
      spacing="sm"
      component="ul"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {targets.map((target) => {
        const notes = valueRuns(target)
          .filter((r) => pick(r.v.note))
          .map((r) => `${yearsText(t, r.from, r.to)}: ${pick(r.v.note)}`);
        return (
          <Card component="li" key={target.code} withBorder padding="md" data-testid="target-card">
            <Text component={headingOrder === 3 ? 'h3' : 'h4'} size="md" m={0} lh={1.4}>
              <Text span fw={700}>
                {pick(target.name)}:
              </Text>{' '}
              <Text span fw={400}>
                {targetValuesText(t, target)}
              </Text>
            </Text>
            {target.baselineYear !== null && target.baselineValue !== null && (
              <Text size="sm" c="dimmed" mt={4}>
                {t('landing.baseline', {
                  value: valueText(t, target.measure, target.baselineValue, '='),
                  year: target.baselineYear,
                })}
              </Text>
            )}
            {notes.map((note) => (
              <Text size="sm" c="dimmed" mt={4} key={note}>
                {note}
              </Text>
            ))}
            {setByLines(target).map(([n, years]) => (
              <Text size="sm" c="dimmed" mt={4} key={n} data-testid="target-set-by">
                {t('planPublic.setByTitle', { n })}: {years.join(', ')}
              </Text>
            ))}
            {renderProgress?.(target.code)}
          </Card>
        );
      })}
    </SimpleGrid>
  );
}

export function milestoneWhen(t: T, dueYear: number, dueQuarter: number | null) {
  return dueQuarter
    ? t('milestone.quarter', { quarter: dueQuarter, year: dueYear })
    : t('milestone.year', { year: dueYear });
}

export function PhaseList({ phases, headingOrder = 3 }: { phases: Phase[]; headingOrder?: 3 | 4 }) {
  const { t, pick } = useI18n();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
      {phases.map((phase) => (
        <Card key={phase.code} withBorder padding="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Title order={headingOrder} size="h4">
              {pick(phase.name)}
            </Title>
            <Badge variant="outline" color="blue.9" style={{ flex: 'none' }}>
              {t('landing.phasePeriod', { from: phase.startYear, to: phase.endYear })}
            </Badge>
          </Group>
          {pick(phase.description) && (
            <Text size="sm" mt="xs">
              {pick(phase.description)}
            </Text>
          )}
          {phase.milestones.length > 0 && (
            <List mt="sm" spacing={4} size="sm">
              {phase.milestones.map((m) => (
                <List.Item key={`${m.kind}-${m.dueYear}-${m.dueQuarter ?? 0}`}>
                  <Text span fw={700} size="sm">
                    {milestoneWhen(t, m.dueYear, m.dueQuarter)}:
                  </Text>{' '}
                  {pick(m.name)}
                </List.Item>
              ))}
            </List>
          )}
        </Card>
      ))}
    </SimpleGrid>
  );
}

export function ContentLines({
  lines,
  headingOrder = 3,
}: {
  lines: ContentLine[];
  headingOrder?: 3 | 4;
}) {
  const { t, pick } = useI18n();
  const areas = ['infrastructure', 'thrift'] as const;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {areas.map((area) => (
        <Stack key={area} gap="xs">
          <Title order={headingOrder} size="h4">
            {t(`landing.${area}`)}
          </Title>
          <List type="ordered" spacing="xs" size="sm" data-testid={`content-${area}`}>
            {lines
              .filter((l) => l.area === area)
              .map((l) => (
                <List.Item key={l.clause}>{pick(l.text)}</List.Item>
              ))}
          </List>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
