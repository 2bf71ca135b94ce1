import { LineChart } from '@mantine/charts';
import { Text, VisuallyHidden } from '@mantine/core';
import type { CheckIn } from '../../../contracts/debrief.js';
import { MOOD_LABELS, isMood } from '../../../domain/debrief/checkin.js';
import { formatDay } from '../../components/format';

/** Mood over time: one point per day (the day's average), oldest first. */
export function moodSeries(entries: readonly CheckIn[]): { day: string; label: string; mood: number }[] {
  const byDay = new Map<string, number[]>();
  for (const e of entries) {
    const day = e.date.slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), e.mood]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, moods]) => ({
      day,
      label: formatDay(day),
      mood: Math.round((moods.reduce((s, m) => s + m, 0) / moods.length) * 10) / 10,
    }));
}

export function MoodChart({ entries }: { entries: readonly CheckIn[] }) {
  const data = moodSeries(entries);
  if (data.length < 2) {
    return (
      <Text size="sm" c="dimmed">
        The chart appears once there are check-ins on two different days.
      </Text>
    );
  }
  const latest = data.at(-1);
  const summary = `Mood on ${data.length} days, from ${data[0]?.label ?? ''} to ${latest?.label ?? ''}. Latest: ${latest?.mood ?? ''} out of 5.`;
  return (
    <figure style={{ margin: 0 }} aria-label="Mood over time">
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
      <VisuallyHidden>
        <figcaption>{summary}</figcaption>
      </VisuallyHidden>
    </figure>
  );
}
