import { NativeSelect, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { PeriodResponse as Period } from '../../shared/contracts/registrations.ts';
import { periodsQuery, registrationsQuery } from '../api/registrations.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { PageSkeleton, QueryError } from '../components/PageStates.tsx';
import { RegistrationForm } from '../components/RegistrationForm.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';

/** The newest period first; the page opens on it. */
export const newestFirst = (periods: Period[]) =>
  [...periods].sort((a, b) => b.year - a.year || b.opensOn.localeCompare(a.opensOn));

/** Period picker shared by the unit page and the office's overview. */
export function PeriodSelect({
  periods,
  value,
  onChange,
}: {
  periods: Period[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useI18n();
  return (
    <NativeSelect
      id="registration-period"
      label={t('registrations.overview.choosePeriod')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={periods.map((p) => ({ value: p.id, label: `${p.year} · ${p.movementCode}` }))}
    />
  );
}

function PeriodRegistrations({ period }: { period: Period }) {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useQuery(registrationsQuery(period.id));
  if (isPending) return <PageSkeleton />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  return (
    <Stack gap="md">
      <Text>
        {t('registrations.period', {
          year: period.year,
          movement: period.movementCode,
          opensOn: formatDate(period.opensOn),
          deadline: formatDate(period.deadline),
        })}
      </Text>
      {data.mine.length === 0 ? (
        <Text>{t('registrations.noUnit')}</Text>
      ) : (
        data.mine.map((reg) => <RegistrationForm key={reg.unitId} period={period} reg={reg} />)
      )}
    </Stack>
  );
}

export function RegistrationsPage() {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useQuery(periodsQuery);
  const [chosen, setChosen] = useState('');
  const periods = newestFirst(data?.periods ?? []);
  const period = periods.find((p) => p.id === chosen) ?? periods[0];
  return (
    <Stack gap="md">
      <PageHeader
        title={t('registrations.title')}
        crumbs={[{ label: t('nav.home'), to: '/home' }, { label: t('registrations.title') }]}
        lead={t('registrations.intro')}
      />
      {isPending ? (
        <PageSkeleton />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !period ? (
        <Text>{t('registrations.noPeriod')}</Text>
      ) : (
        <>
          {periods.length > 1 && (
            <PeriodSelect periods={periods} value={period.id} onChange={setChosen} />
          )}
          <PeriodRegistrations key={period.id} period={period} />
        </>
      )}
    </Stack>
  );
}
