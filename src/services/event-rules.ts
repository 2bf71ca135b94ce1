import type { Stage } from '../domain/applications/stages.js';
import { checkDay } from './day-rules.js';

/** Stages that may be booked ahead: a screen or interview next week is normal. */
const SCHEDULABLE: readonly Stage[] = ['screen', 'assessment', 'interview', 'final'];

/**
 * A stage event's day follows the one date rule: from 1970, and not in the
 * future unless it is something one books ahead (at most a year out).
 */
export function checkEventDate(stage: Stage, occurredOn: string, today: string, field: string): void {
  checkDay(field, occurredOn, { today, allowFuture: SCHEDULABLE.includes(stage) });
}
