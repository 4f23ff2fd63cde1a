import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { wasteByCodeQuery } from '../api/waste.ts';
import { PageSkeleton, usePageTitle } from '../components/PageStates.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';
import { WasteLinks } from '../components/WasteLinks.tsx';
import type { PublicWasteReport } from '../../shared/contracts/waste.ts';
import {
  wasteCategoryNames,
  wasteCodePattern,
  wasteOutcomeNames,
  wasteStateNames,
} from '../../shared/waste.ts';

/** Status, dates and the published outcome: what anyone may read of a report. */
export function WasteStatusCard({ report }: { report: PublicWasteReport }) {
  const { t, pick } = useI18n();
  const rows: [string, string | null][] = [
    [t('waste.category'), pick(wasteCategoryNames[report.category])],
    [t('waste.where'), report.communeName],
    [t('waste.received'), formatDate(report.receivedOn)],
    [t('waste.updated'), formatDate(report.updatedOn)],
    [t('waste.published'), report.publishedOn ? formatDate(report.publishedOn) : null],
    [t('waste.forwardedTo'), report.forwardedTo],
    [t('waste.summary'), report.summary],
  ];
  return (
    <Paper withBorder p="md" data-testid="waste-status">
      <Group gap="xs" mb="sm">
        <Badge color={report.status === 'published' ? 'green' : 'blue'} data-testid="waste-state">
          {pick(wasteStateNames[report.status])}
        </Badge>
        {report.outcome && (
          // "Not confirmed" reads as what it is, never as "resolved".
          <Badge
            color={report.outcome === 'confirmed_waste' ? 'red' : 'gray'}
            data-testid="waste-outcome"
          >
            {pick(wasteOutcomeNames[report.outcome])}
          </Badge>
        )}
      </Group>
      <Stack gap={4}>
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <Text key={k} size="sm">
              <Text span fw={600}>
                {k}:
              </Text>{' '}
              {v}
            </Text>
          ))}
        {!report.outcome && (
          <Text size="sm" c="dimmed">
            {t('waste.noOutcomeYet')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

const lookupRoute = getRouteApi('/public/phan-anh/tra-cuu');

/** Anyone looks a report up by its code: status, dates and the published outcome. */
export function WasteLookupPage() {
  const { t } = useI18n();
  usePageTitle(t('waste.lookupTitle'));
  const { code = '' } = lookupRoute.useSearch();
  const navigate = lookupRoute.useNavigate();
  const valid = wasteCodePattern.test(code);
  const query = useQuery({ ...wasteByCodeQuery(code), enabled: valid });
  return (
    <Stack maw={640}>
      <WasteLinks />
      <Title order={1}>{t('waste.lookupTitle')}</Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const next = String(new FormData(e.currentTarget).get('code') ?? '')
            .trim()
            .toUpperCase();
          void navigate({ search: { code: next } });
        }}
      >
        <Group align="end" wrap="wrap">
          <TextInput
            name="code"
            label={t('waste.lookupCode')}
            defaultValue={code}
            style={{ flex: 1, minWidth: 200 }}
            data-testid="waste-lookup-code"
          />
          <Button type="submit">{t('waste.lookup')}</Button>
        </Group>
      </form>
      {code && (!valid || query.error) && <Alert color="orange">{t('waste.notFound')}</Alert>}
      {query.isFetching && <PageSkeleton />}
      {query.data && <WasteStatusCard report={query.data} />}
    </Stack>
  );
}
