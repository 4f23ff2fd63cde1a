import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Candidate } from '../../shared/contracts/eligibility.ts';
import { subjectKinds, type SubjectKind } from '../../shared/commendations/catalogue.ts';
import { catalogueQuery } from '../api/commendations.ts';
import { queryClient } from '../api/query.ts';
import {
  candidatesQuery,
  candidatesXlsxUrl,
  type CandidatesParams,
} from '../api/subject-history.ts';
import { useCitation } from '../components/EligibilityPanel.tsx';
import { ErrorSummary, useSubmitForm } from '../components/ErrorSummary.tsx';
import { AnchorLink } from '../components/links.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { UnitSelect } from '../components/UnitSelect.tsx';
import { useI18n } from '../i18n/index.ts';
import { todayIso } from '../lib/format.ts';
import { optionOf } from '../lib/options.ts';
import { DateField } from '../components/DateField.tsx';

const verdicts = ['eligible', 'held', 'not_eligible'] as const;
const verdictColor = { eligible: 'teal.9', not_eligible: 'gray.7', held: 'grape.9' } as const;

/** The office's "who may qualify" list: per unit, award and year, each subject's verdict and reasons. */
export function CandidatesPage() {
  const { t, pick, lang } = useI18n();
  const c = (key: string, params?: Record<string, unknown>) =>
    t(
      `commendations.history.candidates.${key}` as 'commendations.history.candidates.title',
      params ?? {},
    );
  const { data: cat } = useQuery(catalogueQuery);
  const { form, busy, submit: run } = useSubmitForm();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [kind, setKind] = useState<SubjectKind>('individual');
  const [chosen, setAward] = useState('CSTDCS');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [date, setDate] = useState(todayIso());
  const [params, setParams] = useState<CandidatesParams | null>(null);
  const [shown, setShown] = useState<string>('all');
  const { data } = useQuery({ ...candidatesQuery(params!), enabled: params !== null });

  const awards = (cat?.awards ?? []).filter((a) => a.subjects.includes(kind));
  const award = awards.some((a) => a.code === chosen) ? chosen : (awards[0]?.code ?? chosen);
  const groups = (['title', 'form'] as const).map((category) => ({
    group: t(`commendations.titleCategory.${category}`),
    items: awards
      .filter((a) => a.category === category)
      .map((a) => ({ value: a.code, label: pick(a.name) })),
  }));
  const fields = [
    { name: 'unitId', label: t('commendations.unit'), id: 'cand-unit' },
    { name: 'subjectKind', label: c('subjectKind'), id: 'cand-kind' },
    { name: 'award', label: t('commendations.award'), id: 'cand-award' },
    { name: 'year', label: c('year'), id: 'cand-year' },
    { name: 'date', label: c('date'), id: 'cand-date' },
  ];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!unitId) return form.setFields({ unitId: t('errors.required') });
    const next = { unitId, subjectKind: kind, award, year: Number(year), date };
    await run(async () => {
      await queryClient.fetchQuery(candidatesQuery(next));
      form.clear();
      setParams(next);
    });
  };

  const list = data?.candidates ?? [];
  const count = (v: string) => list.filter((x) => x.result.verdict === v).length;
  const rows = shown === 'all' ? list : list.filter((x) => x.result.verdict === shown);

  return (
    <Stack gap="md">
      <PageHeader
        title={c('title')}
        crumbs={[{ label: t('nav.home'), to: '/home' }, { label: c('title') }]}
        lead={c('lead')}
      />
      <Card withBorder>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Stack gap="sm">
            <ErrorSummary errors={form.errors} fields={fields} />
            <UnitSelect
              id="cand-unit"
              label={fields[0]!.label}
              value={unitId}
              onChange={setUnitId}
              required
              error={form.fieldError('unitId')}
            />
            <Group grow align="flex-start" wrap="wrap">
              <NativeSelect
                id="cand-kind"
                label={fields[1]!.label}
                value={kind}
                onChange={(e) => setKind(optionOf(subjectKinds, e.currentTarget.value))}
                data={subjectKinds.map((k) => ({ value: k, label: c(`kinds.${k}`) }))}
                miw={200}
              />
              <NativeSelect
                id="cand-award"
                label={fields[2]!.label}
                value={award}
                onChange={(e) => setAward(e.currentTarget.value)}
                data={groups.filter((g) => g.items.length)}
                error={form.fieldError('award')}
                miw={200}
              />
            </Group>
            <Group grow align="flex-start" wrap="wrap">
              <TextInput
                id="cand-year"
                type="number"
                label={fields[3]!.label}
                value={year}
                onChange={(e) => setYear(e.currentTarget.value)}
                error={form.fieldError('year')}
                miw={120}
              />
              <DateField
                id="cand-date"
                label={fields[4]!.label}
                value={date}
                onChange={(e) => setDate(e.currentTarget.value)}
                error={form.fieldError('date')}
                miw={140}
              />
            </Group>
            <Group>
              <Button type="submit" loading={busy} data-testid="candidates-show">
                {c('show')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <div aria-live="polite">
        {params && data && (
          <Stack gap="sm" data-testid="candidates-result">
            <Group justify="space-between" wrap="wrap">
              <Text fw={700}>
                {c('count', {
                  eligible: count('eligible'),
                  held: count('held'),
                  other: count('not_eligible'),
                })}
              </Text>
              <Anchor href={candidatesXlsxUrl(params, lang)} download data-testid="candidates-xlsx">
                {c('export')}
              </Anchor>
            </Group>
            <NativeSelect
              id="cand-filter"
              label={c('filterVerdict')}
              value={shown}
              onChange={(e) => setShown(e.currentTarget.value)}
              data={[
                { value: 'all', label: c('allVerdicts') },
                ...verdicts.map((v) => ({
                  value: v,
                  label: t(`commendations.eligibility.verdicts.${v}`),
                })),
              ]}
              maw={260}
            />
            {list.length === 0 ? <Text>{c('empty')}</Text> : <CandidateTable rows={rows} />}
          </Stack>
        )}
      </div>
    </Stack>
  );
}

