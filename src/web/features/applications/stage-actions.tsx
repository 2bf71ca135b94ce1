import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import type { Application, MoveResult, StageEvent, StageEventCreate } from '../../../contracts/applications.js';
import { STAGE_LABELS } from '../../../domain/applications/stages.js';
import { api, errorMessage } from '../../api/client';
import { formatDay } from '../../components/format';
import { showUndoToast } from '../../components/UndoToast';
import { useRefreshApplications } from './api';

export type { MoveResult };

export interface MoveVariables {
  app: Pick<Application, 'id' | 'company' | 'title'>;
  input: StageEventCreate;
}

const path = (id: string) => `/applications/${encodeURIComponent(id)}`;

export function undoMove(applicationId: string, eventId: string): Promise<Application> {
  return api.del<Application>(`${path(applicationId)}/events/${encodeURIComponent(eventId)}`);
}

/**
 * The title of the toast after a move, from what the server says happened:
 * "Moved to X" only when the application now stands at X.
 */
export function moveToastTitle(result: MoveResult, event: StageEvent): string {
  const stage = STAGE_LABELS[event.stage];
  if (event.upcoming) return `${stage} booked for ${formatDay(event.occurredOn)}`;
  if (result.application.status === event.stage) return `Moved to ${stage}`;
  return `${stage} recorded on ${formatDay(event.occurredOn)}`;
}

/** Lines for the steps booked ahead that a move (an ending) cancelled. */
function cancelledText(result: MoveResult): string | null {
  if (result.cancelled.length === 0) return null;
  const lines = result.cancelled.map((e) => `The ${STAGE_LABELS[e.stage].toLowerCase()} booked for ${formatDay(e.occurredOn)} was cancelled.`);
  return `${lines.join(' ')} Undo brings ${lines.length === 1 ? 'it' : 'them'} back.`;
}

/** A toast telling what happened, with an Undo button that removes the new event. */
function showMoveToast(title: string, result: MoveResult, event: StageEvent, refresh: () => Promise<void>): void {
  const id = `move-${event.id}`;
  const cancelled = cancelledText(result);
  const undo = async () => {
    notifications.hide(id);
    try {
      await undoMove(result.application.id, event.id);
      notifications.show({ message: 'Undone.', color: 'sage' });
    } catch (e) {
      notifications.show({ title: 'Could not undo', message: errorMessage(e), color: 'red' });
    } finally {
      await refresh();
    }
  };
  showUndoToast({
    id,
    title,
    message: `${result.application.company} — ${result.application.title}${cancelled ? ` ${cancelled}` : ''}`,
    onUndo: () => void undo(),
    autoClose: 8000,
  });
}

/**
 * Moves an application to a stage (a new stage event) or books a step ahead,
 * with an Undo toast. `onError` may show the error itself (the move dialog
 * shows a refused date beside the field) by returning true.
 */
export function useMoveApplication(options: { onMoved?: (result: MoveResult) => void; onError?: (e: unknown) => boolean } = {}) {
  const refresh = useRefreshApplications();
  return useMutation({
    mutationFn: ({ app, input }: MoveVariables) => api.post<MoveResult>(`${path(app.id)}/events`, input),
    onSuccess: (result, { input }) => {
      if (result.changed && result.event) {
        showMoveToast(moveToastTitle(result, result.event), result, result.event, refresh);
        options.onMoved?.(result);
      } else {
        notifications.show({ message: `Already in ${STAGE_LABELS[input.stage]}.` });
      }
    },
    onError: (e) => {
      if (options.onError?.(e)) return;
      notifications.show({ title: 'Could not move the application', message: errorMessage(e), color: 'red' });
    },
    onSettled: () => refresh(),
  });
}

/** Confirms that an employer never answered ("No response"), with an Undo toast. */
export function useMarkNoResponse() {
  const refresh = useRefreshApplications();
  return useMutation({
    mutationFn: (app: Pick<Application, 'id'>) => api.post<MoveResult>(`${path(app.id)}/ghosted`),
    onSuccess: (result) => {
      if (result.changed && result.event) showMoveToast('Marked as no response', result, result.event, refresh);
    },
    onError: (e) => {
      notifications.show({ title: 'Could not mark as no response', message: errorMessage(e), color: 'red' });
    },
    onSettled: () => refresh(),
  });
}

/** Removes the stage event recorded last (the caller finds it with lastRecorded). */
export function useUndoLastMove() {
  const refresh = useRefreshApplications();
  return useMutation({
    mutationFn: ({ applicationId, eventId }: { applicationId: string; eventId: string }) =>
      undoMove(applicationId, eventId),
    onSuccess: () => notifications.show({ message: 'The last move was undone.', color: 'sage' }),
    onError: (e) => notifications.show({ title: 'Could not undo', message: errorMessage(e), color: 'red' }),
    onSettled: () => refresh(),
  });
}
