import { Anchor, Badge, Button, Card, Group, NativeSelect, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconCheck, IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { QuestionBankItem } from '../../../contracts/debrief.js';
import { errorMessage } from '../../api/client';
import { daysAgo, formatInstantDay, plural } from '../../components/format';
import { notify } from '../debrief/notify';
import { STAGE_REACHED_LABELS } from '../../../domain/debrief/stage-reached.js';
import { QUESTION_KIND_LABELS, QUESTION_KINDS, type QuestionKind } from '../../../domain/practice/question-kinds.js';
import { useDeleteQuestion, usePractiseQuestion, useUpdateQuestion } from './api';

const KIND_CHOICES = [{ value: '', label: 'No type yet' }, ...QUESTION_KINDS.map((k) => ({ value: k, label: QUESTION_KIND_LABELS[k] }))];

const RATING_LABELS = ['Stuck', 'Shaky', 'Okay', 'Good', 'Confident'] as const;

function practiceText(q: QuestionBankItem, today: string): string {
  if (q.practiceCount === 0 || !q.lastPractisedOn) return 'Not practised yet';
  return `Practised on ${plural(q.practiceCount, 'day')}, last ${daysAgo(q.lastPractisedOn, today)}`;
}

/** One banked question: where it came from, notes for a better answer, a self-rating and practice. */
export function QuestionCard({ item, today }: { item: QuestionBankItem; today: string }) {
  const titleId = useId();
  const update = useUpdateQuestion();
  const practise = usePractiseQuestion();
  const [draft, setDraft] = useState(item.notes ?? '');
  const [rating, setRating] = useState<number | null>(item.selfRating);
  const sending = useRef<string | null>(null);
  const saved = item.notes ?? '';
  const dirty = draft.trim() !== saved;
  const practisedToday = item.lastPractisedOn === today;
  const remove = useDeleteQuestion();
  const toAsk = item.kind === 'to_ask';

  const saveKind = (value: string) =>
    update.mutate(
      { id: item.id, input: { kind: value === '' ? null : (value as QuestionKind) } },
      {
        onSuccess: () => notify({ message: value ? `Tagged ${QUESTION_KIND_LABELS[value as QuestionKind].toLowerCase()}.` : 'Type removed.', color: 'sage' }),
        onError: (e) => notify({ title: 'Type not saved', message: errorMessage(e), color: 'red' }),
      },
    );

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: 'Delete this question?',
      children: <Text size="sm">“{item.question}” leaves your bank with its notes and practice history. Stories linked to it stay in your story bank.</Text>,
      labels: { confirm: 'Delete the question', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(item.id, {
          onSuccess: () => notify({ message: 'Question deleted.', color: 'sage' }),
          onError: (e) => notify({ title: 'Not deleted', message: errorMessage(e), color: 'red' }),
        }),
    });

  const saveNotes = () => {
    const notes = draft.trim();
    if (notes === saved || sending.current === notes) return;
    sending.current = notes;
    update.mutate(
      { id: item.id, input: { notes } },
      {
        onSuccess: () => notify({ message: 'Notes saved.', color: 'sage' }),
        onError: (e) => notify({ title: 'Notes not saved', message: errorMessage(e), color: 'red' }),
        onSettled: () => (sending.current = null),
      },
    );
  };

  const saveRating = (value: number) => {
    const before = rating;
    setRating(value);
    update.mutate(
      { id: item.id, input: { selfRating: value } },
      {
        onSuccess: () => notify({ message: `Rated ${value} of 5 · ${RATING_LABELS[value - 1]}.`, color: 'sage' }),
        onError: (e) => {
          setRating(before);
          notify({ title: 'Rating not saved', message: errorMessage(e), color: 'red' });
        },
      },
    );
  };

  const markPractised = () =>
    practise.mutate(
      // Unsaved notes go with the practice, so nothing typed is lost.
      { id: item.id, input: dirty ? { notes: draft.trim() } : {} },
      {
        onSuccess: (q) => notify({ message: `Practice recorded · ${plural(q.practiceCount, 'day')} so far.`, color: 'sage' }),
        onError: (e) => notify({ title: 'Practice not recorded', message: errorMessage(e), color: 'red' }),
      },
    );

  return (
    <Card component="article" aria-labelledby={titleId} padding="lg" withBorder data-testid="question-card">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={titleId}>
            {item.question}
          </Title>
          <Group gap="xs" mt={4} wrap="wrap">
            <Text size="sm" c="dimmed">
              {item.own ? (
                'Your own question'
              ) : item.applicationId ? (
                <>
                  From your application at{' '}
                  <Anchor component={Link} to={`/applications/${encodeURIComponent(item.applicationId)}`} size="sm" underline="always">
                    {item.company ?? 'an application'}
                  </Anchor>
                </>
              ) : (
                'From an application you deleted'
              )}
              {' · '}added {formatInstantDay(item.createdAt)}
            </Text>
            {item.stage ? (
              <Badge variant="outline" color="gray" tt="none">
                {STAGE_REACHED_LABELS[item.stage]}
              </Badge>
            ) : null}
            {toAsk ? null : (
              <Badge variant="light" tt="none" color={item.practiceCount > 0 ? 'sage' : 'gray'} data-testid="practice-badge">
                {practiceText(item, today)}
              </Badge>
            )}
          </Group>
        </div>

        <NativeSelect label="Type" data={KIND_CHOICES} value={item.kind ?? ''} onChange={(e) => saveKind(e.currentTarget.value)} maw={280} data-testid="question-kind" />

        <Textarea
          label={toAsk ? 'Notes' : 'Notes for a better answer'}
          description={toAsk ? 'Why you want to ask it, or what you heard last time. Saved when you leave the box.' : 'What you would say now: the example, the structure, the point you missed. Saved when you leave the box.'}
          autosize
          minRows={3}
          maxRows={12}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onBlur={saveNotes}
        />

        {toAsk ? null : <Radio.Group
          label="How well can you answer it now?"
          value={rating === null ? '' : String(rating)}
          onChange={(v) => saveRating(Number(v))}
        >
          <Group gap="md" mt="xs">
            {RATING_LABELS.map((l, i) => (
              <Radio key={l} value={String(i + 1)} label={`${i + 1} · ${l}`} />
            ))}
          </Group>
        </Radio.Group>}

        <Group gap="sm" justify="flex-end" wrap="wrap">
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={confirmDelete} loading={remove.isPending}>
            Delete
          </Button>
          <Button
            variant="default"
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            onClick={saveNotes}
            disabled={!dirty}
            loading={update.isPending && sending.current !== null}
          >
            Save notes
          </Button>
          {toAsk ? null : <Button
            leftSection={<IconCheck size={16} aria-hidden />}
            onClick={markPractised}
            disabled={practisedToday}
            loading={practise.isPending}
          >
            {practisedToday ? 'Practised today ✓' : 'Practised today'}
          </Button>}
        </Group>
      </Stack>
    </Card>
  );
}
