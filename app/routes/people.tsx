import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { personCategories } from '../../shared/commendations/catalogue.ts';
import {
  commendationCommands,
  invalidateCommendations,
  peopleQuery,
} from '../api/commendations.ts';
import { ErrorSummary, useSubmitForm } from '../components/ErrorSummary.tsx';
import { AnchorLink } from '../components/links.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { QueryError } from '../components/PageStates.tsx';
import { UnitSelect } from '../components/UnitSelect.tsx';
import { useI18n } from '../i18n/index.ts';
import { optionOf } from '../lib/options.ts';

/** People whose achievements the user's units record; add a person here, open one to see their history. */
export function PeoplePage() {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(peopleQuery);
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('commendations.peopleTitle')}
        crumbs={[{ label: t('nav.home'), to: '/home' }, { label: t('commendations.peopleTitle') }]}
        actions={
          !adding && (
            <Button onClick={() => setAdding(true)} data-testid="person-add">
              {t('commendations.addPerson')}
            </Button>
          )
        }
      />
      <div aria-live="polite">{done && <Alert color="green">{done}</Alert>}</div>
      {adding && (
        <AddPersonForm
          onDone={(name) => {
            setAdding(false);
            setDone(name ? t('commendations.personCreated', { name }) : null);
          }}
        />
      )}
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : data && data.people.length === 0 ? (
        <Text>{t('commendations.peopleEmpty')}</Text>
      ) : (
        <>
          {data && (
            <Text size="sm">{t('commendations.peopleCount', { count: data.people.length })}</Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {data?.people.map((p) => (
              <Card key={p.id} withBorder>
                <AnchorLink to="/people/$id" params={{ id: p.id }} fw={700}>
                  {p.fullName}
                </AnchorLink>
                <Text size="sm">{t(`commendations.categories.${p.category as 'official'}`)}</Text>
              </Card>
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

function AddPersonForm({ onDone }: { onDone: (name?: string) => void }) {
  const { t } = useI18n();
  const { form, busy, submit: run } = useSubmitForm();
  const [unitId, setUnitId] = useState<string | null>(null);
  const fields = [
    { name: 'fullName', label: t('commendations.fullName'), id: 'person-fullName' },
    { name: 'category', label: t('commendations.category'), id: 'person-category' },
    { name: 'unitId', label: t('commendations.unit'), id: 'person-unit' },
  ];
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const fullName = String(data.get('fullName') ?? '').trim();
    const category = optionOf(personCategories, String(data.get('category') ?? ''));
    const missing: Record<string, string> = {};
    if (!fullName) missing.fullName = t('errors.required');
    if (!unitId) missing.unitId = t('errors.required');
    if (Object.keys(missing).length) return form.setFields(missing);
    await run(async () => {
      await commendationCommands.createPerson({ fullName, category, unitId: unitId! });
      await invalidateCommendations();
      onDone(fullName);
    });
  };
  return (
    <Card withBorder>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <ErrorSummary errors={form.errors} fields={fields} />
          <TextInput
            id="person-fullName"
            name="fullName"
            label={t('commendations.fullName')}
            required
            error={form.fieldError('fullName')}
          />
          <NativeSelect
            id="person-category"
            name="category"
            label={t('commendations.category')}
            data={personCategories.map((c) => ({
              value: c,
              label: t(`commendations.categories.${c}`),
            }))}
            error={form.fieldError('category')}
          />
          <UnitSelect
            id="person-unit"
            label={t('commendations.unit')}
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
