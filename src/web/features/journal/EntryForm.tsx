import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notify } from '../debrief/notify';
import { useState } from 'react';
import type { Feeling, Mood } from '../../../domain/debrief/checkin.js';
import { errorMessage } from '../../api/client';
import { FeelingsField } from '../debrief/parts/FeelingsField';
import { MoodField } from '../debrief/parts/MoodField';
import { SupportCard } from '../debrief/parts/SupportCard';
import { useAddJournalEntry } from './api';

/** A free check-in, not tied to any rejection. */
export function EntryForm() {
  const add = useAddJournalEntry();
  const [mood, setMood] = useState<Mood | null>(null);
  const [feelings, setFeelings] = useState<Feeling[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState<{ mood: Mood; feelings: Feeling[] } | null>(null);

  const submit = async () => {
    if (mood === null) {
      setError('Pick the number closest to how you feel.');
      return;
    }
    try {
      await add.mutateAsync({ mood, feelings, note });
      setSaved({ mood, feelings });
      setMood(null);
      setFeelings([]);
      setNote('');
      notify({ message: 'Saved in your journal.', color: 'sage' });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Card padding="lg" component="section" aria-labelledby="new-entry-title">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <div>
            <Title order={2} size="h4" id="new-entry-title">
              How are you doing today?
            </Title>
            <Text size="sm" c="dimmed">
              A quick check-in, any day. Only you can see it.
            </Text>
          </div>
          <MoodField
            value={mood}
            error={error}
            onChange={(m) => {
              setError(undefined);
              setSaved(null);
              setMood(m);
            }}
          />
          <FeelingsField value={feelings} onChange={setFeelings} />
          <Textarea label="A few words (optional)" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <Group>
            <Button type="submit" loading={add.isPending}>
              Save entry
            </Button>
          </Group>
          {saved ? <SupportCard mood={saved.mood} feelings={saved.feelings} /> : null}
        </Stack>
      </form>
    </Card>
  );
}
