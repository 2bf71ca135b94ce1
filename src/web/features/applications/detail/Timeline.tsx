import { ActionIcon, Group, Text, Timeline as MantineTimeline, Title, Paper } from '@mantine/core';
import { IconFlag, IconNote, IconTrash } from '@tabler/icons-react';
import type { ApplicationDetail, Note, StageEvent } from '../../../../contracts/applications.js';
import { STAGE_LABELS } from '../../../../domain/applications/stages.js';
import { formatDay, formatInstant } from '../../../components/format';
import { INTERVIEW_TYPE_LABELS } from '../../../components/labels';
import { useDeleteNote } from '../api';
import { AddNote } from './AddNote';

type Entry = { kind: 'event'; sortKey: string; event: StageEvent } | { kind: 'note'; sortKey: string; note: Note };

/** Stage events and notes together, newest first. */
export function timelineEntries(app: Pick<ApplicationDetail, 'events' | 'noteEntries'>): Entry[] {
  const events: Entry[] = app.events.map((event) => ({
    kind: 'event',
    sortKey: `${event.occurredOn}|${event.createdAt}`,
    event,
  }));
  const notes: Entry[] = app.noteEntries.map((note) => ({
    kind: 'note',
    sortKey: `${note.createdAt.slice(0, 10)}|${note.createdAt}`,
    note,
  }));
  return [...events, ...notes].sort((a, b) => b.sortKey.localeCompare(a.sortKey));
}

function eventTitle(e: StageEvent): string {
  const parts = [STAGE_LABELS[e.stage]];
  if (e.round != null) parts.push(`round ${e.round}`);
  if (e.interviewType) parts.push(INTERVIEW_TYPE_LABELS[e.interviewType]);
  return parts.join(' · ');
}

export function Timeline({ app }: { app: ApplicationDetail }) {
  const deleteNote = useDeleteNote();
  const entries = timelineEntries(app);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="timeline-heading">
      <Title order={2} size="h4" id="timeline-heading" mb="sm">
        Timeline
      </Title>
      <AddNote applicationId={app.id} />
      <MantineTimeline bulletSize={26} lineWidth={2} mt="lg" data-testid="timeline">
        {entries.map((entry) =>
          entry.kind === 'event' ? (
            <MantineTimeline.Item
              key={entry.event.id}
              bullet={<IconFlag size={14} aria-hidden />}
              title={eventTitle(entry.event)}
              data-testid="timeline-entry"
              data-kind="event"
            >
              <Text size="xs" c="dimmed">
                {formatDay(entry.event.occurredOn)}
              </Text>
              {entry.event.note ? (
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                  {entry.event.note}
                </Text>
              ) : null}
            </MantineTimeline.Item>
          ) : (
            <MantineTimeline.Item
              key={entry.note.id}
              bullet={<IconNote size={14} aria-hidden />}
              data-testid="timeline-entry"
              data-kind="note"
              title={
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <span>Note</span>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="sm"
                    aria-label="Delete note"
                    onClick={() => deleteNote.mutate(entry.note.id)}
                  >
                    <IconTrash size={14} aria-hidden />
                  </ActionIcon>
                </Group>
              }
            >
              <Text size="xs" c="dimmed">
                {formatInstant(entry.note.createdAt)}
              </Text>
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                {entry.note.body}
              </Text>
            </MantineTimeline.Item>
          ),
        )}
      </MantineTimeline>
    </Paper>
  );
}
