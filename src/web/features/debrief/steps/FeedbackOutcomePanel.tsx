import { Alert, Button, Card, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { Debrief } from '../../../../contracts/debrief.js';
import { buildFollowUpForSpecifics, judgeFeedback, type DraftBaseInput } from '../../../../domain/debrief/index.js';
import { errorMessage } from '../../../api/client';
import { formatDay } from '../../../components/format';
import { useRecordOutcome } from '../api';
import { DraftActions } from '../parts/DraftActions';

interface Props {
  debrief: Debrief;
  draftInput: DraftBaseInput;
  to: string;
  today: string;
}

/** After asking: record what came back, and offer a follow-up when the feedback was generic. */
export function FeedbackOutcomePanel({ debrief, draftInput, to, today }: Props) {
  const fr = debrief.feedbackRequest;
  const outcome = useRecordOutcome(debrief.application.id);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  if (fr.status === 'received') {
    const judgement = judgeFeedback(fr.feedbackText);
    const generic = (fr.verdict ?? judgement.verdict) === 'generic';
    let followUp = null;
    try {
      followUp = generic ? buildFollowUpForSpecifics(draftInput) : null;
    } catch {
      followUp = null;
    }
    return (
      <Stack gap="sm" data-testid="feedback-received">
        <Title order={3} size="h5">
          Their feedback{fr.receivedOn ? `, ${formatDay(fr.receivedOn.slice(0, 10))}` : ''}
        </Title>
        <Card padding="sm">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {fr.feedbackText ?? 'No text recorded.'}
          </Text>
        </Card>
        {generic ? (
          <Alert color="yellow" title="This is kind, but general" role="status" data-testid="generic-feedback">
            <Text size="sm">
              It does not point to anything specific yet, which is very common. A short, friendly follow-up often
              brings one concrete detail. Here is a draft, if you would like to ask.
            </Text>
            {judgement.reasons.length > 0 ? (
              <List size="xs" mt={6}>
                {judgement.reasons.slice(0, 3).map((r) => (
                  <List.Item key={r}>{r}</List.Item>
                ))}
              </List>
            ) : null}
          </Alert>
        ) : (
          <Text size="sm" c="dimmed">
            There is something concrete in here. The lessons step will help you turn it into a theme to work on.
          </Text>
        )}
        {followUp ? (
          <DraftActions
            draft={followUp}
            to={to}
            company={draftInput.company}
            role={draftInput.roleTitle}
            kind="follow-up"
            title="Follow-up asking for specifics"
          />
        ) : null}
      </Stack>
    );
  }

  if (fr.status === 'declined') {
    return (
      <Alert color="gray" title="They chose not to share feedback" data-testid="feedback-declined">
        Many companies have a policy against it. It is not a verdict on you, and asking was still the right move.
      </Alert>
    );
  }

  const record = async (status: 'received' | 'declined' | 'no_answer') => {
    setError(null);
    if (status === 'received' && text.trim() === '') {
      setError('Paste or type what they said first.');
      return;
    }
    try {
      await outcome.mutateAsync({ status, on: today, text: status === 'received' ? text : undefined });
      setText('');
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Stack gap="sm" data-testid="feedback-waiting">
      <Title order={3} size="h5">
        {fr.status === 'no_answer' ? 'No answer so far' : 'Waiting for their reply'}
      </Title>
      <Text size="sm" c="dimmed">
        {fr.requestedOn ? `You asked on ${formatDay(fr.requestedOn.slice(0, 10))}. ` : ''}
        {fr.status === 'no_answer'
          ? 'Late replies happen. If one arrives, record it here.'
          : 'Replies can take a while. Come back here when you hear from them.'}
      </Text>
      {fr.reminderDue && fr.status === 'requested' ? (
        <Alert color="yellow" role="status" data-testid="feedback-reminder">
          It has been a while without an answer. One short, polite nudge is fine. If nothing comes, mark it as no answer
          and let it go: the silence is about their workload, not about you.
        </Alert>
      ) : null}
      <Textarea
        label="What they said"
        description="Paste their reply, or write down what they told you on the phone."
        autosize
        minRows={3}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={error}
      />
      <Group gap="sm">
        <Button onClick={() => void record('received')} loading={outcome.isPending && outcome.variables.status === 'received'}>
          Save their feedback
        </Button>
        <Button variant="default" onClick={() => void record('declined')}>
          They declined
        </Button>
        {fr.status === 'requested' ? (
          <Button variant="default" onClick={() => void record('no_answer')}>
            No answer
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
