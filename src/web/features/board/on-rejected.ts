import type { Application } from '../../../contracts/applications.js';
import type { MoveVariables } from '../applications/stage-actions';

export interface RejectionDeps {
  move: (variables: MoveVariables) => void;
}

/**
 * What happens when an application is dropped on (or moved to) Rejected.
 * For now it records a `rejected` stage event; the debrief flow will start here later.
 */
export function onRejected(app: Application, deps: RejectionDeps): void {
  deps.move({ app, input: { stage: 'rejected' } });
}
