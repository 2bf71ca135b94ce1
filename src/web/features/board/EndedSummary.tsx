import { Badge, Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { IconChevronDown } from '@tabler/icons-react';
import type { BoardColumn as Column } from '../../../contracts/applications.js';
import { STAGE_LABELS } from '../../../domain/applications/stages.js';
import { STAGE_COLORS } from '../../components/stage-colors';


interface Props {
  column: Column;
  onOpen: () => void;
}

/**
 * A folded ended column: its name and count, a place to drop a card, and a
 * button that opens the whole column.
 */
export function EndedSummary({ column, onOpen }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: column.status });
  const label = STAGE_LABELS[column.status];
  const color = STAGE_COLORS[column.status];
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="md"
      data-testid={`column-${column.status}`}
      data-folded="true"
      bg={isOver ? `var(--mantine-color-${color}-light)` : undefined}
      style={{ outline: isOver ? `2px dashed var(--mantine-color-${color}-outline)` : undefined }}
    >
      <UnstyledButton
        onClick={onOpen}
        aria-expanded={false}
        className="touch-target"
        px="sm"
        py={6}
        title={`Open the ${label} column`}
        data-testid="ended-toggle"
      >
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={600}>
            {label}
          </Text>
          <Badge color={color} variant="light" data-testid="column-total">
            {column.total}
          </Badge>
          <IconChevronDown size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Paper>
  );
}
