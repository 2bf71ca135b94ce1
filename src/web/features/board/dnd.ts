import {
  pointerWithin,
  type ClientRect,
  rectIntersection,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import type { BoardCard } from '../../../contracts/applications.js';
import { STAGES, STAGE_LABELS, isStage } from '../../../domain/applications/stages.js';

/** The pointer's column when there is a pointer; the overlapping column for the keyboard. */
export const collisionDetection: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

function aimTop(target: ClientRect, card: ClientRect): number {
  return target.height < 120 ? target.top + target.height / 2 - card.height / 2 : target.top + 48;
}

/**
 * Left/right arrows jump to the next or previous status in the board's order
 * (the open columns, then the ended ones, folded or not); up/down are ignored
 * (cards are not reordered).
 */
export const columnCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const { droppableRects, droppableContainers, collisionRect, over } = context;
  if (!collisionRect) return undefined;
  if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return undefined;
  event.preventDefault();
  const rank = (id: string) => STAGES.findIndex((s) => s === id);
  const columns = droppableContainers
    .getEnabled()
    .map((c) => ({ id: String(c.id), rect: droppableRects.get(c.id), node: c.node.current }))
    .filter((c): c is { id: string; rect: ClientRect; node: HTMLElement | null } => c.rect !== undefined)
    .sort((a, b) => rank(a.id) - rank(b.id));
  const centerX = collisionRect.left + collisionRect.width / 2;
  const centerY = collisionRect.top + collisionRect.height / 2;
  const here =
    over !== null
      ? columns.findIndex((c) => c.id === String(over.id))
      : columns.findIndex((c) => c.rect.left <= centerX && centerX <= c.rect.right && c.rect.top <= centerY && centerY <= c.rect.bottom);
  if (here < 0) return currentCoordinates;
  const target = columns[event.code === 'ArrowRight' ? here + 1 : here - 1];
  if (!target) return currentCoordinates;
  // Rects were measured when the drag started; bring the column into view and
  // compensate for the scroll, so the card lands on the column on screen too.
  const scroller = target.node?.parentElement;
  const before = scroller?.scrollLeft ?? 0;
  target.node?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const scrolled = (scroller?.scrollLeft ?? 0) - before;
  return {
    x: currentCoordinates.x + (target.rect.left + target.rect.width / 2 - centerX) - scrolled,
    // Land near a column's top so the card overlaps even a short column; centred on a folded one.
    y: currentCoordinates.y + (aimTop(target.rect, collisionRect) - collisionRect.top),
  };
};

function stageLabel(id: string | number | undefined): string {
  const text = String(id ?? '');
  return isStage(text) ? STAGE_LABELS[text] : 'no column';
}

/** What a screen reader hears while a card is dragged. */
export function announcements(find: (id: string) => BoardCard | undefined): Announcements {
  const name = (id: string | number) => {
    const app = find(String(id));
    return app ? `${app.title} at ${app.company}` : 'the application';
  };
  return {
    onDragStart: ({ active }) => `Picked up ${name(active.id)}. Use left and right arrows to choose a column.`,
    onDragOver: ({ active, over }) => `${name(active.id)} is over ${stageLabel(over?.id)}.`,
    onDragEnd: ({ active, over }) =>
      over ? `${name(active.id)} was moved to ${stageLabel(over.id)}.` : `${name(active.id)} was dropped.`,
    onDragCancel: ({ active }) => `Moving ${name(active.id)} was cancelled.`,
  };
}

export const screenReaderInstructions = {
  draggable:
    'To move this application, press Space or Enter to pick it up, the left and right arrows to choose a column, then Space or Enter to drop it, or Escape to cancel.',
};
