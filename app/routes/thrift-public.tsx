import { Box, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { publicThriftQuery } from '../api/thrift.ts';
import { PageSkeleton, QueryError, usePageTitle } from '../components/PageStates.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatNumber } from '../lib/format.ts';
import { wasteCategoryNames, type WasteCategory } from '../../shared/waste.ts';

/** The province's savings by area and year, and the handled violations made public. */
export function ThriftPublicPage() {
  const { t, pick } = useI18n();
  usePageTitle(t('thrift.title'));
  const query = useQuery(publicThriftQuery);
  if (query.isPending) return <PageSkeleton />;
  if (query.error) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const { savings, handledViolations } = query.data;
  const max = Math.max(1, ...savings.map((s) => s.amount));
  const name = (c: string) => pick(wasteCategoryNames[c as WasteCategory]) || c;
  return (
    <Stack>
      <Title order={1}>{t('thrift.title')}</Title>
      <Text>{t('thrift.lead')}</Text>
      {savings.length === 0 ? (
        <Text>{t('thrift.none')}</Text>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table
            className="plain-table"
            data-testid="thrift-totals"
            style={{ borderCollapse: 'collapse', width: '100%', fontSize: 14 }}
          >
            <thead>
              <tr>
                <th>{t('thrift.year')}</th>
                <th>{t('thrift.category')}</th>
                <th>{t('thrift.amount')}</th>
                <th>{t('thrift.units')}</th>
              </tr>
            </thead>
            <tbody>
              {savings.map((s) => (
                <tr key={`${s.year}-${s.category}`}>
                  <td>{s.year}</td>
                  <td>{name(s.category)}</td>
                  <td>
                    {formatNumber(s.amount)} đ
                    {/* A bar as plain CSS: public pages carry no chart library. */}
                    <Box
                      aria-hidden
                      h={6}
                      bg="teal.6"
                      style={{ width: `${Math.max(2, (s.amount / max) * 100)}%`, borderRadius: 3 }}
                    />
                  </td>
                  <td>{s.units}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Title order={2} size="h3">
        {t('thrift.violations')}
      </Title>
      {handledViolations.length === 0 ? (
        <Text>{t('thrift.none')}</Text>
      ) : (
        <Stack data-testid="thrift-violations">
          {handledViolations.map((v, i) => (
            <Box
              key={i}
              p="sm"
              style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
            >
              <Text fw={600}>
                {v.unitName} · {name(v.category)}
              </Text>
              <Text size="sm">
                {t('thrift.body')}: {v.inspectingBody} · {t('thrift.decision')}:{' '}
                {v.decisionNumber ?? '—'}
              </Text>
              <Text size="sm">
                {t('thrift.found')}: {formatNumber(v.amount)} đ · {t('thrift.recovered')}:{' '}
                {v.amountRecovered === null ? '—' : `${formatNumber(v.amountRecovered)} đ`}
              </Text>
              {v.publicSummary && <Text size="sm">{v.publicSummary}</Text>}
            </Box>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
