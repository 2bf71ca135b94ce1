import type { Application, StageEventCreate } from '../../../contracts/applications.js';
import type { MoveVariables } from './stage-actions';

export interface RejectionDeps {
  move: (variables: MoveVariables) => void;
}

/**
 * What happens when an application is dropped on (or moved to) Rejected, from the
 * board or the application page. For now it records a `rejected` stage event;
 * the debrief flow will start here later.
 */
export function onRejected(
  app: Pick<Application, 'id' | 'company' | 'title'>,
  deps: RejectionDeps,
  details: Omit<StageEventCreate, 'stage'> = {},
): void {
  deps.move({ app, input: { ...details, stage: 'rejected' } });
}
