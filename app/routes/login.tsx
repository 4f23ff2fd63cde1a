import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import { login, safeRedirect } from '../api/me.ts';
import { ErrorSummary, useSubmitForm } from '../components/ErrorSummary.tsx';
import { usePageTitle } from '../components/PageStates.tsx';
import { useI18n } from '../i18n/index.ts';

const route = getRouteApi('/public/login');

export function LoginPage() {
  const { t } = useI18n();
  usePageTitle(t('login.title'));
  const router = useRouter();
  const search = route.useSearch();
  const { form, busy, submit: run } = useSubmitForm();
  const fields = [
    { name: 'username', label: t('login.username'), id: 'login-username' },
    { name: 'password', label: t('login.password'), id: 'login-password' },
  ];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const username = String(data.get('username') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const missing: Record<string, string> = {};
    if (!username) missing.username = t('errors.required');
    if (!password) missing.password = t('errors.required');
    if (Object.keys(missing).length) return form.setFields(missing);
    await run(
      async () => {
        const me = await login(username, password);
        form.clear();
        router.history.push(
          me.mustChangePassword ? '/account/password' : safeRedirect(search.redirect),
        );
      },
      (error) => {
        // A wrong password is reported against the password field, as GOV.UK does.
        if (!(error instanceof ApiError && error.status === 401)) return false;
        form.setFields({ password: error.message || t('errors.required') });
        return true;
      },
    );
  };

  return (
    <Stack maw={440} mx="auto" gap="md">
      <ErrorSummary errors={form.errors} fields={fields} />
      <Title order={1}>{t('login.title')}</Title>
      <Text c="dimmed">{t('login.intro')}</Text>
      <Paper
        withBorder
        p="md"
        component="form"
        onSubmit={(e: FormEvent<HTMLFormElement>) => void submit(e)}
        noValidate
      >
        <Stack gap="md">
          <TextInput
            id="login-username"
            name="username"
            label={t('login.username')}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            size="md"
            error={form.fieldError('username')}
            data-testid="login-username"
          />
          <TextInput
            id="login-password"
            name="password"
            type="password"
            label={t('login.password')}
            autoComplete="current-password"
            size="md"
            error={form.fieldError('password')}
            data-testid="login-password"
          />
          <Button type="submit" size="md" loading={busy} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
