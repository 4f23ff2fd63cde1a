import { Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { wasteOutcomesQuery, wastePlacesQuery } from '../api/waste.ts';
import { PageSkeleton, QueryError, usePageTitle } from '../components/PageStates.tsx';
import { useI18n } from '../i18n/index.ts';
import { WasteLinks } from './waste-form.tsx';
import { WasteStatusCard } from './waste-follow.tsx';
import { wasteCategories, wasteCategoryNames, wasteOutcomeNames } from '../../shared/waste.ts';

const outcomesRoute = getRouteApi('/public/phan-anh/ket-qua');

/** Published outcomes by commune and category. */
export function WasteOutcomesPage() {
  const { t, pick } = useI18n();
  usePageTitle(t('waste.outcomesTitle'));
  const search = outcomesRoute.useSearch();
  const navigate = outcomesRoute.useNavigate();
  const places = useQuery(wastePlacesQuery);
  const query = useQuery(wasteOutcomesQuery(search));
  return (
    <Stack>
      <WasteLinks />
      <Title order={1}>{t('waste.outcomesTitle')}</Title>
      <Text>{t('waste.outcomesLead')}</Text>
      <Group wrap="wrap">
        <NativeSelect
          label={t('waste.where')}
          value={search.communeUnitId ?? ''}
          onChange={(e) =>
            void navigate({
              search: { ...search, communeUnitId: e.currentTarget.value || undefined },
            })
          }
          data={[
            { value: '', label: t('waste.allCommunes') },
            ...(places.data?.places ?? []).map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
        <NativeSelect
          label={t('waste.category')}
          value={search.category ?? ''}
          onChange={(e) =>
            void navigate({ search: { ...search, category: e.currentTarget.value || undefined } })
          }
          data={[
            { value: '', label: t('waste.allCategories') },
            ...wasteCategories.map((c) => ({ value: c, label: pick(wasteCategoryNames[c]) })),
          ]}
        />
      </Group>
      {query.isPending ? (
        <PageSkeleton />
      ) : query.error ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.reports.length === 0 ? (
        <Text>{t('waste.none')}</Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={320}>
            <Table data-testid="waste-totals">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('waste.where')}</Table.Th>
                  <Table.Th>{t('waste.category')}</Table.Th>
                  <Table.Th>{t('waste.outcome')}</Table.Th>
                  <Table.Th>{t('waste.count')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.totals.map((row) => (
                  <Table.Tr key={`${row.communeUnitId}-${row.category}-${row.outcome}`}>
                    <Table.Td>{row.communeName}</Table.Td>
                    <Table.Td>{pick(wasteCategoryNames[row.category])}</Table.Td>
                    <Table.Td>{pick(wasteOutcomeNames[row.outcome])}</Table.Td>
                    <Table.Td>{row.count}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Stack>
            {query.data.reports.map((r) => (
              <div key={r.code}>
                <Text fw={600}>{r.code}</Text>
                <WasteStatusCard report={r} />
              </div>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
