import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Board, BoardCard, BoardColumn } from '../../../contracts/applications.js';
import type { Stage } from '../../../domain/applications/stages.js';
import { api } from '../../api/client';
import { keys } from '../../api/keys';

/**
 * The board as it opens: every column's total, and the first cards of the columns of applications
 * still moving (the ended ones are folded; their cards are read when a column is opened).
 */
export const boardQuery = queryOptions({ queryKey: keys.board, queryFn: () => api.get<Board>('/board') });

export function useBoard() {
  return useQuery(boardQuery);
}

/** The key of one column's first `limit` cards (under the board's key, so every refresh of the board refreshes it). */
const columnKey = (status: Stage, limit: number) => [...keys.board, 'column', status, limit] as const;

/**
 * One column's first `limit` cards, read when the board did not send them (an opened ended column)
 * or when "Show more" asks for more than it sent. The cards already drawn stay while more load.
 */
export function useBoardColumn(status: Stage, limit: number, enabled: boolean) {
  return useQuery({
    queryKey: columnKey(status, limit),
    queryFn: () => api.get<BoardColumn>(`/board/columns/${encodeURIComponent(status)}?limit=${limit}`),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Moves a card between two columns' cards, before the server answers (a column not read keeps its total only). */
export function moveInColumn(col: BoardColumn, app: BoardCard, to: Stage): BoardColumn {
  if (col.status === app.status && col.status !== to) {
    return { ...col, total: Math.max(0, col.total - 1), items: col.items.filter((a) => a.id !== app.id) };
  }
  if (col.status === to && app.status !== to) {
    const moved: BoardCard = { ...app, status: to, noResponse: { flagged: false, daysSilent: 0 } };
    return { ...col, total: col.total + 1, items: col.loaded ? [moved, ...col.items] : col.items };
  }
  return col;
}

/** Moves a card between columns in the cached board, before the server answers. */
export function moveOnBoard(board: Board, app: BoardCard, to: Stage): Board {
  return { columns: board.columns.map((col) => moveInColumn(col, app, to)) };
}

/** Shows the move on the board (and in the columns read on their own) at once; the refresh after the request corrects it. */
export function useOptimisticBoardMove(): (app: BoardCard, to: Stage) => void {
  const qc = useQueryClient();
  return (app, to) => {
    void qc.cancelQueries({ queryKey: keys.board });
    qc.setQueryData<Board>(keys.board, (board) => (board ? moveOnBoard(board, app, to) : board));
    qc.setQueriesData<BoardColumn>({ queryKey: [...keys.board, 'column'] }, (col) => (col ? moveInColumn(col, app, to) : col));
  };
}

/** Finds a card by id among those the board and its columns hold (for dragging and its announcements). */
export function useFindCard(): (id: string) => BoardCard | undefined {
  const qc = useQueryClient();
  return (id) => {
    const board = qc.getQueryData<Board>(keys.board);
    for (const col of board?.columns ?? []) for (const app of col.items) if (app.id === id) return app;
    for (const [, col] of qc.getQueriesData<BoardColumn>({ queryKey: [...keys.board, 'column'] })) {
      const found = col?.items.find((a) => a.id === id);
      if (found) return found;
    }
    return undefined;
  };
}

/** Loads a sample job search (first run). */
export { useLoadSample as useLoadDemo } from '../demo/api';
