import { Alert, Paper, Stepper, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notify } from './notify';
import { useMemo, useRef, useState } from 'react';
import type { ApplicationDetail } from '../../../contracts/applications.js';
import type { Debrief } from '../../../contracts/debrief.js';
import { isFeeling, isMood } from '../../../domain/debrief/checkin.js';
import { draftInterviewDate } from '../../../domain/debrief/draft-facts.js';
import { DEBRIEF_STEPS, DEBRIEF_STEP_LABELS, type DebriefStep } from '../../../domain/debrief/progress.js';
import { errorMessage } from '../../api/client';
import { useToday } from '../settings/api';
import { useSaveCheckIn, useSaveFeedbackRequest, useSaveLessons, useSaveMessage, useSaveReflection, useSkipStep } from './api';
import { feedbackDraftFrom } from './feedback-draft';
import { useSettings } from '../settings/api';
import { FinishScreen } from './FinishScreen';
import { clearStepDrafts, useStepDraft } from './use-session-draft';
import { lessonsDraftFrom, lessonsInputOf } from './lessons-draft';
import { messageDraftFrom, messageInputOf } from './message-draft';
import { CheckInStep, type CheckInDraft } from './steps/CheckInStep';
import { FeedbackStep } from './steps/FeedbackStep';
import { LessonsStep } from './steps/LessonsStep';
import { MessageStep } from './steps/MessageStep';
import { ReflectionStep } from './steps/ReflectionStep';

const DONE = DEBRIEF_STEPS.length;

function checkInDraftFrom(d: Debrief): CheckInDraft {
  const c = d.checkIn;
  return {
    mood: c && isMood(c.mood) ? c.mood : null,
    feelings: (c?.feelings ?? []).filter(isFeeling),
    note: c?.note ?? '',
  };
}

/** The day a draft may thank them for ("our call on …"): a real event of the stage reached, or none. */
function lastInterviewDate(app: ApplicationDetail, d: Debrief): string | null {
  return draftInterviewDate(app.events, d.rejection.stageReached, d.rejection.rejectedOn);
}

function startingStep(d: Debrief): number {
  if (d.progress.complete || d.progress.next === null) return DONE;
  return DEBRIEF_STEPS.indexOf(d.progress.next);
}

interface Props {
  debrief: Debrief;
  application: ApplicationDetail;
}

/**
 * The stepper. Each step keeps its form state here, so going back and forth
 * never loses what was typed; "Save and continue" stores a step on the server.
 */
