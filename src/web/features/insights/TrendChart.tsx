import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMonth } from '../../components/format';
import { TREND_HEIGHT } from './chart-sizes';

/** Shade 7 keeps 3:1 against light and dark backgrounds; "other" is grey. */
const PALETTE = ['blue', 'orange', 'teal', 'grape', 'red', 'lime'].map((c) => `var(--mantine-color-${c}-7)`);
const OTHER = 'var(--mantine-color-gray-6)';
const TICK = { fill: 'var(--mantine-color-text)', fontSize: 12 };

const shortMonth = (key: string): string => formatMonth(key);

export interface Series {
  key: string;
  label: string;
}

/**
 * Month-by-month stacked bars of the top series; the rest is one "Other" series.
 * Clicking a bar opens the applications behind it (the table below does the same from the keyboard).
 */
export default function TrendChart({ series, trend, onBar }: {
  series: Series[];
  trend: { month: string; counts: Record<string, number> }[];
  onBar: (s: Series, month: string) => void;
}) {
  const top = series.slice(0, PALETTE.length);
  const shown = new Set(top.map((s) => s.key));
  const hasOther = series.length > top.length;
  const data = trend.map((m) => {
    const row: Record<string, number | string> = { month: shortMonth(m.month) };
    let other = 0;
    for (const [k, v] of Object.entries(m.counts)) {
      if (shown.has(k)) row[k] = v;
      else other += v;
    }
    if (hasOther) row.__other = other;
    return row;
  });
  return (
    <ResponsiveContainer width="100%" height={TREND_HEIGHT}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="month" tick={TICK} />
        <YAxis allowDecimals={false} tick={TICK} />
        <Tooltip contentStyle={{ background: 'var(--mantine-color-body)', color: 'var(--mantine-color-text)' }} />
        <Legend wrapperStyle={{ fontSize: 12, color: 'var(--mantine-color-text)' }} />
        {top.map((s, k) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="a" fill={PALETTE[k]} isAnimationActive={false} cursor="pointer"
            onClick={(_, index) => {
              const m = trend[index];
              if (m) onBar(s, m.month);
            }} />
        ))}
        {hasOther ? <Bar dataKey="__other" name="Other" stackId="a" fill={OTHER} isAnimationActive={false} /> : null}
      </BarChart>
    </ResponsiveContainer>
  );
}
