import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { RegistrationStatus } from '../../shared/contracts/registrations.ts';
import { queryClient } from '../api/query.ts';
import {
  overviewQuery,
  overviewXlsxUrl,
  periodsQuery,
  registrationCommands,
} from '../api/registrations.ts';
import { ErrorSummary, useSubmitForm } from '../components/ErrorSummary.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { PageSkeleton, QueryError } from '../components/PageStates.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';
import { newestFirst, PeriodSelect } from './registrations.tsx';
import { DateField } from '../components/DateField.tsx';

const statuses: RegistrationStatus[] = ['submitted', 'draft', 'not_registered', 'late'];
/** Badge colour and a dark text colour that keeps 4.5:1 contrast on the light badge. */
const colors: Record<RegistrationStatus, { mantine: string; text: string }> = {
  submitted: { mantine: 'green', text: '#1a4d24' },
  draft: { mantine: 'blue', text: '#0b3a66' },
  not_registered: { mantine: 'gray', text: '#2b2f33' },
  late: { mantine: 'red', text: '#7f1a1a' },
};

function OpenPeriodForm() {
  const { t } = useI18n();
  const { form, busy, submit: run } = useSubmitForm();
  const [done, setDone] = useState(false);
  const year = new Date().getFullYear();
  const fields = [
    { name: 'movementCode', label: t('registrations.overview.movement'), id: 'period-movement' },
    { name: 'year', label: t('registrations.overview.year'), id: 'period-year' },
    { name: 'opensOn', label: t('registrations.overview.opensOn'), id: 'period-opens' },
    { name: 'deadline', label: t('registrations.overview.deadline'), id: 'period-deadline' },
  ];
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (k: string) => String(data.get(k) ?? '').trim();
    const missing = Object.fromEntries(
      fields.filter((f) => !value(f.name)).map((f) => [f.name, t('errors.required')]),
    );
    if (Object.keys(missing).length) return form.setFields(missing);
    await run(async () => {
      await registrationCommands.openPeriod({
        movementCode: value('movementCode'),
        year: Number(value('year')),
        opensOn: value('opensOn'),
        deadline: value('deadline'),
      });
      form.clear();
      setDone(true);
      await queryClient.invalidateQueries({ queryKey: ['registration-periods'] });
    });
  };
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      noValidate
      onSubmit={(e: FormEvent<HTMLFormElement>) => void submit(e)}
      aria-labelledby="open-period-title"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="open-period-title">
          {t('registrations.overview.open')}
        </Title>
        <ErrorSummary errors={form.errors} fields={fields} />
        {done && (
          <Alert color="green" variant="light" role="status">
            <Text size="sm" fw={600} c="#1a4d24">
              {t('registrations.overview.opened')}
            </Text>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            id="period-movement"
            name="movementCode"
            label={fields[0]!.label}
            defaultValue="HTCS-THTK-2022-2030"
            error={form.fieldError('movementCode')}
          />
          <TextInput
            id="period-year"
            name="year"
            inputMode="numeric"
            label={fields[1]!.label}
            defaultValue={String(year)}
            error={form.fieldError('year')}
          />
          <DateField
            id="period-opens"
            name="opensOn"
            label={fields[2]!.label}
            error={form.fieldError('opensOn')}
          />
          <DateField
            id="period-deadline"
            name="deadline"
            label={fields[3]!.label}
            error={form.fieldError('deadline')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={busy}>
            {t('registrations.overview.open')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function PeriodOverview({ periodId }: { periodId: string }) {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useQuery(overviewQuery(periodId));
  const [filter, setFilter] = useState('');
  if (isPending) return <PageSkeleton />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  const rows = data.rows.filter((r) => !filter || r.status === filter);
  return (
    <Stack gap="sm">
      <Text data-testid="registration-counts">
        {t('registrations.overview.counts', data.counts)}
      </Text>
      <Group align="end">
        <NativeSelect
          id="registration-filter"
          label={t('registrations.overview.filter')}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          data={[
            { value: '', label: t('registrations.overview.all') },
            ...statuses.map((s) => ({ value: s, label: t(`registrations.status.${s}`) })),
          ]}
        />
        <Anchor href={overviewXlsxUrl(periodId)} download>
          {t('registrations.overview.download')}
        </Anchor>
      </Group>
      <Table.ScrollContainer minWidth={320}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('registrations.overview.unit')}</Table.Th>
              <Table.Th>{t('registrations.overview.statusCol')}</Table.Th>
              <Table.Th>{t('registrations.overview.submittedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.unitId} data-testid={`overview-${r.code}`}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>
                  <Badge
                    color={colors[r.status].mantine}
                    c={colors[r.status].text}
                    variant="light"
                    tt="none"
                  >
                    {t(`registrations.status.${r.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatDate(r.submittedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

export function RegistrationsOverviewPage() {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useQuery(periodsQuery);
  const [chosen, setChosen] = useState('');
  const periods = newestFirst(data?.periods ?? []);
  const period = periods.find((p) => p.id === chosen) ?? periods[0];
  return (
    <Stack gap="md">
      <PageHeader
        title={t('registrations.overview.title')}
        crumbs={[
          { label: t('nav.home'), to: '/home' },
          { label: t('registrations.overview.title') },
        ]}
      />
      {isPending ? (
        <PageSkeleton />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          {data.abilities.create && <OpenPeriodForm />}
          {!period ? (
            <Text>{t('registrations.noPeriod')}</Text>
          ) : (
            <>
              <PeriodSelect periods={periods} value={period.id} onChange={setChosen} />
              {data.abilities.overview && <PeriodOverview key={period.id} periodId={period.id} />}
            </>
          )}
        </>
      )}
    </Stack>
  );
}
