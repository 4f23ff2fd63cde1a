import { Button, Group, NativeSelect, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { UserResponse as User } from '../../shared/contracts/users.ts';
import { roles } from '../../shared/roles.ts';
import { ApiError } from '../api/client.ts';
import { invalidateUsers, userCommands } from '../api/users.ts';
import { useI18n } from '../i18n/index.ts';
import { ErrorSummary, useSubmitForm, type SummaryField } from './ErrorSummary.tsx';
import { UnitSelect } from './UnitSelect.tsx';

interface FormProps {
  onDone: (message?: string) => void;
  onCancel: () => void;
}

/** Shared frame: error summary, fields, Cancel / Save; submit errors land in the summary and under fields. */
function useSubmit(fields: SummaryField[], required: string[]) {
  const { t } = useI18n();
  const { form, busy, submit } = useSubmitForm();
  const run = async (values: Record<string, string>, action: () => Promise<void>) => {
    const missing = Object.fromEntries(
      required.filter((n) => !values[n]?.trim()).map((n) => [n, t('errors.required')]),
    );
    if (Object.keys(missing).length) return form.setFields(missing);
    await submit(
      async () => {
        await action();
        form.clear();
      },
      (error) => {
        // Someone else changed the user: reload the list, and still show the message.
        if (error instanceof ApiError && error.status === 409) void invalidateUsers();
        return false;
      },
    );
  };
  const frame = (children: ReactNode, onSubmit: (data: FormData) => void, onCancel: () => void) => (
    <form
      noValidate
      onSubmit={(e: FormEvent<HTMLFormElement>) => {
        e.preventDefault();
        onSubmit(new FormData(e.currentTarget));
      }}
    >
      <Stack gap="sm">
        <ErrorSummary errors={form.errors} fields={fields} />
        {children}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
  return { form, run, frame };
}

const str = (data: FormData, name: string) => String(data.get(name) ?? '').trim();

/**
 * A new account has no grant yet, and an admin of part of the tree lists only the users holding
 * a grant in it: `onCreated` lets the page go straight on to granting the first role.
 */
export function CreateUserForm({
  onDone,
  onCancel,
  onCreated,
}: FormProps & { onCreated?: (user: User, message: string) => void }) {
  const { t } = useI18n();
  const fields = [
    { name: 'username', label: t('users.username'), id: 'new-username' },
    { name: 'fullName', label: t('users.fullName'), id: 'new-fullName' },
    { name: 'email', label: t('users.email'), id: 'new-email' },
    { name: 'password', label: t('users.password'), id: 'new-password' },
  ];
  const { form, run, frame } = useSubmit(fields, ['username', 'fullName', 'password']);
  const submit = (data: FormData) => {
    const values = {
      username: str(data, 'username'),
      fullName: str(data, 'fullName'),
      email: str(data, 'email'),
      password: String(data.get('password') ?? ''),
    };
    void run(values, async () => {
      const user = await userCommands.create({ ...values, email: values.email || undefined });
      await invalidateUsers();
      const message = t('users.created', { name: values.fullName });
      if (onCreated) onCreated(user, message);
      else onDone(message);
    });
  };
  return frame(
    <>
      <TextInput
        id="new-username"
        name="username"
        label={t('users.username')}
        autoComplete="off"
        autoCapitalize="none"
        error={form.fieldError('username')}
      />
      <TextInput
        id="new-fullName"
        name="fullName"
        label={t('users.fullName')}
        error={form.fieldError('fullName')}
      />
      <TextInput
        id="new-email"
        name="email"
        type="email"
        label={`${t('users.email')} ${t('common.optional')}`}
        error={form.fieldError('email')}
      />
      <TextInput
        id="new-password"
        name="password"
        type="password"
        autoComplete="new-password"
        label={t('users.password')}
        description={t('users.passwordHint')}
        error={form.fieldError('password')}
      />
    </>,
    submit,
    onCancel,
  );
}

export function EditUserForm({ user, onDone, onCancel }: FormProps & { user: User }) {
  const { t } = useI18n();
  const [active, setActive] = useState(user.active);
  const fields = [
    { name: 'fullName', label: t('users.fullName'), id: 'edit-fullName' },
    { name: 'email', label: t('users.email'), id: 'edit-email' },
    { name: 'active', label: t('users.activeLabel'), id: 'edit-active' },
  ];
  const { form, run, frame } = useSubmit(fields, ['fullName']);
  const submit = (data: FormData) => {
    const values = { fullName: str(data, 'fullName'), email: str(data, 'email') };
    void run(values, async () => {
      await userCommands.update(user.id, {
        fullName: values.fullName,
        email: values.email || null,
        active,
        version: user.version,
      });
      await invalidateUsers();
      onDone(t('common.saved'));
    });
  };
  return frame(
    <>
      <TextInput
        id="edit-fullName"
        name="fullName"
        label={t('users.fullName')}
        defaultValue={user.fullName}
        error={form.fieldError('fullName')}
      />
      <TextInput
        id="edit-email"
        name="email"
        type="email"
        label={`${t('users.email')} ${t('common.optional')}`}
        defaultValue={user.email ?? ''}
        error={form.fieldError('email')}
      />
      <Switch
        id="edit-active"
        label={t('users.activeLabel')}
        checked={active}
        onChange={(e) => setActive(e.currentTarget.checked)}
        error={form.fieldError('active')}
      />
    </>,
    submit,
    onCancel,
  );
}

export function ResetPasswordForm({ user, onDone, onCancel }: FormProps & { user: User }) {
  const { t } = useI18n();
  const fields = [{ name: 'newPassword', label: t('users.newPassword'), id: 'reset-password' }];
  const { form, run, frame } = useSubmit(fields, ['newPassword']);
  const submit = (data: FormData) => {
    const values = { newPassword: String(data.get('newPassword') ?? '') };
    void run(values, async () => {
      await userCommands.resetPassword(user.id, values.newPassword);
      await invalidateUsers();
      onDone(t('users.passwordReset', { name: user.fullName }));
    });
  };
  return frame(
    <TextInput
      id="reset-password"
      name="newPassword"
      type="password"
      autoComplete="new-password"
      label={t('users.newPassword')}
      description={t('users.passwordHint')}
      error={form.fieldError('newPassword')}
    />,
    submit,
    onCancel,
  );
}

export function GrantForm({ user, onDone, onCancel }: FormProps & { user: User }) {
  const { t } = useI18n();
  const [unitId, setUnitId] = useState<string | null>(null);
  const fields = [
    { name: 'role', label: t('users.role'), id: 'grant-role' },
    { name: 'unitId', label: t('users.unit'), id: 'grant-unit' },
  ];
  const { form, run, frame } = useSubmit(fields, ['role', 'unitId']);
  const submit = (data: FormData) => {
    // the select offers only the roles; anything else counts as not chosen
    const role = roles.find((r) => r === str(data, 'role'));
    const values = { role: role ?? '', unitId: unitId ?? '' };
    void run(values, async () => {
      if (!role) return; // run() has already named the missing role
      await userCommands.grant(user.id, { role, unitId: values.unitId });
      await invalidateUsers();
      onDone(t('common.saved'));
    });
  };
  return frame(
    <>
      <NativeSelect
        id="grant-role"
        name="role"
        label={t('users.role')}
        data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        error={form.fieldError('role')}
      />
      <UnitSelect
        id="grant-unit"
        label={t('users.unit')}
        value={unitId}
        onChange={setUnitId}
        error={form.fieldError('unitId')}
        comboboxProps={{ withinPortal: true }}
        data-testid="grant-unit"
      />
    </>,
    submit,
    onCancel,
  );
}
