import { lazy, Suspense, type ComponentProps } from 'react';
import { Skeleton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Insights } from '../../../contracts/insights.js';
import type { Behind } from './ApplicationsDrawer';
import { responseChartHeight, sankeyHeight, TREND_HEIGHT } from './chart-sizes';
import type { ResponseBar } from './ResponseChart';

/*
 * The charting library is the largest part of the app: it loads when the
 * insights have something to draw, not with the page. While it loads, a
 * placeholder of the chart's own height holds its place, so nothing below
 * moves when the chart arrives.
 */
const ResponseChart = lazy(() => import('./ResponseChart'));
const TrendChart = lazy(() => import('./TrendChart'));
const SankeyChart = lazy(() => import('./SankeyChart'));

function ChartPlaceholder({ height }: { height: number }) {
  return <Skeleton height={height} radius="sm" animate={false} data-testid="chart-loading" />;
}

export function LazyResponseChart({ data }: { data: ResponseBar[] }) {
  return (
    <Suspense fallback={<ChartPlaceholder height={responseChartHeight(data.length)} />}>
      <ResponseChart data={data} />
    </Suspense>
  );
}

export function LazyTrendChart(props: ComponentProps<typeof TrendChart>) {
  return (
    <Suspense fallback={<ChartPlaceholder height={TREND_HEIGHT} />}>
      <TrendChart {...props} />
    </Suspense>
  );
}

export function LazySankeyChart(props: { insights: Insights; onPick: (b: Behind) => void }) {
  const compact = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Suspense fallback={<ChartPlaceholder height={sankeyHeight(compact)} />}>
      <SankeyChart {...props} />
    </Suspense>
  );
}