function SubjectLink({ row }: { row: Candidate }) {
  if (row.subjectKind === 'collective')
    return (
      <AnchorLink to="/units/$id/commendations" params={{ id: row.subjectId }}>
        {row.name}
      </AnchorLink>
    );
  if (row.subjectKind === 'household')
    return (
      <AnchorLink to="/households/$id" params={{ id: row.subjectId }}>
        {row.name}
      </AnchorLink>
    );
  return (
    <AnchorLink to="/people/$id" params={{ id: row.subjectId }}>
      {row.name}
    </AnchorLink>
  );
}

function CandidateTable({ rows }: { rows: Candidate[] }) {
  const { t, pick } = useI18n();
  const cite = useCitation();
  const c = (key: string, params?: Record<string, unknown>) =>
    t(
      `commendations.history.candidates.${key}` as 'commendations.history.candidates.title',
      params ?? {},
    );
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped withTableBorder layout="fixed" data-testid="candidates-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="30%">{c('name')}</Table.Th>
            <Table.Th w={130}>{c('verdict')}</Table.Th>
            <Table.Th>{c('reasons')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const r = row.result;
            const missing = r.conditions.filter((x) => !x.met).map((x) => pick(x.description));
            return (
              <Table.Tr key={row.subjectId}>
                <Table.Td style={{ wordBreak: 'break-word' }}>
                  <SubjectLink row={row} />
                </Table.Td>
                <Table.Td>
                  <Badge
                    style={{ textTransform: 'none' }}
                    color={verdictColor[r.verdict]}
                    variant="outline"
                  >
                    {t(`commendations.eligibility.verdicts.${r.verdict}`)}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ wordBreak: 'break-word' }}>
                  <Text size="sm">
                    {r.holds.length > 0 &&
                      c('held', {
                        list: r.holds
                          .map((h) =>
                            [t(`commendations.history.caseKinds.${h.kind}`), h.ref]
                              .filter(Boolean)
                              .join(' '),
                          )
                          .join('; '),
                      })}
                    {r.holds.length > 0 && ' '}
                    {r.rule
                      ? missing.length
                        ? c('missing', { list: missing.join('; ') })
                        : c('allMet')
                      : t('commendations.eligibility.noRule')}
                  </Text>
                  {r.rule && (
                    <Text size="xs" c="dimmed">
                      {r.rule.code} — {cite(r.rule.citation)}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
