import { Alert, Anchor, Button, Group, Modal, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import type { PlanContent } from '../../shared/contracts/plan-content.ts';
import type { PlanVersionResponse } from '../../shared/contracts/plans.ts';
import { ApiError } from '../api/client.ts';
import { invalidatePlans, planCommands, planDiffQuery, planVersionQuery } from '../api/plans.ts';
import { ErrorSummary, useSubmitForm } from '../components/ErrorSummary.tsx';
import { AnchorLink } from '../components/links.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { PageSkeleton, QueryError } from '../components/PageStates.tsx';
import { PlanDiffView } from '../components/PlanDiff.tsx';
import {
  PhasesEditor,
  planFieldId,
  SectionsEditor,
  TargetsEditor,
} from '../components/PlanEditor.tsx';
import { dayBefore, versionTitle } from '../components/PlanVersionLine.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';
import { PlanStatusBadge } from './plans.tsx';

/** One version of the plan: the editor for a draft, read-only otherwise. */
export function PlanVersionPage() {
  const { code, n } = useParams({ from: '/app/plan/$code/versions/$n' });
  const { data, error, isPending, refetch } = useQuery(planVersionQuery(code, Number(n)));
  if (isPending) return <PageSkeleton />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  return <VersionView key={`${code}-${data.number}-${data.status}`} code={code} version={data} />;
}

function DiffPanel({
  code,
  from,
  to,
  dirty,
}: {
  code: string;
  from: number;
  to: number;
  dirty: boolean;
}) {
  const { t } = useI18n();
  const { data, error, isPending } = useQuery(planDiffQuery(code, from, to));
  return (
    <Stack gap="sm">
      <Text fw={600}>{t('plan.diffWith', { n: from })}</Text>
      {dirty && (
        <Alert color="yellow" variant="light">
          {t('plan.diffUnsaved')}
        </Alert>
      )}
      {isPending ? (
        <PageSkeleton />
      ) : error ? (
        <QueryError error={error} />
      ) : (
        <PlanDiffView diff={data} />
      )}
    </Stack>
  );
}

const defaultTitle = 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH';

/** A server field path as the office reads it: "targets.5.values.1.value" → "FOREST_COVER · Năm 2026". */
function pathLabel(path: string, content: PlanContent, t: ReturnType<typeof useI18n>['t']): string {
  const target = /^targets\.(\d+)(?:\.values\.(\d+))?/.exec(path);
  if (target) {
    const item = content.targets[Number(target[1])];
    const year = target[2] !== undefined ? item?.values[Number(target[2])]?.year : undefined;
    return [item?.code ?? path, year ? t('planPublic.fieldYear', { year }) : null]
      .filter(Boolean)
      .join(' · ');
  }
  const section = /^sections\.(\d+)/.exec(path);
  if (section) return content.sections[Number(section[1])]?.clause ?? path;
  const phase = /^phases\.(\d+)/.exec(path);
  if (phase) return content.phases[Number(phase[1])]?.code ?? path;
  return path;
}

function VersionView({ code, version }: { code: string; version: PlanVersionResponse }) {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const [content, setContent] = useState<PlanContent>(version.content);
  const [dirty, setDirty] = useState(false);
  const [revision, setRevision] = useState(version.revision);
  const [notice, setNotice] = useState<string | null>(null);
  const [issuing, setIssuing] = useState(false);
  const [decision, setDecision] = useState({
    decisionNumber: '',
    decisionDate: '',
    signerName: '',
    signerTitle: defaultTitle,
  });
  const { form, busy, submit } = useSubmitForm();
  const issueForm = useSubmitForm();
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

  const change = (next: PlanContent) => {
    setContent(next);
    setDirty(true);
    setNotice(null);
  };

  const save = () =>
    submit(async () => {
      form.clear();
      const saved = await planCommands.save(code, version.number, { revision, content });
      setRevision(saved.revision);
      await invalidatePlans();
      setDirty(false);
      setNotice(t('plan.saved', { n: version.number }));
    });

  const issue = () =>
    issueForm.submit(
      async () => {
        const issued = await planCommands.issue(code, version.number, { revision, ...decision });
        setIssuing(false);
        setNotice(t('plan.issued', { n: issued.number, number: issued.decision?.number ?? '' }));
        await invalidatePlans();
      },
      (e) => {
        // Problems with the content (an opened year) belong to the page, not the dialog.
        if (!(e instanceof ApiError) || !Object.keys(e.fields).some((f) => f.startsWith('targets')))
          return false;
        setIssuing(false);
        form.fromError(e);
        return true;
      },
    );

  const newVersion = () =>
    submit(async () => {
      const created = await planCommands.newVersion(code, { from: version.number });
      await invalidatePlans();
      await navigate({
        to: '/plan/$code/versions/$n',
        params: { code, n: String(created.number) },
      });
    });

  const errors = form.errors?.fields ?? {};
  const summaryFields = Object.keys(errors).map((name) => ({
    name,
    label: pathLabel(name, content, t),
    id: planFieldId(name),
  }));
  const d = version.decision;
  const asOf = version.effectiveTo ? dayBefore(version.effectiveTo) : undefined;

  return (
    <Stack gap="md">
      <PageHeader
        title={
          version.status === 'draft'
            ? t('plan.versionN', { n: version.number })
            : versionTitle(version, t)
        }
        crumbs={[
          { label: t('nav.home'), to: '/home' },
          { label: t('plan.title'), to: '/plan' },
          { label: t('plan.versionN', { n: version.number }) },
        ]}
        lead={
          <>
            {pick(version.movement.title)}
            {version.basedOn ? ` · ${t('plan.basedOn', { n: version.basedOn })}` : ''}
          </>
        }
        actions={<PlanStatusBadge status={version.status} />}
      />
      <nav aria-label={t('planPublic.versions')}>
        <Group gap="sm" wrap="wrap">
          <AnchorLink to="/plan/$code" params={{ code }} size="sm">
            {t('planPublic.versions')}
          </AnchorLink>
          {version.status !== 'draft' && (
            <AnchorLink
              to="/movements/$code"
              params={{ code }}
              search={asOf ? { asOf } : {}}
              size="sm"
            >
              {t('plan.publicPage')}
            </AnchorLink>
          )}
          <Anchor
            size="sm"
            href={`/api/movements/${encodeURIComponent(code)}/plan-versions/${version.number}/plan.docx`}
            data-testid="plan-docx-preview"
          >
            {t('plan.docx')}
          </Anchor>
        </Group>
      </nav>
      {d?.kind === 'decision' && d.number && (
        <Text size="sm" data-testid="plan-decision">
          {t('plan.decisionLine', {
            number: d.number,
            date: formatDate(d.date),
            signer: `${d.signerTitle ?? ''} ${d.signerName ?? ''}`.trim(),
          })}
        </Text>
      )}
      <div aria-live="polite">
        {notice && (
          <Alert color="green" variant="light" data-testid="plan-notice">
            {notice}
          </Alert>
        )}
      </div>
      {version.status !== 'draft' && (
        <Alert color="blue" variant="light" data-testid="plan-frozen">
          <Stack gap="xs">
            <Text size="sm">{t('plan.frozen')}</Text>
            {version.abilities.newVersion && !draft && (
              <Button w="fit-content" onClick={() => void newVersion()} loading={busy}>
                {t('plan.newVersion')}
              </Button>
            )}
            {draft && (
              <AnchorLink to="/plan/$code/versions/$n" params={{ code, n: String(draft.number) }}>
                {t('plan.openDraft', { n: draft.number })}
              </AnchorLink>
            )}
          </Stack>
        </Alert>
      )}
      {version.status === 'draft' && !editable && <Text c="dimmed">{t('plan.readOnly')}</Text>}
      <ErrorSummary errors={form.errors} fields={summaryFields} />
      <Tabs defaultValue={editable ? 'targets' : 'diff'} keepMounted={false}>
        <Tabs.List>
          {editable && <Tabs.Tab value="targets">{t('plan.tabTargets')}</Tabs.Tab>}
          {editable && <Tabs.Tab value="phases">{t('plan.tabPhases')}</Tabs.Tab>}
          {editable && <Tabs.Tab value="text">{t('plan.tabText')}</Tabs.Tab>}
          {previous && (
            <Tabs.Tab value="diff" data-testid="plan-tab-diff">
              {t('plan.tabDiff')}
            </Tabs.Tab>
          )}
        </Tabs.List>
        {editable && (
          <>
            <Tabs.Panel value="targets" pt="md">
              <TargetsEditor content={content} onChange={change} errors={errors} />
            </Tabs.Panel>
            <Tabs.Panel value="phases" pt="md">
              <PhasesEditor content={content} onChange={change} errors={errors} />
            </Tabs.Panel>
            <Tabs.Panel value="text" pt="md">
              <SectionsEditor content={content} onChange={change} errors={errors} />
            </Tabs.Panel>
          </>
        )}
        {previous && (
          <Tabs.Panel value="diff" pt="md">
            <DiffPanel code={code} from={previous} to={version.number} dirty={dirty} />
          </Tabs.Panel>
        )}
      </Tabs>
      {(editable || version.abilities.issue) && (
        <Group
          gap="sm"
          pos="sticky"
          bottom={0}
          py="sm"
          bg="var(--mantine-color-body)"
          style={{ borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 2 }}
        >
          {editable && (
            <Button onClick={() => void save()} loading={busy} data-testid="plan-save">
              {t('plan.save')}
            </Button>
          )}
          {version.abilities.issue && (
            <Button
              color="teal.9"
              variant="outline"
              disabled={dirty}
              onClick={() => setIssuing(true)}
              data-testid="plan-issue"
            >
              {t('plan.issue')}
            </Button>
          )}
          {dirty && (
            <Text size="sm" c="dimmed">
              {version.abilities.issue ? t('plan.issueSaveFirst') : t('plan.unsaved')}
            </Text>
          )}
        </Group>
      )}
      <Modal
        opened={issuing}
        onClose={() => setIssuing(false)}
        title={t('plan.issueTitle', { n: version.number })}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void issue();
          }}
        >
          <Stack>
            <Text size="sm">{t('plan.issueText')}</Text>
            <ErrorSummary errors={issueForm.form.errors} fields={[]} />
            <TextInput
              label={t('plan.decisionNumber')}
              description={t('plan.decisionNumberHint')}
              required
              value={decision.decisionNumber}
              error={issueForm.form.fieldError('decisionNumber')}
              onChange={(e) => setDecision({ ...decision, decisionNumber: e.currentTarget.value })}
              data-testid="plan-decision-number"
            />
            <TextInput
              type="date"
              label={t('plan.decisionDate')}
              required
              value={decision.decisionDate}
              error={issueForm.form.fieldError('decisionDate')}
              onChange={(e) => setDecision({ ...decision, decisionDate: e.currentTarget.value })}
              data-testid="plan-decision-date"
            />
            <TextInput
              label={t('plan.signerName')}
              required
              value={decision.signerName}
              error={issueForm.form.fieldError('signerName')}
              onChange={(e) => setDecision({ ...decision, signerName: e.currentTarget.value })}
              data-testid="plan-signer-name"
            />
            <TextInput
              label={t('plan.signerTitle')}
              description={t('plan.signerTitleHint')}
              required
              value={decision.signerTitle}
              error={issueForm.form.fieldError('signerTitle')}
              onChange={(e) => setDecision({ ...decision, signerTitle: e.currentTarget.value })}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setIssuing(false)}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                color="teal.9"
                loading={issueForm.busy}
                data-testid="plan-issue-confirm"
              >
                {t('plan.issueConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
