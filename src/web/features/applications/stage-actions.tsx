import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import type { Application, StageEvent, StageEventCreate } from '../../../contracts/applications.js';
import { STAGE_LABELS } from '../../../domain/applications/stages.js';
import { api, errorMessage } from '../../api/client';
import { showUndoToast } from '../../components/UndoToast';
import { useRefreshApplications } from './api';

export interface MoveResult {
  application: Application;
  event: StageEvent;
  changed: boolean;
}

export interface MoveVariables {
  app: Pick<Application, 'id' | 'company' | 'title'>;
  input: StageEventCreate;
}

const path = (id: string) => `/applications/${encodeURIComponent(id)}`;

export function undoMove(applicationId: string, eventId: string): Promise<Application> {
  return api.del<Application>(`${path(applicationId)}/events/${encodeURIComponent(eventId)}`);
}

/** A toast telling what happened, with an Undo button that removes the new event. */
function showMoveToast(title: string, result: MoveResult, refresh: () => Promise<void>): void {
  const undo = async () => {
    try {
      await undoMove(result.application.id, result.event.id);
      notifications.show({ message: 'Undone.', color: 'sage' });
    } catch (e) {
      notifications.show({ title: 'Could not undo', message: errorMessage(e), color: 'red' });
    } finally {
      await refresh();
    }
  };
  showUndoToast({
    id: `move-${result.event.id}`,
    title,
    message: `${result.application.company} — ${result.application.title}`,
    onUndo: () => void undo(),
    autoClose: 8000,
  });
}

/** Moves an application to a stage (a new stage event), with an Undo toast. */
export function useMoveApplication(options: { onMoved?: (result: MoveResult) => void } = {}) {
  const refresh = useRefreshApplications();
  return useMutation({
    mutationFn: ({ app, input }: MoveVariables) => api.post<MoveResult>(`${path(app.id)}/events`, input),
    onSuccess: (result, { input }) => {
      if (result.changed) {
        showMoveToast(`Moved to ${STAGE_LABELS[input.stage]}`, result, refresh);
        options.onMoved?.(result);
      } else {
        notifications.show({ message: `Already in ${STAGE_LABELS[input.stage]}.` });
      }
    },
    onError: (e) => {
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
      if (result.changed) showMoveToast('Marked as no response', result, refresh);
    },
    onError: (e) => {
      notifications.show({ title: 'Could not mark as no response', message: errorMessage(e), color: 'red' });
    },
    onSettled: () => refresh(),
  });
}

/** Removes the newest stage event of an application. */
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
