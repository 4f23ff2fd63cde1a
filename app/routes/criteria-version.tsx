import { Alert, Button, Group, Modal, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import type { CriteriaContent } from '../../shared/contracts/criteria-content.ts';
import type { CriteriaVersionResponse as CriteriaVersion } from '../../shared/contracts/criteria.ts';
import { criteriaCommands, criteriaVersionQuery, invalidateCriteria } from '../api/criteria.ts';
import { checkContent, fieldId, fieldLabel, tidyContent } from '../components/CriteriaChecks.ts';
import { CriteriaEditor } from '../components/CriteriaEditor.tsx';
import { CriteriaPreview, CriteriaStatusBadge } from '../components/CriteriaParts.tsx';
import { ErrorSummary, useSubmitForm } from '../components/ErrorSummary.tsx';
import { AnchorLink } from '../components/links.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { QueryError } from '../components/PageStates.tsx';
import { ScoringPanel } from '../components/ScoringPanel.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';

/** One version of a criteria set: the editor for drafts, a read-only view otherwise. */
export function CriteriaVersionPage() {
  const { id, n } = useParams({ from: '/app/criteria/$id/versions/$n' });
  const number = Number(n);
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useQuery(criteriaVersionQuery(id, number));
  const crumbs = [{ label: t('nav.home'), to: '/home' as const }, { label: t('criteria.title') }];
  if (isPending)
    return (
      <Stack>
        <Skeleton height={32} width="60%" />
        <Skeleton height={200} />
      </Stack>
    );
  if (error)
    return (
      <Stack>
        <PageHeader title={t('criteria.title')} crumbs={crumbs} />
        <QueryError error={error} onRetry={() => void refetch()} />
      </Stack>
    );
  return <VersionView key={`${data.set.id}-${data.number}`} version={data} />;
}

function VersionView({ version }: { version: CriteriaVersion }) {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const [content, setContent] = useState<CriteriaContent>(version.content);
  const [dirty, setDirty] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [frozen, setFrozen] = useState<string | null>(null);
  const { form, busy, submit: run } = useSubmitForm();
  const editable = version.abilities.save;
  const draft = version.versions.find((v) => v.status === 'draft');
  const previous =
    version.basedOn ?? version.versions.find((v) => v.number < version.number)?.number;

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const change = (next: CriteriaContent) => {
    setContent(next);
    setDirty(true);
    setNotice(null);
  };

  const save = async () => {
    setNotice(null);
    const tidy = tidyContent(content);
    const fields = checkContent(tidy, t);
    if (Object.keys(fields).length) return form.setFields(fields);
    form.clear();
    await run(
      async () => {
        const saved = await criteriaCommands.save(version.set.id, version.number, {
          revision: version.revision,
          content: tidy,
        });
        await invalidateCriteria();
        setDirty(false);
        setNotice(t('criteria.saved', { n: saved.number }));
      },
      (e) => {
        if (!(e instanceof ApiError && e.code === 'criteria_version_published')) return false;
        setFrozen(e.message);
        return true;
      },
    );
  };

  const publish = async () => {
    setConfirm(false);
    await run(async () => {
      await criteriaCommands.publish(version.set.id, version.number);
      await invalidateCriteria();
    });
  };

  const newVersion = () =>
    run(async () => {
      const created = await criteriaCommands.newVersion(version.set.id, version.number);
      await invalidateCriteria();
      await navigate({
        to: '/criteria/$id/versions/$n',
        params: { id: version.set.id, n: String(created.number) },
      });
    });

  const summaryFields = Object.keys(form.errors?.fields ?? {}).map((name) => ({
    name,
    label: fieldLabel(name, t),
    id: fieldId(name),
  }));
  const canNewVersion = version.abilities.newVersion || (frozen !== null && version.abilities.edit);

  return (
    <Stack gap="md">
      <PageHeader
        title={pick(version.set.name)}
        crumbs={[
          { label: t('nav.home'), to: '/home' },
          { label: t('criteria.title'), to: '/criteria' },
          { label: t('criteria.versionN', { n: version.number }) },
        ]}
        lead={
          <>
            {t('criteria.versionN', { n: version.number })}
            {version.basedOn ? ` (${t('criteria.basedOn', { n: version.basedOn })})` : ''} ·{' '}
            {t('criteria.period', { from: version.set.startYear, to: version.set.endYear })}
            {version.set.leadUnit
              ? ` · ${t('criteria.leadUnit', { name: version.set.leadUnit.name })}`
              : ''}
          </>
        }
        actions={
          <Group gap="xs">
            <CriteriaStatusBadge status={version.status} />
            {version.publishedAt && (
              <Text size="sm" c="dimmed">
                {t('criteria.publishedOn', {
                  date: formatDate(version.publishedAt.slice(0, 10)),
                  by: version.publishedBy ?? '',
                })}
              </Text>
            )}
          </Group>
        }
      />
      <nav aria-label={t('criteria.versions')}>
        <Group gap="sm" wrap="wrap">
          <Text size="sm" fw={600}>
            {t('criteria.versions')}:
          </Text>
          {version.versions.map((v) =>
            v.number === version.number ? (
              <Text key={v.number} size="sm" fw={700} aria-current="page">
                {v.number} ({t(`criteria.status_${v.status}`)})
              </Text>
            ) : (
              <AnchorLink
                key={v.number}
                size="sm"
                to="/criteria/$id/versions/$n"
                params={{ id: version.set.id, n: String(v.number) }}
              >
                {v.number} ({t(`criteria.status_${v.status}`)})
              </AnchorLink>
            ),
          )}
          {previous && (
            <AnchorLink
              size="sm"
              to="/criteria/$id/diff"
              params={{ id: version.set.id }}
              search={{ from: previous, to: version.number }}
              data-testid="criteria-compare"
            >
              {t('criteria.compare', { n: previous })}
            </AnchorLink>
          )}
        </Group>
      </nav>
      <div aria-live="polite">
        {notice && (
          <Alert color="green" variant="light" data-testid="criteria-notice">
            {notice}
          </Alert>
        )}
      </div>
      {(version.status !== 'draft' || frozen) && (
        <Alert color="blue" variant="light" data-testid="criteria-frozen">
          <Stack gap="xs">
            <Text size="sm">{frozen ?? t('criteria.frozen')}</Text>
            {canNewVersion && (
              <Button w="fit-content" onClick={() => void newVersion()} loading={busy}>
                {t('criteria.newVersion')}
              </Button>
            )}
            {draft && draft.number !== version.number && (
              <AnchorLink
                to="/criteria/$id/versions/$n"
                params={{ id: version.set.id, n: String(draft.number) }}
              >
                {t('criteria.openDraft', { n: draft.number })}
              </AnchorLink>
            )}
          </Stack>
        </Alert>
      )}
      {version.status === 'draft' && !editable && <Text c="dimmed">{t('criteria.readOnly')}</Text>}
      <ErrorSummary errors={form.errors} fields={summaryFields} />
      <Tabs defaultValue={editable ? 'edit' : 'preview'} keepMounted={false}>
        <Tabs.List>
          {editable && <Tabs.Tab value="edit">{t('criteria.tabEdit')}</Tabs.Tab>}
          <Tabs.Tab value="preview">
            {editable ? t('criteria.tabPreview') : t('criteria.tabView')}
          </Tabs.Tab>
        </Tabs.List>
        {editable && (
          <Tabs.Panel value="edit" pt="md">
            <CriteriaEditor
              content={content}
              onChange={change}
              errors={form.errors?.fields ?? {}}
            />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="preview" pt="md">
          <CriteriaPreview content={content} />
          <ScoringPanel content={content} onChange={editable ? change : undefined} />
        </Tabs.Panel>
      </Tabs>
      {(editable || version.abilities.publish) && (
        <Group
          gap="sm"
          pos="sticky"
          bottom={0}
          py="sm"
          bg="var(--mantine-color-body)"
          style={{ borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 2 }}
        >
          {editable && (
            <Button onClick={() => void save()} loading={busy} data-testid="criteria-save">
              {t('criteria.save')}
            </Button>
          )}
          {version.abilities.publish && (
            <Button
              color="teal.9"
              variant="outline"
              disabled={dirty}
              onClick={() => setConfirm(true)}
              data-testid="criteria-publish"
            >
              {t('criteria.publish')}
            </Button>
          )}
          {dirty && (
            <Text size="sm" c="dimmed">
              {version.abilities.publish ? t('criteria.publishSaveFirst') : t('criteria.unsaved')}
            </Text>
          )}
        </Group>
      )}
      <Modal
        opened={confirm}
        onClose={() => setConfirm(false)}
        title={t('criteria.publishTitle', { n: version.number })}
      >
        <Stack>
          <Text>{t('criteria.publishText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="teal.9"
              onClick={() => void publish()}
              data-testid="criteria-publish-confirm"
            >
              {t('criteria.publishConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
