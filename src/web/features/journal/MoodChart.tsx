import { lazy, Suspense } from 'react';
import { Text, VisuallyHidden } from '@mantine/core';
import type { CheckIn } from '../../../contracts/debrief.js';
import { formatDay } from '../../components/format';

// The charting library is large: it loads only when there is a line to draw.
const MoodLineChart = lazy(() => import('./MoodLineChart'));

export interface MoodPoint {
  day: string;
  label: string;
  mood: number;
}

/** Mood over time: one point per day (the day's average), oldest first. */
export function moodSeries(entries: readonly CheckIn[]): MoodPoint[] {
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
      <Suspense fallback={<div style={{ height: 220 }} aria-hidden />}>
        <MoodLineChart data={data} />
      </Suspense>
      <VisuallyHidden>
        <figcaption>{summary}</figcaption>
      </VisuallyHidden>
    </figure>
  );
}
