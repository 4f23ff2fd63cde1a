import {
  Button,
  Card,
  Group,
  MultiSelect,
  NativeSelect,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { recognitionLevels } from '../../shared/commendations/catalogue.ts';
import type { Initiative } from '../../shared/contracts/initiatives.ts';
import {
  commendationCommands,
  invalidateCommendations,
  peopleQuery,
} from '../api/commendations.ts';
import { ErrorSummary, useSubmitForm } from '../components/ErrorSummary.tsx';
import { UnitSelect } from '../components/UnitSelect.tsx';
import { useI18n } from '../i18n/index.ts';
import { todayIso } from '../lib/format.ts';
import { optionOf } from '../lib/options.ts';
import { DateField } from '../components/DateField.tsx';

/** Recognition of an initiative under review: level, date, decision and scope. */
export function RecogniseForm({
  initiative,
  onDone,
}: {
  initiative: Initiative;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { form, busy, submit: run } = useSubmitForm();
  const id = (n: string) => `rec-${initiative.id}-${n}`;
  const fields = [
    { name: 'level', label: t('commendations.level'), id: id('level') },
    { name: 'date', label: t('commendations.recognisedOn'), id: id('date') },
    { name: 'decisionNumber', label: t('commendations.decisionNo'), id: id('decisionNumber') },
    { name: 'scope', label: t('commendations.scope'), id: id('scope') },
  ];
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    const s = (n: string) => String(d.get(n) ?? '').trim();
    await run(async () => {
      await commendationCommands.recognise(initiative.id, {
        version: initiative.version,
        level: optionOf(recognitionLevels, s('level')),
        date: s('date'),
        decisionNumber: s('decisionNumber'),
        scope: s('scope'),
      });
      await invalidateCommendations();
      onDone();
    });
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <Stack gap="xs" mt="sm">
        <ErrorSummary errors={form.errors} fields={fields} />
        <NativeSelect
          id={id('level')}
          name="level"
          label={t('commendations.level')}
          data={recognitionLevels.map((l) => ({ value: l, label: t(`commendations.levels.${l}`) }))}
        />
        <DateField
          id={id('date')}
          name="date"
          defaultValue={todayIso()}
          label={t('commendations.recognisedOn')}
          error={form.fieldError('date')}
        />
        <TextInput
          id={id('decisionNumber')}
          name="decisionNumber"
          label={t('commendations.decisionNo')}
          error={form.fieldError('decisionNumber')}
        />
        <TextInput
          id={id('scope')}
          name="scope"
          label={t('commendations.scope')}
          error={form.fieldError('scope')}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('commendations.recognise')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Submission of a new initiative: title, authors, unit, description and effect. */
export function SubmitForm({ onDone }: { onDone: (ok: boolean) => void }) {
  const { t } = useI18n();
  const { data: people } = useQuery(peopleQuery);
  const { form, busy, submit: run } = useSubmitForm();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [authorIds, setAuthorIds] = useState<string[]>([]);
  const fields = [
    { name: 'title', label: t('commendations.initiativeTitle'), id: 'ini-title' },
    { name: 'authorIds', label: t('commendations.authors'), id: 'ini-authors' },
    { name: 'unitId', label: t('commendations.unit'), id: 'ini-unit' },
    { name: 'description', label: t('commendations.description'), id: 'ini-description' },
    { name: 'effect', label: t('commendations.effect'), id: 'ini-effect' },
  ];
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    const s = (n: string) => String(d.get(n) ?? '').trim();
    const values = { title: s('title'), description: s('description'), effect: s('effect') };
    const missing: Record<string, string> = {};
    for (const [k, v] of Object.entries(values)) if (!v) missing[k] = t('errors.required');
    if (!unitId) missing.unitId = t('errors.required');
    if (!authorIds.length) missing.authorIds = t('errors.required');
    if (Object.keys(missing).length) return form.setFields(missing);
    await run(async () => {
      await commendationCommands.submitInitiative({ ...values, unitId: unitId!, authorIds });
      await invalidateCommendations();
      onDone(true);
    });
  };
  return (
    <Card withBorder>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <ErrorSummary errors={form.errors} fields={fields} />
          <TextInput
            id="ini-title"
            name="title"
            label={t('commendations.initiativeTitle')}
            required
            error={form.fieldError('title')}
          />
          <MultiSelect
            id="ini-authors"
            label={t('commendations.authors')}
            data={(people?.people ?? []).map((p) => ({ value: p.id, label: p.fullName }))}
            value={authorIds}
            onChange={setAuthorIds}
            searchable
            required
            error={form.fieldError('authorIds')}
          />
          <UnitSelect
            id="ini-unit"
            label={t('commendations.unit')}
            value={unitId}
            onChange={setUnitId}
            required
            error={form.fieldError('unitId')}
          />
          <Textarea
            id="ini-description"
            name="description"
            label={t('commendations.description')}
            autosize
            minRows={2}
            required
            error={form.fieldError('description')}
          />
          <Textarea
            id="ini-effect"
            name="effect"
            label={t('commendations.effect')}
            autosize
            minRows={2}
            required
            error={form.fieldError('effect')}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => onDone(false)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('commendations.submitInitiative')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
