import { Alert, Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { addWasteUpdate, reopenWaste, uploadWastePhoto, wasteFollowQuery } from '../api/waste.ts';
import { queryClient } from '../api/query.ts';
import { ErrorSummary, useSubmitForm } from '../components/ErrorSummary.tsx';
import { NotFound, PageSkeleton, QueryError, usePageTitle } from '../components/PageStates.tsx';
import { useI18n } from '../i18n/index.ts';
import { WasteLinks } from '../components/WasteLinks.tsx';
import { WasteStatusCard } from './waste-lookup.tsx';
import { ApiError } from '../api/client.ts';
import { wasteStateNames } from '../../shared/waste.ts';

const followRoute = getRouteApi('/public/phan-anh/theo-doi/$token');

/** The reporter's private page: status, history, add information or photos, ask for a review. */
export function WasteFollowPage() {
  const { t, pick } = useI18n();
  const { token } = followRoute.useParams();
  const query = useQuery(wasteFollowQuery(token));
  usePageTitle(query.data ? t('waste.followTitle', { code: query.data.code }) : t('waste.nav'));
  const update = useSubmitForm();
  const reopen = useSubmitForm();
  const [done, setDone] = useState<string | null>(null);
  const [photo, setPhoto] = useState<File | null>(null);
  const [keep, setKeep] = useState(false);
  if (query.isPending) return <PageSkeleton />;
  if (query.error)
    return query.error instanceof ApiError && query.error.status === 404 ? (
      <NotFound />
    ) : (
      <QueryError error={query.error} onRetry={() => void query.refetch()} />
    );
  const r = query.data;
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: ['public', 'waste', 'follow', token] });

  const sendUpdate = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formEl = event.currentTarget;
    const body = String(new FormData(formEl).get('body') ?? '').trim();
    if (!body) return update.form.setFields({ body: t('errors.required') });
    void update.submit(async () => {
      await addWasteUpdate(token, body);
      if (photo) await uploadWastePhoto(token, photo, keep);
      formEl.reset();
      setPhoto(null);
      setDone(t('waste.addInfoDone'));
      await refresh();
    });
  };
  const sendReopen = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    if (!reason) return reopen.form.setFields({ reason: t('errors.required') });
    void reopen.submit(async () => {
      await reopenWaste(token, reason);
      setDone(t('waste.reopenDone'));
      await refresh();
    });
  };

  return (
    <Stack maw={720}>
      <WasteLinks />
      <Title order={1}>{t('waste.followTitle', { code: r.code })}</Title>
      <WasteStatusCard report={r} />
      <Paper withBorder p="md">
        <Text style={{ whiteSpace: 'pre-wrap' }}>{r.description}</Text>
        <Text size="sm" c="dimmed" mt="xs">
          {t('waste.photoCount', { count: r.photoCount })}
        </Text>
      </Paper>
      <Title order={2} size="h3">
        {t('waste.history')}
      </Title>
      <Stack gap="xs" component="ol" style={{ paddingLeft: 20 }} data-testid="waste-history">
        {r.events.map((e, i) => (
          <li key={i}>
            <Text size="sm">
              {new Date(e.at).toLocaleString()} —{' '}
              {t(`waste.roles.${e.byRole}` as 'waste.roles.system', e.byRole)}:{' '}
              {t(`waste.events.${e.kind}` as 'waste.events.move', e.kind)}
              {e.toStatus ? ` → ${t('waste.status')}: ${pick(wasteStateNames[e.toStatus])}` : ''}
            </Text>
            {e.body && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                {e.body}
              </Text>
            )}
          </li>
        ))}
      </Stack>
      {done && <Alert color="green">{done}</Alert>}
      <Paper withBorder p="md">
        <form onSubmit={sendUpdate} noValidate>
          <Stack>
            <ErrorSummary
              errors={update.form.errors}
              fields={[{ name: 'body', label: t('waste.addInfo'), id: 'waste-update' }]}
            />
            <Textarea
              id="waste-update"
              name="body"
              label={t('waste.addInfo')}
              autosize
              minRows={3}
              maxLength={4000}
              error={update.form.fieldError('body')}
            />
            {r.abilities.addPhoto && (
              <>
                <label style={{ fontSize: 14 }}>
                  <Text size="sm" fw={500} component="span" display="block">
                    {t('waste.addPhoto')}
                  </Text>
                  <input
                    type="file"
                    accept="image/jpeg,image/png"
                    onChange={(e) => setPhoto(e.currentTarget.files?.[0] ?? null)}
                  />
                </label>
                <label style={{ display: 'flex', gap: 8, fontSize: 14 }}>
                  <input
                    type="checkbox"
                    checked={keep}
                    onChange={(e) => setKeep(e.currentTarget.checked)}
                  />
                  <span>{t('waste.keepMetadata')}</span>
                </label>
              </>
            )}
            <Button type="submit" loading={update.busy} data-testid="waste-update-send">
              {t('waste.addInfoSend')}
            </Button>
          </Stack>
        </form>
      </Paper>
      {r.abilities.reopen && (
        <Paper withBorder p="md">
          <form onSubmit={sendReopen} noValidate>
            <Stack>
              <ErrorSummary
                errors={reopen.form.errors}
                fields={[{ name: 'reason', label: t('waste.reopenReason'), id: 'waste-reopen' }]}
              />
              <Textarea
                id="waste-reopen"
                name="reason"
                label={t('waste.reopenReason')}
                autosize
                minRows={2}
                maxLength={2000}
                error={reopen.form.fieldError('reason')}
              />
              <Button type="submit" variant="light" loading={reopen.busy}>
                {t('waste.reopen')}
              </Button>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
