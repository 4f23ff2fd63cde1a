import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { publicPlanDiffQuery } from '../api/movements.ts';
import { AnchorLink } from '../components/links.tsx';
import { PageSkeleton, QueryError, usePageTitle } from '../components/PageStates.tsx';
import { PlanDiffView } from '../components/PlanDiff.tsx';
import { versionTitle } from '../components/PlanVersionLine.tsx';
import { useI18n } from '../i18n/index.ts';

const route = getRouteApi('/public/movements/$code/diff');

/** Public: what changed between two issued versions of the plan, side by side. */
export function PlanDiffPublicPage() {
  const { t, pick } = useI18n();
  const { code } = route.useParams();
  const { from = 1, to = 2 } = route.useSearch();
  const { data, error, isPending, refetch } = useQuery(publicPlanDiffQuery(code, from, to));
  usePageTitle(t('planPublic.diffTitle'));
  if (isPending) return <PageSkeleton />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  return (
    <Stack gap="md">
      <AnchorLink to="/movements/$code" params={{ code }} search={{}} size="sm">
        {pick(data.movement.title)}
      </AnchorLink>
      <Title order={1} size="h2">
        {t('planPublic.diffTitle')}
      </Title>
      <Text size="sm">
        {versionTitle(data.from, t)} → {versionTitle(data.to, t)}
      </Text>
      <PlanDiffView diff={data} />
    </Stack>
  );
}
