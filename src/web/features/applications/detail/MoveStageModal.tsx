import { Button, Group, Modal, NumberInput, Select, Stack, Textarea } from '@mantine/core';
import { addDays } from '../../../../domain/time.js';
import { isApiError } from '../../../api/client';
import { DayInput } from '../../../components/DayInput';
import { useEffect, useState } from 'react';
import type { Application, StageEventCreate } from '../../../../contracts/applications.js';
import { BOOKABLE_STAGES, INTERVIEW_TYPES, STAGES, STAGE_LABELS, isStage, type InterviewType, type Stage } from '../../../../domain/applications/stages.js';
import { INTERVIEW_TYPE_LABELS } from '../../../components/labels';
import { useToday } from '../../settings/api';
import { useNavigate } from 'react-router';
import { onRejected } from '../on-rejected';
import { useMoveApplication } from '../stage-actions';

interface Props {
  app: Application;
  opened: boolean;
  onClose: () => void;
}

const typeOptions = INTERVIEW_TYPES.map((t) => ({ value: t, label: INTERVIEW_TYPE_LABELS[t] }));

export function MoveStageModal({ app, opened, onClose }: Props) {
  const today = useToday();
  const [dateError, setDateError] = useState<string | null>(null);
  // A refused date (before the latest step, or ahead for a step that cannot be
  // booked) is shown beside the field; the dialog stays open to fix it.
  const move = useMoveApplication({
    onMoved: onClose,
    onError: (e) => {
      const message = isApiError(e) ? e.fields.occurredOn : undefined;
      if (message) setDateError(message);
      return Boolean(message);
    },
  });
  const navigate = useNavigate();
  const [stage, setStage] = useState<Stage | null>(null);
  const [date, setDate] = useState<string | null>(today);
  const [round, setRound] = useState<number | string>('');
  const [type, setType] = useState<InterviewType | null>(null);
  const [note, setNote] = useState('');

  useEffect(() => {
    if (opened) {
      setStage(null);
      setDate(today);
      setRound('');
      setType(null);
      setNote('');
      setDateError(null);
    }
  }, [opened, today]);

  // The current stage is offered again only where that means something new: another round, a booked call.
  const options = STAGES.filter((s) => s !== app.status || BOOKABLE_STAGES.includes(s)).map((s) => ({ value: s, label: STAGE_LABELS[s] }));
  const interview = stage === 'interview';
  const bookable = stage !== null && BOOKABLE_STAGES.includes(stage);
  const ahead = date !== null && date > today;
  const localDateError = ahead && stage !== null && !bookable ? `${STAGE_LABELS[stage]} cannot be dated after today; only a screen, assessment, interview or final round can be booked ahead.` : null;

  const submit = () => {
    if (!stage || localDateError) return;
    const details: Omit<StageEventCreate, 'stage'> = {
      occurredOn: date ?? undefined,
      round: interview && round !== '' ? Number(round) : undefined,
      interviewType: interview ? type : undefined,
      note: note.trim() === '' ? undefined : note,
    };
    if (stage === 'rejected') onRejected(app, { move: move.mutate, navigate }, details);
    else move.mutate({ app, input: { ...details, stage } });
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Move to stage" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Select
            label="Stage"
            data={options}
            value={stage}
            onChange={(v) => {
              setStage(v !== null && isStage(v) ? v : null);
              setDateError(null);
            }}
            required
            data-autofocus
          />
          <DayInput
            label="Date"
            value={date}
            onChange={(v) => {
              setDate(v);
              setDateError(null);
            }}
            maxDate={bookable ? addDays(today, 366) : today}
            description={bookable ? 'A later date books it ahead: it shows as upcoming and counts from that day.' : undefined}
            error={localDateError ?? dateError}
            data-testid="move-date"
          />
          {interview ? (
            <Group grow align="flex-start">
              <NumberInput label="Round" min={1} max={20} value={round} onChange={setRound} allowDecimal={false} />
              <Select label="Interview type" data={typeOptions} value={type} onChange={(v) => setType(INTERVIEW_TYPES.find((t) => t === v) ?? null)} clearable />
            </Group>
          ) : null}
          <Textarea label="Note (optional)" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={!stage || localDateError !== null} loading={move.isPending}>
              {bookable && ahead ? 'Book' : 'Move'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
