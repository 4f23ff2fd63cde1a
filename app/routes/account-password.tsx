import { Alert, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { meKey, meQuery } from '../api/me.ts';
import { queryClient } from '../api/query.ts';
import { changeOwnPassword } from '../api/users.ts';
import { ErrorSummary, useSubmitForm } from '../components/ErrorSummary.tsx';
import { AnchorLink } from '../components/links.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { useI18n } from '../i18n/index.ts';

export function AccountPasswordPage() {
  const { t } = useI18n();
  const { data: me } = useQuery(meQuery);
  const { form, busy, submit: run } = useSubmitForm();
  const [done, setDone] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const fields = [
    { name: 'currentPassword', label: t('account.current'), id: 'pw-current' },
    { name: 'newPassword', label: t('account.new'), id: 'pw-new' },
    { name: 'confirm', label: t('account.confirm'), id: 'pw-confirm' },
  ];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    const data = new FormData(event.currentTarget);
    const currentPassword = String(data.get('currentPassword') ?? '');
    const newPassword = String(data.get('newPassword') ?? '');
    const confirm = String(data.get('confirm') ?? '');
    const problems: Record<string, string> = {};
    if (!currentPassword) problems.currentPassword = t('errors.required');
    if (!newPassword) problems.newPassword = t('errors.required');
    if (newPassword && confirm !== newPassword) problems.confirm = t('errors.passwordsDiffer');
    if (Object.keys(problems).length) return form.setFields(problems);
    await run(async () => {
      await changeOwnPassword(currentPassword, newPassword);
      form.clear();
      formRef.current?.reset();
      setDone(true);
      await queryClient.invalidateQueries({ queryKey: meKey });
    });
  };

  return (
    <Stack maw={520} gap="md">
      <ErrorSummary errors={form.errors} fields={fields} />
      <PageHeader
        title={t('account.title')}
        crumbs={[{ label: t('nav.home'), to: '/home' }, { label: t('account.title') }]}
      />
      {me?.mustChangePassword && !done && (
        <Alert color="blue" variant="light" title={t('account.mustChange')} role="status" />
      )}
      {done && (
        // Dark text on the light green: Mantine's own green and blue miss 4.5:1 there.
        <Alert color="green" variant="light" role="status">
          <Text fw={700} c="#1a4d24">
            {t('account.done')}
          </Text>
          <AnchorLink to="/home" c="blue.9">
            {t('nav.home')}
          </AnchorLink>
        </Alert>
      )}
      <Paper
        withBorder
        p="md"
        component="form"
        ref={formRef}
        onSubmit={(e: FormEvent<HTMLFormElement>) => void submit(e)}
        noValidate
      >
        <Stack gap="md">
          <TextInput
            id="pw-current"
            name="currentPassword"
            type="password"
            label={t('account.current')}
            autoComplete="current-password"
            error={form.fieldError('currentPassword')}
          />
          <TextInput
            id="pw-new"
            name="newPassword"
            type="password"
            label={t('account.new')}
            description={t('account.newHint')}
            autoComplete="new-password"
            error={form.fieldError('newPassword')}
          />
          <TextInput
            id="pw-confirm"
            name="confirm"
            type="password"
            label={t('account.confirm')}
            autoComplete="new-password"
            error={form.fieldError('confirm')}
          />
          <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
            {t('account.submit')}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
