import { Alert, Button, Checkbox, Divider, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import type { Debrief } from '../../../../contracts/debrief.js';
import { buildFeedbackRequest, feedbackOfferFrom, type DraftBaseInput } from '../../../../domain/debrief/index.js';
import { FEEDBACK_QUESTIONS, MAX_QUESTIONS, MIN_QUESTIONS, PROCESS_PHRASES, isQuestionForStage } from '../../../../domain/debrief/draft-questions.js';
import { RECIPIENTS, TONES, type Recipient, type Tone } from '../../../../domain/debrief/draft-texts.js';
import { errorMessage } from '../../../api/client';
import { DayInput, focusDayProblem } from '../../../components/DayInput';
import { useMarkSent, useSaveFeedbackRequest } from '../api';
import { type FeedbackDraft } from '../feedback-draft';
import { useUpdateSettings } from '../../settings/api';
import { DraftActions } from '../parts/DraftActions';
import { FeedbackOutcomePanel } from './FeedbackOutcomePanel';
import { StepActions } from './StepActions';

const RECIPIENT_LABELS = { recruiter: 'Recruiter', hiring_manager: 'Hiring manager', interviewer: 'Interviewer' } as const satisfies Record<Recipient, string>;
const TONE_LABELS = { warm: 'Warm', brief: 'Brief', formal: 'Formal' } as const satisfies Record<Tone, string>;

interface Props {
  debrief: Debrief;
  today: string;
  lastInterviewDate: string | null;
  applicantName: string;
  onApplicantName: (name: string) => void;
  /** The name stored in settings, to save only a change. */
  savedApplicantName: string;
  value: FeedbackDraft;
  onChange: (value: FeedbackDraft) => void;
  onSave: () => Promise<void>;
  onBack: () => void;
  onSkip: () => void;
  saving: boolean;
}

/** Step 3: ask for feedback, kindly and soon. */
export function FeedbackStep(props: Props) {
  const { debrief, today, value, onChange, applicantName } = props;
  const saveName = useUpdateSettings();
  const id = debrief.application.id;
  const stage = debrief.rejection.stageReached;
  const fr = debrief.feedbackRequest;
  const saveChoices = useSaveFeedbackRequest(id);
  const markSent = useMarkSent(id);
  const [sentOn, setSentOn] = useState<string | null>(today);
  const [error, setError] = useState<string | null>(null);
  const sentArea = useRef<HTMLDivElement>(null);

  const questions = debrief.feedbackQuestions.filter((q) => isQuestionForStage(q.id, stage));
  const draftInput: DraftBaseInput = {
    applicantName,
    contactName: value.contactName,
    recipient: value.recipient,
    company: debrief.application.company,
    roleTitle: debrief.application.title,
    stageReached: stage,
    lastInterviewDate: props.lastInterviewDate,
    tone: value.tone,
    offer: feedbackOfferFrom(debrief.rejection.readerLabels, debrief.rejection.corrections),
  };
  // Pure and fast: rebuilt on every render, so the preview always matches the form.
  const { draft, problem } = (() => {
    try {
      return { draft: buildFeedbackRequest({ ...draftInput, questionIds: value.questionIds }), problem: null };
    } catch (e) {
      return { draft: null, problem: errorMessage(e) };
    }
  })();

  const count = value.questionIds.length;
  const questionHint =
    count < MIN_QUESTIONS
      ? `Pick ${MIN_QUESTIONS} or ${MAX_QUESTIONS}. Until then the draft uses a sensible pair for this stage.`
      : `${count} chosen. Two or three questions keep it easy to answer.`;

  const choices = () => ({
    recipient: value.recipient,
    tone: value.tone,
    questionIds: value.questionIds,
    contactName: value.contactName,
    contactEmail: value.contactEmail,
  });

  const sent = async () => {
    setError(null);
    // A typed day that is no date (or is in the future) keeps its message under the field; never send the previous day instead.
    if (sentArea.current && focusDayProblem(sentArea.current)) return;
    try {
      await saveChoices.mutateAsync(choices());
      await markSent.mutateAsync(sentOn ?? undefined);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void props.onSave();
      }}
    >
      <Stack gap="md">
        <Text>
          Asking for feedback is normal and most people respect it. A short, friendly note soon after the news works
          best. Pick who to write to and what to ask; the draft updates as you go.
        </Text>
        {draftInput.offer ? (
          <Text size="sm" c="dimmed" data-testid="offer-taken-up">
            {draftInput.offer === 'call'
              ? 'They offered to talk you through feedback, so the draft takes them up on a short call.'
              : 'They offered to share feedback, so the draft takes them up on the offer.'}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="recipient-label">
              Who are you writing to?
            </Text>
            <SegmentedControl
              aria-labelledby="recipient-label"
              value={value.recipient}
              onChange={(v) => {
                const r = RECIPIENTS.find((x) => x === v);
                if (r) onChange({ ...value, recipient: r });
              }}
              data={RECIPIENTS.map((r) => ({ value: r, label: RECIPIENT_LABELS[r] }))}
              fullWidth
            />
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="tone-label">
              Tone
            </Text>
            <SegmentedControl
              aria-labelledby="tone-label"
              value={value.tone}
              onChange={(v) => {
                const t = TONES.find((x) => x === v);
                if (t) onChange({ ...value, tone: t });
              }}
              data={TONES.map((t) => ({ value: t, label: TONE_LABELS[t] }))}
              fullWidth
            />
          </Stack>
          <TextInput
            label="Their name (optional)"
            value={value.contactName}
            onChange={(e) => onChange({ ...value, contactName: e.currentTarget.value })}
            autoComplete="off"
          />
          <TextInput
            label="Your name, for the sign-off"
            description="Saved in your settings for every draft."
            value={applicantName}
            onChange={(e) => props.onApplicantName(e.currentTarget.value)}
            onBlur={(e) => {
              if (e.currentTarget.value !== props.savedApplicantName) saveName.mutate({ yourName: e.currentTarget.value });
            }}
            autoComplete="name"
          />
        </SimpleGrid>
        <Checkbox.Group
          label="What would you like to ask?"
          description={questionHint}
          value={value.questionIds}
          onChange={(ids) => {
            const picked = questions.map((q) => q.id).filter((q) => ids.includes(q));
            onChange({ ...value, questionIds: picked.slice(0, MAX_QUESTIONS) });
          }}
        >
          <Stack gap={8} mt="xs">
            {questions.map((q) => {
              const checked = value.questionIds.includes(q.id);
              return (
                <Checkbox
                  key={q.id}
                  value={q.id}
                  label={q.label}
                  description={FEEDBACK_QUESTIONS[q.id].text.replace('{process}', PROCESS_PHRASES[stage])}
                  disabled={!checked && count >= MAX_QUESTIONS}
                />
              );
            })}
          </Stack>
        </Checkbox.Group>
        {problem ? (
          <Alert color="yellow" role="status">
            {problem}
          </Alert>
        ) : draft ? (
          <DraftActions
            draft={draft}
            to={value.contactEmail}
            onToChange={(contactEmail) => onChange({ ...value, contactEmail })}
            company={debrief.application.company}
            role={debrief.application.title}
          />
        ) : null}
        <Divider />
        {fr.status === 'not_requested' ? (
          <Stack gap="xs">
            <Text size="sm">Sent it? Mark it here and Debrief will keep an eye on the reply for you.</Text>
            <Group align="flex-end" gap="sm" ref={sentArea}>
              <DayInput label="Sent on" value={sentOn} onChange={setSentOn} maxDate={today} w={180} />
              <Button variant="light" onClick={() => void sent()} loading={markSent.isPending || saveChoices.isPending}>
                Mark as sent
              </Button>
            </Group>
            {error ? (
              <Text size="sm" c="red" role="alert">
                {error}
              </Text>
            ) : null}
          </Stack>
        ) : draft ? (
          <FeedbackOutcomePanel debrief={debrief} draftInput={draftInput} to={value.contactEmail} today={today} />
        ) : null}
        <StepActions onBack={props.onBack} onSkip={fr.status === 'not_requested' ? props.onSkip : undefined} skipLabel="I'd rather not ask" saving={props.saving} />
      </Stack>
    </form>
  );
}
