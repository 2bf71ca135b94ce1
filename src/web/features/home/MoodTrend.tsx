import { Anchor, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import type { Home } from '../../../contracts/momentum.js';
import { formatDay } from '../../components/format';
import classes from './home.module.css';

/** The average mood of each of the last weeks, from the journal: a quiet bar per week. */
export function MoodTrend({ mood }: { mood: Home['mood'] }) {
  const withData = mood.filter((m) => m.average !== null);
  const first = mood[0];
  const lowWeeks = withData.filter((m) => (m.average ?? 5) <= 2).length;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mood-heading" data-testid="mood-trend">
      <Stack gap="sm">
        <Title order={2} size="h4" id="mood-heading">
          Your mood, week by week
        </Title>
        {withData.length === 0 ? (
          <Text size="sm" c="dimmed">
            No check-ins in the last weeks. A line in your <Anchor component={Link} to="/journal" underline="always">journal</Anchor> now and then shows how the search feels over time.
          </Text>
        ) : (
          <>
            <div className={classes.moodBars} aria-hidden>
              {mood.map((m) =>
                m.average === null ? (
                  <div key={m.weekStart} className={classes.moodBarEmpty} />
                ) : (
                  <div
                    key={m.weekStart}
                    className={`${classes.moodBar ?? ''} ${m.average <= 2 ? (classes.moodBarLow ?? '') : ''}`}
                    style={{ height: `${(m.average / 5) * 100}%` }}
                    title={`Week of ${formatDay(m.weekStart)}: ${m.average} of 5`}
                  />
                ),
              )}
            </div>
            <VisuallyHidden>
              <ul>
                {mood.map((m) => (
                  <li key={m.weekStart}>
                    Week of {formatDay(m.weekStart)}: {m.average === null ? 'no check-in' : `average mood ${m.average} of 5`}
                  </li>
                ))}
              </ul>
            </VisuallyHidden>
            <Text size="xs" c="dimmed">
              From {first ? formatDay(first.weekStart) : ''} to this week, 1 (very low) to 5 (good).
              {lowWeeks > 0 ? ` ${lowWeeks} heavier week${lowWeeks === 1 ? '' : 's'} in there; they pass, and they count as part of the road.` : ''}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
