import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApplicationSummary, Board } from '../../../contracts/applications.js';
import type { Stage } from '../../../domain/applications/stages.js';
import { api } from '../../api/client';
import { keys } from '../../api/keys';

export const boardQuery = queryOptions({ queryKey: keys.board, queryFn: () => api.get<Board>('/board') });

export function useBoard() {
  return useQuery(boardQuery);
}

/** Moves a card between columns in the cached board, before the server answers. */
export function moveOnBoard(board: Board, app: ApplicationSummary, to: Stage): Board {
  return {
    columns: board.columns.map((col) => {
      if (col.status === app.status && col.status !== to) {
        return { ...col, total: Math.max(0, col.total - 1), items: col.items.filter((a) => a.id !== app.id) };
      }
      if (col.status === to && app.status !== to) {
        const moved: ApplicationSummary = { ...app, status: to, noResponse: { flagged: false, daysSilent: 0 } };
        return { ...col, total: col.total + 1, items: [moved, ...col.items] };
      }
      return col;
    }),
  };
}

/** Shows the move on the board at once; the refresh after the request corrects it. */
export function useOptimisticBoardMove(): (app: ApplicationSummary, to: Stage) => void {
  const qc = useQueryClient();
  return (app, to) => {
    void qc.cancelQueries({ queryKey: keys.board });
    qc.setQueryData<Board>(keys.board, (board) => (board ? moveOnBoard(board, app, to) : board));
  };
}

/** Loads a sample job search (first run). */
export { useLoadSample as useLoadDemo } from '../demo/api';
