import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { formatDay, plural } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/use-document-title';
import { AgendaItemCard } from './AgendaItemCard';
import { AgendaRulesPanel, CalendarPanel } from './AgendaSettings';
import { useAgenda } from './api';

function dayHeading(day: string, today: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  return day === today ? `Today · ${weekday} ${formatDay(day)}` : `${weekday} ${formatDay(day)}`;
}

export function AgendaPage() {
  useDocumentTitle('Agenda');
  const agenda = useAgenda();
  return (
    <Stack gap="md" maw={1200}>
      <Title order={1}>Agenda</Title>
      <Text c="dimmed" size="sm">What is due today and this week. Small steps count: one kind note can open the next door.</Text>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            {agenda.isPending ? <LoadingState label="Loading your agenda" /> : null}
            {agenda.isError ? <ErrorState error={agenda.error} onRetry={() => void agenda.refetch()} /> : null}
            {agenda.data && agenda.data.total === 0 ? (
              <Paper withBorder p="lg">
                <Text>Nothing is due until {formatDay(agenda.data.until)}. Enjoy the breathing room — or reach out to someone you have not spoken to in a while.</Text>
              </Paper>
            ) : null}
            {agenda.data && agenda.data.total > 0 ? <Text size="sm">{plural(agenda.data.total, 'thing')} this week.</Text> : null}
            {agenda.data?.days.map((d) => (
              <section key={d.day} aria-labelledby={`day-${d.day}`}>
                <Stack gap="xs">
                  <Title order={2} size="h4" id={`day-${d.day}`}>{dayHeading(d.day, agenda.data.today)}</Title>
                  {d.items.map((i) => <AgendaItemCard key={i.key} item={i} today={agenda.data.today} />)}
                </Stack>
              </section>
            ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <CalendarPanel />
            <AgendaRulesPanel />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
