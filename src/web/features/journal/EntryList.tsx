import { ActionIcon, Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { CheckIn } from '../../../contracts/debrief.js';
import { FEELINGS, isMood, type Mood } from '../../../domain/debrief/checkin.js';
import { formatDay } from '../../components/format';
import { useDeleteJournalEntry } from './api';

const MOOD_COLORS = { 1: 'red', 2: 'orange', 3: 'yellow', 4: 'teal', 5: 'green' } as const satisfies Record<Mood, string>;

function moodColor(mood: number): string {
  return isMood(mood) ? MOOD_COLORS[mood] : 'gray';
}

export function EntryList({ entries }: { entries: readonly CheckIn[] }) {
  const remove = useDeleteJournalEntry();
  const confirmDelete = (entry: CheckIn) =>
    modals.openConfirmModal({
      title: 'Delete this entry?',
      children: <Text size="sm">It will be gone from your journal for good.</Text>,
      labels: { confirm: 'Delete entry', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(entry.id),
    });

  return (
    <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Journal entries">
      {entries.map((e) => (
        <Card key={e.id} component="li" padding="md" data-testid="journal-entry">
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Group gap="xs" wrap="wrap">
                <Text fw={600} size="sm">
                  {formatDay(e.date.slice(0, 10))}
                </Text>
                <Badge color={moodColor(e.mood)} tt="none" data-testid="journal-mood">
                  Mood {e.mood} · {e.moodLabel}
                </Badge>
              </Group>
              {e.rejectionId === null ? (
                <ActionIcon variant="subtle" color="gray" aria-label={`Delete the entry of ${formatDay(e.date.slice(0, 10))}`} onClick={() => confirmDelete(e)}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              ) : null}
            </Group>
            {e.applicationId ? (
              <Text size="sm">
                After the no from{' '}
                <Anchor component={Link} to={`/applications/${encodeURIComponent(e.applicationId)}`}>
                  {e.title ? `${e.title} at ${e.company ?? ''}` : (e.company ?? 'an application')}
                </Anchor>
              </Text>
            ) : null}
            {e.feelings.length > 0 ? (
              <Group gap={6} aria-label="Feelings">
                {e.feelings.map((f) => (
                  <Badge key={f} variant="outline" color="gray" tt="none">
                    {FEELINGS[f].label}
                  </Badge>
                ))}
              </Group>
            ) : null}
            {e.note ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {e.note}
              </Text>
            ) : null}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
