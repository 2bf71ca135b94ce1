import { ActionIcon, Group, Text, Timeline as MantineTimeline, Title, Paper } from '@mantine/core';
import { IconCalendarEvent, IconFlag, IconNote, IconTrash } from '@tabler/icons-react';
import type { ApplicationDetail, Note, StageEvent } from '../../../../contracts/applications.js';
import { STAGE_LABELS } from '../../../../domain/applications/stages.js';
import { sortEvents } from '../../../../domain/applications/status.js';
import { formatDay, formatInstant } from '../../../components/format';
import { INTERVIEW_TYPE_LABELS } from '../../../components/labels';
import { useDeleteNote } from '../api';
import { AddNote } from './AddNote';

type Entry = { kind: 'event'; day: string; event: StageEvent } | { kind: 'note'; day: string; note: Note };

/**
 * What has happened, newest first: stage events by day, then in the order
 * they were recorded (the order the status is derived in), with notes by the
 * day they were written. Steps booked ahead are not in it (see upcomingSteps).
 */
export function timelineEntries(app: Pick<ApplicationDetail, 'events' | 'noteEntries'>): Entry[] {
  const events: Entry[] = sortEvents(app.events.filter((e) => !e.upcoming)).map((event) => ({ kind: 'event', day: event.occurredOn, event }));
  const notes: Entry[] = [...app.noteEntries]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((note) => ({ kind: 'note', day: note.createdAt.slice(0, 10), note }));
  // Oldest first, stable by day (so each list keeps its own order), then reversed.
  return [...events, ...notes].sort((a, b) => a.day.localeCompare(b.day)).reverse();
}

/** Steps booked ahead (an interview next week), soonest first. */
export function upcomingSteps(app: Pick<ApplicationDetail, 'events'>): StageEvent[] {
  return sortEvents(app.events.filter((e) => e.upcoming));
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
  const upcoming = upcomingSteps(app);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="timeline-heading">
      <Title order={2} size="h4" id="timeline-heading" mb="sm">
        Timeline
      </Title>
      {upcoming.length > 0 ? (
        <section aria-labelledby="upcoming-heading" data-testid="upcoming">
          <Title order={3} size="h5" id="upcoming-heading" mb="xs">
            Upcoming
          </Title>
          <MantineTimeline bulletSize={26} lineWidth={2} mb="lg">
            {upcoming.map((event) => (
              <MantineTimeline.Item
                key={event.id}
                bullet={<IconCalendarEvent size={14} aria-hidden />}
                title={eventTitle(event)}
                data-testid="upcoming-entry"
                lineVariant="dashed"
              >
                <Text size="xs" c="dimmed">
                  Booked for {formatDay(event.occurredOn)}
                </Text>
                {event.note ? (
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                    {event.note}
                  </Text>
                ) : null}
              </MantineTimeline.Item>
            ))}
          </MantineTimeline>
        </section>
      ) : null}
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
