import { ActionIcon, Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { IconChevronRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { BoardCard as Card, BoardColumn as Column } from '../../../contracts/applications.js';
import { STAGE_LABELS, type Stage } from '../../../domain/applications/stages.js';
import { STAGE_COLORS } from '../../components/stage-colors';
import { BoardCard } from './BoardCard';
import { useBoardColumn } from './api';


/**
 * Cards drawn at first in each column, and how many more each "Show more"
 * adds: a board of 10,000 applications holds hundreds of cards, and drawing
 * them all held the whole board back (docs/decisions/0043-the-first-data-in-the-page.md).
 */
export const FIRST_CARDS = 20;
export const MORE_CARDS = 40;
/** Cards a column draws at most; "Show all N" leads to the list for the rest. */
export const MOST_CARDS = 50;

interface Props {
  column: Column;
  today: string;
  onMove: (app: Card, to: Stage) => void;
  onMarkNoResponse: (app: Card) => void;
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
  // The board sends the first cards of the open columns; an opened ended column, or more than
  // the board sent, is read on its own (docs/decisions/0048-the-board-sends-what-is-shown.md).
  const reachable = Math.min(column.total, MOST_CARDS);
  const wanted = Math.min(limit, MOST_CARDS);
  const own = !column.loaded || (wanted > column.items.length && reachable > column.items.length);
  const read = useBoardColumn(column.status, wanted, own);
  const items = own ? (read.data?.items ?? (column.loaded ? column.items : [])) : column.items;
  const drawn = items.length > limit ? items.slice(0, limit) : items;
  const more = Math.min(MORE_CARDS, reachable - drawn.length);
  const loading = own && read.isPending;

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
        {loading && drawn.length === 0 ? (
          <Group justify="center" gap="xs" py="md" role="status">
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              Loading cards…
            </Text>
          </Group>
        ) : null}
        {read.isError ? (
          <Stack gap={4} align="center" py="xs" role="alert">
            <Text size="sm" c="red" ta="center">
              These cards could not be loaded.
            </Text>
            <Button variant="light" size="compact-sm" onClick={() => void read.refetch()}>
              Try again
            </Button>
          </Stack>
        ) : null}
        {column.total === 0 && !loading ? (
          <Text size="sm" c="dimmed" ta="center" py="md">
            Nothing here yet
          </Text>
        ) : null}
        {more > 0 && drawn.length > 0 ? (
          <Button
            variant="subtle"
            size="compact-sm"
            color="gray"
            style={{ flexShrink: 0 }}
            data-testid="show-more-cards"
            loading={own && read.isFetching}
            onClick={() => setLimit((l) => l + MORE_CARDS)}
          >
            Show {more} more
          </Button>
        ) : null}
        {column.total > MOST_CARDS ? (
          <Anchor component={Link} to={`/applications?status=${column.status}`} size="sm" px={4} display="block">
            Show all {column.total.toLocaleString('en')}
          </Anchor>
        ) : null}
      </Stack>
    </Paper>
  );
}
