import { Alert, Button, Card, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import type { CriterionScoreView, UnitScoreResponse } from '../../shared/contracts/scores.ts';
import { objectToScore, scoresKey, unitScoreQuery } from '../api/scores.ts';
import { AnchorLink } from '../components/links.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { PageSkeleton, QueryError, useErrorMessage } from '../components/PageStates.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useI18n } from '../i18n/index.ts';

/** A unit's score explained: each criterion's value, target, rule, arithmetic and points; the band and what decided it. */
export function ScoreUnitPage() {
  const { t } = useI18n();
  const { unitId } = useParams({ from: '/app/scores/units/$unitId' });
  const year = useSearch({ from: '/app/scores/units/$unitId' }).year ?? new Date().getFullYear();
  const { data, error, isPending, refetch } = useQuery(unitScoreQuery(unitId, year));
  const title = data ? t('scores.unitTitle', { year, unit: data.unit.name }) : t('scores.nav');
  return (
    <Stack gap="md">
      <PageHeader
        title={title}
        crumbs={[
          { label: t('nav.home'), to: '/home' },
          { label: t('scores.nav') },
          { label: data?.unit.name ?? '' },
        ]}
      />
      {isPending ? (
        <PageSkeleton />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <Breakdown data={data} />
      )}
    </Stack>
  );
}

function valueText(t: ReturnType<typeof useI18n>['t'], c: CriterionScoreView): string {
  if (c.value === null) return '—';
  if (typeof c.value === 'boolean') return c.value ? t('scores.yes') : t('scores.no');
  return typeof c.value === 'number' ? formatNumber(c.value) : c.value;
}

function Breakdown({ data }: { data: UnitScoreResponse }) {
  const { t, pick } = useI18n();
  const s = data.score;
  if (!s) return <Text>{t('scores.noScore')}</Text>;
  const e = s.explanation;
  const band = e.band;
  const reportLink = (code: string) => (
    <AnchorLink
      to="/reports/$periodId/units/$unitId"
      params={{ periodId: s.periodId, unitId: data.unit.id }}
      hash={`criterion-${code}`}
      data-testid={`report-link-${code}`}
    >
      {t('scores.openReport')}
    </AnchorLink>
  );
  return (
    <Stack gap="md">
      <Card withBorder>
        <Stack gap={4}>
          <Title order={2} size="h4" data-testid="score-summary">
            {t('scores.summary', {
              total: formatNumber(e.total),
              max: formatNumber(e.maxTotal),
              share: formatNumber(Math.round(e.share * 1000) / 10),
              base: formatNumber(e.base),
              bonus: formatNumber(e.bonus),
              penalty: formatNumber(e.penalty),
            })}
          </Title>
          {band && (
            <Text>
              {t('scores.bandLine', { band: pick(band.name) })} —{' '}
              {band.decidedBy.kind === 'share'
                ? t('scores.bandByShare', {
                    share: formatNumber(Math.round(band.decidedBy.share * 1000) / 10),
                    min: formatNumber(Math.round(band.decidedBy.minShare * 1000) / 10),
                  })
                : t('scores.bandByCondition', {
                    band: band.decidedBy.band,
                    condition: band.decidedBy.criterion ?? band.decidedBy.condition.kind,
                  })}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('scores.hash', { hash: s.inputHash.slice(0, 12), version: s.criteriaVersion })}
          </Text>
        </Stack>
      </Card>
      <Table.ScrollContainer minWidth={320}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('scores.criterion')}</Table.Th>
              <Table.Th>{t('scores.value')}</Table.Th>
              <Table.Th>{t('scores.arithmetic')}</Table.Th>
              <Table.Th ta="right">{t('scores.points')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {e.criteria.map((c) => (
              <Table.Tr key={c.code} data-testid={`score-row-${c.code}`}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {c.code} · {pick(c.name)}
                  </Text>
                  {reportLink(c.code)}
                </Table.Td>
                <Table.Td>
                  {valueText(t, c)}
                  {c.target && (
                    <Text size="xs" c="dimmed">
                      {t('scores.target')}: {formatNumber(c.target.value)} ({c.target.year})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{c.skipped ? t('scores.skipped') : c.arithmetic}</Text>
                  {c.notes.map((n) => (
                    <Text key={n} size="xs" c="dimmed">
                      {t(`scores.note_${n}`)}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td ta="right">
                  {c.kind === 'penalty' ? '−' : ''}
                  {formatNumber(c.points)}/{formatNumber(c.max)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Objections data={data} />
    </Stack>
  );
}

function Objections({ data }: { data: UnitScoreResponse }) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  if (!data.objections.length && !data.abilities.object) return null;
  return (
    <Card withBorder component="section">
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('scores.objections')}
        </Title>
        {data.window && (
          <Text size="sm">
            {t('scores.windowText', {
              from: formatDate(data.window.opensOn),
              to: formatDate(data.window.closesOn),
            })}
          </Text>
        )}
        {data.objections.map((o) => (
          <Text key={o.id} size="sm">
            {formatDate(o.at.slice(0, 10))} · {o.by}
            {o.criterionCode ? ` · ${o.criterionCode}` : ''}: {o.note}
          </Text>
        ))}
        {data.abilities.object && (
          <>
            <TextInput
              label={t('scores.objectionCriterion')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
            />
            <Textarea
              label={t('scores.objectionNote')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Button
              onClick={() => {
                setProblem(null);
                objectToScore(data.unit.id, data.year, note, code.trim() || undefined)
                  .then(async () => {
                    setDone(true);
                    setNote('');
                    await client.invalidateQueries({ queryKey: scoresKey });
                  })
                  .catch((e: unknown) => setProblem(errorMessage(e)));
              }}
            >
              {t('scores.object')}
            </Button>
          </>
        )}
        {done && (
          <Alert color="green" role="status">
            {t('scores.objected')}
          </Alert>
        )}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
