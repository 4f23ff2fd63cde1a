import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { UnitAbilities } from '../../shared/contracts/units.ts';
import { communeTypes, unitKinds } from '../../shared/unit-kinds.ts';
import { invalidateUnits, unitCommands } from '../api/units.ts';
import { useI18n } from '../i18n/index.ts';
import { todayIso } from '../lib/format.ts';
import { ErrorSummary, useSubmitForm, type SummaryField } from './ErrorSummary.tsx';
import { CommuneTypeSelect } from './CommuneTypeSelect.tsx';
import { UnitSelect } from './UnitSelect.tsx';
import { DateField } from './DateField.tsx';

type Action = 'createChild' | 'rename' | 'move' | 'dissolve';
const order: Action[] = ['createChild', 'rename', 'move', 'dissolve'];

/** Compact admin actions on one unit; each opens a short form posting to the unit API. */
export function UnitActions({
  unitId,
  unitName,
  unitKind,
  communeType,
  abilities,
}: {
  unitId: string;
  unitName: string;
  unitKind?: string;
  communeType?: string | null;
  abilities: UnitAbilities;
}) {
  const { t } = useI18n();
  const [action, setAction] = useState<Action | null>(null);
  const [done, setDone] = useState(false);
  const allowed = order.filter((a) => abilities[a]);
  if (!allowed.length) return null;
  const label = (a: Action) => t(a === 'createChild' ? 'unit.addChild' : `unit.${a}`);
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {allowed.map((a) => (
          <Button
            key={a}
            size="xs"
            variant={a === 'dissolve' ? 'outline' : 'default'}
            color={a === 'dissolve' ? 'red.9' : undefined}
            onClick={() => {
              setDone(false);
              setAction(a);
            }}
            data-testid={`unit-action-${a}`}
          >
            {label(a)}
          </Button>
        ))}
      </Group>
      {done && (
        <Alert color="green" variant="light" role="status" p="xs">
          {t('unit.done')}
        </Alert>
      )}
      <Modal
        opened={action !== null}
        onClose={() => setAction(null)}
        title={action ? `${label(action)}: ${unitName}` : ''}
        size="md"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {action && (
          <ActionForm
            action={action}
            unitId={unitId}
            unitKind={unitKind}
            communeType={communeType}
            onDone={() => {
              setAction(null);
              setDone(true);
            }}
            onCancel={() => setAction(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

function ActionForm({
  action,
  unitId,
  unitKind,
  communeType,
  onDone,
  onCancel,
}: {
  action: Action;
  unitId: string;
  unitKind?: string | undefined;
  communeType?: string | null | undefined;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { form, busy, submit: run } = useSubmitForm();
  const [parentId, setParentId] = useState<string | null>(null);
  const [effectiveDate, setEffectiveDate] = useState(todayIso());
  const id = (name: string) => `unit-${action}-${name}`;
  const f = (name: string, label: string): SummaryField => ({ name, label, id: id(name) });
  const fields: SummaryField[] = [
    ...(action === 'createChild'
      ? [
          f('code', t('unit.childCode')),
          f('kind', t('unit.childKind')),
          f('name', t('unit.name')),
          f('shortName', t('unit.shortName')),
          f('communeType', t('commendations.history.communeType')),
        ]
      : []),
    ...(action === 'rename' ? [f('name', t('unit.newName'))] : []),
    ...(action === 'rename' && unitKind === 'commune'
      ? [f('communeType', t('commendations.history.communeType'))]
      : []),
    ...(action === 'move' ? [f('parentId', t('unit.newParent'))] : []),
    f('effectiveDate', t('unit.effectiveDate')),
    ...(action === 'createChild' ? [f('validTo', t('unit.validTo'))] : []),
    f('basis', t('unit.basis')),
  ];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const str = (name: string) => String(data.get(name) ?? '').trim();
    const basis = str('basis') || undefined;
    const required = fields
      .filter((x) => !['shortName', 'basis', 'communeType', 'validTo'].includes(x.name))
      .map((x) => x.name);
    const values: Record<string, string> = {
      ...Object.fromEntries(required.map((n) => [n, str(n)])),
      parentId: parentId ?? '',
      effectiveDate,
    };
    const missing = Object.fromEntries(
      required.filter((n) => !values[n]).map((n) => [n, t('errors.required')]),
    );
    // the selects offer only these values; anything else is treated as not chosen
    const kind = unitKinds.find((k) => k === values.kind);
    const chosenType = communeTypes.find((c) => c === str('communeType'));
    if (action === 'createChild' && !kind) missing.kind = t('errors.required');
    if (Object.keys(missing).length) return form.setFields(missing);
    const send = () => {
      if (action === 'createChild')
        return unitCommands.create({
          code: values.code!,
          kind: kind!,
          name: values.name!,
          shortName: str('shortName') || undefined,
          communeType: chosenType,
          parentId: unitId,
          // the API names a new unit's first day validFrom
          validFrom: effectiveDate,
          validTo: str('validTo') || undefined,
          basis,
        });
      if (action === 'rename')
        return unitCommands.rename(unitId, {
          name: values.name!,
          ...(unitKind === 'commune' ? { communeType: chosenType ?? null } : {}),
          effectiveDate,
          basis,
        });
      if (action === 'move')
        return unitCommands.move(unitId, { parentId: parentId!, effectiveDate, basis });
      return unitCommands.dissolve(unitId, { effectiveDate, basis });
    };
    await run(async () => {
      await send();
      await invalidateUnits();
      onDone();
    });
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <ErrorSummary errors={form.errors} fields={fields} />
        {action === 'dissolve' && <Text size="sm">{t('unit.dissolveConfirm')}</Text>}
        {action === 'createChild' && (
          <>
            <TextInput
              id={id('code')}
              name="code"
              label={t('unit.childCode')}
              error={form.fieldError('code')}
            />
            <NativeSelect
              id={id('kind')}
              name="kind"
              label={t('unit.childKind')}
              defaultValue="sub_unit"
              data={unitKinds.map((k) => ({ value: k, label: t(`unitKinds.${k}`) }))}
              error={form.fieldError('kind')}
            />
            <TextInput
              id={id('name')}
              name="name"
              label={t('unit.name')}
              error={form.fieldError('name')}
            />
            <TextInput
              id={id('shortName')}
              name="shortName"
              label={`${t('unit.shortName')} ${t('common.optional')}`}
              error={form.fieldError('shortName')}
            />
            <CommuneTypeSelect id={id('communeType')} error={form.fieldError('communeType')} />
          </>
        )}
        {action === 'rename' && (
          <TextInput
            id={id('name')}
            name="name"
            label={t('unit.newName')}
            error={form.fieldError('name')}
          />
        )}
        {action === 'rename' && unitKind === 'commune' && (
          <CommuneTypeSelect
            id={id('communeType')}
            defaultValue={communeType}
            error={form.fieldError('communeType')}
          />
        )}
        {action === 'move' && (
          <UnitSelect
            id={id('parentId')}
            label={t('unit.newParent')}
            value={parentId}
            onChange={setParentId}
            exclude={unitId}
            asOf={effectiveDate}
            error={form.fieldError('parentId')}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <DateField
          id={id('effectiveDate')}
          label={t('unit.effectiveDate')}
          value={effectiveDate}
          onChange={(e) => setEffectiveDate(e.currentTarget.value)}
          error={form.fieldError('effectiveDate')}
        />
        {action === 'createChild' && (
          <DateField
            id={id('validTo')}
            name="validTo"
            label={`${t('unit.validTo')} ${t('common.optional')}`}
            description={t('unit.validToHint')}
            error={form.fieldError('validTo')}
          />
        )}
        <TextInput
          id={id('basis')}
          name="basis"
          label={`${t('unit.basis')} ${t('common.optional')}`}
          description={t('unit.basisHint')}
          error={form.fieldError('basis')}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy} color={action === 'dissolve' ? 'red.9' : undefined}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
