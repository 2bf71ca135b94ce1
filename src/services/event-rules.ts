import { BOOKABLE_STAGES, STAGE_LABELS, type Stage } from '../domain/applications/stages.js';
import { checkDay } from './day-rules.js';
import { invalid } from './errors.js';

/**
 * A stage event's day follows the one date rule: from 1970, and not in the
 * future unless it is something one books ahead (at most a year out).
 */
export function checkEventDate(stage: Stage, occurredOn: string, today: string, field: string): void {
  checkDay(field, occurredOn, { today, allowFuture: true });
  if (occurredOn > today && !BOOKABLE_STAGES.includes(stage)) {
    throw invalid(
      field,
      `"${STAGE_LABELS[stage]}" cannot be in the future (${occurredOn} is after today, ${today}). Only a screen, assessment, interview or final round can be booked ahead.`,
    );
  }
}
