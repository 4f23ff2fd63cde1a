import {
  Anchor,
  Badge,
  Card,
  Group,
  NativeSelect,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { projectSectors } from '../../shared/projects.ts';
import { publicProjectsQuery } from '../api/projects.ts';
import { PageSkeleton, QueryError } from '../components/PageStates.tsx';
import { useI18n, type Lang } from '../i18n/index.ts';

// The page's own strings (public pages load only theirs, ADR 0018).
const vi = {
  title: 'Dự án đầu tư công',
  intro: 'Danh mục dự án của tỉnh: tiến độ, kế hoạch vốn năm và giải ngân theo số liệu Kho bạc.',
  sector: 'Lĩnh vực',
  all: 'Tất cả',
  total: 'Số dự án',
  province: 'Giải ngân toàn tỉnh năm {year}',
  noPlan: 'chưa có kế hoạch vốn',
  investor: 'Chủ đầu tư',
  progress: 'Tiến độ thực hiện',
  csv: 'Tải CSV',
  oc4ids: 'Dữ liệu mở OC4IDS (JSON)',
  empty: 'Chưa có dự án nào.',
};
const strings: Record<Lang, typeof vi> = {
  vi,
  en: {
    title: 'Public-investment projects',
    intro:
      "The province's project register: progress, the year's capital plan and disbursement from the Treasury's figures.",
    sector: 'Sector',
    all: 'All',
    total: 'Projects',
    province: 'Province disbursement {year}',
    noPlan: 'no capital plan yet',
    investor: 'Investor',
    progress: 'Physical progress',
    csv: 'Download CSV',
    oc4ids: 'OC4IDS open data (JSON)',
    empty: 'No projects yet.',
  },
};

const pct = (rate: number | null, s: typeof vi) =>
  rate === null ? s.noPlan : `${rate.toLocaleString('vi-VN')} %`;

/** The register for everyone, without signing in (issue 13); one column at 360 px. */
export function PublicProjectsPage() {
  const { lang } = useI18n();
  const s = strings[lang];
  const [sector, setSector] = useState('');
  const { data, error, isPending, refetch } = useQuery(publicProjectsQuery(sector || undefined));
  return (
    <Stack gap="md">
      <Title order={1}>{s.title}</Title>
      <Text>{s.intro}</Text>
      <NativeSelect
        label={s.sector}
        value={sector}
        onChange={(e) => setSector(e.currentTarget.value)}
        data={[{ value: '', label: s.all }, ...projectSectors.map((v) => ({ value: v, label: v }))]}
      />
      <Group gap="md">
        <Anchor href="/api/public/projects.csv">{s.csv}</Anchor>
        <Anchor href="/api/public/projects.oc4ids.json">{s.oc4ids}</Anchor>
      </Group>
      {isPending ? (
        <PageSkeleton />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Card withBorder data-testid="province-rate">
            <Text fw={600}>{s.province.replace('{year}', String(data.year))}</Text>
            <Text size="xl">{pct(data.province.rate, s)}</Text>
            <Text size="sm">
              {s.total}: {data.counts.total}
            </Text>
          </Card>
          {data.projects.length === 0 ? (
            <Text>{s.empty}</Text>
          ) : (
            <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {data.projects.map((p) => (
                <Card component="li" withBorder key={p.id} data-testid="project-card">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Text fw={600}>{p.name}</Text>
                    <Badge variant="light">{p.status}</Badge>
                  </Group>
                  <Text size="sm">
                    {p.code} · {s.investor}: {p.investor.name}
                  </Text>
                  <Text size="sm">{p.communes.map((c) => c.name).join(', ')}</Text>
                  <Text size="sm">
                    {s.progress}: {p.physicalProgress} %
                  </Text>
                  <Progress value={p.physicalProgress} aria-label={s.progress} />
                  <Text size="sm">
                    {s.province.replace('{year}', String(p.rate.year))}: {pct(p.rate.rate, s)}
                  </Text>
                </Card>
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
