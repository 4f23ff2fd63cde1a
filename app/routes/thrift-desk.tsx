import {
  Alert,
  Badge,
  Button,
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
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { queryClient } from '../api/query.ts';
import {
  programmesQuery,
  publicThriftQuery,
  savingsQuery,
  violationsQuery,
} from '../api/thrift.ts';
import { ErrorSummary, useSubmitForm } from '../components/ErrorSummary.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { UnitSelect } from '../components/UnitSelect.tsx';
import { useI18n } from '../i18n/index.ts';
import { formatNumber } from '../lib/format.ts';
import type { Programme } from '../../shared/contracts/thrift.ts';
import { thriftCategories } from '../../shared/contracts/thrift.ts';
import { wasteCategoryNames, type WasteCategory } from '../../shared/waste.ts';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

const refresh = () => queryClient.invalidateQueries({ queryKey: ['thrift'] });

function useCategoryOptions() {
  const { pick } = useI18n();
  return thriftCategories.map((c) => ({ value: c, label: pick(wasteCategoryNames[c]) }));
}

/** Province totals by year, one bar series per area. */
function SavingsChart() {
  const { pick } = useI18n();
  const { data } = useQuery({ ...publicThriftQuery, staleTime: 0 });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current || !data) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    const years = [...new Set(data.savings.map((s) => s.year))].sort();
    const cats = [...new Set(data.savings.map((s) => s.category))];
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 60, right: 10, top: 10, bottom: 50 },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: {
        type: 'value',
        axisLabel: { formatter: (v: number) => `${formatNumber(v / 1e6)} tr` },
      },
      series: cats.map((c) => ({
        type: 'bar',
        name: pick(wasteCategoryNames[c as WasteCategory]),
        data: years.map(
          (y) => data.savings.find((s) => s.year === y && s.category === c)?.amount ?? 0,
        ),
      })),
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [data, pick]);
  return <div ref={ref} style={{ width: '100%', height: 280 }} data-testid="thrift-chart" />;
}

function ProgrammeForm({ programmes }: { programmes: Programme[] }) {
  const { t } = useI18n();
  const categories = useCategoryOptions();
  const { form, busy, submit } = useSubmitForm();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [kind, setKind] = useState<'yearly' | 'long_term'>('yearly');
  const year = new Date().getFullYear();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formEl = e.currentTarget;
    const d = new FormData(formEl);
    const v = (k: string) => String(d.get(k) ?? '').trim();
    const targets = categories
      .map((c) => ({ category: c.value, text: v(`target-${c.value}`) }))
      .filter((x) => x.text);
    void submit(async () => {
      await api.post('/api/thrift/programmes', {
        unitId: unitId ?? '',
        kind,
        startYear: Number(v('startYear')),
        endYear: kind === 'yearly' ? Number(v('startYear')) : Number(v('endYear')),
        ...(v('parentId') ? { parentId: v('parentId') } : {}),
        title: v('title'),
        targets,
      });
      formEl.reset();
      await refresh();
    });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('thriftDesk.newProgramme')}
        </Title>
        <ErrorSummary errors={form.errors} fields={[]} />
        <UnitSelect
          label={t('thriftDesk.unitId')}
          value={unitId}
          onChange={setUnitId}
          error={form.fieldError('unitId')}
        />
        <NativeSelect
          label={t('thriftDesk.kind')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as 'yearly' | 'long_term')}
          data={[
            { value: 'yearly', label: t('thriftDesk.yearly') },
            { value: 'long_term', label: t('thriftDesk.longTerm') },
          ]}
        />
        <Group grow>
          <TextInput
            name="startYear"
            label={t('thriftDesk.startYear')}
            defaultValue={String(year)}
            inputMode="numeric"
          />
          {kind === 'long_term' && (
            <TextInput
              name="endYear"
              label={t('thriftDesk.endYear')}
              defaultValue={String(year + 4)}
              inputMode="numeric"
            />
          )}
        </Group>
        <NativeSelect
          name="parentId"
          label={t('thriftDesk.parent')}
          data={[
            { value: '', label: t('thriftDesk.none') },
            ...programmes
              .filter((p) => p.status === 'issued')
              .map((p) => ({ value: p.id, label: `${p.title} (${p.unitName})` })),
          ]}
        />
        <TextInput
          name="title"
          label={t('thriftDesk.programmeTitle')}
          error={form.fieldError('title')}
        />
        {categories.map((c) => (
          <Textarea
            key={c.value}
            name={`target-${c.value}`}
            label={`${t('thriftDesk.targetText')}: ${c.label}`}
            autosize
            minRows={1}
          />
        ))}
        <Button type="submit" loading={busy}>
          {t('thriftDesk.create')}
        </Button>
      </Stack>
    </Paper>
  );
}

