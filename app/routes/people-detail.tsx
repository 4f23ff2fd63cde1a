import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { awardKinds, ratings } from '../../shared/commendations/catalogue.ts';
import {
  catalogueQuery,
  commendationCommands,
  personQuery,
  type HistoryRecord,
} from '../api/commendations.ts';
import { queryClient } from '../api/query.ts';
import { EligibilityPanel } from '../components/EligibilityPanel.tsx';
import { ErrorSummary, useSubmitForm } from '../components/ErrorSummary.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { PageSkeleton, QueryError } from '../components/PageStates.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';

/** A person's history (ratings, awards, cases, initiatives) and the eligibility check. */
export function PersonPage() {
  const { t, pick } = useI18n();
  const { id } = useParams({ from: '/app/people/$id' });
  const { data, error, refetch } = useQuery(personQuery(id));
  const { data: cat } = useQuery(catalogueQuery);
  const [done, setDone] = useState<string | null>(null);
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageSkeleton />;
  const of = (type: string) => data.records.filter((r) => r.type === type);
  const awardName = (code: unknown) =>
    pick(cat?.awards.find((a) => a.code === code)?.name) || String(code);
  const saved = async () => {
    setDone(t('commendations.saved'));
    await queryClient.invalidateQueries({ queryKey: ['people', id] });
  };
  const list = (rows: HistoryRecord[], line: (r: HistoryRecord) => string) =>
    rows.length ? (
      <Stack gap={4} component="ul" style={{ paddingLeft: 18, margin: 0 }}>
        {rows.map((r) => (
          <li key={r.id}>
            <Text size="sm">{line(r)}</Text>
          </li>
        ))}
      </Stack>
    ) : (
      <Text size="sm">{t('commendations.noRecords')}</Text>
    );

  return (
    <Stack gap="md">
      <PageHeader
        title={t('commendations.historyTitle', { name: data.subject.name })}
        crumbs={[{ label: t('nav.home'), to: '/home' }, { label: data.subject.name }]}
        lead={`${data.subject.category ? t(`commendations.categories.${data.subject.category as 'official'}`) : ''} · ${data.subject.unitName}`}
      />
      <div aria-live="polite">{done && <Alert color="green">{done}</Alert>}</div>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder component="section" aria-labelledby="h-ratings">
          <Title order={2} size="h4" id="h-ratings" mb="xs">
            {t('commendations.ratings')}
          </Title>
          {list(
            of('rating'),
            (r) => `${r.year}: ${t(`commendations.ratingNames.${r.data.rating as 'HTT'}`)}`,
          )}
          {data.abilities.record && <RatingForm personId={id} onSaved={saved} />}
        </Card>
        <Card withBorder component="section" aria-labelledby="h-awards">
          <Title order={2} size="h4" id="h-awards" mb="xs">
            {t('commendations.awards')}
          </Title>
          {list(
            of('award'),
            (r) =>
              `${r.year}: ${awardName(r.data.awardCode)} — ${String(r.data.decisionNo)}, ${formatDate(String(r.data.decisionDate))}`,
          )}
          {data.abilities.record && <AwardForm personId={id} onSaved={saved} />}
        </Card>
        <Card withBorder component="section" aria-labelledby="h-initiatives">
          <Title order={2} size="h4" id="h-initiatives" mb="xs">
            {t('commendations.initiatives')}
          </Title>
          {data.initiatives.length ? (
            <Stack gap={4}>
              {data.initiatives.map((i) => (
                <Group key={i.id} gap="xs">
                  <Text size="sm">{i.title}</Text>
                  <Badge style={{ textTransform: 'none' }} color="blue.9" variant="outline">
                    {t(`commendations.statuses.${i.status}`)}
                  </Badge>
                  {i.level && (
                    <Text size="sm">
                      {t('commendations.recognisedLine', {
                        level: t(`commendations.levels.${i.level as 'base'}`),
                        decision: i.decisionNumber ?? '',
                        date: formatDate(i.recognisedOn),
                      })}
                    </Text>
                  )}
                </Group>
              ))}
            </Stack>
          ) : (
            <Text size="sm">{t('commendations.noRecords')}</Text>
          )}
        </Card>
        <Card withBorder component="section" aria-labelledby="h-cases">
          <Title order={2} size="h4" id="h-cases" mb="xs">
            {t('commendations.cases')}
          </Title>
          {list([...of('discipline'), ...of('case')], (r) =>
            [
              r.data.kind ?? r.data.severity,
              formatDate(String(r.data.openedOn ?? r.data.decidedOn)),
              r.data.closedOn ? `→ ${formatDate(String(r.data.closedOn))}` : '',
              r.data.ref ?? '',
            ]
              .filter(Boolean)
              .join(' · '),
          )}
        </Card>
      </SimpleGrid>
      {data.abilities.checkEligibility && <EligibilityPanel subjectId={id} />}
    </Stack>
  );
}

