import { Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { wasteOutcomesQuery, wastePlacesQuery } from '../api/waste.ts';
import { PageSkeleton, QueryError, usePageTitle } from '../components/PageStates.tsx';
import { useI18n } from '../i18n/index.ts';
import { WasteLinks } from '../components/WasteLinks.tsx';
import { WasteStatusCard } from './waste-lookup.tsx';
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
          <div style={{ overflowX: 'auto' }}>
            <table
              className="plain-table"
              data-testid="waste-totals"
              style={{ borderCollapse: 'collapse', width: '100%', fontSize: 14 }}
            >
              <thead>
                <tr>
                  <th>{t('waste.where')}</th>
                  <th>{t('waste.category')}</th>
                  <th>{t('waste.outcome')}</th>
                  <th>{t('waste.count')}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.totals.map((row) => (
                  <tr key={`${row.communeUnitId}-${row.category}-${row.outcome}`}>
                    <td>{row.communeName}</td>
                    <td>{pick(wasteCategoryNames[row.category])}</td>
                    <td>{pick(wasteOutcomeNames[row.outcome])}</td>
                    <td>{row.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
