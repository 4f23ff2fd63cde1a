import { Alert, Button, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useEffect } from 'react';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.ts';
import { AnchorLink } from './links.tsx';

/** Sets the browser tab's title: "Page — App". */
export function usePageTitle(title: string | undefined) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} — ${t('app.shortName')}` : t('app.name');
  }, [title, t]);
}

/** A message for any error: the server's own (already in the user's language) or ours. */
export function useErrorMessage() {
  const { t } = useI18n();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.code === 'network_error') return t('errors.network_error');
      if (error.code === 'unreadable_response' || !error.message)
        return t('errors.unreadable_response');
      if (error.status === 409) return t('errors.conflictReload');
      return error.message;
    }
    return error instanceof Error && error.message ? error.message : t('app.errorTitle');
  };
}

export function PageSkeleton() {
  const { t } = useI18n();
  return (
    <Stack gap="sm" role="status" p="md">
      <VisuallyHidden>{t('app.loading')}</VisuallyHidden>
      <Skeleton height={32} width="60%" />
      <Skeleton height={16} />
      <Skeleton height={16} width="90%" />
      <Skeleton height={16} width="80%" />
    </Stack>
  );
}

/** A failed load with a retry button; never a blank page. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const message = useErrorMessage()(error);
  return (
    <Alert color="red" variant="outline" title={t('app.errorTitle')} role="alert">
      <Text size="sm" mb={onRetry ? 'sm' : 0}>
        {message}
      </Text>
      {onRetry && (
        <Button size="xs" variant="default" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      )}
    </Alert>
  );
}

export function PageError({ error, reset }: ErrorComponentProps) {
  return (
    <Stack p="md">
      <QueryError error={error} onRetry={reset} />
    </Stack>
  );
}

export function NotFound() {
  const { t } = useI18n();
  usePageTitle(t('app.notFoundTitle'));
  return (
    <Stack gap="sm" py="xl">
      <Title order={1}>{t('app.notFoundTitle')}</Title>
      <Text>{t('app.notFoundText')}</Text>
      <AnchorLink to="/">{t('app.backHome')}</AnchorLink>
    </Stack>
  );
}
