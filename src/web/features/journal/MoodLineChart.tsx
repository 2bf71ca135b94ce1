import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { MOOD_LABELS, isMood } from '../../../domain/debrief/checkin.js';
import type { MoodPoint } from './MoodChart';

/** The line of the mood chart; its own chunk, so an empty journal never loads the charting library. */
export default function MoodLineChart({ data }: { data: MoodPoint[] }) {
  return (
    <div>
      <LineChart
        h={220}
        data={data}
        dataKey="label"
        series={[{ name: 'mood', label: 'Mood', color: 'sage.6' }]}
        curveType="monotone"
        yAxisProps={{ domain: [1, 5], ticks: [1, 2, 3, 4, 5], width: 24, tickFormatter: (v: number) => String(v) }}
        valueFormatter={(v) => {
          const rounded = Math.round(v);
          return isMood(rounded) ? `${v} · ${MOOD_LABELS[rounded]}` : String(v);
        }}
        withDots
        connectNulls
      />
    </div>
  );
}
