import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CoachSuggestion } from '../../../contracts/coach.js';
import { errorMessage } from '../../api/client';
import { useSession } from '../account/api';
import { useAnswerSuggestion, useCoachSuggestionsForMe } from './api';

/**
 * Suggestions from a coach on the plan (growth actions) or practice (questions) page: the
 * seeker accepts (it becomes their own) or dismisses. Nothing shows when there are none.
 */
export function CoachSuggestions({ kind, refresh }: { kind: CoachSuggestion['kind']; refresh: readonly unknown[] }) {
  const session = useSession();
  const hosted = session.data?.mode === 'hosted';
  const list = useCoachSuggestionsForMe(hosted);
  const answer = useAnswerSuggestion(refresh);
  const items = list.data?.suggestions.filter((s) => s.kind === kind) ?? [];
  if (!hosted || items.length === 0) return null;
  const reply = (s: CoachSuggestion, a: 'accept' | 'dismiss') =>
    answer.mutate(
      { id: s.id, answer: a },
      {
        onSuccess: () =>
          notifications.show({
            color: 'sage',
            message: a === 'dismiss' ? 'Dismissed.' : kind === 'growth_action' ? 'Added to your plan.' : 'Added to your questions to practise.',
          }),
        onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
      },
    );
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`coach-suggestions-${kind}`}>
      <Stack gap="sm">
        <Title order={2} size="h5" id={`coach-suggestions-${kind}`}>
          Suggested by your coach
        </Title>
        {items.map((s) => (
          <Group key={s.id} justify="space-between" wrap="wrap" gap="xs">
            <div>
              <Text size="sm" fw={500}>
                {s.text}
              </Text>
              <Text size="xs" c="dimmed">
                From {s.coachName ?? 'your coach'}
                {s.note ? ` · ${s.note}` : ''}
              </Text>
            </div>
            <Group gap="xs">
              <Button size="xs" onClick={() => reply(s, 'accept')} loading={answer.isPending && answer.variables.id === s.id && answer.variables.answer === 'accept'}>
                {kind === 'growth_action' ? 'Add to my plan' : 'Add to my questions'}
              </Button>
              <Button size="xs" variant="subtle" color="gray" onClick={() => reply(s, 'dismiss')}>
                Dismiss
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
