import { ActionIcon, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { IconChevronRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Board, ApplicationSummary } from '../../../contracts/applications.js';
import { STAGE_LABELS, type Stage } from '../../../domain/applications/stages.js';
import { STAGE_COLORS } from '../../components/stage-colors';
import { BoardCard } from './BoardCard';

type Column = Board['columns'][number];

/**
 * Cards drawn at first in each column, and how many more each "Show more"
 * adds: a board of 10,000 applications holds hundreds of cards, and drawing
 * them all held the whole board back (docs/decisions/0043-the-first-data-in-the-page.md).
 */
export const FIRST_CARDS = 20;
export const MORE_CARDS = 40;

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
  const [limit, setLimit] = useState(FIRST_CARDS);
  const drawn = column.items.length > limit ? column.items.slice(0, limit) : column.items;
  const more = Math.min(MORE_CARDS, column.items.length - drawn.length);

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
      <Group justify="space-between" mb={8} px={4} gap={4}>
        <Title order={2} size="h6" id={headingId} style={{ minWidth: 0, overflowWrap: 'break-word' }}>
          {label}
        </Title>
        <Group gap={2} wrap="nowrap">
          <Badge color={color} variant="light" data-testid="column-total">
            {column.total.toLocaleString('en')}
          </Badge>
          {onHide ? (
            <ActionIcon variant="subtle" color="gray" size="sm" className="touch-target" aria-label={`Fold the ${label} column`} onClick={onHide}>
              <IconChevronRight size={16} aria-hidden />
            </ActionIcon>
          ) : null}
        </Group>
      </Group>
      <Stack gap={6} className="board-column-cards" data-testid="column-cards">
        {drawn.map((app) => (
          <BoardCard key={app.id} app={app} today={today} onMove={onMove} onMarkNoResponse={onMarkNoResponse} />
        ))}
        {column.items.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" py="md">
            Nothing here yet
          </Text>
        ) : null}
        {more > 0 ? (
          <Button variant="subtle" size="compact-sm" color="gray" style={{ flexShrink: 0 }} data-testid="show-more-cards" onClick={() => setLimit((l) => l + MORE_CARDS)}>
            Show {more} more
          </Button>
        ) : null}
        {column.total > column.items.length ? (
          <Anchor component={Link} to={`/applications?status=${column.status}`} size="sm" px={4} display="block">
            Show all {column.total.toLocaleString('en')}
          </Anchor>
        ) : null}
      </Stack>
    </Paper>
  );
}
