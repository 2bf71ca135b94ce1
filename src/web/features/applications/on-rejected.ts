import type { Application, StageEventCreate } from '../../../contracts/applications.js';
import type { MoveVariables } from './stage-actions';

export interface RejectionDeps {
  move: (variables: MoveVariables, options?: { onSuccess?: () => void }) => void;
  /** The router's navigate: once the rejection is recorded, the debrief flow opens. */
  navigate?: (path: string) => void;
}

/** Where the debrief of an application lives. */
export function debriefPath(applicationId: string): string {
  return `/applications/${encodeURIComponent(applicationId)}/debrief`;
}

/**
 * What happens when an application is dropped on (or moved to) Rejected, from the
 * board or the application page: a `rejected` stage event is recorded (with the
 * usual Undo toast), then the debrief flow opens.
 */
export function onRejected(
  app: Pick<Application, 'id' | 'company' | 'title'>,
  deps: RejectionDeps,
  details: Omit<StageEventCreate, 'stage'> = {},
): void {
  deps.move({ app, input: { ...details, stage: 'rejected' } }, { onSuccess: () => deps.navigate?.(debriefPath(app.id)) });
}
