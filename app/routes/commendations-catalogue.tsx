import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { catalogueQuery, rulesQuery } from '../api/commendations.ts';
import { useCitation } from '../components/EligibilityPanel.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { PageSkeleton, QueryError } from '../components/PageStates.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatDate, formatNumber } from '../lib/format.ts';

type SubjectKey = 'individual' | 'collective' | 'household';

/** The catalogue of emulation titles and forms of commendation, read-only, with legal bases. */
export function CataloguePage() {
  const { t, pick } = useI18n();
  const cite = useCitation();
  const { data, error, refetch } = useQuery(catalogueQuery);
  const { data: rules } = useQuery(rulesQuery);
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageSkeleton />;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('commendations.catalogueTitle')}
        crumbs={[
          { label: t('nav.home'), to: '/home' },
          { label: t('commendations.nav.catalogue') },
        ]}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {data.awards.map((a) => (
          <Card key={a.code} withBorder component="article" aria-labelledby={`award-${a.code}`}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Title order={2} size="h4" id={`award-${a.code}`}>
                {pick(a.name)}
              </Title>
              <Badge style={{ textTransform: 'none' }} color="blue.9" variant="outline">
                {t(`commendations.titleCategory.${a.category}`)}
              </Badge>
            </Group>
            <Text size="sm">
              {t('commendations.conferredBy')}: {pick(a.conferredBy)}
            </Text>
            <Text size="sm">
              {t('commendations.subjects')}:{' '}
              {a.subjects.map((s) => t(`commendations.subjectKinds.${s as SubjectKey}`)).join(', ')}
            </Text>
            {a.multipliers.length > 0 && (
              <Text size="sm">
                {t('commendations.multiplier')}:{' '}
                {a.multipliers
                  .map((m) =>
                    t('commendations.multiplierValue', {
                      value: formatNumber(m.value),
                      subject: t(`commendations.subjectKinds.${m.subject as SubjectKey}`),
                      from: formatDate(m.effectiveFrom),
                    }),
                  )
                  .join('; ')}
              </Text>
            )}
            <Text size="xs" mt={4}>
              {t('commendations.legalBasis')}: {cite(a.citation)}
            </Text>
            {rules && rules.rules.some((r) => r.awardCode === a.code) && (
              <Stack gap={2} mt="xs">
                <Text size="sm" fw={700}>
                  {t('commendations.rules')}
                </Text>
                {rules.rules
                  .filter((r) => r.awardCode === a.code)
                  .map((r) => (
                    <Text key={r.id} size="xs">
                      {t('commendations.ruleLine', {
                        code: r.code,
                        subject: t(`commendations.subjectKinds.${r.subject as SubjectKey}`),
                        from: formatDate(r.effectiveFrom),
                        to: r.effectiveTo ? formatDate(r.effectiveTo) : t('commendations.ruleOpen'),
                      })}
                      {' — '}
                      {cite(r.citation)}
                    </Text>
                  ))}
              </Stack>
            )}
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
