import { Badge, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { RuleResponse } from '../../shared/contracts/commendations.ts';
import { catalogueQuery, rulesQuery } from '../api/commendations.ts';
import { useCitation } from '../components/EligibilityPanel.tsx';
import { ButtonLink } from '../components/links.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { PageSkeleton, QueryError } from '../components/PageStates.tsx';
import { PredecessorSetting } from '../components/PredecessorSetting.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatDate, isIsoDate } from '../lib/format.ts';
import { DateField } from '../components/DateField.tsx';

const inForce = (r: RuleResponse, day: string) =>
  r.effectiveFrom <= day && (!r.effectiveTo || r.effectiveTo >= day);

/** A closed version whose lineage has no later version yet: it may be succeeded. */
const needsSuccessor = (r: RuleResponse, all: readonly RuleResponse[]) =>
  !!r.effectiveTo &&
  !all.some((o) => o.code === r.code && o.id !== r.id && o.effectiveFrom > r.effectiveTo!);

/** The commendation rules grouped by award, with dates in force and legal bases; the office edits. */
export function RulesPage() {
  const { t, pick } = useI18n();
  const cite = useCitation();
  const { data, error, refetch } = useQuery(rulesQuery);
  const { data: catalogue } = useQuery(catalogueQuery);
  const [award, setAward] = useState('');
  const [day, setDay] = useState('');
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data || !catalogue) return <PageSkeleton />;

  const canCreate = data.abilities?.create ?? false;
  const shown = data.rules.filter(
    (r) => (!award || r.awardCode === award) && (!isIsoDate(day) || inForce(r, day)),
  );
  const groups = catalogue.awards
    .map((a) => ({
      award: a,
      rules: shown
        .filter((r) => r.awardCode === a.code)
        .sort(
          (x, y) => x.code.localeCompare(y.code) || x.effectiveFrom.localeCompare(y.effectiveFrom),
        ),
    }))
    .filter((g) => g.rules.length > 0);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('commendationRules.title')}
        lead={t('commendationRules.lead')}
        crumbs={[{ label: t('nav.home'), to: '/home' }, { label: t('commendationRules.nav') }]}
        actions={
          canCreate && (
            <ButtonLink to="/commendations/rules/new" data-testid="rule-add">
              {t('commendationRules.add')}
            </ButtonLink>
          )
        }
      />
      <PredecessorSetting />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          id="rules-award"
          label={t('commendationRules.filterAward')}
          value={award}
          onChange={(e) => setAward(e.currentTarget.value)}
          data={[
            { value: '', label: t('commendationRules.allAwards') },
            ...catalogue.awards.map((a) => ({ value: a.code, label: pick(a.name) })),
          ]}
        />
        <DateField
          id="rules-day"
          label={t('commendationRules.inForceOn')}
          value={day}
          onChange={(e) => setDay(e.currentTarget.value)}
        />
      </SimpleGrid>
      <Text size="sm" aria-live="polite" data-testid="rules-count">
        {t('commendationRules.count', { count: shown.length })}
      </Text>
      {groups.length === 0 && <Text>{t('commendationRules.empty')}</Text>}
      {groups.map((g) => (
        <Stack
          key={g.award.code}
          gap="xs"
          component="section"
          aria-labelledby={`rules-${g.award.code}`}
        >
          <Title order={2} size="h3" id={`rules-${g.award.code}`}>
            {pick(g.award.name)}
          </Title>
          {g.rules.map((r) => (
            <Card key={r.id} withBorder component="article" data-testid={`rule-${r.code}`}>
              <Group justify="space-between" align="flex-start" gap="xs">
                <Stack gap={2} style={{ minWidth: 0, flex: '1 1 14rem' }}>
                  <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
                    {r.title ? `${pick(r.title)} · ` : ''}
                    {r.code}
                  </Text>
                  <Text size="sm">
                    {t(`commendations.subjectKinds.${r.subject}`)} ·{' '}
                    {t('commendationRules.effective', {
                      from: formatDate(r.effectiveFrom),
                      to: r.effectiveTo ? formatDate(r.effectiveTo) : t('commendationRules.open'),
                    })}
                  </Text>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {t('commendations.legalBasis')}: {cite({ ...r.citation, verified: undefined })}
                  </Text>
                  {r.citation.verified !== undefined && (
                    <Badge
                      style={{ textTransform: 'none', alignSelf: 'flex-start' }}
                      variant="outline"
                      color={r.citation.verified ? 'teal.9' : 'red.9'}
                    >
                      {r.citation.verified
                        ? t('commendationRules.verified')
                        : t('commendationRules.unverified')}
                    </Badge>
                  )}
                </Stack>
                {r.abilities?.update && (
                  <Group gap="xs">
                    <ButtonLink
                      variant="default"
                      to="/commendations/rules/$id"
                      params={{ id: r.id }}
                      aria-label={`${t('commendationRules.edit')} ${r.code} ${formatDate(r.effectiveFrom)}`}
                    >
                      {t('commendationRules.edit')}
                    </ButtonLink>
                    {canCreate && needsSuccessor(r, data.rules) && (
                      <ButtonLink
                        variant="default"
                        to="/commendations/rules/new"
                        search={{ from: r.id }}
                      >
                        {t('commendationRules.newVersion')}
                      </ButtonLink>
                    )}
                  </Group>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
