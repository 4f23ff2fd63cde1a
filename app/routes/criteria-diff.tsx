import {
  Badge,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import type { PlacedCriterion as Placed } from '../../shared/contracts/criteria.ts';
import { criteriaDiffQuery, criteriaSetsQuery, criteriaVersionQuery } from '../api/criteria.ts';
import { criterionFieldName } from '../components/CriteriaChecks.ts';
import { CriteriaStatusBadge } from '../components/CriteriaParts.tsx';
import { AnchorLink } from '../components/links.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { QueryError } from '../components/PageStates.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatNumber } from '../lib/format.ts';

/** A field value for people: numbers vi-VN, yes/no, lists joined, "—" for nothing. */
function show(value: unknown, t: ReturnType<typeof useI18n>['t']): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
    return value.join(', ') || '—';
  return JSON.stringify(value);
}

/** Side-by-side changes between two versions of one set: added, removed, changed fields. */
export function CriteriaDiffPage() {
  const { id } = useParams({ from: '/app/criteria/$id/diff' });
  const search = useSearch({ from: '/app/criteria/$id/diff' });
  const navigate = useNavigate();
  const { t, pick } = useI18n();
  const sets = useQuery(criteriaSetsQuery);
  const latest = sets.data?.find((s) => s.id === id)?.latest.number;
  const to = search.to ?? latest ?? 1;
  const from = search.from ?? Math.max(1, to - 1);
  const versions = useQuery(criteriaVersionQuery(id, to));
  const diff = useQuery({ ...criteriaDiffQuery(id, from, to), enabled: from !== to });
  const options = (versions.data?.versions ?? []).map((v) => ({
    value: String(v.number),
    label: `${t('criteria.versionN', { n: v.number })} — ${t(`criteria.status_${v.status}`)}`,
  }));
  const pickVersion = (which: 'from' | 'to', value: string) =>
    void navigate({
      to: '/criteria/$id/diff',
      params: { id },
      search: { from, to, [which]: Number(value) },
    });
  const title = versions.data ? pick(versions.data.set.name) : t('criteria.diffTitle');
  return (
    <Stack gap="md">
      <PageHeader
        title={`${t('criteria.diffTitle')}: ${title}`}
        crumbs={[
          { label: t('nav.home'), to: '/home' },
          { label: t('criteria.title'), to: '/criteria' },
          { label: t('criteria.diffTitle') },
        ]}
      />
      <SimpleGrid cols={2} maw={520}>
        <NativeSelect
          label={t('criteria.diffFrom')}
          data={options}
          value={String(from)}
          onChange={(e) => pickVersion('from', e.currentTarget.value)}
        />
        <NativeSelect
          label={t('criteria.diffTo')}
          data={options}
          value={String(to)}
          onChange={(e) => pickVersion('to', e.currentTarget.value)}
        />
      </SimpleGrid>
      {from === to ? (
        <Text>{t('criteria.pickTwo')}</Text>
      ) : diff.isPending ? (
        <Skeleton height={200} />
      ) : diff.error ? (
        <QueryError error={diff.error} onRetry={() => void diff.refetch()} />
      ) : (
        <Stack gap="lg" data-testid="criteria-diff">
          <SimpleGrid cols={2}>
            {[diff.data.from, diff.data.to].map((v) => (
              <Group key={v.number} gap="xs">
                <AnchorLink
                  to="/criteria/$id/versions/$n"
                  params={{ id, n: String(v.number) }}
                  fw={700}
                >
                  {t('criteria.versionN', { n: v.number })}
                </AnchorLink>
                <CriteriaStatusBadge status={v.status} />
              </Group>
            ))}
          </SimpleGrid>
          {!diff.data.added.length && !diff.data.removed.length && !diff.data.changed.length && (
            <Text>{t('criteria.noChanges')}</Text>
          )}
          <Section
            title={t('criteria.added', { count: diff.data.added.length })}
            items={diff.data.added}
            color="green.8"
          />
          <Section
            title={t('criteria.removed', { count: diff.data.removed.length })}
            items={diff.data.removed}
            color="red.8"
          />
          <Stack gap="sm" component="section">
            <Title order={2} size="h4">
              {t('criteria.changed', { count: diff.data.changed.length })}
            </Title>
            {diff.data.changed.map((c) => (
              <Card key={c.code} withBorder padding="sm" data-testid={`changed-${c.code}`}>
                <Text fw={700} mb="xs" style={{ overflowWrap: 'anywhere' }}>
                  {c.code} · {pick(c.after.criterion.name)}
                </Text>
                <SimpleGrid cols={2} spacing="xs">
                  <Text size="sm" fw={600}>
                    {t('criteria.before')}
                  </Text>
                  <Text size="sm" fw={600}>
                    {t('criteria.after')}
                  </Text>
                  {c.fields.map((f) => (
                    <FieldRow key={f.field} field={f.field} before={f.before} after={f.after} />
                  ))}
                </SimpleGrid>
              </Card>
            ))}
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}

function FieldRow({ field, before, after }: { field: string; before: unknown; after: unknown }) {
  const { t } = useI18n();
  const label = criterionFieldName(field, t);
  const style = { overflowWrap: 'anywhere' as const };
  return (
    <>
      <Text size="sm" bg="red.0" p={4} style={style}>
        <Text span size="xs" c="dimmed" display="block">
          {label}
        </Text>
        {show(before, t)}
      </Text>
      <Text size="sm" bg="green.0" p={4} style={style}>
        <Text span size="xs" c="dimmed" display="block">
          {label}
        </Text>
        {show(after, t)}
      </Text>
    </>
  );
}

function Section({ title, items, color }: { title: string; items: Placed[]; color: string }) {
  const { t, pick } = useI18n();
  if (!items.length) return null;
  return (
    <Stack gap="sm" component="section">
      <Title order={2} size="h4">
        {title}
      </Title>
      {items.map((p) => (
        <Card key={p.criterion.code} withBorder padding="sm">
          <Group gap="xs" mb={4}>
            <Badge color={color} variant="light">
              {p.criterion.code}
            </Badge>
            <Text size="sm" c="dimmed">
              {t('criteria.inGroup', { name: p.groupName })} ·{' '}
              {t(`criteria.kind_${p.criterion.kind}`)}
            </Text>
          </Group>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {pick(p.criterion.name)}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
