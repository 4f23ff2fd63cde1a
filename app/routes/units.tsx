import { Button, Group, Paper, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { meQuery } from '../api/me.ts';
import { unitTreeQuery } from '../api/units.ts';
import { ButtonLink } from '../components/links.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { QueryError } from '../components/PageStates.tsx';
import { UnitTree, type TreeView } from '../components/UnitTree.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatDate, isIsoDate, todayIso } from '../lib/format.ts';
import { buildTree, matchingIds } from '../lib/tree.ts';
import { DateField } from '../components/DateField.tsx';

const route = getRouteApi('/app/units');

/** Years before this are typing in progress, not a date anyone means. */
const plausible = (value: string) => isIsoDate(value) && Number(value.slice(0, 4)) >= 1945;

export function UnitsPage() {
  const { t } = useI18n();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const asOf = search.asOf ?? todayIso();
  const { data: me } = useQuery(meQuery);

  const [draftDate, setDraftDate] = useState(asOf);
  const [debouncedDate] = useDebouncedValue(draftDate, 350);
  useEffect(() => setDraftDate(asOf), [asOf]);
  useEffect(() => {
    if (plausible(debouncedDate) && debouncedDate !== asOf)
      void navigate({ search: (prev) => ({ ...prev, asOf: debouncedDate }) });
  }, [debouncedDate, asOf, navigate]);

  const [query, setQuery] = useState(search.q ?? '');
  const [debouncedQuery] = useDebouncedValue(query, 250);
  useEffect(() => {
    if ((search.q ?? '') !== debouncedQuery)
      void navigate({
        search: (prev) => ({ ...prev, q: debouncedQuery || undefined }),
        replace: true,
      });
  }, [debouncedQuery, search.q, navigate]);

  const { data, error, isPending, isFetching, refetch } = useQuery({
    ...unitTreeQuery(asOf),
    placeholderData: keepPreviousData,
  });
  const index = useMemo(() => buildTree(data?.units ?? []), [data]);
  const filter = useMemo(() => matchingIds(index, debouncedQuery), [index, debouncedQuery]);

  const [mode, setMode] = useState<'default' | 'all' | 'none'>('default');
  const [overrides, setOverrides] = useState<Map<string, boolean>>(new Map());
  const view: TreeView = {
    index,
    filter,
    isExpanded: (id, depth) =>
      overrides.get(id) ?? (mode === 'all' ? true : mode === 'none' ? false : depth === 0),
    toggle: (id, open) => setOverrides((prev) => new Map(prev).set(id, open)),
  };
  const setAll = (next: 'all' | 'none') => {
    setMode(next);
    setOverrides(new Map());
  };

  const count = data?.units.length ?? 0;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('units.title')}
        crumbs={[{ label: t('nav.home'), to: '/home' }, { label: t('units.title') }]}
        actions={
          me?.abilities.manageUnits ? (
            <Group>
              <ButtonLink to="/units/import" variant="default" size="sm">
                {t('units.import')}
              </ButtonLink>
            </Group>
          ) : undefined
        }
      />
      <Paper withBorder p="md">
        <Group align="flex-start" gap="md" wrap="wrap">
          <DateField
            id="as-of"
            label={t('units.asOf')}
            value={draftDate}
            onChange={(e) => setDraftDate(e.currentTarget.value)}
            data-testid="as-of"
            w={{ base: '100%', xs: 200 }}
          />
          <TextInput
            type="search"
            id="unit-search"
            label={t('units.search')}
            description={t('units.searchHint')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            data-testid="unit-search"
            style={{ flex: '1 1 220px' }}
          />
        </Group>
        <Group justify="space-between" mt="sm" gap="xs">
          <Text size="sm" fw={500} aria-live="polite" data-testid="as-of-shown">
            {t('units.asOfShown', { date: formatDate(asOf) })} ·{' '}
            {filter
              ? t('units.matches', { count: filter.matches.size })
              : t('units.count', { count })}
          </Text>
          {!filter && (
            <Group gap="xs">
              <Button size="compact-sm" variant="default" onClick={() => setAll('all')}>
                {t('units.expandAll')}
              </Button>
              <Button size="compact-sm" variant="default" onClick={() => setAll('none')}>
                {t('units.collapseAll')}
              </Button>
            </Group>
          )}
        </Group>
      </Paper>

      {error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : isPending ? (
        <Stack gap="xs">
          {[0, 1, 2, 3, 4].map((i) => (
            <Skeleton key={i} height={28} width={`${80 - i * 8}%`} />
          ))}
        </Stack>
      ) : count === 0 ? (
        <Text>{t('units.empty')}</Text>
      ) : filter && filter.matches.size === 0 ? (
        <Text>{t('units.noMatch', { q: debouncedQuery })}</Text>
      ) : (
        <div style={{ opacity: isFetching ? 0.6 : 1 }} aria-busy={isFetching}>
          <UnitTree view={view} label={t('units.treeLabel')} />
        </div>
      )}
    </Stack>
  );
}
