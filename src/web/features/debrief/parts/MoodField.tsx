import { Group, Radio, Stack, Text } from '@mantine/core';
import { IconMoodCry, IconMoodEmpty, IconMoodHappy, IconMoodSad, IconMoodSmile, type Icon } from '@tabler/icons-react';
import { MOODS, MOOD_LABELS, isMood, type Mood } from '../../../../domain/debrief/checkin.js';

const FACES = { 1: IconMoodCry, 2: IconMoodSad, 3: IconMoodEmpty, 4: IconMoodSmile, 5: IconMoodHappy } as const satisfies Record<Mood, Icon>;

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
      <Group gap={8} mt="xs" wrap="nowrap" align="stretch">
        {MOODS.map((m) => {
          const Face = FACES[m];
          return (
          <Radio.Card
            key={m}
            value={String(m)}
            radius="md"
            px={4}
            py="xs"
            miw={56}
            style={{ flex: '1 1 56px' }}
            aria-label={`${m} – ${MOOD_LABELS[m]}`}
          >
            <Stack gap={4} align="center">
              <Face size={28} stroke={1.5} aria-hidden />
              <Group gap={6} wrap="nowrap">
                <Radio.Indicator size="xs" />
                <Text size="sm" fw={600}>
                  {m}
                </Text>
              </Group>
              <Text size="xs" ta="center" lh={1.2}>
                {MOOD_LABELS[m]}
              </Text>
            </Stack>
          </Radio.Card>
          );
        })}
      </Group>
    </Radio.Group>
  );
}

