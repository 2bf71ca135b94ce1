import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { formatDay } from '../../components/format';
import { EmptyBoard } from '../board/EmptyBoard';
import { ActivityHeatmap } from './ActivityHeatmap';
import { useHome } from './api';
import { Celebration } from './Celebration';
import { GoalsSection } from './GoalsSection';
import { MoodTrend } from './MoodTrend';
import { Agenda, NextStepCard, Nudges } from './TodaySections';
import { WinsSection } from './WinsSection';

/** Home: what matters today, and how far you have come. */
export function HomePage() {
  const home = useHome();
  if (home.isPending) return <LoadingState label="Loading your home page" />;
  if (home.isError) return <ErrorState error={home.error} onRetry={() => void home.refetch()} />;
  const h = home.data;
  if (h.firstRun) {
    return (
      <Stack gap="lg">
        <EmptyBoard />
        <GoalsSection goals={h.goals} lastWeek={h.lastWeek} />
      </Stack>
    );
  }
  return (
    <Stack gap="lg" data-testid="home">
      <div>
        <Title order={1}>Today</Title>
        <Text c="dimmed" size="sm">
          {formatDay(h.today)}. One step at a time is enough.
        </Text>
      </div>
      {h.celebrate ? <Celebration win={h.celebrate} alsoSeen={h.wins.filter((w) => !w.celebrated).map((w) => w.id)} /> : null}
      <Nudges nudges={h.nudges} />
      <NextStepCard step={h.nextStep} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="lg">
          <Agenda agenda={h.agenda} count={h.agendaCount} today={h.today} />
          <GoalsSection goals={h.goals} lastWeek={h.lastWeek} />
        </Stack>
        <Stack gap="lg">
          <WinsSection wins={h.wins} today={h.today} />
          <MoodTrend mood={h.mood} />
        </Stack>
      </SimpleGrid>
      <ActivityHeatmap heatmap={h.goals.heatmap} />
    </Stack>
  );
}
