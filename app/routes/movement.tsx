import { Anchor, Box, Grid, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, type ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { movementQuery } from '../api/movements.ts';
import type { PublicPlanDetail } from '../../shared/contracts/plans.ts';
import { ContentLines, PhaseList, TargetCards } from '../components/MovementParts.tsx';
import { NotFound, PageSkeleton, QueryError, usePageTitle } from '../components/PageStates.tsx';
import { PlanVersionLine } from '../components/PlanVersionLine.tsx';
import { Categories, Duties, LegalBases, Passages, Sectors } from '../components/PlanSections.tsx';
import { useI18n } from '../i18n/index.ts';
import { noMotion } from '../theme.ts';

const route = getRouteApi('/public/movements/$code');

type Key =
  | 'findings'
  | 'legalBases'
  | 'purposes'
  | 'requirements'
  | 'content'
  | 'categories'
  | 'targets'
  | 'commendation'
  | 'solutions'
  | 'phases'
  | 'sectors'
  | 'duties';

/** The plan's parts in its own order (I–VI), each rendered from the API's data. */
function sectionsOf(m: PublicPlanDetail): { key: Key; body: ReactNode; show: boolean }[] {
  return [
    {
      key: 'findings',
      show: m.findings.length > 0,
      body: <Passages items={m.findings} testId="findings" />,
    },
    { key: 'legalBases', show: m.legalBases.length > 0, body: <LegalBases items={m.legalBases} /> },
    {
      key: 'purposes',
      show: m.purposes.length > 0,
      body: <Passages items={m.purposes} testId="purposes" />,
    },
    {
      key: 'requirements',
      show: m.requirements.length > 0,
      body: <Passages items={m.requirements} testId="requirements" />,
    },
    {
      key: 'content',
      show: m.contentLines.length > 0,
      body: <ContentLines lines={m.contentLines} />,
    },
    {
      key: 'categories',
      show: m.categories.length > 0,
      body: <Categories categories={m.categories} />,
    },
    { key: 'targets', show: m.targets.length > 0, body: <TargetCards targets={m.targets} /> },
    {
      key: 'commendation',
      show: m.commendationForms.length > 0,
      body: <Passages items={m.commendationForms} testId="commendation" />,
    },
    {
      key: 'solutions',
      show: m.solutions.length > 0,
      body: <Passages items={m.solutions} testId="solutions" />,
    },
    { key: 'phases', show: m.phases.length > 0, body: <PhaseList phases={m.phases} /> },
    { key: 'sectors', show: m.sectors.length > 0, body: <Sectors sectors={m.sectors} /> },
    { key: 'duties', show: m.duties.length > 0, body: <Duties duties={m.duties} /> },
  ];
}

const anchorId = (key: Key) => `plan-${key}`;

function goTo(key: Key) {
  const el = document.getElementById(anchorId(key));
  if (!el) return;
  el.scrollIntoView({ behavior: noMotion ? 'auto' : 'smooth', block: 'start' });
  el.focus({ preventScroll: true });
  window.history.replaceState(window.history.state, '', `#${anchorId(key)}`);
}

export function MovementPage() {
  const { t, pick } = useI18n();
  const { code } = route.useParams();
  const { asOf } = route.useSearch();
  const { data, error, isPending, refetch } = useQuery(movementQuery(code, asOf));
  usePageTitle(data ? pick(data.title) : undefined);

  useEffect(() => {
    if (!data || !window.location.hash) return;
    document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
  }, [data]);

  if (isPending) return <PageSkeleton />;
  if (error)
    return error instanceof ApiError && error.status === 404 ? (
      <NotFound />
    ) : (
      <QueryError error={error} onRetry={() => void refetch()} />
    );

  const parts = sectionsOf(data).filter((p) => p.show);
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Text tt="uppercase" fw={700} size="sm" c="red.9">
          {t('landing.eyebrow')}
        </Text>
        <Title order={1} size="h2" lh={1.3} data-testid="movement-title">
          {pick(data.title)}
        </Title>
        <Text fw={500}>
          {[
            data.document,
            data.issuer?.name ?? t('landing.issuer'),
            t('landing.period', { from: data.startYear, to: data.endYear }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <PlanVersionLine plan={data} code={code} viewingToday={!asOf} />
      </Stack>

      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Box
            hiddenFrom="md"
            pos="sticky"
            top={0}
            py={6}
            bg="var(--mantine-color-body)"
            style={{ zIndex: 5 }}
          >
            <NativeSelect
              label={t('movement.jumpTo')}
              value=""
              data={[
                { value: '', label: t('movement.toc'), disabled: true },
                ...parts.map((p) => ({
                  value: p.key,
                  label: p.key === 'findings' ? t('planPublic.findings') : t(`movement.${p.key}`),
                })),
              ]}
              onChange={(e) => e.currentTarget.value && goTo(e.currentTarget.value as Key)}
              data-testid="toc-select"
            />
          </Box>
          <nav aria-label={t('movement.toc')} className="toc-sticky" data-testid="toc">
            <Text fw={700} mb="xs" visibleFrom="md">
              {t('movement.toc')}
            </Text>
            <Stack
              gap={6}
              component="ol"
              visibleFrom="md"
              style={{ paddingLeft: '1.2rem', margin: 0 }}
            >
              {parts.map((p) => (
                <li key={p.key}>
                  <Anchor
                    href={`#${anchorId(p.key)}`}
                    size="sm"
                    onClick={(e) => {
                      e.preventDefault();
                      goTo(p.key);
                    }}
                  >
                    {p.key === 'findings' ? t('planPublic.findings') : t(`movement.${p.key}`)}
                  </Anchor>
                </li>
              ))}
            </Stack>
          </nav>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack gap="xl">
            {parts.map((p) => (
              <Stack key={p.key} gap="sm" component="section" aria-labelledby={anchorId(p.key)}>
                <Title
                  order={2}
                  id={anchorId(p.key)}
                  tabIndex={-1}
                  className="section-anchor"
                  style={{ outline: 'none' }}
                >
                  {p.key === 'findings' ? t('planPublic.findings') : t(`movement.${p.key}`)}
                </Title>
                {p.body}
              </Stack>
            ))}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
