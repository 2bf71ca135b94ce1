import { Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Feeling, Mood } from '../../../../domain/debrief/checkin.js';
import { FeelingsField } from '../parts/FeelingsField';
import { MoodField } from '../parts/MoodField';
import { SupportCard } from '../parts/SupportCard';
import { StepActions } from './StepActions';

export interface CheckInDraft {
  mood: Mood | null;
  feelings: Feeling[];
  note: string;
}

interface Props {
  value: CheckInDraft;
  onChange: (value: CheckInDraft) => void;
  onSave: () => Promise<void>;
  onSkip: () => void;
  saving: boolean;
}

/** Step 1: let the feeling land. */
export function CheckInStep({ value, onChange, onSave, onSkip, saving }: Props) {
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (value.mood === null) {
          setError('Pick the number closest to how you feel, or skip this step.');
          return;
        }
        setError(undefined);
        void onSave();
      }}
    >
      <Stack gap="md">
        <Text>
          Before anything else: how is this landing? A no after real effort can sting, and that is normal. Nobody else
          sees this.
        </Text>
        <MoodField
          value={value.mood}
          error={error}
          onChange={(mood) => {
            setError(undefined);
            onChange({ ...value, mood });
          }}
        />
        <FeelingsField value={value.feelings} onChange={(feelings) => onChange({ ...value, feelings })} />
        <Textarea
          label="Anything you want to get off your chest? (optional)"
          autosize
          minRows={3}
          maxRows={10}
          value={value.note}
          onChange={(e) => onChange({ ...value, note: e.currentTarget.value })}
        />
        {value.mood !== null ? <SupportCard mood={value.mood} feelings={value.feelings} /> : null}
        <StepActions onSkip={onSkip} saving={saving} />
      </Stack>
    </form>
  );
}
