import { Button, Group } from '@mantine/core';

interface Props {
  onBack?: () => void;
  onSkip?: () => void;
  saving?: boolean;
  /** Defaults to "Save and continue". */
  submitLabel?: string;
  skipLabel?: string;
}

/** The buttons at the foot of every step: Back, Skip, Save and continue. */
export function StepActions({ onBack, onSkip, saving, submitLabel = 'Save and continue', skipLabel = 'Skip this step' }: Props) {
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Group gap="sm">
        {onBack ? (
          <Button variant="default" onClick={onBack}>
            Back
          </Button>
        ) : null}
        {onSkip ? (
          <Button variant="subtle" onClick={onSkip}>
            {skipLabel}
          </Button>
        ) : null}
      </Group>
      <Button type="submit" loading={saving}>
        {submitLabel}
      </Button>
    </Group>
  );
}
