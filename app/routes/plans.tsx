import { Alert, Badge, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import type { PlanVersionStatus, PlanVersionSummary } from '../../shared/contracts/plans.ts';
import { movementsQuery } from '../api/movements.ts';
import { invalidatePlans, planCommands, planVersionsQuery } from '../api/plans.ts';
import { ErrorSummary, useSubmitForm } from '../components/ErrorSummary.tsx';
import { AnchorLink, ButtonLink } from '../components/links.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { PageSkeleton, QueryError } from '../components/PageStates.tsx';
import { versionTitle } from '../components/PlanVersionLine.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';

const statusColor: Record<PlanVersionStatus, string> = {
  draft: 'yellow.9',
  issued: 'teal.9',
  superseded: 'gray.7',
};

export function PlanStatusBadge({ status }: { status: PlanVersionStatus }) {
  const { t } = useI18n();
  return (
    <Badge color={statusColor[status]} variant="light" data-testid="plan-status">
      {t(`plan.status_${status}`)}
    </Badge>
  );
}

/** The movements whose plans the office keeps. */
export function PlansPage() {
  const { t, pick } = useI18n();
  const { data, error, isPending, refetch } = useQuery(movementsQuery);
  if (isPending) return <PageSkeleton />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  return (
    <Stack>
      <PageHeader
        title={t('plan.title')}
        crumbs={[{ label: t('nav.home'), to: '/home' }, { label: t('plan.title') }]}
        lead={t('plan.lead')}
      />
      {data.map((m) => (
        <Card key={m.code} withBorder>
          <AnchorLink to="/plan/$code" params={{ code: m.code }} fw={600}>
            {pick(m.title)}
          </AnchorLink>
          <Text size="sm" c="dimmed">
            {m.startYear}–{m.endYear}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}

function VersionCard({
  code,
  v,
  inForce,
}: {
  code: string;
  v: PlanVersionSummary;
  inForce: boolean;
}) {
  const { t } = useI18n();
  return (
    <Card withBorder padding="sm" data-testid={`plan-version-${v.number}`}>
      <Group justify="space-between" gap="xs">
        <AnchorLink to="/plan/$code/versions/$n" params={{ code, n: String(v.number) }} fw={600}>
          {v.status === 'draft' ? t('plan.versionN', { n: v.number }) : versionTitle(v, t)}
        </AnchorLink>
        <Group gap={4}>
          <PlanStatusBadge status={v.status} />
          {inForce && (
            <Badge color="blue.9" variant="outline">
              {t('plan.inForceNow')}
            </Badge>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {v.basedOn ? t('plan.basedOn', { n: v.basedOn }) : ''}
        {v.effectiveFrom
          ? ` · ${t('planPublic.inForce', { from: formatDate(v.effectiveFrom) })}`
          : ''}
        {v.effectiveTo ? ` ${t('planPublic.until', { to: formatDate(v.effectiveTo) })}` : ''}
      </Text>
    </Card>
  );
}

/** A plan's versions: which is in force, the open draft, and how to start the next one. */
export function PlanVersionsPage() {
  const { code } = useParams({ from: '/app/plan/$code' });
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const { data, error, isPending, refetch } = useQuery(planVersionsQuery(code));
  const [findings, setFindings] = useState('');
  const { form, busy, submit } = useSubmitForm();
  if (isPending) return <PageSkeleton />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  const draft = data.versions.find((v) => v.status === 'draft');
  const inForce = data.inForce;
  const start = (phase?: string) =>
    submit(async () => {
      const paragraphs = findings
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean);
      const created = await planCommands.newVersion(code, {
        from: inForce ?? 1,
        ...(phase ? { phase, findings: paragraphs.map((vi) => ({ vi, en: '' })) } : {}),
      });
      await invalidatePlans();
      await navigate({
        to: '/plan/$code/versions/$n',
        params: { code, n: String(created.number) },
      });
    });
  return (
    <Stack gap="md">
      <PageHeader
        title={pick(data.movement.title)}
        crumbs={[
          { label: t('nav.home'), to: '/home' },
          { label: t('plan.title'), to: '/plan' },
          { label: pick(data.movement.title) },
        ]}
        lead={t('plan.lead')}
      />
      <ErrorSummary errors={form.errors} fields={[]} />
      <Stack gap="xs">
        {data.versions.map((v) => (
          <VersionCard key={v.number} code={code} v={v} inForce={v.number === inForce} />
        ))}
      </Stack>
      {draft && (
        <ButtonLink
          to="/plan/$code/versions/$n"
          params={{ code, n: String(draft.number) }}
          w="fit-content"
        >
          {t('plan.openDraft', { n: draft.number })}
        </ButtonLink>
      )}
      {!draft && data.abilities.newVersion && inForce && (
        <Stack gap="md">
          <Button
            variant="outline"
            w="fit-content"
            loading={busy}
            onClick={() => void start()}
            data-testid="plan-new-version"
          >
            {t('plan.newFrom', { n: inForce })}
          </Button>
          {data.phases.map((p) => (
            <Card key={p.code} withBorder data-testid={`plan-phase-${p.code}`}>
              <Stack gap="xs">
                <Text fw={600}>
                  {t('plan.phaseTitle', { phase: pick(p.name), from: p.startYear, to: p.endYear })}
                </Text>
                <Text size="sm">
                  {t('plan.phaseLead', { n: inForce, from: p.startYear, to: p.endYear })}
                </Text>
                <Textarea
                  label={t('plan.findingsLabel')}
                  description={t('plan.findingsHint')}
                  autosize
                  minRows={3}
                  value={findings}
                  onChange={(e) => setFindings(e.currentTarget.value)}
                  data-testid="plan-findings"
                />
                <Button
                  w="fit-content"
                  loading={busy}
                  onClick={() => void start(p.code)}
                  data-testid="plan-start-phase"
                >
                  {t('plan.startPhase')}
                </Button>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      {!data.abilities.newVersion && <Alert variant="light">{t('plan.readOnly')}</Alert>}
    </Stack>
  );
}
