import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useTheme, type DefaultTheme } from 'styled-components';

import { periodShortLabel } from '../../pages/stats/grid';
import { axisTicks, labelStride, linePath, type TrendMeasure } from '../../pages/stats/trend';
import type { KindTrend } from '../../pages/stats/types';
import { useStatsMessages } from '../../pages/stats/useStatsMessages';

const WIDTH = 960;
const HEIGHT = 280;
const MARGIN = { top: 16, right: 24, bottom: 44, left: 64 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;

/** One colour per unit kind, from the theme, in the order of UNIT_KINDS. */
const KIND_COLORS: Record<string, keyof DefaultTheme['colors']> = {
  department: 'primary600',
  'commune-culture': 'success600',
  affiliated: 'warning600',
  school: 'danger600',
  association: 'alternative600',
};

/**
 * A line per unit kind over the grid's periods (every unit of the filters, from `/stats/trend`), drawn in inline SVG: the share of units meeting their
 * quota, or the items they submitted. Each point's value is in its tooltip.
 */
const TrendChartView = ({ data, measure }: { data: KindTrend; measure: TrendMeasure }) => {
  const { t, kindLabel, percent, formatNumber } = useStatsMessages();
  const theme = useTheme();
  const trend = React.useMemo(() => ({ periods: data.periods, series: data[measure] }), [data, measure]);
  const max = Math.max(0, ...trend.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const ticks = axisTicks(measure, max);
  const top = ticks[ticks.length - 1];
  const n = trend.periods.length;
  const x = (i: number) => MARGIN.left + (n <= 1 ? PLOT_W / 2 : (i * PLOT_W) / (n - 1));
  const y = (v: number) => MARGIN.top + PLOT_H * (1 - v / top);
  const stride = labelStride(n, 13);
  const format = (v: number) => (measure === 'shareMet' ? percent(v) : formatNumber(v));
  const colorOf = (kind: string) => theme.colors[KIND_COLORS[kind] ?? 'neutral600'];
  const yTitle =
    measure === 'shareMet'
      ? t('trend.axis.shareMet', 'Tỉ lệ đơn vị đạt chỉ tiêu')
      : t('trend.axis.itemsSubmitted', 'Số tin bài đã gửi');
  const xTitle = data.granularity === 'week' ? t('trend.axis.week', 'Tuần') : t('trend.axis.month', 'Tháng');

  if (trend.series.length === 0) {
    return (
      <Typography textColor="neutral600">
        {t('trend.noQuota', 'Không đơn vị nào trong bộ lọc có chỉ tiêu theo {granularity}.', {
          granularity: xTitle.toLowerCase(),
        })}
      </Typography>
    );
  }

  return (
    <Box>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={`${yTitle} – ${trend.series.map((s) => kindLabel(s.kind)).join(', ')}`}
        style={{ maxHeight: '32rem', fontFamily: 'inherit' }}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke={theme.colors.neutral150} />
            <text x={MARGIN.left - 8} y={y(tick)} dy="0.32em" textAnchor="end" fontSize={11} fill={theme.colors.neutral600}>
              {format(tick)}
            </text>
          </g>
        ))}
        <line
          x1={MARGIN.left}
          x2={MARGIN.left}
          y1={MARGIN.top}
          y2={MARGIN.top + PLOT_H}
          stroke={theme.colors.neutral300}
        />
        {trend.periods.map((key, i) =>
          i % stride === 0 ? (
            <text
              key={key}
              x={x(i)}
              y={MARGIN.top + PLOT_H + 16}
              textAnchor="middle"
              fontSize={11}
              fill={theme.colors.neutral600}
            >
              {periodShortLabel(key)}
            </text>
          ) : null
        )}
        <text
          x={MARGIN.left + PLOT_W / 2}
          y={HEIGHT - 6}
          textAnchor="middle"
          fontSize={12}
          fill={theme.colors.neutral700}
        >
          {xTitle}
        </text>
        <text
          transform={`translate(14 ${MARGIN.top + PLOT_H / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={12}
          fill={theme.colors.neutral700}
        >
          {yTitle}
        </text>
        {trend.series.map((series) => (
          <g key={series.kind} stroke={colorOf(series.kind)} fill={colorOf(series.kind)}>
            <path d={linePath(series.values, x, y)} fill="none" strokeWidth={2} strokeLinejoin="round" />
            {series.values.map((value, i) =>
              value == null ? null : (
                <circle key={trend.periods[i]} cx={x(i)} cy={y(value)} r={n > 26 ? 2 : 3.5}>
                  <title>{`${kindLabel(series.kind)} · ${periodShortLabel(trend.periods[i])}: ${format(value)}`}</title>
                </circle>
              )
            )}
          </g>
        ))}
      </svg>
      <Flex gap={5} wrap="wrap" paddingTop={2} tag="ul" aria-label={t('trend.legend', 'Chú giải')}>
        {trend.series.map((series) => (
          <Flex key={series.kind} gap={2} tag="li">
            <svg width="24" height="10" aria-hidden>
              <line x1="0" x2="24" y1="5" y2="5" stroke={colorOf(series.kind)} strokeWidth={3} />
            </svg>
            <Typography variant="pi">{kindLabel(series.kind)}</Typography>
          </Flex>
        ))}
      </Flex>
    </Box>
  );
};

/** Memoised: a page change of the grid re-renders the statistics page, not this section (its props are the same). */
export const TrendChart = React.memo(TrendChartView);
