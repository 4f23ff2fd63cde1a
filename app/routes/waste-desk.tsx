import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { queryClient } from '../api/query.ts';
import {
  commentWaste,
  moveWaste,
  readWasteReporter,
  wasteDetailQuery,
  wasteQueueQuery,
} from '../api/waste.ts';
import { ErrorSummary, useSubmitForm } from '../components/ErrorSummary.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { PageSkeleton, QueryError } from '../components/PageStates.tsx';
import { AnchorLink } from '../components/links.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';
import type { WasteDetail, WasteMoveInput, WasteReporter } from '../../shared/contracts/waste.ts';
import {
  wasteCategoryNames,
  wasteOutcomeNames,
  wasteOutcomes,
  wasteStateNames,
  wasteStates,
} from '../../shared/waste.ts';

const queueRoute = getRouteApi('/app/waste');

/** The handlers' queue: reports they may read, with the deadline of their step. */
export function WasteQueuePage() {
  const { t, pick } = useI18n();
  const search = queueRoute.useSearch();
  const navigate = queueRoute.useNavigate();
  const query = useQuery(wasteQueueQuery(search));
  return (
    <Stack>
      <PageHeader title={t('wasteDesk.queueTitle')} />
      <Group wrap="wrap" align="end">
        <NativeSelect
          label={t('wasteDesk.filterStatus')}
          value={search.status ?? ''}
          onChange={(e) =>
            void navigate({ search: { ...search, status: e.currentTarget.value || undefined } })
          }
          data={[
            { value: '', label: t('wasteDesk.all') },
            ...wasteStates.map((s) => ({ value: s, label: pick(wasteStateNames[s]) })),
          ]}
        />
        <Checkbox
          label={t('wasteDesk.onlyOverdue')}
          checked={search.overdue === 'true'}
          onChange={(e) =>
            void navigate({
              search: { ...search, overdue: e.currentTarget.checked ? 'true' : undefined },
            })
          }
        />
      </Group>
      {query.isPending ? (
        <PageSkeleton />
      ) : query.error ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.reports.length === 0 ? (
        <Text>{t('wasteDesk.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table data-testid="waste-queue">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('wasteDesk.code')}</Table.Th>
                <Table.Th>{t('wasteDesk.commune')}</Table.Th>
                <Table.Th>{t('wasteDesk.filterStatus')}</Table.Th>
                <Table.Th>{t('wasteDesk.due')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.reports.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <AnchorLink to="/waste/$id" params={{ id: r.id }}>
                      {r.code}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {pick(wasteCategoryNames[r.category])}
                    </Text>
                  </Table.Td>
                  <Table.Td>{r.communeName}</Table.Td>
                  <Table.Td>{pick(wasteStateNames[r.status])}</Table.Td>
                  <Table.Td>
                    {r.dueOn ? formatDate(r.dueOn) : '—'}{' '}
                    {r.overdue && <Badge color="red">{t('wasteDesk.overdue')}</Badge>}{' '}
                    {r.escalated && <Badge color="orange">{t('wasteDesk.escalated')}</Badge>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

const detailRoute = getRouteApi('/app/waste/$id');

function MoveForm({ report, action }: { report: WasteDetail; action: WasteMoveInput['action'] }) {
  const { t, pick } = useI18n();
  const { form, busy, submit } = useSubmitForm();
  const [outcome, setOutcome] = useState<string>('confirmed_waste');
  const needs = {
    unit: action === 'assign',
    reason: action === 'assign' || action === 'return',
    outcome: action === 'conclude',
    forwardedTo:
      action === 'forward' || (action === 'conclude' && outcome === 'outside_competence'),
    summary: action === 'conclude' || action === 'forward',
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const v = (k: string) => String(data.get(k) ?? '').trim() || undefined;
    void submit(async () => {
      const saved = await moveWaste(report.id, {
        action,
        version: report.version,
        ...(needs.unit
          ? { unitId: v('unitId') ?? report.assignedUnitId ?? report.communeUnitId }
          : {}),
        ...(needs.reason && v('reason') ? { reason: v('reason') } : {}),
        ...(needs.outcome ? { outcome: outcome as WasteDetail['outcome'] & string } : {}),
        ...(needs.forwardedTo && v('forwardedTo') ? { forwardedTo: v('forwardedTo') } : {}),
        ...(needs.summary && v('summary') ? { summary: v('summary') } : {}),
      });
      queryClient.setQueryData(wasteDetailQuery(report.id).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: ['waste', 'queue'] });
    });
  };
  const id = (k: string) => `waste-${action}-${k}`;
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={onSubmit}
      noValidate
      data-testid={`waste-move-${action}`}
    >
      <Stack gap="xs">
        <ErrorSummary
          errors={form.errors}
          fields={['unitId', 'reason', 'outcome', 'forwardedTo', 'summary'].map((name) => ({
            name,
            label: name,
            id: id(name),
          }))}
        />
        {needs.unit && (
          <TextInput
            id={id('unitId')}
            name="unitId"
            label={t('wasteDesk.assignUnit')}
            defaultValue={report.assignedUnitId ?? report.communeUnitId}
            error={form.fieldError('unitId')}
          />
        )}
        {needs.reason && (
          <TextInput
            id={id('reason')}
            name="reason"
            label={t('wasteDesk.reason')}
            error={form.fieldError('reason')}
          />
        )}
        {needs.outcome && (
          <NativeSelect
            id={id('outcome')}
            label={t('wasteDesk.outcome')}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            data={wasteOutcomes.map((o) => ({ value: o, label: pick(wasteOutcomeNames[o]) }))}
          />
        )}
        {needs.forwardedTo && (
          <TextInput
            id={id('forwardedTo')}
            name="forwardedTo"
            label={t('wasteDesk.forwardedTo')}
            error={form.fieldError('forwardedTo')}
          />
        )}
        {needs.summary && (
          <Textarea
            id={id('summary')}
            name="summary"
            label={t('wasteDesk.summary')}
            autosize
            minRows={2}
            error={form.fieldError('summary')}
          />
        )}
        <Button type="submit" loading={busy} variant={action === 'return' ? 'light' : 'filled'}>
          {t(`wasteDesk.${action}`)}
        </Button>
      </Stack>
    </Paper>
  );
}

/** One report for its handlers: what, where, history, duplicates, the moves they may make. */
export function WasteDetailPage() {
  const { t, pick } = useI18n();
  const { id } = detailRoute.useParams();
  const query = useQuery(wasteDetailQuery(id));
  const [reporter, setReporter] = useState<WasteReporter | null>(null);
  const reveal = useSubmitForm();
  const comment = useSubmitForm();
  if (query.isPending) return <PageSkeleton />;
  if (query.error) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const r = query.data;
  const moves = (['assign', 'start', 'conclude', 'forward', 'publish', 'return'] as const).filter(
    (a) => r.abilities[a] && allowedIn(r.status, a),
  );
  const canWrite = r.abilities.comment || r.abilities.note;
  const onComment = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formEl = event.currentTarget;
    const body = String(new FormData(formEl).get('body') ?? '').trim();
    if (!body) return comment.form.setFields({ body: t('errors.required') });
    void comment.submit(async () => {
      queryClient.setQueryData(wasteDetailQuery(id).queryKey, await commentWaste(id, body));
      formEl.reset();
    });
  };
  return (
    <Stack maw={900}>
      <PageHeader
        title={t('wasteDesk.detailTitle', { code: r.code })}
        lead={`${pick(wasteCategoryNames[r.category])} · ${r.communeName}`}
      />
      <Group gap="xs">
        <Badge data-testid="waste-desk-state">{pick(wasteStateNames[r.status])}</Badge>
        {r.outcome && <Badge color="gray">{pick(wasteOutcomeNames[r.outcome])}</Badge>}
        {r.dueOn && (
          <Text size="sm">
            {t('wasteDesk.due')}: {formatDate(r.dueOn)}
          </Text>
        )}
        {r.overdue && <Badge color="red">{t('wasteDesk.overdue')}</Badge>}
      </Group>
      <Paper withBorder p="md">
        <Text style={{ whiteSpace: 'pre-wrap' }}>{r.description}</Text>
        {r.placeNote && (
          <Text size="sm" mt="xs">
            {t('wasteDesk.place')}: {r.placeNote}
          </Text>
        )}
        {r.lat !== null && r.lng !== null && (
          <Text size="sm">
            {t('wasteDesk.point')}:{' '}
            <Anchor
              href={`https://www.openstreetmap.org/?mlat=${r.lat}&mlon=${r.lng}#map=17/${r.lat}/${r.lng}`}
              target="_blank"
              rel="noreferrer"
            >
              {r.lat.toFixed(5)}, {r.lng.toFixed(5)}
            </Anchor>
          </Text>
        )}
        <Text size="sm">
          {t('wasteDesk.unit')}: {r.assignedUnitName ?? '—'}
        </Text>
        <Text size="sm">
          {t('wasteDesk.officers')}: {r.officers.map((o) => o.name).join(', ') || '—'}
        </Text>
      </Paper>
      {r.photos.length > 0 && (
        <Group>
          {r.photos.map((p) => (
            <a
              key={p.id}
              href={`/api/waste-reports/${r.id}/photos/${p.id}`}
              target="_blank"
              rel="noreferrer"
            >
              <img
                src={`/api/waste-reports/${r.id}/photos/${p.id}`}
                alt={t('wasteDesk.photos')}
                style={{ maxWidth: 140, maxHeight: 140 }}
              />
            </a>
          ))}
        </Group>
      )}
      {r.possibleDuplicates.length > 0 && (
        <Alert color="yellow" title={t('wasteDesk.duplicates')} data-testid="waste-duplicates">
          {r.possibleDuplicates.map((d) => (
            <AnchorLink key={d.id} to="/waste/$id" params={{ id: d.id }} mr="sm">
              {d.code}
            </AnchorLink>
          ))}
        </Alert>
      )}
      {r.abilities.readReporter && (
        <Paper withBorder p="md">
          <Title order={2} size="h4">
            {t('wasteDesk.reporter')}
          </Title>
          {r.anonymous ? (
            <Text size="sm">{t('wasteDesk.reporterAnonymous')}</Text>
          ) : reporter ? (
            <Text size="sm" data-testid="waste-reporter">
              {[reporter.name, reporter.phone, reporter.email].filter(Boolean).join(' · ')}
            </Text>
          ) : (
            <Button
              variant="light"
              size="compact-sm"
              loading={reveal.busy}
              onClick={() =>
                void reveal.submit(async () => setReporter(await readWasteReporter(r.id)))
              }
            >
              {t('wasteDesk.showReporter')}
            </Button>
          )}
        </Paper>
      )}
      {moves.length > 0 && (
        <Stack>
          <Title order={2} size="h4">
            {t('wasteDesk.actions')}
          </Title>
          {moves.map((a) => (
            <MoveForm key={`${a}-${r.version}`} report={r} action={a} />
          ))}
        </Stack>
      )}
      {canWrite && (
        <Paper withBorder p="md" component="form" onSubmit={onComment} noValidate>
          <Stack gap="xs">
            <ErrorSummary
              errors={comment.form.errors}
              fields={[{ name: 'body', label: t('wasteDesk.comment'), id: 'waste-comment' }]}
            />
            <Textarea
              id="waste-comment"
              name="body"
              label={r.abilities.comment ? t('wasteDesk.comment') : t('wasteDesk.note')}
              autosize
              minRows={2}
              error={comment.form.fieldError('body')}
            />
            <Button type="submit" loading={comment.busy} data-testid="waste-comment-send">
              {t('wasteDesk.send')}
            </Button>
          </Stack>
        </Paper>
      )}
      <Title order={2} size="h4">
        {t('wasteDesk.history')}
      </Title>
      <Stack gap={4} component="ol" style={{ paddingLeft: 20 }} data-testid="waste-desk-history">
        {r.events.map((e) => (
          <li key={e.id}>
            <Text size="sm">
              {new Date(e.at).toLocaleString()} — {e.byName ?? e.byRole}: {e.action ?? e.kind}
              {e.toStatus ? ` → ${e.toStatus}` : ''}
              {e.unitName ? ` (${e.unitName})` : ''}
              {!e.public ? ` · ${t('wasteDesk.internal')}` : ''}
            </Text>
            {e.body && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                {e.body}
              </Text>
            )}
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

const allowedFrom: Record<WasteMoveInput['action'], readonly string[]> = {
  assign: ['received', 'assigned'],
  start: ['assigned'],
  conclude: ['verifying'],
  forward: ['received', 'assigned'],
  publish: ['concluded'],
  return: ['concluded'],
};
const allowedIn = (status: string, action: WasteMoveInput['action']) =>
  allowedFrom[action].includes(status);
