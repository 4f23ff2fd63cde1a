import { Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { ApiError } from '../api/client.ts';
import { lineageQuery, unitQuery, unitTreeQuery } from '../api/units.ts';
import type { TreeUnit, UnitDetailResponse as UnitDetail } from '../../shared/contracts/units.ts';
import { AnchorLink } from '../components/links.tsx';
import { PageHeader, type Crumb } from '../components/PageHeader.tsx';
import { PageSkeleton, QueryError } from '../components/PageStates.tsx';
import { UnitActions } from '../components/UnitActions.tsx';
import { EventList, LineagePanel, periodText, VersionList } from '../components/UnitHistory.tsx';
import { useI18n } from '../i18n/index.ts';
import { todayIso } from '../lib/format.ts';

const route = getRouteApi('/app/units/$id');

/** Tỉnh › Sở › Phòng: the unit's ancestors in today's tree (or its last known parent). */
function useAncestors(version: UnitDetail['versions'][number] | undefined): Crumb[] {
  const { data } = useQuery(unitTreeQuery(todayIso()));
  if (!version?.parentId) return [];
  const byId = new Map((data?.units ?? []).map((u) => [u.id, u]));
  const chain: Crumb[] = [];
  let id: string | null = version.parentId;
  while (id && byId.has(id) && chain.length < 12) {
    const unit: TreeUnit = byId.get(id)!;
    chain.unshift({ label: unit.name, unitId: unit.id });
    id = unit.parentId;
  }
  return chain.length ? chain : [{ label: version.parentName ?? '', unitId: version.parentId }];
}

/** One unit through time: its names and parents, the events that changed it, where it came from and went. */
export function UnitPage() {
  const { t } = useI18n();
  const { id } = route.useParams();
  const unit = useQuery(unitQuery(id));
  const lineage = useQuery(lineageQuery(id));
  const today = todayIso();
  const sorted = [...(unit.data?.versions ?? [])].sort((a, b) =>
    a.validFrom.localeCompare(b.validFrom),
  );
  const current =
    sorted.find((v) => v.validFrom <= today && (!v.validTo || v.validTo > today)) ??
    sorted[sorted.length - 1];
  const ancestors = useAncestors(current);

  if (unit.isPending) return <PageSkeleton />;
  if (unit.error) {
    const missing = unit.error instanceof ApiError && unit.error.status === 404;
    return (
      <Stack>
        <PageHeader
          title={missing ? t('unit.notFound') : t('app.errorTitle')}
          crumbs={[
            { label: t('nav.home'), to: '/home' },
            { label: t('units.title'), to: '/units' },
          ]}
        />
        {!missing && <QueryError error={unit.error} onRetry={() => void unit.refetch()} />}
        <AnchorLink to="/units">{t('unit.backToTree')}</AnchorLink>
      </Stack>
    );
  }

  const u = unit.data;
  const name = current?.name ?? u.code;

  return (
    <Stack gap="lg">
      <PageHeader
        title={name}
        crumbs={[{ label: t('units.title'), to: '/units' }, ...ancestors, { label: name }]}
      />
      <Card withBorder padding="md">
        <Group gap="lg" wrap="wrap" align="flex-start">
          <div>
            <Text size="sm" c="dimmed">
              {t('unit.code')}
            </Text>
            <Text fw={500}>{u.code}</Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t('unit.kind')}
            </Text>
            <Badge variant="outline" color="gray.7" style={{ textTransform: 'none' }}>
              {t(`unitKinds.${u.kind}` as 'unitKinds.province', { defaultValue: u.kind })}
            </Badge>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t('unit.existence')}
            </Text>
            <Text fw={500} data-testid="unit-existence">
              {periodText(t, u.validFrom, u.validTo)}
            </Text>
          </div>
        </Group>
        {current?.parentId && (
          <Text size="sm" mt="sm">
            {t('unit.parent')}:{' '}
            <AnchorLink to="/units/$id" params={{ id: current.parentId }}>
              {current.parentName}
            </AnchorLink>
          </Text>
        )}
        {current?.communeType && (
          <Text size="sm" mt="sm" data-testid="unit-commune-type">
            {t('commendations.history.communeType')}:{' '}
            {t(`commendations.history.communeTypes.${current.communeType as 'ward'}`)}
          </Text>
        )}
        <AnchorLink
          to="/units/$id/commendations"
          params={{ id: u.id }}
          size="sm"
          mt="sm"
          display="block"
          data-testid="unit-commendations-link"
        >
          {t('commendations.history.unitLink')}
        </AnchorLink>
        <Stack mt="md" gap="xs">
          <UnitActions
            unitId={u.id}
            unitName={name}
            unitKind={u.kind}
            communeType={current?.communeType ?? null}
            abilities={u.abilities}
          />
        </Stack>
      </Card>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm" component="section" aria-labelledby="unit-lineage">
          <Title order={2} size="h4" id="unit-lineage">
            {t('unit.lineage')}
          </Title>
          {lineage.isPending ? (
            <Skeleton height={60} />
          ) : lineage.error ? (
            <QueryError error={lineage.error} onRetry={() => void lineage.refetch()} />
          ) : (
            <LineagePanel lineage={lineage.data} />
          )}
        </Stack>
        <Stack gap="sm" component="section" aria-labelledby="unit-names">
          <Title order={2} size="h4" id="unit-names">
            {t('unit.names')}
          </Title>
          <VersionList unit={u} />
        </Stack>
      </SimpleGrid>

      <Stack gap="sm" component="section" aria-labelledby="unit-events">
        <Title order={2} size="h4" id="unit-events">
          {t('unit.events')}
        </Title>
        <EventList unit={u} />
      </Stack>
    </Stack>
  );
}
