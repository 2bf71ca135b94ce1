import { Box, Group, Stack, Text, Title } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useState } from 'react';
import type { BoardCard as Card } from '../../../contracts/applications.js';
import { isStage, type Stage } from '../../../domain/applications/stages.js';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { useMarkNoResponse } from '../applications/stage-actions';
import { useToday } from '../settings/api';
import { useBoard, useFindCard } from './api';
import { BoardCard } from './BoardCard';
import { BoardColumn } from './BoardColumn';
import { announcements, collisionDetection, columnCoordinates, screenReaderInstructions } from './dnd';
import { EmptyBoard } from './EmptyBoard';
import { EndedSummary } from './EndedSummary';
import { isEndedColumn, openEndedColumns, toggleEnded } from './layout';
import { useBoardMove } from './use-board-move';
import { DebriefsToFinish } from '../debrief/DebriefsToFinish';

export function BoardPage() {
  const board = useBoard();
  const today = useToday();
  const move = useBoardMove();
  const markNoResponse = useMarkNoResponse();
  const [dragging, setDragging] = useState<Card | null>(null);
  const [storedOpen, setStoredOpen] = useLocalStorage<unknown>({ key: 'debrief-board-open-ended', defaultValue: [] });
  const openEnded = openEndedColumns(storedOpen);
  const toggle = (status: Stage) => setStoredOpen(toggleEnded(openEnded, status));
  const boardRef = useBoardTop();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );

  const findCard = useFindCard();

  if (board.isPending) return <LoadingState label="Loading the board" />;
  if (board.isError) return <ErrorState error={board.error} onRetry={() => void board.refetch()} />;

  const total = board.data.columns.reduce((n, c) => n + c.total, 0);
  if (total === 0) return <EmptyBoard />;

  const onDragStart = ({ active }: DragStartEvent) => setDragging(findCard(String(active.id)) ?? null);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    const app = findCard(String(active.id));
    const to = String(over?.id ?? '');
    if (app && isStage(to) && to !== app.status) move(app, to);
  };
  const onMarkNoResponse = (app: Card) => markNoResponse.mutate(app);
  const shown = board.data.columns.filter((c) => !isEndedColumn(c.status) || openEnded.includes(c.status));
  const folded = board.data.columns.filter((c) => isEndedColumn(c.status) && !openEnded.includes(c.status));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Board</Title>
          <Text c="dimmed" size="sm">
            {total.toLocaleString('en')} applications. Drag a card by its handle, or use its “Move to…” menu. Open an ended column to see its cards.
          </Text>
        </div>
      </Group>
      <DebriefsToFinish />
      {/* A fixed id: the server and the browser give the drag handles' description the same name. */}
      <DndContext
        id="board"
        sensors={sensors}
        collisionDetection={collisionDetection}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragging(null)}
        accessibility={{
          announcements: announcements(findCard),
          screenReaderInstructions,
        }}
      >
        <Group gap="xs" align="center" role="group" aria-labelledby="ended-label" data-testid="ended-columns" className="ended-strip">
          <Text size="sm" c="dimmed" id="ended-label">
            Ended:
          </Text>
          {folded.map((column) => (
            <EndedSummary key={column.status} column={column} onOpen={() => toggle(column.status)} />
          ))}
          {folded.length === 0 ? (
            <Text size="sm" c="dimmed">
              all shown on the board
            </Text>
          ) : null}
        </Group>
        <Box ref={boardRef} role="region" aria-label="Board columns" tabIndex={0} data-testid="board" className="board">
          {shown.map((column) => (
            <BoardColumn
              key={column.status}
              column={column}
              today={today}
              onMove={move}
              onMarkNoResponse={onMarkNoResponse}
              onHide={isEndedColumn(column.status) ? () => toggle(column.status) : undefined}
            />
          ))}
        </Box>
        <DragOverlay dropAnimation={null}>
          {dragging ? (
            <BoardCard app={dragging} today={today} onMove={move} onMarkNoResponse={onMarkNoResponse} overlay />
          ) : null}
        </DragOverlay>
      </DndContext>
    </Stack>
  );
}

/**
 * Measures where the board starts on the page, so it can end at the bottom of
 * the screen: the page itself barely scrolls and each column scrolls its cards.
 */
function useBoardTop(): (node: HTMLDivElement | null) => void {
  return useCallback((node: HTMLDivElement | null) => {
    if (!node) return;
    const measure = () => node.style.setProperty('--board-top', `${node.getBoundingClientRect().top + window.scrollY}px`);
    measure();
    const observer = new ResizeObserver(measure);
    if (node.parentElement) observer.observe(node.parentElement);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);
}
