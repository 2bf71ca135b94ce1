import { Bar, BarChart, CartesianGrid, ErrorBar, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { responseChartHeight } from './chart-sizes';

export interface ResponseBar {
  label: string;
  median: number;
  /** Distance from the median down to the first quartile and up to the third. */
  spread: number[];
}

/** Typical days until a reply, one bar per kind of reply, with the middle half as a whisker. */
export default function ResponseChart({ data }: { data: ResponseBar[] }) {
  const tick = { fill: 'var(--mantine-color-text)', fontSize: 12 };
  return (
    <ResponsiveContainer width="100%" height={responseChartHeight(data.length)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" unit=" days" allowDecimals={false} tick={tick} />
        <YAxis type="category" dataKey="label" width={130} tick={tick} />
        <Bar dataKey="median" fill="var(--mantine-color-blue-7)" isAnimationActive={false} barSize={16}>
          <ErrorBar dataKey="spread" direction="x" width={6} strokeWidth={2} stroke="var(--mantine-color-gray-8)" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
