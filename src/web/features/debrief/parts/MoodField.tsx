import { Group, Radio, Stack, Text } from '@mantine/core';
import { MOODS, MOOD_LABELS, isMood, type Mood } from '../../../../domain/debrief/checkin.js';

const FACES = { 1: '😞', 2: '🙁', 3: '😐', 4: '🙂', 5: '😊' } as const satisfies Record<Mood, string>;

interface Props {
  value: Mood | null;
  onChange: (mood: Mood) => void;
  label?: string;
  error?: string;
}

/**
 * Mood 1–5 as a real radio group: every option has a text label (the face is
 * decoration), arrow keys move between options, and the group has a name.
 */
export function MoodField({ value, onChange, label = 'How are you feeling right now?', error }: Props) {
  return (
    <Radio.Group
      label={label}
      description="1 is really low, 5 is good. There is no wrong answer."
      value={value === null ? '' : String(value)}
      onChange={(v) => {
        const n = Number(v);
        if (isMood(n)) onChange(n);
      }}
      error={error}
    >
      <Group gap="xs" mt="xs" wrap="wrap">
        {MOODS.map((m) => (
          <Radio.Card
            key={m}
            value={String(m)}
            radius="md"
            p="xs"
            w={{ base: 'calc(33% - 6px)', xs: 112 }}
            miw={96}
            style={{ flex: '1 1 96px' }}
            aria-label={`${m} – ${MOOD_LABELS[m]}`}
          >
            <Stack gap={2} align="center">
              <Text fz={26} lh={1} aria-hidden>
                {FACES[m]}
              </Text>
              <Group gap={6} wrap="nowrap">
                <Radio.Indicator size="xs" />
                <Text size="sm" fw={500}>
                  {m} · {MOOD_LABELS[m]}
                </Text>
              </Group>
            </Stack>
          </Radio.Card>
        ))}
      </Group>
    </Radio.Group>
  );
}

