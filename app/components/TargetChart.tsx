import { Box } from '@mantine/core';
import { LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { TargetResponse as Target } from '../../shared/contracts/targets.ts';
import { useI18n } from '../i18n/index.ts';
import { formatTargetValue, statusColors } from './TargetStatusBadge.tsx';

echarts.use([
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  SVGRenderer,
]);

const targetColor = '#5f3dc4';

/**
 * Baseline → actuals as one line coloured by the target's status, the target values as a
 * dashed line, and the final target as a mark line. Loaded lazily by the targets page only.
 */
export function TargetChart({ target }: { target: Target }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
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
    const years = [...actualPoints, ...targetPoints].map((p) => p[0]);
    const percent = target.measure === 'percent';
    chart.setOption({
      animation: !navigator.webdriver,
      grid: { left: 48, right: 16, top: 40, bottom: 48 },
      legend: { top: 0, data: [t('targets.chart.actual'), t('targets.chart.target')] },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (typeof v === 'number' ? fmt(v) : String(v)),
      },
      xAxis: {
        type: 'value',
        name: t('targets.chart.xAxis'),
        nameLocation: 'middle',
        nameGap: 28,
        min: Math.min(...years),
        max: Math.max(...years),
        minInterval: 1,
        axisLabel: { formatter: (v: number) => String(v) },
      },
      yAxis: {
        type: 'value',
        name: percent ? t('targets.chart.yAxisPercent') : t('targets.chart.yAxis'),
        scale: true,
        ...(percent ? { max: (v: { max: number }) => Math.min(100, Math.ceil(v.max + 1)) } : {}),
      },
      series: [
        {
          name: t('targets.chart.actual'),
          type: 'line',
          data: actualPoints,
          color,
          lineStyle: { width: 3 },
          symbolSize: 8,
        },
        {
          name: t('targets.chart.target'),
          type: 'line',
          data: targetPoints,
          color: targetColor,
          lineStyle: { type: 'dashed' },
          symbol: 'diamond',
          symbolSize: 10,
          ...(last
            ? {
                markLine: {
                  silent: true,
                  symbol: 'none',
                  label: {
                    formatter: `${last.comparator} ${fmt(last.value)}`,
                    position: 'insideEndTop',
                  },
                  data: [{ yAxis: last.value }],
                },
              }
            : {}),
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
