import { Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { STAGE_REACHED_LABELS, STAGES_REACHED, type StageReached } from '../../../domain/debrief/stage-reached.js';
import { QUESTION_KIND_LABELS, QUESTION_KINDS, type QuestionKind } from '../../../domain/practice/question-kinds.js';
import { errorMessage, isApiError } from '../../api/client';
import { notify } from '../debrief/notify';
import { useAddQuestion } from './api';

const KIND_OPTIONS = [{ value: '', label: 'Guess from the words' }, ...QUESTION_KINDS.map((k) => ({ value: k, label: QUESTION_KIND_LABELS[k] }))];
const STAGE_OPTIONS = [{ value: '', label: 'Any stage' }, ...STAGES_REACHED.filter((s) => s !== 'application').map((s) => ({ value: s, label: STAGE_REACHED_LABELS[s] }))];

/** A question of your own: one you expect to be asked, or one to ask them. */
export function AddQuestion() {
  const add = useAddQuestion();
  const [question, setQuestion] = useState('');
  const [kind, setKind] = useState('');
  const [stage, setStage] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    if (question.trim() === '') {
      setError('Write the question first.');
      return;
    }
    add.mutate(
      { question, kind: kind === '' ? null : (kind as QuestionKind), stage: stage === '' ? null : (stage as StageReached) },
      {
        onSuccess: (q) => {
          setQuestion('');
          setError(null);
          notify({ message: `Added to your bank${q.kind ? ` as ${QUESTION_KIND_LABELS[q.kind].toLowerCase()}` : ''}.`, color: 'sage' });
        },
        onError: (e) => (isApiError(e) && e.fields?.question ? setError(e.fields.question) : notify({ title: 'Not added', message: errorMessage(e), color: 'red' })),
      },
    );
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="add-question-heading">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <div>
            <Title order={2} size="h4" id="add-question-heading">
              Add a question of your own
            </Title>
            <Text size="sm" c="dimmed">
              One you expect to be asked, or one you want to ask them (choose “Questions to ask them”): those appear on the page that prepares you for an interview.
            </Text>
          </div>
          <TextInput label="Question" value={question} onChange={(e) => setQuestion(e.currentTarget.value)} error={error} maxLength={500} data-testid="new-question" />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect label="Type" data={KIND_OPTIONS} value={kind} onChange={(e) => setKind(e.currentTarget.value)} />
            <NativeSelect label="Stage" data={STAGE_OPTIONS} value={stage} onChange={(e) => setStage(e.currentTarget.value)} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" leftSection={<IconPlus size={16} aria-hidden />} loading={add.isPending}>
              Add the question
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