function useRecordForm(onSaved: () => Promise<void>) {
  const { form, busy, submit } = useSubmitForm();
  const run = (action: () => Promise<unknown>) =>
    submit(async () => {
      await action();
      form.clear();
      await onSaved();
    });
  return { form, busy, run };
}

function RatingForm({ personId, onSaved }: { personId: string; onSaved: () => Promise<void> }) {
  const { t } = useI18n();
  const { form, busy, run } = useRecordForm(onSaved);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    void run(() =>
      commendationCommands.addRating(personId, {
        year: Number(d.get('year')),
        rating: String(d.get('rating')),
      }),
    );
  };
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="xs" mt="sm">
        <ErrorSummary
          errors={form.errors}
          fields={[
            { name: 'year', label: t('commendations.year'), id: 'rating-year' },
            { name: 'rating', label: t('commendations.rating'), id: 'rating-rating' },
          ]}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            id="rating-year"
            name="year"
            type="number"
            label={t('commendations.year')}
            error={form.fieldError('year')}
            miw={100}
          />
          <NativeSelect
            id="rating-rating"
            name="rating"
            label={t('commendations.rating')}
            data={ratings.map((r) => ({ value: r, label: t(`commendations.ratingNames.${r}`) }))}
            error={form.fieldError('rating')}
            miw={160}
          />
        </Group>
        <Group>
          <Button type="submit" variant="outline" loading={busy} data-testid="rating-submit">
            {t('commendations.addRating')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AwardForm({ personId, onSaved }: { personId: string; onSaved: () => Promise<void> }) {
  const { t, pick } = useI18n();
  const { data } = useQuery(catalogueQuery);
  const { form, busy, run } = useRecordForm(onSaved);
  const fields = [
    { name: 'awardCode', label: t('commendations.award'), id: 'award-code' },
    { name: 'year', label: t('commendations.year'), id: 'award-year' },
    { name: 'kind', label: t('commendations.awardKind'), id: 'award-kind' },
    { name: 'decisionNo', label: t('commendations.decisionNo'), id: 'award-decisionNo' },
    { name: 'decisionDate', label: t('commendations.decisionDate'), id: 'award-decisionDate' },
  ];
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    void run(() =>
      commendationCommands.addAward(personId, {
        awardCode: String(d.get('awardCode')),
        year: Number(d.get('year')),
        kind: String(d.get('kind')),
        decisionNo: String(d.get('decisionNo') ?? '').trim(),
        decisionDate: String(d.get('decisionDate') ?? ''),
      }),
    );
  };
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="xs" mt="sm">
        <ErrorSummary errors={form.errors} fields={fields} />
        <NativeSelect
          id="award-code"
          name="awardCode"
          label={t('commendations.award')}
          data={(data?.awards ?? [])
            .filter((a) => a.subjects.includes('individual'))
            .map((a) => ({ value: a.code, label: pick(a.name) }))}
          error={form.fieldError('awardCode')}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            id="award-year"
            name="year"
            type="number"
            label={t('commendations.year')}
            error={form.fieldError('year')}
            miw={100}
          />
          <NativeSelect
            id="award-kind"
            name="kind"
            label={t('commendations.awardKind')}
            data={awardKinds.map((k) => ({ value: k, label: t(`commendations.awardKinds.${k}`) }))}
            error={form.fieldError('kind')}
            miw={160}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            id="award-decisionNo"
            name="decisionNo"
            label={t('commendations.decisionNo')}
            error={form.fieldError('decisionNo')}
            miw={140}
          />
          <TextInput
            id="award-decisionDate"
            name="decisionDate"
            type="date"
            label={t('commendations.decisionDate')}
            error={form.fieldError('decisionDate')}
            miw={140}
          />
        </Group>
        <Group>
          <Button type="submit" variant="outline" loading={busy}>
            {t('commendations.addAward')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
