import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { Link } from 'react-router';
import type { Board, Application } from '../../../contracts/applications.js';
import { STAGE_LABELS, type Stage } from '../../../domain/applications/stages.js';
import { STAGE_COLORS } from '../../components/stage-colors';
import { BoardCard } from './BoardCard';

type Column = Board['columns'][number];

interface Props {
  column: Column;
  today: string;
  onMove: (app: Application, to: Stage) => void;
  onMarkNoResponse: (app: Application) => void;
}

export const COLUMN_WIDTH = 272;

export function BoardColumn({ column, today, onMove, onMarkNoResponse }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: column.status });
  const label = STAGE_LABELS[column.status];
  const headingId = `column-${column.status}`;
  const color = STAGE_COLORS[column.status];

  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-labelledby={headingId}
      data-testid={`column-${column.status}`}
      data-status={column.status}
      p="sm"
      radius="lg"
      bg={isOver ? `var(--mantine-color-${color}-light)` : 'var(--mantine-color-default-hover)'}
      style={{
        width: COLUMN_WIDTH,
        flex: `0 0 ${COLUMN_WIDTH}px`,
        outline: isOver ? `2px dashed var(--mantine-color-${color}-outline)` : undefined,
        transition: 'background-color 120ms ease',
      }}
    >
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h5" id={headingId}>
          {label}
        </Title>
        <Badge color={color} variant="light" data-testid="column-total">
          {column.total}
        </Badge>
      </Group>
      <Stack gap="xs" mih={64}>
        {column.items.map((app) => (
          <BoardCard key={app.id} app={app} today={today} onMove={onMove} onMarkNoResponse={onMarkNoResponse} />
        ))}
        {column.items.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" py="md">
            Nothing here yet
          </Text>
        ) : null}
      </Stack>
      {column.total > column.items.length ? (
        <Anchor component={Link} to={`/applications?status=${column.status}`} size="sm" mt="sm" display="block">
          Show all {column.total}
        </Anchor>
      ) : null}
    </Paper>
  );
}
