import { ActionIcon, Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { IconChevronRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Board, ApplicationSummary } from '../../../contracts/applications.js';
import { STAGE_LABELS, type Stage } from '../../../domain/applications/stages.js';
import { STAGE_COLORS } from '../../components/stage-colors';
import { BoardCard } from './BoardCard';

type Column = Board['columns'][number];

interface Props {
  column: Column;
  today: string;
  onMove: (app: ApplicationSummary, to: Stage) => void;
  onMarkNoResponse: (app: ApplicationSummary) => void;
  /** For an ended column someone opened: folds it back into the summary. */
  onHide?: () => void;
}

/** One status: a header with the count, then cards that scroll inside the column. */
export function BoardColumn({ column, today, onMove, onMarkNoResponse, onHide }: Props) {
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
      className="board-column"
      p={8}
      radius="lg"
      bg={isOver ? `var(--mantine-color-${color}-light)` : 'var(--mantine-color-default-hover)'}
      style={{
        outline: isOver ? `2px dashed var(--mantine-color-${color}-outline)` : undefined,
        transition: 'background-color 120ms ease',
      }}
    >
      <Group justify="space-between" mb={8} px={4} wrap="nowrap" gap={4}>
        <Title order={2} size="h6" id={headingId} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          {label}
        </Title>
        <Group gap={2} wrap="nowrap">
          <Badge color={color} variant="light" data-testid="column-total">
            {column.total}
          </Badge>
          {onHide ? (
            <ActionIcon variant="subtle" color="gray" size="sm" className="touch-target" aria-label={`Fold the ${label} column`} onClick={onHide}>
              <IconChevronRight size={16} aria-hidden />
            </ActionIcon>
          ) : null}
        </Group>
      </Group>
      <Stack gap={6} className="board-column-cards" data-testid="column-cards">
        {column.items.map((app) => (
          <BoardCard key={app.id} app={app} today={today} onMove={onMove} onMarkNoResponse={onMarkNoResponse} />
        ))}
        {column.items.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" py="md">
            Nothing here yet
          </Text>
        ) : null}
        {column.total > column.items.length ? (
          <Anchor component={Link} to={`/applications?status=${column.status}`} size="sm" px={4} display="block">
            Show all {column.total}
          </Anchor>
        ) : null}
      </Stack>
    </Paper>
  );
}
