import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { FormEvent, ReactNode } from 'react';
import {
  awardKinds,
  contributionKinds,
  ratings,
  type SubjectKind,
} from '../../shared/commendations/catalogue.ts';
import { catalogueQuery } from '../api/commendations.ts';
import type { recordCommands } from '../api/subject-history.ts';
import { useI18n } from '../i18n/index.ts';
import { optionOf } from '../lib/options.ts';
import { ErrorSummary, useSubmitForm, type SummaryField } from './ErrorSummary.tsx';
import { DateField } from './DateField.tsx';

export type Commands = ReturnType<typeof recordCommands>;

/** A history form: its busy flag and errors, cleared and followed by `onSaved` after a write. */
export function useRecordForm(onSaved: () => Promise<void>) {
  const { form, busy, submit } = useSubmitForm();
  const run = (action: () => Promise<unknown>) =>
    submit(async () => {
      await action();
      form.clear();
      await onSaved();
    });
  return { form, busy, run };
}

/** The frame every history form shares: the error summary, the fields, one submit button. */
export function RecordForm({
  form,
  fields,
  busy,
  label,
  testId,
  onSubmit,
  children,
}: {
  form: ReturnType<typeof useRecordForm>['form'];
  fields: SummaryField[];
  busy: boolean;
  label: string;
  testId?: string;
  onSubmit: (data: FormData) => void;
  children: ReactNode;
}) {
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onSubmit(new FormData(e.currentTarget));
  };
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="xs" mt="sm">
        <ErrorSummary errors={form.errors} fields={fields} />
        {children}
        <Group>
          <Button type="submit" variant="outline" loading={busy} data-testid={testId}>
            {label}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A form field's trimmed text. */
export const text = (d: FormData, name: string) => String(d.get(name) ?? '').trim();

/** A select field's value as one of its options. */
export const choice = <T extends string>(
  d: FormData,
  name: string,
  options: readonly [T, ...T[]],
) => optionOf(options, text(d, name));

export function RatingForm({
  commands,
  onSaved,
}: {
  commands: Commands;
  onSaved: () => Promise<void>;
}) {
  const { t } = useI18n();
  const { form, busy, run } = useRecordForm(onSaved);
  const fields = [
    { name: 'year', label: t('commendations.year'), id: 'rating-year' },
    { name: 'rating', label: t('commendations.rating'), id: 'rating-rating' },
  ];
  return (
    <RecordForm
      form={form}
      fields={fields}
      busy={busy}
      label={t('commendations.addRating')}
      testId="rating-submit"
      onSubmit={(d) =>
        void run(() =>
          commands.addRating({ year: Number(d.get('year')), rating: choice(d, 'rating', ratings) }),
        )
      }
    >
      <Group grow align="flex-start" wrap="wrap">
        <TextInput
          id="rating-year"
          name="year"
          type="number"
          label={fields[0]!.label}
          error={form.fieldError('year')}
          miw={100}
        />
        <NativeSelect
          id="rating-rating"
          name="rating"
          label={fields[1]!.label}
          data={ratings.map((r) => ({ value: r, label: t(`commendations.ratingNames.${r}`) }))}
          error={form.fieldError('rating')}
          miw={160}
        />
      </Group>
    </RecordForm>
  );
}

export function AwardForm({
  subjectKind,
  commands,
  onSaved,
}: {
  subjectKind: SubjectKind;
  commands: Commands;
  onSaved: () => Promise<void>;
}) {
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
  const input = (i: number, type?: string) => (
    <TextInput
      id={fields[i]!.id}
      name={fields[i]!.name}
      type={type}
      label={fields[i]!.label}
      error={form.fieldError(fields[i]!.name)}
      miw={120}
    />
  );
  return (
    <RecordForm
      form={form}
      fields={fields}
      busy={busy}
      label={t('commendations.addAward')}
      onSubmit={(d) =>
        void run(() =>
          commands.addAward({
            awardCode: text(d, 'awardCode'),
            year: Number(d.get('year')),
            kind: choice(d, 'kind', awardKinds),
            decisionNo: text(d, 'decisionNo'),
            decisionDate: text(d, 'decisionDate'),
          }),
        )
      }
    >
      <NativeSelect
        id="award-code"
        name="awardCode"
        label={fields[0]!.label}
        data={(data?.awards ?? [])
          .filter((a) => a.subjects.includes(subjectKind))
          .map((a) => ({ value: a.code, label: pick(a.name) }))}
        error={form.fieldError('awardCode')}
      />
      <Group grow align="flex-start" wrap="wrap">
        {input(1, 'number')}
        <NativeSelect
          id="award-kind"
          name="kind"
          label={fields[2]!.label}
          data={awardKinds.map((k) => ({ value: k, label: t(`commendations.awardKinds.${k}`) }))}
          error={form.fieldError('kind')}
          miw={160}
        />
      </Group>
      <Group grow align="flex-start" wrap="wrap">
        {input(3)}
        {input(4, 'date')}
      </Group>
    </RecordForm>
  );
}

/** A household's gift of land, labour or assets to a public project. */
export function ContributionForm({
  commands,
  onSaved,
}: {
  commands: Commands;
  onSaved: () => Promise<void>;
}) {
  const { t } = useI18n();
  const { form, busy, run } = useRecordForm(onSaved);
  const fields = [
    { name: 'kind', label: t('commendations.history.contributionKind'), id: 'contribution-kind' },
    { name: 'date', label: t('commendations.history.contributionDate'), id: 'contribution-date' },
    { name: 'project', label: t('commendations.history.project'), id: 'contribution-project' },
  ];
  return (
    <RecordForm
      form={form}
      fields={fields}
      busy={busy}
      label={t('commendations.history.addContribution')}
      onSubmit={(d) =>
        void run(() =>
          commands.addContribution({
            kind: choice(d, 'kind', contributionKinds),
            date: text(d, 'date'),
            ...(text(d, 'project') ? { project: text(d, 'project') } : {}),
          }),
        )
      }
    >
      <Group grow align="flex-start" wrap="wrap">
        <NativeSelect
          id="contribution-kind"
          name="kind"
          label={fields[0]!.label}
          data={contributionKinds.map((k) => ({
            value: k,
            label: t(`commendations.history.contributionKinds.${k}`),
          }))}
          error={form.fieldError('kind')}
          miw={140}
        />
        <DateField
          id="contribution-date"
          name="date"
          label={fields[1]!.label}
          error={form.fieldError('date')}
          miw={140}
        />
      </Group>
      <TextInput
        id="contribution-project"
        name="project"
        label={fields[2]!.label}
        error={form.fieldError('project')}
      />
    </RecordForm>
  );
}
