import { Alert, Anchor, Badge, Button, Group, Kbd, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { PracticeItem } from '../../../contracts/practice.js';
import { PRACTICE_RATINGS, type PracticeRating } from '../../../domain/practice/schedule.js';
import { errorMessage, isApiError } from '../../api/client';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { CoachSuggestions } from '../sharing/CoachSuggestions';
import { usePracticeQueue, useRatePractice, useRefreshPractice } from './api';

const LABELS: Record<PracticeRating, { title: string; hint: string; color: string }> = {
  again: { title: 'Again', hint: 'I could not answer it', color: 'red' },
  hard: { title: 'Hard', hint: 'A weak answer', color: 'orange' },
  good: { title: 'Good', hint: 'A solid answer', color: 'sage' },
  easy: { title: 'Easy', hint: 'Ready for the real thing', color: 'blue' },
};

function Card({ item, position, count, onRate, busy }: { item: PracticeItem; position: number; count: number; onRate: (r: PracticeRating) => void; busy: boolean }) {
  const [revealed, setRevealed] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      if (!revealed && (e.key === ' ' || e.key === 'Enter')) {
        e.preventDefault();
        setRevealed(true);
      } else if (revealed && !busy && /^[1-4]$/.test(e.key)) {
        e.preventDefault();
        onRate(PRACTICE_RATINGS[Number(e.key) - 1] as PracticeRating);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [revealed, busy, onRate]);

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="practice-question">
      <Stack gap="md">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">Question {position} of {count}{item.company ? ` · from ${item.company}` : ''}</Text>
          {item.isNew ? <Badge variant="light">New</Badge> : <Badge variant="light" color="gray">Practised {item.reps}×</Badge>}
        </Group>
        <Title order={2} id="practice-question" size="h3">{item.question}</Title>
        {!revealed ? (
          <Stack gap="xs">
            <Text size="sm">Answer it aloud, as you would in the interview. Then look at your notes.</Text>
            <Group>
              <Button onClick={() => setRevealed(true)}>Show my notes</Button>
              <Text size="xs" c="dimmed"><Kbd>Space</Kbd> also shows them</Text>
            </Group>
          </Stack>
        ) : (
          <Stack gap="md">
            <Paper bg="var(--mantine-color-default-hover)" p="md" radius="sm" aria-label="Your notes">
              {item.notes ? <Text style={{ whiteSpace: 'pre-wrap' }}>{item.notes}</Text> : (
                <Text size="sm" c="dimmed">No notes yet. Write what a strong answer holds in the <Anchor component={Link} to="/questions" underline="always">question bank</Anchor>.</Text>
              )}
            </Paper>
            {item.stories.length > 0 ? (
              <Text size="sm" data-testid="practice-stories">
                Stories that fit: {item.stories.map((s, i) => (
                  <span key={s.id}>{i > 0 ? ', ' : ''}<Anchor component={Link} to={`/stories#story-${s.id}`} underline="always">{s.title}</Anchor></span>
                ))}
              </Text>
            ) : null}
            <Text size="sm" fw={500} id="rate-label">How did your answer go?</Text>
            <SimpleGrid cols={{ base: 2, sm: 4 }} role="group" aria-labelledby="rate-label">
              {PRACTICE_RATINGS.map((r, i) => (
                <Button key={r} variant="light" color={LABELS[r].color} onClick={() => onRate(r)} disabled={busy} h="auto" py="xs"
                  aria-label={`${LABELS[r].title}: ${LABELS[r].hint}. Comes back ${item.comesBack[r]}. Key ${i + 1}.`}>
                  <Stack gap={0} align="center">
                    <Text fw={600} size="sm">{i + 1} · {LABELS[r].title}</Text>
                    <Text size="xs">{LABELS[r].hint}</Text>
                    <Text size="xs" c="dimmed">{item.comesBack[r]}</Text>
                  </Stack>
                </Button>
              ))}
            </SimpleGrid>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** Spaced practice: one due question at a time, reveal your notes, rate, and it comes back when it should. */
export function PracticePage() {
  const queue = usePracticeQueue();
  const rate = useRatePractice();
  const refresh = useRefreshPractice();
  const [index, setIndex] = useState(0);
  const [done, setDone] = useState<{ question: string; comesBack: string }[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Practice · Debrief';
  }, []);

  const items = queue.data?.items ?? [];
  const current = items[index];
  const onRate = useCallback(
    (rating: PracticeRating) => {
      if (!current) return;
      setError(null);
      rate.mutate(
        { id: current.questionId, input: { rating, reps: current.reps } },
        {
          onSuccess: (result) => {
            setDone((d) => [...d, { question: current.question, comesBack: result.comesBack }]);
            setIndex((i) => i + 1);
          },
          onError: (e) => {
            setError(errorMessage(e));
            if (isApiError(e) && (e.status === 409 || e.status === 404)) setIndex((i) => i + 1);
          },
        },
      );
    },
    [current, rate],
  );

  const restart = async () => {
    setIndex(0);
    setDone([]);
    setError(null);
    await refresh();
  };

  return (
    <Stack gap="md" maw={760}>
      <Title order={1}>Practice</Title>
      <Text c="dimmed">
        The questions you found hard come back just before you would forget your answer. Weak answers return sooner; easy ones wait longer.
      </Text>
      <CoachSuggestions kind="practice_question" refresh={['practice']} />
      {queue.isPending ? <LoadingState label="Loading your questions" /> : null}
      {queue.isError ? <ErrorState error={queue.error} onRetry={() => void queue.refetch()} /> : null}
      {error ? <Alert color="orange" role="alert">{error}</Alert> : null}
      {queue.data && queue.data.total === 0 ? (
        <Paper withBorder p="lg">
          <Text fw={500}>Nothing to practise yet.</Text>
          <Text size="sm" c="dimmed">
            Questions you struggled with, noted in the reflection step of a <Anchor component={Link} to="/" underline="always">debrief</Anchor>, land in your question bank and come here.
          </Text>
        </Paper>
      ) : null}
      {queue.data && items.length > 0 && current ? (
        <>
          <Progress value={(index / items.length) * 100} aria-label={`${index} of ${items.length} practised`} />
          <Card key={current.questionId} item={current} position={index + 1} count={items.length} onRate={onRate} busy={rate.isPending} />
        </>
      ) : null}
      {queue.data && queue.data.total > 0 && !current ? (
        <Paper withBorder p="lg" component="section" aria-labelledby="practice-done">
          <Stack gap="xs">
            <Title order={2} size="h4" id="practice-done">{done.length > 0 ? `Well done: ${done.length} practised` : 'Nothing is due right now'}</Title>
            {done.length === 0 && queue.data.nextDue ? <Text size="sm">The next question comes back {queue.data.nextDue}.</Text> : null}
            {done.map((d) => (
              <Text size="sm" key={d.question}>{d.question} — comes back {d.comesBack}</Text>
            ))}
            <Group>
              <Button variant="default" onClick={() => void restart()}>Check for more</Button>
              <Button component={Link} to="/questions" variant="subtle">Question bank</Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
