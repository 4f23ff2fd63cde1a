import { Card, Chip, Group, SimpleGrid, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { criteriaSetsQuery } from '../api/criteria.ts';
import { CriteriaStatusBadge } from '../components/CriteriaParts.tsx';
import { AnchorLink } from '../components/links.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { QueryError } from '../components/PageStates.tsx';
import { useI18n } from '../i18n/index.ts';
import { fold } from '../lib/format.ts';

type KindFilter = 'all' | 'category' | 'sector';

/** Criteria sets as cards: by participant category, then by sector, with status badges. */
export function CriteriaListPage() {
  const { t, pick } = useI18n();
  const { data, error, isPending, refetch } = useQuery(criteriaSetsQuery);
  const [kind, setKind] = useState<KindFilter>('all');
  const [q, setQ] = useState('');
  const sets = useMemo(() => {
    const needle = fold(q);
    return (data ?? []).filter(
      (s) =>
        (kind === 'all' || s.kind === kind) &&
        (!needle || fold(`${s.name.vi} ${s.name.en} ${s.leadUnit?.name ?? ''}`).includes(needle)),
    );
  }, [data, kind, q]);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('criteria.title')}
        lead={t('criteria.lead')}
        crumbs={[{ label: t('nav.home'), to: '/home' }, { label: t('criteria.title') }]}
      />
      <Stack gap="xs">
        <Text size="sm" fw={600} id="criteria-kind-label">
          {t('criteria.filterKind')}
        </Text>
        <Chip.Group multiple={false} value={kind} onChange={(v) => setKind(v as KindFilter)}>
          <Group gap="xs" role="group" aria-labelledby="criteria-kind-label">
            <Chip value="all">{t('criteria.kindAll')}</Chip>
            <Chip value="category">{t('criteria.kindCategory')}</Chip>
            <Chip value="sector">{t('criteria.kindSector')}</Chip>
          </Group>
        </Chip.Group>
        <TextInput
          type="search"
          label={t('criteria.search')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          maw={420}
        />
      </Stack>
      {isPending ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Skeleton height={120} />
          <Skeleton height={120} />
        </SimpleGrid>
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('criteria.count', { count: sets.length })}
          </Text>
          {sets.length === 0 && <Text>{t('criteria.empty')}</Text>}
          <SimpleGrid
            cols={{ base: 1, md: 2 }}
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {sets.map((s) => (
              <Card key={s.id} withBorder component="li" padding="sm" data-testid={`set-${s.code}`}>
                <Stack gap={6}>
                  <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                    <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
                      {pick(s.name)}
                    </Text>
                    <CriteriaStatusBadge status={s.latest.status} />
                  </Group>
                  <Text size="sm" c="dimmed">
                    {t('criteria.versionN', { n: s.latest.number })} ·{' '}
                    {t('criteria.criteriaCount', { count: s.criteriaCount })} ·{' '}
                    {t('criteria.period', { from: s.startYear, to: s.endYear })}
                  </Text>
                  {s.leadUnit && (
                    <Text size="sm">{t('criteria.leadUnit', { name: s.leadUnit.name })}</Text>
                  )}
                  <Group gap="md">
                    <AnchorLink
                      to="/criteria/$id/versions/$n"
                      params={{ id: s.id, n: String(s.latest.number) }}
                      fw={600}
                    >
                      {t('criteria.open', { n: s.latest.number })}
                    </AnchorLink>
                    {s.publishedNumber && s.publishedNumber !== s.latest.number && (
                      <AnchorLink
                        to="/criteria/$id/versions/$n"
                        params={{ id: s.id, n: String(s.publishedNumber) }}
                      >
                        {t('criteria.openPublished', { n: s.publishedNumber })}
                      </AnchorLink>
                    )}
                  </Group>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
