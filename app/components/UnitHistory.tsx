import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type {
  LineageEntryResponse as LineageLink,
  LineageResponse as Lineage,
  UnitDetailResponse as UnitDetail,
} from '../../shared/contracts/units.ts';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';
import { AnchorLink } from './links.tsx';

type T = ReturnType<typeof useI18n>['t'];

export function periodText(t: T, from: string, to: string | null) {
  // validTo is exclusive; people read the last day the version was in force.
  return to
    ? t('common.period', { from: formatDate(from), to: formatDate(lastDay(to)) })
    : t('common.periodOpen', { from: formatDate(from) });
}

function lastDay(exclusive: string) {
  const d = new Date(`${exclusive.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return exclusive;
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const eventLabel = (t: T, kind: string) =>
  t(`eventKinds.${kind}` as 'eventKinds.create', { defaultValue: kind });

function UnverifiedBadge() {
  const { t } = useI18n();
  return (
    <Badge variant="outline" color="red.9" style={{ textTransform: 'none' }}>
      {t('unit.unverified')}
    </Badge>
  );
}

/** The note on links from the seeded, unchecked 2025 mapping (ADR 0021). */
function UnverifiedMark() {
  const { t } = useI18n();
  return (
    <Text size="sm" c="red.9" data-testid="unverified-mark">
      {t('unit.unverifiedNote')}
    </Text>
  );
}

export function VersionList({ unit }: { unit: UnitDetail }) {
  const { t } = useI18n();
  const versions = [...unit.versions].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return (
    <Stack
      gap="xs"
      component="ol"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      data-testid="unit-versions"
    >
      {versions.map((v) => (
        <Paper component="li" key={v.validFrom} withBorder p="sm">
          <Text fw={700}>{v.name}</Text>
          {v.shortName && (
            <Text size="sm">
              {t('unit.shortName')}: {v.shortName}
            </Text>
          )}
          <Text size="sm">
            {t('unit.parent')}:{' '}
            {v.parentId ? (
              <AnchorLink to="/units/$id" params={{ id: v.parentId }}>
                {v.parentName ?? v.parentId}
              </AnchorLink>
            ) : (
              t('unit.noParent')
            )}
          </Text>
          <Text size="sm" c="dimmed">
            {t('unit.period')}: {periodText(t, v.validFrom, v.validTo)}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}

export function EventList({ unit }: { unit: UnitDetail }) {
  const { t } = useI18n();
  if (!unit.events.length) return <Text>{t('unit.noEvents')}</Text>;
  const events = [...unit.events].sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate));
  return (
    <Stack
      gap="xs"
      component="ol"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      data-testid="unit-events"
    >
      {events.map((e) => (
        <Paper component="li" key={e.id} withBorder p="sm">
          <Group gap="xs">
            <Badge variant="outline" color="blue.9" style={{ textTransform: 'none' }}>
              {eventLabel(t, e.kind)}
            </Badge>
            <Text fw={500}>{formatDate(e.effectiveDate)}</Text>
            {!e.verified && <UnverifiedBadge />}
          </Group>
          {!e.verified && <UnverifiedMark />}
          {e.basis && (
            <Text size="sm" mt={4}>
              {t('unit.basis')}: {e.basis}
            </Text>
          )}
          {e.note && (
            <Text size="sm" mt={4}>
              {t('unit.note')}: {e.note}
            </Text>
          )}
          {e.parties.filter((p) => p.unitId !== unit.id).length > 0 && (
            <Stack gap={2} mt={4}>
              {e.parties
                .filter((p) => p.unitId !== unit.id)
                .map((p) => (
                  <Text size="sm" key={`${p.unitId}-${p.role}`}>
                    {t(`partyRoles.${p.role}` as 'partyRoles.subject', { defaultValue: p.role })}:{' '}
                    <AnchorLink to="/units/$id" params={{ id: p.unitId }}>
                      {p.unitName}
                    </AnchorLink>
                    {p.share ? ` — ${t('unit.share', { share: p.share })}` : ''}
                  </Text>
                ))}
            </Stack>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

function LinkList({
  links,
  empty,
  testId,
}: {
  links: LineageLink[];
  empty: string;
  testId: string;
}) {
  const { t } = useI18n();
  if (!links.length) return <Text size="sm">{empty}</Text>;
  return (
    <Stack
      gap={6}
      component="ul"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      data-testid={testId}
    >
      {links.map((l) => (
        <li
          key={`${l.unitId}-${l.depth}-${l.effectiveDate}`}
          style={{ paddingLeft: Math.max(0, l.depth - 1) * 16 }}
        >
          <AnchorLink to="/units/$id" params={{ id: l.unitId }} fw={500}>
            {l.name}
          </AnchorLink>
          <Text size="sm" c="dimmed">
            {t('unit.lineageItem', {
              event: eventLabel(t, l.eventKind),
              date: formatDate(l.effectiveDate),
            })}
            {l.share ? ` — ${t('unit.share', { share: l.share })}` : ''}
          </Text>
          {!l.verified && <UnverifiedBadge />}
        </li>
      ))}
    </Stack>
  );
}

export function LineagePanel({ lineage }: { lineage: Lineage }) {
  const { t } = useI18n();
  const unverified = [...lineage.predecessors, ...lineage.successors].some((l) => !l.verified);
  return (
    <Stack gap="md">
      {unverified && <UnverifiedMark />}
      <div>
        <Title order={3} size="h5" mb={6}>
          {t('unit.predecessors')}
        </Title>
        <LinkList
          links={lineage.predecessors}
          empty={t('unit.noPredecessors')}
          testId="predecessors"
        />
      </div>
      <div>
        <Title order={3} size="h5" mb={6}>
          {t('unit.successors')}
        </Title>
        <LinkList links={lineage.successors} empty={t('unit.noSuccessors')} testId="successors" />
      </div>
    </Stack>
  );
}
