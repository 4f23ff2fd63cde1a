import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { PlanVersionSummary, PublicPlanDetail } from '../../shared/contracts/plans.ts';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';
import { AnchorLink } from './links.tsx';

type T = ReturnType<typeof useI18n>['t'];

/** "Phiên bản 2 theo Quyết định số 125/QĐ-UBND ngày 01/03/2026" (or by the plan itself). */
export function versionTitle(v: PlanVersionSummary, t: T): string {
  const d = v.decision;
  if (d?.kind === 'decision' && d.number)
    return t('planPublic.versionByDecision', {
      n: v.number,
      number: d.number,
      date: formatDate(d.date),
    });
  return t('planPublic.versionByPlan', { n: v.number });
}

/** The day before `iso`: the last day a superseded version was in force. */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** A day on which the version was in force, to link to it with ?asOf. */
const dayOf = (v: PlanVersionSummary) => (v.effectiveTo ? dayBefore(v.effectiveTo) : undefined);

/** Which version of the plan the page shows, under which decision, and the other versions. */
export function PlanVersionLine({
  plan,
  code,
  viewingToday,
}: {
  plan: PublicPlanDetail;
  code: string;
  viewingToday: boolean;
}) {
  const { t } = useI18n();
  const v = plan.version;
  const unknown = v.decision?.unknown ?? [];
  const previous = plan.versions.find((o) => o.number < v.number);
  const next = plan.versions.find((o) => o.number > v.number);
  return (
    <Stack gap={4} data-testid="plan-version">
      <Text fw={700} data-testid="plan-version-title">
        {versionTitle(v, t)}
      </Text>
      <Text size="sm">
        {v.effectiveFrom
          ? t('planPublic.inForce', { from: formatDate(v.effectiveFrom) })
          : t('planPublic.inForceSinceStart')}
        {v.effectiveTo ? ` ${t('planPublic.until', { to: formatDate(v.effectiveTo) })}` : ''}
        {v.decision?.signerName
          ? ` · ${t('planPublic.signer', { title: v.decision.signerTitle ?? '', name: v.decision.signerName })}`
          : ''}
      </Text>
      {unknown.length > 0 && (
        <Text size="sm" c="dimmed" data-testid="plan-version-unknown">
          {t('planPublic.unknownFields', {
            fields: unknown.map((f) => t(`planPublic.field_${f}`)).join(', '),
          })}
        </Text>
      )}
      {!viewingToday && (
        <Text size="sm">
          {t('planPublic.asOf', { date: formatDate(plan.asOf) })} ·{' '}
          <AnchorLink to="/movements/$code" params={{ code }} search={{}}>
            {t('planPublic.showToday')}
          </AnchorLink>
        </Text>
      )}
      {plan.versions.length > 1 && (
        <nav aria-label={t('planPublic.versions')}>
          <Group gap="sm" wrap="wrap">
            <Text size="sm" fw={600}>
              {t('planPublic.versions')}:
            </Text>
            {plan.versions.map((o) =>
              o.number === v.number ? (
                <Text key={o.number} size="sm" aria-current="page">
                  {o.number} ({t('planPublic.current')})
                </Text>
              ) : (
                <AnchorLink
                  key={o.number}
                  size="sm"
                  to="/movements/$code"
                  params={{ code }}
                  search={dayOf(o) ? { asOf: dayOf(o) } : {}}
                  data-testid={`plan-version-link-${o.number}`}
                >
                  {t('planPublic.openVersion', { n: o.number })}
                </AnchorLink>
              ),
            )}
            {(previous || next) && (
              <AnchorLink
                size="sm"
                to="/movements/$code/diff"
                params={{ code }}
                search={{ from: (previous ?? v).number, to: (previous ? v : next!).number }}
                data-testid="plan-compare"
              >
                {t('planPublic.compare', {
                  from: (previous ?? v).number,
                  to: (previous ? v : next!).number,
                })}
              </AnchorLink>
            )}
          </Group>
        </nav>
      )}
      <Anchor
        size="sm"
        href={`/api/public/movements/${encodeURIComponent(code)}/versions/${v.number}/plan.docx`}
        data-testid="plan-docx"
      >
        {t('planPublic.download', { n: v.number })}
      </Anchor>
    </Stack>
  );
}
