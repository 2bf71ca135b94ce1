import { Button, Group, Input, Rating } from '@mantine/core';
import { useId } from 'react';

interface Props {
  label: string;
  description?: string;
  value?: number;
  onChange?: (value: number) => void;
  error?: React.ReactNode;
}

/** A 1–5 rating with a clear button; 0 means "not rated". */
export function RatingField({ label, description, value = 0, onChange = () => undefined, error }: Props) {
  const id = useId();
  return (
    <Input.Wrapper label={label} description={description} error={error} labelElement="div" id={id}>
      <Group gap="xs" mt={4} role="group" aria-labelledby={`${id}-label`}>
        <Rating
          value={value}
          onChange={onChange}
          count={5}
          name={id}
          getSymbolLabel={(i) => `${label}: ${i} of 5`}
        />
        {value > 0 ? (
          <Button size="compact-xs" variant="subtle" color="gray" onClick={() => onChange(0)} aria-label={`Clear ${label.toLowerCase()}`}>
            Clear
          </Button>
        ) : null}
      </Group>
    </Input.Wrapper>
  );
}
