import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { PlanChange, PlanDiffPart, PlanDiffResponse } from '../../shared/contracts/plans.ts';
import { useI18n } from '../i18n/index.ts';

type T = ReturnType<typeof useI18n>['t'];

const kindColor = { added: 'teal.9', removed: 'red.9', changed: 'blue.9' } as const;

/** A diff field's label: "values.2026" → "Năm 2026", "text.en" → "Nội dung (tiếng Anh)". */
export function fieldLabel(field: string, t: T): string {
  const [head = '', rest = ''] = field.split(/\.(.*)/s);
  if (head === 'values') return t('planPublic.fieldYear', { year: rest });
  if (head === 'notes') return t('planPublic.fieldNote', { year: rest });
  if (head === 'milestones') return t('planPublic.fieldMilestone', { n: rest });
  if (head === 'criteria') return t('planPublic.fieldCriterion', { code: rest });
  if (/^\d+$/.test(head)) return `${head}.`;
  const known = `planPublic.field_${head}` as const;
  const label = t(known as 'planPublic.field_name', { defaultValue: head });
  return rest === 'en' ? `${label} ${t('planPublic.inEnglish')}` : label;
}

function Side({ text, testId }: { text: string | null; testId: string }) {
  const { t } = useI18n();
  return (
    <Text
      size="sm"
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      data-testid={testId}
    >
      {text ?? t('planPublic.none')}
    </Text>
  );
}

function ChangeCard({ change, from, to }: { change: PlanChange; from: number; to: number }) {
  const { t } = useI18n();
  const rows =
    change.kind === 'changed'
      ? change.fields.map((f) => ({
          label: fieldLabel(f.field, t),
          before: f.before,
          after: f.after,
        }))
      : [{ label: null, before: change.before, after: change.after }];
  return (
    <Card withBorder padding="sm" data-testid={`plan-change-${change.key}`}>
      <Group justify="space-between" gap="xs" mb="xs" wrap="nowrap" align="flex-start">
        <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {change.label}
        </Text>
        <Badge color={kindColor[change.kind]} variant="light" style={{ flexShrink: 0 }}>
          {t(`planPublic.${change.kind}`)}
        </Badge>
      </Group>
      <SimpleGrid cols={2} spacing="xs" verticalSpacing={4}>
        <Text size="xs" c="dimmed" fw={600}>
          {t('planPublic.before', { n: from })}
        </Text>
        <Text size="xs" c="dimmed" fw={600}>
          {t('planPublic.after', { n: to })}
        </Text>
        {rows.map((r, i) => [
          r.label ? (
            <Text key={`l${i}`} size="xs" fw={600} style={{ gridColumn: '1 / -1' }}>
              {r.label}
            </Text>
          ) : null,
          <Side key={`b${i}`} text={r.before} testId="plan-change-before" />,
          <Side key={`a${i}`} text={r.after} testId="plan-change-after" />,
        ])}
      </SimpleGrid>
    </Card>
  );
}

const parts: PlanDiffPart[] = [
  'header',
  'targets',
  'phases',
  'sections',
  'categories',
  'sectors',
  'recipients',
];

/** The changes from one version to another, part by part, both sides next to each other. */
export function PlanDiffView({ diff }: { diff: PlanDiffResponse }) {
  const { t } = useI18n();
  if (!diff.changes.length) return <Text c="dimmed">{t('planPublic.noChanges')}</Text>;
  return (
    <Stack gap="lg" data-testid="plan-diff">
      <Text size="sm">
        {t('planPublic.diffLead', { from: diff.from.number, to: diff.to.number })}
      </Text>
      {parts.map((part) => {
        const changes = diff.changes.filter((c) => c.part === part);
        if (!changes.length) return null;
        return (
          <Stack key={part} gap="xs">
            <Title order={3} size="h4">
              {t(`planPublic.part_${part}`)}
            </Title>
            {changes.map((c) => (
              <ChangeCard
                key={`${c.part}-${c.key}`}
                change={c}
                from={diff.from.number}
                to={diff.to.number}
              />
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}
