import { Chip, Group, Input } from '@mantine/core';
import { FEELINGS, FEELING_IDS, isFeeling, type Feeling } from '../../../../domain/debrief/checkin.js';

interface Props {
  value: Feeling[];
  onChange: (feelings: Feeling[]) => void;
}

/** Named feelings as toggle chips (checkboxes underneath): pick as many as fit. */
export function FeelingsField({ value, onChange }: Props) {
  return (
    <Input.Wrapper
      label="Which feelings are there?"
      description="Pick as many as you like, or none."
      labelElement="div"
      id="feelings"
    >
      <Chip.Group multiple value={value} onChange={(v) => onChange(v.filter(isFeeling))}>
        <Group gap={8} mt="xs" role="group" aria-labelledby="feelings-label">
          {FEELING_IDS.map((f) => (
            <Chip key={f} value={f} size="sm" variant="outline">
              {FEELINGS[f].label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Input.Wrapper>
  );
}
