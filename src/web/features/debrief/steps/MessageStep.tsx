import { Alert, Button, Card, Checkbox, Fieldset, Group, List, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconBulb, IconSparkles } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { Debrief } from '../../../../contracts/debrief.js';
import { CHANNELS, CHANNEL_LABELS, REASONS, isRejectionReason, type Channel } from '../../../../domain/debrief/reasons.js';
import { STAGES_REACHED, STAGE_REACHED_LABELS, isStageReached } from '../../../../domain/debrief/stage-reached.js';
import { errorMessage } from '../../../api/client';
import { formatDay } from '../../../components/format';
import { useReadMessage } from '../api';
import type { EvidenceSentence } from '../highlight';
import { suggestionsFor, type MessageDraft } from '../message-draft';
import { HighlightedMessage } from '../parts/HighlightedMessage';
import { ReasonsEditor } from '../parts/ReasonsEditor';
import { StepActions } from './StepActions';

interface Props {
  debrief: Debrief;
  today: string;
  value: MessageDraft;
  onChange: (value: MessageDraft) => void;
  onSave: () => Promise<void>;
  onBack: () => void;
  onSkip: () => void;
  saving: boolean;
}

/** How an evidence label reads next to a highlighted sentence. */
function evidenceLabel(label: string, value: string): string | null {
  if (label === 'reason' && isRejectionReason(value)) return `Reason: ${REASONS[value].label}`;
  if (label === 'stage' && isStageReached(value)) return `Stage: ${STAGE_REACHED_LABELS[value]}`;
  if (label === 'feedbackOffered') return 'They offer feedback';
  if (label === 'doorOpen') return 'The door is open';
  if (label === 'feedback') return 'Feedback in the message';
  return null;
}

/** Step 2: what they said. Paste the message, let the reader pre-fill, correct anything. */
export function MessageStep({ debrief, today, value, onChange, onSave, onBack, onSkip, saving }: Props) {
  const reader = useReadMessage();
  const rejection = debrief.rejection;
  const evidence = useMemo<EvidenceSentence[]>(
    () =>
      (value.readerLabels?.evidence ?? []).flatMap((e) => {
        const label = evidenceLabel(e.label, e.value);
        return label ? e.sentences.map((sentence) => ({ sentence, label })) : [];
      }),
    [value.readerLabels],
  );
  const suggestions = suggestionsFor(value, rejection.rejectedOn, today);

  const read = async () => {
    const text = value.message.trim();
    if (!text) return;
    const prefill = await reader.mutateAsync({ text }).catch(() => null);
    if (!prefill) return;
    onChange({
      ...value,
      readerLabels: prefill.readerLabels,
      stageReached: prefill.stageReached ?? value.stageReached,
      reasons: prefill.reasons.map((r) => ({ reason: r.reason, control: r.control })),
      feedbackOffered: prefill.readerLabels.feedbackOffered,
      doorOpen: prefill.readerLabels.doorOpen,
      caution: prefill.caution ?? (prefill.isRejection ? null : 'This does not read like a rejection to me. Please check the labels below.'),
    });
  };

  const stageOptions = STAGES_REACHED.map((s) => ({
    value: s,
    label: s === rejection.stageReachedDerived ? `${STAGE_REACHED_LABELS[s]} (from your timeline)` : STAGE_REACHED_LABELS[s],
  }));

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void onSave();
      }}
    >
      <Stack gap="md">
        <Text>
          Paste the message they sent, if there was one. Debrief can read it and suggest what it says; you have the
          last word on every label.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="How did you hear?"
            data={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
            value={value.channel}
            allowDeselect={false}
            onChange={(v) => {
              const channel = CHANNELS.find((c) => c === v);
              if (channel) onChange({ ...value, channel: channel satisfies Channel });
            }}
          />
          <Select
            label="How far did you get?"
            data={stageOptions}
            value={value.stageReached}
            allowDeselect={false}
            onChange={(v) => {
              if (v && isStageReached(v)) onChange({ ...value, stageReached: v });
            }}
          />
        </SimpleGrid>
        {value.channel !== 'silence' ? (
          <Stack gap="xs">
            <Textarea
              label="The message"
              description="Paste it as it is: long messages, signatures and quoted history are fine."
              autosize
              minRows={5}
              maxRows={14}
              value={value.message}
              onChange={(e) => onChange({ ...value, message: e.currentTarget.value })}
              styles={{ input: { fontSize: 'var(--mantine-font-size-sm)' } }}
            />
            <Group gap="sm">
              <Button
                variant="light"
                leftSection={<IconSparkles size={16} aria-hidden />}
                onClick={() => void read()}
                loading={reader.isPending}
                disabled={value.message.trim() === ''}
              >
                Read it for me
              </Button>
              {value.readerLabels ? (
                <Text size="sm" c="dimmed" role="status">
                  Pre-filled from the message. Check the labels below and change anything that is off.
                </Text>
              ) : null}
            </Group>
            {reader.isError ? (
              <Alert color="red" role="alert" title="The reader could not read this">
                {errorMessage(reader.error)} You can still fill in the labels by hand.
              </Alert>
            ) : null}
            {value.caution ? (
              <Alert color="yellow" role="status">
                {value.caution}
              </Alert>
            ) : null}
            {value.readerLabels && value.message.trim() ? (
              <Stack gap={6}>
                <Title order={3} size="h5">
                  What the reader relied on
                </Title>
                <HighlightedMessage text={value.message} evidence={evidence} />
                {evidence.length > 0 ? (
                  <List size="xs" c="dimmed" spacing={2}>
                    {[...new Set(evidence.map((e) => e.label))].map((l) => (
                      <List.Item key={l}>{l}</List.Item>
                    ))}
                  </List>
                ) : (
                  <Text size="xs" c="dimmed">
                    No sentence stood out as a reason. That usually means a standard message.
                  </Text>
                )}
              </Stack>
            ) : null}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            Silence is one of the hardest endings, because there is nothing to read. It says more about their process
            than about you.
          </Text>
        )}
        <ReasonsEditor
          value={value.reasons}
          onChange={(reasons) => onChange({ ...value, reasons })}
          suggested={value.readerLabels?.reasons ?? []}
        />
        <Fieldset legend="Anything else in the message?" variant="unstyled" p={0}>
          <Stack gap={8} mt="xs">
            <Checkbox
              label="They offered feedback"
              checked={value.feedbackOffered}
              onChange={(e) => onChange({ ...value, feedbackOffered: e.currentTarget.checked })}
            />
            <Checkbox
              label="They left the door open for future roles"
              checked={value.doorOpen}
              onChange={(e) => onChange({ ...value, doorOpen: e.currentTarget.checked })}
            />
          </Stack>
        </Fieldset>
        {suggestions.map((s) => (
          <Card key={s.kind} padding="sm" data-testid={`suggestion-${s.kind}`}>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <IconBulb size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <div>
                <Text fw={600} size="sm">
                  {s.title}
                </Text>
                <Text size="sm">
                  {s.text} {s.kind === 'ask_feedback' ? 'Ask by' : 'Get back in touch around'}{' '}
                  <strong>{formatDay(s.date)}</strong>.
                </Text>
              </div>
            </Group>
          </Card>
        ))}
        <Textarea
          label="A note for yourself (optional)"
          autosize
          minRows={2}
          value={value.note}
          onChange={(e) => onChange({ ...value, note: e.currentTarget.value })}
        />
        <StepActions onBack={onBack} onSkip={onSkip} saving={saving} />
      </Stack>
    </form>
  );
}