export function DebriefFlow({ debrief, application }: Props) {
  const id = debrief.application.id;
  const today = useToday();
  const narrow = useMediaQuery('(max-width: 48em)') ?? false;
  const [active, setActive] = useState(() => startingStep(debrief));
  const prefix = `debrief.${id}.`;
  // Each step follows the server until edited; useMemo keeps the sources stable between renders.
  const sources = useMemo(
    () => ({
      checkIn: checkInDraftFrom(debrief),
      message: messageDraftFrom(debrief),
      feedback: feedbackDraftFrom(debrief),
      reflection: { ...debrief.reflection.answers },
      lessons: lessonsDraftFrom(debrief),
    }),
    [debrief],
  );
  const [checkIn, setCheckIn] = useStepDraft(`${prefix}checkin`, sources.checkIn);
  const [message, setMessage] = useStepDraft(`${prefix}message`, sources.message);
  const [feedback, setFeedback] = useStepDraft(`${prefix}feedback`, sources.feedback);
  const [reflection, setReflection] = useStepDraft<Record<string, string>>(`${prefix}reflection`, sources.reflection);
  const [lessons, setLessons] = useStepDraft(`${prefix}lessons`, sources.lessons);
  const settings = useSettings();
  const [typedName, setApplicantName] = useState<string | null>(null);
  const applicantName = typedName ?? settings.data?.yourName ?? '';
  const [error, setError] = useState<string | null>(null);
  const top = useRef<HTMLDivElement>(null);

  const saveCheckIn = useSaveCheckIn(id);
  const saveMessage = useSaveMessage(id);
  const saveFeedback = useSaveFeedbackRequest(id);
  const saveReflection = useSaveReflection(id);
  const saveLessons = useSaveLessons(id);
  const skip = useSkipStep(id);

  const go = (step: number) => {
    setError(null);
    setActive(Math.max(0, Math.min(DONE, step)));
    top.current?.scrollIntoView({ block: 'start' });
    top.current?.focus({ preventScroll: true });
  };

  const run = (step: number, save: () => Promise<unknown>) => async () => {
    setError(null);
    try {
      await save();
      if (step + 1 >= DONE) clearStepDrafts(prefix);
      go(step + 1);
    } catch (e) {
      setError(errorMessage(e));
      notify({ title: 'That did not save', message: errorMessage(e), color: 'red' });
    }
  };

  const skipStep = (step: number) => () => {
    const name: DebriefStep | undefined = DEBRIEF_STEPS[step];
    if (!name) return;
    void run(step, () => skip.mutateAsync({ step: name }))();
  };

  const steps = [
    <CheckInStep
      key="checkin"
      value={checkIn}
      onChange={setCheckIn}
      saving={saveCheckIn.isPending}
      onSkip={skipStep(0)}
      onSave={run(0, () =>
        checkIn.mood === null
          ? Promise.resolve()
          : saveCheckIn.mutateAsync({ mood: checkIn.mood, feelings: checkIn.feelings, note: checkIn.note }),
      )}
    />,
    <MessageStep
      key="message"
      debrief={debrief}
      today={today}
      value={message}
      onChange={setMessage}
      saving={saveMessage.isPending}
      onBack={() => go(0)}
      onSkip={skipStep(1)}
      onSave={run(1, () => saveMessage.mutateAsync(messageInputOf(message, debrief.rejection.stageReachedDerived)))}
    />,
    <FeedbackStep
      key="feedback"
      debrief={debrief}
      today={today}
      lastInterviewDate={lastInterviewDate(application, debrief)}
      applicantName={applicantName}
      onApplicantName={setApplicantName}
      savedApplicantName={settings.data?.yourName ?? ''}
      value={feedback}
      onChange={setFeedback}
      saving={saveFeedback.isPending}
      onBack={() => go(1)}
      onSkip={skipStep(2)}
      onSave={run(2, () => saveFeedback.mutateAsync({ ...feedback }))}
    />,
    <ReflectionStep
      key="reflection"
      debrief={debrief}
      value={reflection}
      onChange={setReflection}
      saving={saveReflection.isPending}
      onBack={() => go(2)}
      onSkip={skipStep(3)}
      onSave={run(3, () =>
        saveReflection.mutateAsync({
          answers: debrief.reflection.prompts.map((p) => ({ promptId: p.id, value: reflection[p.id] ?? '' })),
        }),
      )}
    />,
    <LessonsStep
      key="lessons"
      debrief={debrief}
      value={lessons}
      onChange={setLessons}
      saving={saveLessons.isPending}
      onBack={() => go(3)}
      onSkip={skipStep(4)}
      onSave={run(4, () => saveLessons.mutateAsync(lessonsInputOf(lessons)))}
    />,
  ];

  const statusOf = (step: DebriefStep) => debrief.progress.steps.find((s) => s.step === step)?.status ?? 'todo';

  return (
    <Paper p={{ base: 'sm', sm: 'lg' }} withBorder>
      <div ref={top} tabIndex={-1} style={{ outline: 'none' }} aria-live="polite">
        {active < DONE ? (
          <Text size="sm" c="dimmed" mb="sm" data-testid="step-position">
            Step {active + 1} of {DONE}: {DEBRIEF_STEP_LABELS[DEBRIEF_STEPS[active] ?? 'checkin']}
          </Text>
        ) : null}
      </div>
      <Stepper
        active={active}
        onStepClick={go}
        size="sm"
        iconSize={narrow ? 28 : 34}
        allowNextStepsSelect
        wrap={false}
        styles={{ steps: { overflowX: 'auto', paddingBottom: 4 } }}
      >
        {DEBRIEF_STEPS.map((step, i) => {
          const status = statusOf(step);
          return (
            <Stepper.Step
              key={step}
              label={narrow && i !== active ? undefined : DEBRIEF_STEP_LABELS[step]}
              description={narrow ? undefined : status === 'done' ? 'Saved' : status === 'skipped' ? 'Skipped' : undefined}
              aria-label={`${DEBRIEF_STEP_LABELS[step]}${status === 'done' ? ' (saved)' : status === 'skipped' ? ' (skipped)' : ''}`}
              // a step passed over without saving is not shown as done
              completedIcon={status === 'todo' ? i + 1 : undefined}
              color={status === 'todo' ? 'gray' : undefined}
            >
              {error ? (
                <Alert color="red" role="alert" mb="md">
                  {error}
                </Alert>
              ) : null}
              {steps[i]}
            </Stepper.Step>
          );
        })}
        <Stepper.Completed>
          <FinishScreen debrief={debrief} onReview={() => go(0)} onOpenStep={(step) => go(DEBRIEF_STEPS.indexOf(step))} />
        </Stepper.Completed>
      </Stepper>
    </Paper>
  );
}
