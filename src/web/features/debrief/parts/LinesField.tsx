import { ActionIcon, Button, Group, Input, List, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useId, useState } from 'react';

interface Props {
  label: string;
  description?: string;
  value: string[];
  onChange: (lines: string[]) => void;
  addLabel?: string;
}

/** An add-a-line list: type, press Enter or "Add", remove with the × next to a line. */
export function LinesField({ label, description, value, onChange, addLabel = 'Add' }: Props) {
  const [line, setLine] = useState('');
  const id = useId();
  const add = () => {
    const text = line.trim();
    if (!text) return;
    if (!value.some((v) => v.toLowerCase() === text.toLowerCase())) onChange([...value, text]);
    setLine('');
  };
  return (
    <Input.Wrapper label={label} description={description} labelElement="div" id={id}>
      <Stack gap={6} mt={6}>
        {value.length > 0 ? (
          <List spacing={4} size="sm" aria-label={label}>
            {value.map((v, i) => (
              <List.Item key={`${i}-${v}`}>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {v}
                  </Text>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="gray"
                    aria-label={`Remove “${v.length > 40 ? `${v.slice(0, 40)}…` : v}”`}
                    onClick={() => onChange(value.filter((_, j) => j !== i))}
                  >
                    <IconX size={14} aria-hidden />
                  </ActionIcon>
                </Group>
              </List.Item>
            ))}
          </List>
        ) : null}
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            aria-label={`${label}: new line`}
            placeholder="Type one and press Enter"
            value={line}
            onChange={(e) => setLine(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
            style={{ flex: 1 }}
          />
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={add}>
            {addLabel}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
