import { Button, Group, Modal, NumberInput, Select, Stack, Textarea } from '@mantine/core';
import { DayInput } from '../../../components/DayInput';
import { useEffect, useState } from 'react';
import type { Application, StageEventCreate } from '../../../../contracts/applications.js';
import { INTERVIEW_TYPES, STAGES, STAGE_LABELS, isStage, type InterviewType, type Stage } from '../../../../domain/applications/stages.js';
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
  const move = useMoveApplication({ onMoved: onClose });
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
    }
  }, [opened, today]);

  const options = STAGES.filter((s) => s !== app.status).map((s) => ({ value: s, label: STAGE_LABELS[s] }));
  const interview = stage === 'interview';

  const submit = () => {
    if (!stage) return;
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
    <Modal opened={opened} onClose={onClose} title="Move to stage" centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Select label="Stage" data={options} value={stage} onChange={(v) => setStage(v !== null && isStage(v) ? v : null)} required data-autofocus />
          <DayInput label="Date" value={date} onChange={setDate} maxDate={today} />
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
            <Button type="submit" disabled={!stage} loading={move.isPending}>
              Move
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
