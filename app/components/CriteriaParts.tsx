import {
  Badge,
  Card,
  Group,
  NumberInput,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type { Localized } from '../../shared/contracts/common.ts';
import type { CriteriaContent, Criterion } from '../../shared/contracts/criteria-content.ts';
import type { VersionStatus as CriteriaStatus } from '../../shared/contracts/criteria.ts';
import { useI18n } from '../i18n/index.ts';
import { formatNumber } from '../lib/format.ts';

const statusColor: Record<CriteriaStatus, string> = {
  draft: 'blue.9',
  published: 'teal.9',
  superseded: 'gray.8',
};

/** A version's status as a badge with text (never colour alone). */
export function CriteriaStatusBadge({ status }: { status: CriteriaStatus }) {
  const { t } = useI18n();
  return (
    <Badge color={statusColor[status]} variant="filled" data-testid="criteria-status">
      {t(`criteria.status_${status}`)}
    </Badge>
  );
}

/** The name in the UI language, falling back to Vietnamese. */
export function useLocalized() {
  const { lang } = useI18n();
  return (l: Localized) => (lang === 'en' && l.en ? l.en : l.vi);
}

function PreviewInput({ c, id }: { c: Criterion; id: string }) {
  const { t } = useI18n();
  const year = new Date().getFullYear();
  if (c.kind === 'quantitative') {
    const target = c.targets.find((x) => x.year === year) ?? c.targets[0];
    return (
      <NumberInput
        id={id}
        label={t('criteria.previewValue', { measure: c.measure })}
        description={
          target
            ? t('criteria.previewTarget', { year: target.year, value: formatNumber(target.value) })
            : undefined
        }
        readOnly
      />
    );
  }
  if (c.kind === 'qualitative')
    return (
      <Stack gap={6}>
        <Radio.Group label={t('criteria.previewLevel')} id={id} readOnly>
          <Group gap="md" mt={4}>
            {(c.scale === 'yes_no'
              ? [t('criteria.previewAchieved'), t('criteria.previewNotAchieved')]
              : c.levels
            ).map((label) => (
              <Radio key={label} value={label} label={label} disabled />
            ))}
          </Group>
        </Radio.Group>
        {c.evidenceRequired && (
          <Textarea label={t('criteria.previewEvidence')} readOnly autosize minRows={1} />
        )}
      </Stack>
    );
  return <NumberInput id={id} label={t('criteria.previewEvents')} readOnly min={0} />;
}

/** A read-only rendering of the report form a version implies: one block per criterion. */
export function CriteriaPreview({ content }: { content: CriteriaContent }) {
  const { t } = useI18n();
  const name = useLocalized();
  const total = content.groups
    .flatMap((g) => g.criteria)
    .reduce((sum, c) => sum + (c.kind === 'penalty' ? 0 : c.maxPoints), 0);
  return (
    <Stack gap="md" data-testid="criteria-preview">
      <Text c="dimmed">{t('criteria.previewLead')}</Text>
      <Text fw={700}>{t('criteria.previewTotal', { points: formatNumber(total) })}</Text>
      {content.groups.map((g, gi) => (
        <Stack key={gi} gap="sm" component="section">
          <Title order={2} size="h4">
            {gi + 1}. {name(g.name)}
          </Title>
          {g.criteria.map((c, ci) => (
            <Card key={c.code || ci} withBorder padding="sm">
              <Stack gap={6}>
                <Group gap="xs" justify="space-between" wrap="wrap">
                  <Text fw={700} size="sm">
                    {c.code} · {t(`criteria.kind_${c.kind}`)}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {c.kind === 'bonus' || c.kind === 'penalty'
                      ? t('criteria.previewEventPoints', {
                          points: formatNumber(c.pointsPerEvent),
                          cap: formatNumber(c.cap),
                        })
                      : t('criteria.previewPoints', { points: formatNumber(c.maxPoints) })}
                  </Text>
                </Group>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {name(c.name)}
                </Text>
                <PreviewInput c={c} id={`preview-${gi}-${ci}`} />
              </Stack>
            </Card>
          ))}
        </Stack>
      ))}
      {content.groups.length === 0 && <Text>{t('criteria.noGroups')}</Text>}
    </Stack>
  );
}
