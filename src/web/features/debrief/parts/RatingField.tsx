import { Group, Radio } from '@mantine/core';

const LABELS = ['Not really', 'Probably not', 'Maybe', 'Probably', 'Absolutely'] as const;

interface Props {
  label: string;
  description?: string;
  value: number | null;
  onChange: (value: number) => void;
}

/** A 1–5 rating as a labelled radio group (keyboard: arrow keys). */
export function RatingField({ label, description, value, onChange }: Props) {
  return (
    <Radio.Group label={label} description={description} value={value === null ? '' : String(value)} onChange={(v) => onChange(Number(v))}>
      <Group gap="md" mt="xs">
        {LABELS.map((l, i) => (
          <Radio key={l} value={String(i + 1)} label={`${i + 1} · ${l}`} />
        ))}
      </Group>
    </Radio.Group>
  );
}
