import { Alert, Card, Grid, List, Stack, Text, Title } from '@mantine/core';
import { IconNotebook } from '@tabler/icons-react';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { useJournal } from './api';
import { EntryForm } from './EntryForm';
import { EntryList } from './EntryList';
import { MoodChart } from './MoodChart';

/** `/journal`: every check-in over time, a mood chart, and free entries. */
export function JournalPage() {
  const journal = useJournal();
  if (journal.isPending) return <LoadingState label="Loading your journal" />;
  if (journal.isError) return <ErrorState error={journal.error} onRetry={() => void journal.refetch()} />;
  const { entries, nudge } = journal.data;

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1}>Journal</Title>
        <Text c="dimmed" size="sm">
          How the search has felt over time: your check-ins after each no, and any day you wanted to write something down.
        </Text>
      </div>
      {nudge.due && nudge.message ? (
        <Alert color="sage" title="A gentle word" role="status" data-testid="journal-nudge">
          <Text size="sm">{nudge.message}</Text>
          <List size="sm" mt={6}>
            {nudge.suggestions.map((s) => (
              <List.Item key={s.id}>
                <strong>{s.title}.</strong> {s.text}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Card padding="lg" component="section" aria-labelledby="mood-title">
              <Title order={2} size="h4" id="mood-title" mb="sm">
                Mood over time
              </Title>
              <MoodChart entries={entries} />
            </Card>
            <section aria-labelledby="entries-title">
              <Title order={2} size="h4" id="entries-title" mb="sm">
                Entries
              </Title>
              {entries.length === 0 ? (
                <Card padding="xl" data-testid="journal-empty">
                  <Stack align="center" gap="xs" ta="center">
                    <IconNotebook size={36} aria-hidden />
                    <Text fw={600}>Nothing here yet</Text>
                    <Text size="sm" c="dimmed" maw={420}>
                      Your check-ins will gather here: the ones you make after a rejection, and any you write on your
                      own. Start with today, if you like.
                    </Text>
                  </Stack>
                </Card>
              ) : (
                <EntryList entries={entries} />
              )}
            </section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <EntryForm />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
