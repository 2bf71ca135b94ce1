import { daysBetween } from '../domain/time.js';
import { BOOKABLE_STAGES, STAGE_LABELS, type Stage } from '../domain/applications/stages.js';
import { invalid } from './errors.js';

/**
 * A stage event's day must be believable: not before 1990, and not in the
 * future unless it is something one books ahead (at most a year out).
 */
export function checkEventDate(stage: Stage, occurredOn: string, today: string, field: string): void {
  if (occurredOn < '1990-01-01') throw invalid(field, 'This date is too far in the past.');
  const ahead = daysBetween(today, occurredOn);
  if (ahead > 0 && !BOOKABLE_STAGES.includes(stage)) {
    throw invalid(
      field,
      `"${STAGE_LABELS[stage]}" cannot be in the future (${occurredOn} is after today, ${today}). Only a screen, assessment, interview or final round can be booked ahead.`,
    );
  }
  if (ahead > 366) throw invalid(field, 'This date is more than a year ahead.');
}
