import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Goals } from '../../../contracts/momentum.js';
import { formatDay } from '../../components/format';
import classes from './home.module.css';

function level(count: number, max: number): string {
  if (count === 0) return '';
  const step = Math.max(1, Math.ceil((count / Math.max(max, 1)) * 4));
  return classes[`level${Math.min(4, step)}`] ?? '';
}

/** Six months of activity, a square a day, weeks as columns starting on the user's week start. */
export function ActivityHeatmap({ heatmap }: { heatmap: Goals['heatmap'] }) {
  const max = Math.max(0, ...heatmap.days.map((d) => d.count));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="heatmap-heading" data-testid="heatmap">
      <Stack gap="sm">
        <Title order={2} size="h4" id="heatmap-heading">
          Six months of showing up
        </Title>
        <div className={classes.heatmap} role="img" aria-label={heatmap.summary}>
          {heatmap.days.map((d) => (
            <div key={d.day} className={`${classes.cell ?? ''} ${level(d.count, max)}`} title={`${formatDay(d.day)}: ${d.count}`} />
          ))}
        </div>
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            {heatmap.summary}
          </Text>
          <Text size="xs" c="dimmed">
            Applications, feedback requests, practice and finished debriefs.
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