function IssueForm({ p }: { p: Programme }) {
  const { t } = useI18n();
  const { form, busy, submit } = useSubmitForm();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    void submit(async () => {
      await api.post(`/api/thrift/programmes/${p.id}/issue`, {
        decisionNumber: String(d.get('decisionNumber') ?? '').trim(),
        decisionDate: String(d.get('decisionDate') ?? ''),
        version: p.version,
      });
      await refresh();
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Group align="end" wrap="wrap" gap="xs">
        <TextInput
          name="decisionNumber"
          label={t('thriftDesk.decisionNumber')}
          error={form.fieldError('decisionNumber')}
        />
        <TextInput
          name="decisionDate"
          type="date"
          label={t('thriftDesk.decisionDate')}
          error={form.fieldError('decisionDate')}
        />
        <Button type="submit" loading={busy} size="sm">
          {t('thriftDesk.issue')}
        </Button>
      </Group>
      {form.errors?.message && <Alert color="red">{form.errors.message}</Alert>}
    </form>
  );
}

function SavingForm() {
  const { t } = useI18n();
  const categories = useCategoryOptions();
  const { form, busy, submit } = useSubmitForm();
  const [unitId, setUnitId] = useState<string | null>(null);
  const savings = useQuery(savingsQuery);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formEl = e.currentTarget;
    const d = new FormData(formEl);
    const v = (k: string) => String(d.get(k) ?? '').trim();
    const year = Number(v('year'));
    const existing = savings.data?.savings.find(
      (s) => s.unitId === unitId && s.year === year && s.category === v('category'),
    );
    void submit(async () => {
      await api.put('/api/thrift/savings', {
        unitId: unitId ?? '',
        year,
        category: v('category'),
        amount: Number(v('amount').replace(/[.\s]/g, '').replace(',', '.')),
        evidence: v('evidence'),
        ...(existing ? { version: existing.version } : {}),
      });
      formEl.reset();
      await refresh();
      await queryClient.invalidateQueries({ queryKey: ['public', 'thrift'] });
    });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate>
      <Stack gap="xs">
        <ErrorSummary errors={form.errors} fields={[]} />
        <UnitSelect label={t('thriftDesk.unitId')} value={unitId} onChange={setUnitId} />
        <Group grow>
          <TextInput
            name="year"
            label={t('thriftDesk.year')}
            defaultValue={String(new Date().getFullYear())}
            inputMode="numeric"
          />
          <NativeSelect name="category" label={t('thriftDesk.category')} data={categories} />
        </Group>
        <TextInput
          name="amount"
          label={t('thriftDesk.amount')}
          inputMode="numeric"
          error={form.fieldError('amount')}
        />
        <TextInput
          name="evidence"
          label={t('thriftDesk.evidence')}
          error={form.fieldError('evidence')}
        />
        <Button type="submit" loading={busy}>
          {t('thriftDesk.save')}
        </Button>
      </Stack>
    </Paper>
  );
}

/** The unit's THTK-CLP work: programmes, savings, inspections found, province totals. */
export function ThriftDeskPage() {
  const { t, pick } = useI18n();
  const programmes = useQuery(programmesQuery);
  const savings = useQuery(savingsQuery);
  const violations = useQuery(violationsQuery);
  const name = (c: string) => pick(wasteCategoryNames[c as WasteCategory]) || c;
  return (
    <Stack maw={960}>
      <PageHeader title={t('thriftDesk.title')} />
      <Title order={2} size="h3">
        {t('thriftDesk.totals')}
      </Title>
      <SavingsChart />
      <Title order={2} size="h3">
        {t('thriftDesk.programmes')}
      </Title>
      <Stack data-testid="thrift-programmes">
        {(programmes.data?.programmes ?? []).map((p) => (
          <Paper key={p.id} withBorder p="sm">
            <Group gap="xs">
              <Text fw={600}>{p.title}</Text>
              <Badge color={p.status === 'issued' ? 'green' : 'gray'}>
                {p.status === 'issued' ? t('thriftDesk.issued') : t('thriftDesk.draft')}
              </Badge>
            </Group>
            <Text size="sm">
              {p.unitName} · {p.startYear}
              {p.endYear !== p.startYear ? `–${p.endYear}` : ''}
              {p.decisionNumber ? ` · ${p.decisionNumber} (${p.decisionDate})` : ''}
            </Text>
            {p.targets.map((x, i) => (
              <Text key={i} size="sm" c="dimmed">
                {name(x.category)}: {x.text}
              </Text>
            ))}
            {p.abilities.issue && <IssueForm p={p} />}
          </Paper>
        ))}
      </Stack>
      <ProgrammeForm programmes={programmes.data?.programmes ?? []} />
      <Title order={2} size="h3">
        {t('thriftDesk.savings')}
      </Title>
      <Table.ScrollContainer minWidth={320}>
        <Table>
          <Table.Tbody>
            {(savings.data?.savings ?? []).map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.year}</Table.Td>
                <Table.Td>{s.unitName}</Table.Td>
                <Table.Td>{name(s.category)}</Table.Td>
                <Table.Td>{formatNumber(s.amount)} đ</Table.Td>
                <Table.Td>{s.evidence}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <SavingForm />
      <Title order={2} size="h3">
        {t('thriftDesk.violations')}
      </Title>
      {(violations.data?.violations ?? []).map((v) => (
        <Paper key={v.id} withBorder p="sm">
          <Group gap="xs">
            <Text fw={600}>{v.unitName}</Text>
            <Badge color={v.status === 'handled' ? 'green' : 'orange'}>
              {v.status === 'handled' ? t('thriftDesk.handled') : t('thriftDesk.open')}
            </Badge>
          </Group>
          <Text size="sm">
            {v.foundOn} · {v.inspectingBody} · {name(v.category)} · {formatNumber(v.amount)} đ
          </Text>
          <Text size="sm">{v.finding}</Text>
          {v.publicSummary && (
            <Text size="sm" c="dimmed">
              {v.publicSummary}
            </Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
