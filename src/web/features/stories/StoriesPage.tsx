import { ActionIcon, Alert, Anchor, Button, Card, Group, Modal, MultiSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconBook2, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Story, StoryInput } from '../../../contracts/stories.js';
import { zStoryInput } from '../../../contracts/stories.js';
import { errorMessage } from '../../api/client';
import { serverFieldErrors, zodFieldErrors } from '../../api/form-errors';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { useQuestionBank } from '../question-bank/api';
import { useCreateStory, useDeleteStory, useStories, useThemes, useUpdateStory } from './api';

const PARTS = [
  ['situation', 'Situation', 'Where and when: the context, in a sentence or two'],
  ['task', 'Task', 'What you had to do, or the problem to solve'],
  ['action', 'Action', 'What you did — “I”, not “we”'],
  ['result', 'Result', 'What changed: numbers, outcomes, what people said'],
  ['learned', 'What you learned', 'What you would keep or do differently'],
] as const;

type Draft = Record<(typeof PARTS)[number][0] | 'title', string> & { questionIds: string[]; themes: string[] };

const toDraft = (s: Story | null): Draft => ({
  title: s?.title ?? '', situation: s?.situation ?? '', task: s?.task ?? '', action: s?.action ?? '', result: s?.result ?? '', learned: s?.learned ?? '',
  questionIds: s?.questions.map((q) => q.id) ?? [], themes: s?.themes.map((t) => t.slug) ?? [],
});

function StoryForm({ story, onClose }: { story: Story | null; onClose: () => void }) {
  const [draft, setDraft] = useState<Draft>(toDraft(story));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const questions = useQuestionBank();
  const themes = useThemes();
  const create = useCreateStory();
  const update = useUpdateStory();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input: StoryInput = { ...draft };
    const local = zodFieldErrors(zStoryInput, input);
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const options = {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: `Saved: ${draft.title.trim()}` });
        onClose();
      },
      onError: (err: unknown) => {
        const fields = serverFieldErrors(err);
        setErrors(Object.keys(fields).length > 0 ? fields : { form: errorMessage(err) });
      },
    };
    if (story) update.mutate({ id: story.id, input }, options);
    else create.mutate(input, options);
  };
  return (
    <Modal opened onClose={onClose} title={story ? 'Edit story' : 'Add a story'} size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label="A short title" required value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })} error={errors.title} data-autofocus />
          {PARTS.map(([key, label, hint]) => (
            <Textarea key={key} label={label} description={hint} autosize minRows={2} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })} error={errors[key]} />
          ))}
          <MultiSelect label="Questions it answers" searchable clearable data={(questions.data ?? []).map((q) => ({ value: q.id, label: q.question }))}
            value={draft.questionIds} onChange={(v) => setDraft({ ...draft, questionIds: v })} error={errors.questionIds}
            nothingFoundMessage="No question like that in your question bank" />
          <MultiSelect label="Themes it shows" searchable clearable data={(themes.data ?? []).map((t) => ({ value: t.slug, label: t.label }))}
            value={draft.themes} onChange={(v) => setDraft({ ...draft, themes: v })} error={errors.themes} />
          {errors.form ? <Alert color="red" role="alert">{errors.form}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={create.isPending || update.isPending}>Save story</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function StoryCard({ story, onEdit }: { story: Story; onEdit: () => void }) {
  const remove = useDeleteStory();
  const confirm = () =>
    modals.openConfirmModal({
      title: 'Delete this story?',
      children: <Text size="sm">“{story.title}” will be gone from your story bank and from the practice cards it was linked to.</Text>,
      labels: { confirm: 'Delete story', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(story.id),
    });
  return (
    <Card withBorder padding="md" component="li" id={`story-${story.id}`} aria-label={story.title} data-testid="story">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} size="h5" style={{ overflowWrap: 'anywhere' }}>{story.title}</Title>
          <Group gap={4} wrap="nowrap">
            <ActionIcon variant="subtle" color="gray" aria-label={`Edit “${story.title}”`} onClick={onEdit}><IconPencil size={16} aria-hidden /></ActionIcon>
            <ActionIcon variant="subtle" color="gray" aria-label={`Delete “${story.title}”`} onClick={confirm}><IconTrash size={16} aria-hidden /></ActionIcon>
          </Group>
        </Group>
        {PARTS.filter(([key]) => story[key]).map(([key, label]) => (
          <Text key={key} size="sm" style={{ whiteSpace: 'pre-wrap' }}><Text span fw={600}>{label}: </Text>{story[key]}</Text>
        ))}
        {story.questions.length > 0 ? <Text size="xs" c="dimmed">Answers: {story.questions.map((q) => q.question).join(' · ')}</Text> : null}
        {story.themes.length > 0 ? <Text size="xs" c="dimmed">Shows: {story.themes.map((t) => t.label).join(', ')}</Text> : null}
      </Stack>
    </Card>
  );
}

/** `/stories`: the story bank — STAR stories with what you learned, ready for the questions they answer. */
export function StoriesPage() {
  const stories = useStories();
  const [editing, setEditing] = useState<{ story: Story | null } | null>(null);
  const header = (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={1}>Story bank</Title>
        <Text c="dimmed" size="sm">A few well-told stories answer most interview questions. Write them once, link them to the questions they fit.</Text>
      </div>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ story: null })}>Add a story</Button>
    </Group>
  );
  return (
    <Stack gap="lg" maw={900}>
      {header}
      {stories.isPending ? <LoadingState label="Loading your stories" /> : stories.isError ? <ErrorState error={stories.error} onRetry={() => void stories.refetch()} /> : stories.data.length === 0 ? (
        <Card withBorder padding="xl" data-testid="stories-empty">
          <Stack align="center" gap="xs" ta="center">
            <IconBook2 size={40} aria-hidden />
            <Title order={2} size="h4">No stories yet</Title>
            <Text size="sm" c="dimmed" maw={520}>
              Think of a time you solved a hard problem, handled a conflict, or changed something for the better. Tell it as
              situation, task, action and result, and add what you learned. Link it to questions from your{' '}
              <Anchor component={Link} to="/questions" underline="always">question bank</Anchor> and it shows up when you practise them.
            </Text>
          </Stack>
        </Card>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Your stories">
          {stories.data.map((s) => <StoryCard key={s.id} story={s} onEdit={() => setEditing({ story: s })} />)}
        </Stack>
      )}
      {editing ? <StoryForm key={editing.story?.id ?? 'new'} story={editing.story} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}
