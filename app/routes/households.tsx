import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { queryClient } from '../api/query.ts';
import { createHousehold, householdsQuery } from '../api/subject-history.ts';
import { ErrorSummary, useSubmitForm } from '../components/ErrorSummary.tsx';
import { AnchorLink } from '../components/links.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { QueryError } from '../components/PageStates.tsx';
import { UnitSelect } from '../components/UnitSelect.tsx';
import { useI18n } from '../i18n/index.ts';

/** Households of the user's units whose contributions are recorded (e.g. land given for a road). */
export function HouseholdsPage() {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(householdsQuery);
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const title = t('commendations.history.householdsTitle');
  return (
    <Stack gap="md">
      <PageHeader
        title={title}
        crumbs={[{ label: t('nav.home'), to: '/home' }, { label: title }]}
        actions={
          !adding && (
            <Button onClick={() => setAdding(true)} data-testid="household-add">
              {t('commendations.history.addHousehold')}
            </Button>
          )
        }
      />
      <div aria-live="polite">{done && <Alert color="green">{done}</Alert>}</div>
      {adding && (
        <AddHouseholdForm
          onDone={(name) => {
            setAdding(false);
            setDone(name ? t('commendations.history.householdCreated', { name }) : null);
          }}
        />
      )}
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : data && data.households.length === 0 ? (
        <Text>{t('commendations.history.householdsEmpty')}</Text>
      ) : (
        <>
          {data && (
            <Text size="sm">
              {t('commendations.history.householdsCount', { count: data.households.length })}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {data?.households.map((h) => (
              <Card key={h.id} withBorder>
                <AnchorLink to="/households/$id" params={{ id: h.id }} fw={700}>
                  {h.headName}
                </AnchorLink>
                <Text size="sm">{h.address}</Text>
              </Card>
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

function AddHouseholdForm({ onDone }: { onDone: (name?: string) => void }) {
  const { t } = useI18n();
  const { form, busy, submit: run } = useSubmitForm();
  const [unitId, setUnitId] = useState<string | null>(null);
  const fields = [
    { name: 'headName', label: t('commendations.history.headName'), id: 'household-headName' },
    { name: 'address', label: t('commendations.history.address'), id: 'household-address' },
    { name: 'unitId', label: t('commendations.unit'), id: 'household-unit' },
  ];
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const headName = String(data.get('headName') ?? '').trim();
    const address = String(data.get('address') ?? '').trim();
    const missing: Record<string, string> = {};
    if (!headName) missing.headName = t('errors.required');
    if (!address) missing.address = t('errors.required');
    if (!unitId) missing.unitId = t('errors.required');
    if (Object.keys(missing).length) return form.setFields(missing);
    await run(async () => {
      await createHousehold({ headName, address, unitId: unitId! });
      await queryClient.invalidateQueries({ queryKey: ['households'] });
      onDone(headName);
    });
  };
  return (
    <Card withBorder>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <ErrorSummary errors={form.errors} fields={fields} />
          <TextInput
            id="household-headName"
            name="headName"
            label={fields[0]!.label}
            required
            error={form.fieldError('headName')}
          />
          <TextInput
            id="household-address"
            name="address"
            label={fields[1]!.label}
            required
            error={form.fieldError('address')}
          />
          <UnitSelect
            id="household-unit"
            label={fields[2]!.label}
            value={unitId}
            onChange={setUnitId}
            required
            error={form.fieldError('unitId')}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => onDone()}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
