import type { BoardCard } from '../../../contracts/applications.js';
import type { Stage } from '../../../domain/applications/stages.js';
import { useMoveApplication } from '../applications/stage-actions';
import { useOptimisticBoardMove } from './api';
import { useNavigate } from 'react-router';
import { onRejected } from '../applications/on-rejected';

/** One way to move a card, whether it was dragged or moved from its menu. */
export function useBoardMove(): (app: BoardCard, to: Stage) => void {
  const move = useMoveApplication();
  const showMove = useOptimisticBoardMove();
  const navigate = useNavigate();
  return (app, to) => {
    if (app.status === to) return;
    showMove(app, to);
    if (to === 'rejected') {
      onRejected(app, { move: move.mutate, navigate });
      return;
    }
    move.mutate({ app, input: { stage: to } });
  };
}
