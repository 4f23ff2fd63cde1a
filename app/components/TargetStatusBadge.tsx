import { Badge, Text } from '@mantine/core';
import type { TargetStatus } from '../../shared/contracts/targets.ts';
import { useI18n } from '../i18n/index.ts';
import { formatNumber } from '../lib/format.ts';

/** Status colours, shared by the badge and the chart line (never colour alone: the badge has text). */
export const statusColors: Record<TargetStatus, { mantine: string; hex: string; text: string }> = {
  achieved: { mantine: 'green', hex: '#2b8a3e', text: '#1a4d24' },
  on_track: { mantine: 'blue', hex: '#1864ab', text: '#0b3a66' },
  at_risk: { mantine: 'orange', hex: '#d9480f', text: '#7a2905' },
  off_track: { mantine: 'red', hex: '#c92a2a', text: '#7f1a1a' },
  no_data: { mantine: 'gray', hex: '#495057', text: '#2b2f33' },
};

export function TargetStatusBadge({ status }: { status: TargetStatus }) {
  const { t } = useI18n();
  const { mantine, text } = statusColors[status];
  return (
    <Badge
      variant="light"
      color={mantine}
      c={text}
      size="lg"
      radius="sm"
      tt="none"
      data-testid="target-status"
      data-status={status}
    >
      {t(`targets.status.${status}`)}
    </Badge>
  );
}

type T = ReturnType<typeof useI18n>['t'];

/** 54,2% · +6,5% · 60 · Đã hoàn thành — the value as the target's measure reads. */
export function formatTargetValue(t: T, measure: string, value: number): string {
  if (measure === 'done') return value >= 1 ? t('targets.done') : t('targets.notDone');
  const number = formatNumber(value);
  if (measure === 'percent') return `${number}%`;
  if (measure === 'percent_change') return `${value > 0 ? '+' : ''}${number}%`;
  return number;
}

/** The latest result line under a target's name, on the landing page and the targets page. */
export function TargetLatest({
  measure,
  actuals,
}: {
  measure: string;
  actuals: { year: number; value: number }[];
}) {
  const { t } = useI18n();
  const latest = actuals.reduce<{ year: number; value: number } | null>(
    (best, a) => (!best || a.year > best.year ? a : best),
    null,
  );
  return (
    <Text size="sm" data-testid="target-latest">
      {latest
        ? t('targets.latest', {
            value: formatTargetValue(t, measure, latest.value),
            year: latest.year,
          })
        : t('targets.noActual')}
    </Text>
  );
}
