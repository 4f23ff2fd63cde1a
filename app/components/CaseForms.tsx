import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { caseKinds, disciplineSeverities } from '../../shared/commendations/catalogue.ts';
import { useI18n } from '../i18n/index.ts';
import { todayIso } from '../lib/format.ts';
import { choice, RecordForm, text, useRecordForm, type Commands } from './HistoryRecordForms.tsx';
import { DateField } from './DateField.tsx';

const withRef = (d: FormData) => (text(d, 'ref') ? { ref: text(d, 'ref') } : {});

/** A disciplinary measure with its dates: achievements count again from the day after it ends. */
export function DisciplineForm({
  commands,
  onSaved,
}: {
  commands: Commands;
  onSaved: () => Promise<void>;
}) {
  const { t } = useI18n();
  const { form, busy, run } = useRecordForm(onSaved);
  const h = (k: 'severity' | 'decidedOn' | 'endsOn' | 'ref') => t(`commendations.history.${k}`);
  const fields = [
    { name: 'severity', label: h('severity'), id: 'discipline-severity' },
    { name: 'decidedOn', label: h('decidedOn'), id: 'discipline-decidedOn' },
    { name: 'endsOn', label: h('endsOn'), id: 'discipline-endsOn' },
    { name: 'ref', label: h('ref'), id: 'discipline-ref' },
  ];
  return (
    <RecordForm
      form={form}
      fields={fields}
      busy={busy}
      label={t('commendations.history.addDiscipline')}
      testId="discipline-submit"
      onSubmit={(d) =>
        void run(() =>
          commands.addDiscipline({
            severity: choice(d, 'severity', disciplineSeverities),
            decidedOn: text(d, 'decidedOn'),
            endsOn: text(d, 'endsOn'),
            ...withRef(d),
          }),
        )
      }
    >
      <NativeSelect
        id="discipline-severity"
        name="severity"
        label={fields[0]!.label}
        data={disciplineSeverities.map((s) => ({
          value: s,
          label: t(`commendations.history.severities.${s}`),
        }))}
        error={form.fieldError('severity')}
      />
      <Group grow align="flex-start" wrap="wrap">
        {fields.slice(1, 3).map((f) => (
          <DateField
            key={f.name}
            id={f.id}
            name={f.name}
            label={f.label}
            error={form.fieldError(f.name)}
            miw={140}
          />
        ))}
      </Group>
      <TextInput
        id="discipline-ref"
        name="ref"
        label={fields[3]!.label}
        error={form.fieldError('ref')}
      />
    </RecordForm>
  );
}

/** A discipline procedure, inspection, complaint… being dealt with: it holds every award while open. */
export function CaseForm({
  commands,
  onSaved,
}: {
  commands: Commands;
  onSaved: () => Promise<void>;
}) {
  const { t } = useI18n();
  const { form, busy, run } = useRecordForm(onSaved);
  const fields = [
    { name: 'kind', label: t('commendations.history.caseKind'), id: 'case-kind' },
    { name: 'openedOn', label: t('commendations.history.openedOn'), id: 'case-openedOn' },
    { name: 'ref', label: t('commendations.history.ref'), id: 'case-ref' },
  ];
  return (
    <RecordForm
      form={form}
      fields={fields}
      busy={busy}
      label={t('commendations.history.openCase')}
      testId="case-submit"
      onSubmit={(d) =>
        void run(() =>
          commands.openCase({
            kind: choice(d, 'kind', caseKinds),
            openedOn: text(d, 'openedOn'),
            ...withRef(d),
          }),
        )
      }
    >
      <Group grow align="flex-start" wrap="wrap">
        <NativeSelect
          id="case-kind"
          name="kind"
          label={fields[0]!.label}
          data={caseKinds.map((k) => ({
            value: k,
            label: t(`commendations.history.caseKinds.${k}`),
          }))}
          error={form.fieldError('kind')}
          miw={180}
        />
        <DateField
          id="case-openedOn"
          name="openedOn"
          label={fields[1]!.label}
          error={form.fieldError('openedOn')}
          miw={140}
        />
      </Group>
      <TextInput id="case-ref" name="ref" label={fields[2]!.label} error={form.fieldError('ref')} />
    </RecordForm>
  );
}

/** "Close case": asks for the closing date, then records it (on or after the day it opened). */
export function CloseCaseForm({
  caseId,
  commands,
  onSaved,
}: {
  caseId: string;
  commands: Commands;
  onSaved: () => Promise<void>;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const { form, busy, run } = useRecordForm(onSaved);
  const id = `close-${caseId}`;
  if (!open)
    return (
      <Button size="compact-sm" variant="subtle" onClick={() => setOpen(true)}>
        {t('commendations.history.closeCase')}
      </Button>
    );
  return (
    <RecordForm
      form={form}
      fields={[{ name: 'closedOn', label: t('commendations.history.closedOn'), id }]}
      busy={busy}
      label={t('commendations.history.confirmClose')}
      onSubmit={(d) => void run(() => commands.closeCase(caseId, text(d, 'closedOn')))}
    >
      <DateField
        id={id}
        name="closedOn"
        defaultValue={todayIso()}
        label={t('commendations.history.closedOn')}
        error={form.fieldError('closedOn')}
        maw={220}
      />
    </RecordForm>
  );
}
