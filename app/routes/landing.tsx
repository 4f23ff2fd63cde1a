import { Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { movementsQuery } from '../api/movements.ts';
import { publicTargetsQuery } from '../api/targets.ts';
import { ButtonLink } from '../components/links.tsx';
import { ContentLines, PhaseList, TargetCards } from '../components/MovementParts.tsx';
import { PageSkeleton, QueryError, usePageTitle } from '../components/PageStates.tsx';
import { TargetLatest, TargetStatusBadge } from '../components/TargetStatusBadge.tsx';
import { useI18n } from '../i18n/index.ts';

/** The public front page: the movement at a glance, readable by any citizen without signing in. */
export function LandingPage() {
  const { t, pick } = useI18n();
  const { data, error, isPending, refetch } = useQuery(movementsQuery);
  // Status and results are extra: asked for once the plan is on screen, and the page reads
  // fine while (or if) they do not load.
  const { data: progress } = useQuery({ ...publicTargetsQuery, enabled: Boolean(data?.length) });
  const progressOf = (code: string) => {
    const target = progress?.find((p) => p.code === code);
    return target ? (
      <Group gap="xs" mt="xs" align="center">
        <TargetStatusBadge status={target.status} />
        <TargetLatest measure={target.measure} actuals={target.actualsByYear} />
      </Group>
    ) : null;
  };
  const movement = data?.[0];
  usePageTitle(movement ? pick(movement.title) : undefined);

  if (isPending) return <PageSkeleton />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!movement) {
    return (
      <Stack>
        <Title order={1}>{t('app.name')}</Title>
        <Text>{t('landing.empty')}</Text>
      </Stack>
    );
  }

  return (
    <Stack gap="xl">
      <Stack gap="sm" component="section" aria-labelledby="movement-title">
        <Text tt="uppercase" fw={700} size="sm" c="red.9">
          {t('landing.eyebrow')}
        </Text>
        <Title order={1} id="movement-title" size="h2" lh={1.3} data-testid="movement-title">
          {pick(movement.title)}
        </Title>
        <Text size="lg" fw={500} data-testid="movement-period">
          {t('landing.issuer')} ·{' '}
          {t('landing.period', { from: movement.startYear, to: movement.endYear })}
        </Text>
        <Group gap="sm" mt="xs">
          <ButtonLink to="/movements/$code" params={{ code: movement.code }}>
            {t('landing.readPlan')}
          </ButtonLink>
        </Group>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="phases-title">
        <Title order={2} id="phases-title">
          {t('landing.phasesTitle')}
        </Title>
        <PhaseList phases={movement.phases} />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="content-title">
        <Title order={2} id="content-title">
          {t('landing.contentTitle')}
        </Title>
        <ContentLines lines={movement.contentLines} />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="targets-title">
        <Title order={2} id="targets-title">
          {t('landing.targetsTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('landing.targetsIntro')}
        </Text>
        <TargetCards targets={movement.targets} renderProgress={progressOf} />
      </Stack>
    </Stack>
  );
}
