import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { catalogue } from '../../shared/commendations/catalogue.ts';
import type { Criterion } from '../../shared/contracts/criteria-content.ts';
import type {
  Commitments,
  PeriodResponse as Period,
  RegistrationResponse as Registration,
} from '../../shared/contracts/registrations.ts';
import { appliesInYear } from '../../shared/criterion-years.ts';
import { criteriaVersionQuery } from '../api/criteria.ts';
import { queryClient } from '../api/query.ts';
import { registrationCommands } from '../api/registrations.ts';
import { useI18n } from '../i18n/index.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { ErrorSummary, useSubmitForm } from './ErrorSummary.tsx';

type Quantitative = Extract<Criterion, { kind: 'quantitative' }>;
const titles = (subject: 'collective' | 'individual') =>
  catalogue.filter((a) => a.category === 'title' && a.subjects.includes(subject));

const parseNumber = (raw: string) => {
  const cleaned = raw.trim().replace(/\s/g, '').replace(',', '.');
  return cleaned === '' ? Number.NaN : Number(cleaned);
};

/** A unit's registration: form → "check your answers" → submit (by the unit head). */
export function RegistrationForm({ period, reg }: { period: Period; reg: Registration }) {
  const { t, pick } = useI18n();
  const { form, busy, submit: run } = useSubmitForm();
  const keyOf = (setId: string | null, n: number | null) => (setId ? `${setId}:${n}` : '');
  const choiceKeys = reg.choices.map((c) => keyOf(c.criteriaSetId, c.criteriaVersion));
  const savedKey = keyOf(reg.criteriaSetId, reg.criteriaVersion);
  // The saved version while it may still judge the unit, else the unit's category set.
  const initialSet = choiceKeys.includes(savedKey) ? savedKey : (choiceKeys[0] ?? '');
  const [choice, setChoice] = useState<string>('');
  const setKey = choice || initialSet;
  const [setId, n] = setKey.split(':');
  const version = useQuery({
    ...criteriaVersionQuery(setId ?? '', Number(n ?? 1)),
    enabled: Boolean(setId),
  });
  const criteria: Quantitative[] = (version.data?.content.groups ?? [])
    .flatMap((g) => g.criteria)
    .filter(
      (c): c is Quantitative =>
        c.kind === 'quantitative' &&
        (c.unitKinds.length === 0 || c.unitKinds.some((k) => k === reg.unitKind)) &&
        appliesInYear(c, period.year),
    );
  const [reviewing, setReviewing] = useState(reg.status === 'draft');
  const [current, setCurrent] = useState(reg);
  // The review shows the version actually saved, which may since have been superseded.
  const saved = useQuery({
    ...criteriaVersionQuery(current.criteriaSetId ?? '', current.criteriaVersion ?? 1),
    enabled: Boolean(current.criteriaSetId),
  });
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const id = (name: string) => `reg-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const c = current.commitments;

  const fields = [
    { name: 'criteriaSetId', label: t('registrations.chooseSet'), id: id('set') },
    { name: 'criteriaVersion', label: t('registrations.chooseSet'), id: id('set') },
    ...criteria.map((q) => ({ name: `values.${q.code}`, label: q.code, id: id(`v-${q.code}`) })),
    ...titles('collective').map((a, i) => ({
      name: `collectiveTitles.${i}`,
      label: pick(a.name),
      id: id(`ct-${a.code}`),
    })),
  ];

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const problems: Record<string, string> = {};
    const values: Record<string, number> = {};
    for (const q of criteria) {
      const raw = String(data.get(`v-${q.code}`) ?? '');
      if (!raw.trim()) continue;
      const v = parseNumber(raw);
      if (Number.isNaN(v)) problems[`values.${q.code}`] = t('registrations.notNumber');
      else values[q.code] = v;
    }
    if (Object.keys(problems).length) return form.setFields(problems);
    const commitments: Commitments = {
      values,
      collectiveTitles: titles('collective')
        .map((a) => a.code)
        .filter((code) => data.get(`ct-${code}`) === 'on'),
      individualTitles: titles('individual').flatMap((a) => {
        const count = parseNumber(String(data.get(`it-${a.code}`) ?? ''));
        return Number.isNaN(count) || count === 0 ? [] : [{ code: a.code, count }];
      }),
      note: String(data.get('note') ?? ''),
    };
    await run(async () => {
      const after = await registrationCommands.save(period.id, reg.unitId, {
        criteriaSetId: setId!,
        criteriaVersion: Number(n),
        commitments,
        ...(current.version ? { version: current.version } : {}),
      });
      form.clear();
      setCurrent(after);
      setReviewing(true);
    });
  };

  const submit = () =>
    run(async () => {
      setCurrent(
        await registrationCommands.submit(period.id, reg.unitId, current.version!, idempotencyKey),
      );
      form.clear();
      await queryClient.invalidateQueries({ queryKey: ['registrations'] });
    });

  const titleName = (code: string) => {
    const a = catalogue.find((x) => x.code === code);
    return a ? pick(a.name) : code;
  };

  if (current.status === 'submitted' || (reviewing && c))
    return (
      <Paper withBorder p="sm">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {current.unitName}
          </Title>
          <ErrorSummary errors={form.errors} fields={fields} />
          {current.status === 'submitted' ? (
            <Alert color="green" variant="light" role="status">
              <Text size="sm" fw={600} c="#1a4d24" data-testid="registration-submitted">
                {t('registrations.submitted', { date: formatDate(current.submittedAt) })}
              </Text>
            </Alert>
          ) : (
            <Title order={3} size="h5">
              {t('registrations.check')}
            </Title>
          )}
          <Table variant="vertical" layout="fixed" withTableBorder>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w="40%">{t('registrations.chooseSet')}</Table.Th>
                <Table.Td>
                  {saved.data ? `${pick(saved.data.set.name)} (v${saved.data.number})` : ''}
                </Table.Td>
              </Table.Tr>
              {Object.entries(c?.values ?? {}).map(([code, v]) => (
                <Table.Tr key={code}>
                  <Table.Th>{code}</Table.Th>
                  <Table.Td>{formatNumber(v)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th>{t('registrations.collectiveTitles')}</Table.Th>
                <Table.Td>
                  {c?.collectiveTitles.map(titleName).join('; ') || t('registrations.none')}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('registrations.individualTitles')}</Table.Th>
                <Table.Td>
                  {c?.individualTitles.map((a) => `${titleName(a.code)}: ${a.count}`).join('; ') ||
                    t('registrations.none')}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {current.status === 'draft' && (
            <Group>
              {current.abilities.save && (
                <Button variant="default" onClick={() => setReviewing(false)}>
                  {t('registrations.edit')}
                </Button>
              )}
              {current.abilities.submit ? (
                <Button loading={busy} onClick={() => void submit()}>
                  {t('registrations.submit')}
                </Button>
              ) : (
                <Text size="sm">{t('registrations.onlyHead')}</Text>
              )}
            </Group>
          )}
        </Stack>
      </Paper>
    );

  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      noValidate
      onSubmit={(e: FormEvent<HTMLFormElement>) => void save(e)}
      aria-labelledby={id('title')}
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id={id('title')}>
          {current.unitName}
        </Title>
        <ErrorSummary errors={form.errors} fields={fields} />
        <NativeSelect
          id={id('set')}
          label={t('registrations.chooseSet')}
          value={setKey}
          onChange={(e) => setChoice(e.currentTarget.value)}
          description={t('registrations.chooseSetHint')}
          data={reg.choices.map((c) => ({
            value: keyOf(c.criteriaSetId, c.criteriaVersion),
            label: `${pick(c.name)} (v${c.criteriaVersion})`,
          }))}
          error={form.fieldError('criteriaVersion') ?? form.fieldError('criteriaSetId')}
        />
        <Title order={3} size="h5">
          {t('registrations.values')}
        </Title>
        {criteria.map((q) => (
          <TextInput
            key={`${setKey}-${q.code}`}
            id={id(`v-${q.code}`)}
            name={`v-${q.code}`}
            inputMode="decimal"
            label={t('registrations.valueLabel', {
              code: q.code,
              name: pick(q.name),
              measure: q.measure,
              direction: t(`registrations.${q.direction}`),
            })}
            defaultValue={c?.values[q.code]?.toString() ?? ''}
            error={form.fieldError(`values.${q.code}`)}
          />
        ))}
        <Fieldset legend={t('registrations.collectiveTitles')} variant="unstyled">
          <Stack gap={4} mt={4}>
            {titles('collective').map((a) => (
              <Checkbox
                key={a.code}
                id={id(`ct-${a.code}`)}
                name={`ct-${a.code}`}
                label={pick(a.name)}
                defaultChecked={c?.collectiveTitles.includes(a.code)}
              />
            ))}
          </Stack>
        </Fieldset>
        <Title order={3} size="h5">
          {t('registrations.individualTitles')}
        </Title>
        {titles('individual').map((a) => (
          <TextInput
            key={a.code}
            id={id(`it-${a.code}`)}
            name={`it-${a.code}`}
            inputMode="numeric"
            label={pick(a.name)}
            defaultValue={
              c?.individualTitles.find((x) => x.code === a.code)?.count.toString() ?? ''
            }
            error={form.fieldError(`individualTitles.${titles('individual').indexOf(a)}.count`)}
          />
        ))}
        <Textarea
          id={id('note')}
          name="note"
          label={t('registrations.note')}
          defaultValue={c?.note ?? ''}
        />
        <Group>
          <Button type="submit" loading={busy} disabled={!setId}>
            {t('registrations.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
