import { Box } from '@mantine/core';
import { TargetDoneStatus } from './TargetDone.tsx';
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { PublicTarget } from '../../shared/contracts/targets.ts';
import { useI18n } from '../i18n/index.ts';
import { formatNumber } from '../lib/format.ts';
import { formatTargetValue, statusColors } from './TargetStatusBadge.tsx';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  SVGRenderer,
]);

const targetColor = '#5f3dc4';

/** Axis labels the Vietnamese way (1.234,5 · 54,2%), whatever the UI language (STYLE.md). */
function axisLabel(measure: string) {
  return (v: number) =>
    `${formatNumber(v)}${measure === 'percent' || measure === 'percent_change' ? '%' : ''}`;
}

/**
 * Years on a category axis (never "2012,5"). Several target years: baseline → actuals as one
 * line coloured by the status, the targets as a dashed line, the final target as a mark line.
 * One target year: the actual as a bar (or nothing yet) under the target's line. A done /
 * not-done target has no scale: the caller shows its status instead. Loaded lazily.
 */
export function TargetChart({ target }: { target: PublicTarget }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el || target.measure === 'done') return;
    const chart = echarts.init(el, undefined, { renderer: 'svg' });
    const color = statusColors[target.status].hex;
    const fmt = (v: number) => formatTargetValue(t, target.measure, v);
    const actualPoints: [number, number][] = [
      ...(target.baseline.year !== null && target.baseline.value !== null
        ? [[target.baseline.year, target.baseline.value] as [number, number]]
        : []),
      ...target.actualsByYear.map((a) => [a.year, a.value] as [number, number]),
    ];
    const targetPoints = target.targetsByYear.map((v) => [v.year, v.value] as [number, number]);
    const last = target.targetsByYear[target.targetsByYear.length - 1];
    const oneYear = target.targetsByYear.length === 1;
    const years = [...new Set([...actualPoints, ...targetPoints].map((p) => p[0]))].sort(
      (a, b) => a - b,
    );
    const at = (points: [number, number][]) =>
      years.map((y) => points.find((p) => p[0] === y)?.[1] ?? null);
    const percent = target.measure === 'percent';
    const markLine = last
      ? {
          silent: true,
          symbol: 'none',
          lineStyle: { color: targetColor, type: 'dashed', width: 2 },
          label: {
            formatter: `${t('targets.chart.target')} ${last.comparator} ${fmt(last.value)}`,
            position: 'insideEndTop',
            color: targetColor,
          },
          data: [{ yAxis: last.value }],
        }
      : undefined;
    chart.setOption({
      animation: !navigator.webdriver,
      grid: { left: 56, right: 16, top: 40, bottom: 48 },
      legend: { top: 0, data: [t('targets.chart.actual'), t('targets.chart.target')] },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (typeof v === 'number' ? fmt(v) : String(v ?? '—')),
      },
      xAxis: {
        type: 'category',
        name: t('targets.chart.xAxis'),
        nameLocation: 'middle',
        nameGap: 28,
        data: years.map(String),
      },
      yAxis: {
        type: 'value',
        name: percent ? t('targets.chart.yAxisPercent') : t('targets.chart.yAxis'),
        scale: !oneYear,
        axisLabel: { formatter: axisLabel(target.measure) },
        ...(percent ? { max: (v: { max: number }) => Math.min(100, Math.ceil(v.max + 1)) } : {}),
        // The target line must show even above every actual.
        ...(oneYear && last ? { min: 0 } : {}),
      },
      series: oneYear
        ? [
            {
              name: t('targets.chart.actual'),
              type: 'bar',
              data: at(actualPoints),
              color,
              barMaxWidth: 48,
              label: {
                show: true,
                position: 'top',
                formatter: (p: { value: number }) => fmt(p.value),
              },
              markLine,
            },
            {
              name: t('targets.chart.target'),
              type: 'line',
              data: at(targetPoints),
              color: targetColor,
              symbol: 'diamond',
              symbolSize: 12,
            },
          ]
        : [
            {
              name: t('targets.chart.actual'),
              type: 'line',
              data: at(actualPoints),
              connectNulls: true,
              color,
              lineStyle: { width: 3 },
              symbolSize: 8,
            },
            {
              name: t('targets.chart.target'),
              type: 'line',
              data: at(targetPoints),
              connectNulls: true,
              color: targetColor,
              lineStyle: { type: 'dashed' },
              symbol: 'diamond',
              symbolSize: 10,
              markLine,
            },
          ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [target, t]);

  if (target.measure === 'done') return <TargetDoneStatus target={target} />;
  return (
    <Box
      ref={ref}
      h={260}
      w="100%"
      role="img"
      aria-label={t('targets.chart.label')}
      data-testid="target-chart"
    />
  );
}
