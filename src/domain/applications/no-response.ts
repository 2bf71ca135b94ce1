import { daysBetween, addDays } from '../time.js';
import type { Stage } from './stages.js';

/** Stages after which the employer owes the seeker an answer. */
export const AWAITING_REPLY: readonly Stage[] = ['applied', 'screen', 'assessment', 'interview', 'final'];

export const DEFAULT_NO_RESPONSE_DAYS = 21;

export interface NoResponse {
  flagged: boolean;
  /** Days since the last news; null when the rule does not apply. */
  daysSilent: number | null;
}

/**
 * The no-response rule: an application waiting on the employer (after
 * applying, a screen or an interview) with no news for `thresholdDays` or
 * more is flagged, so the seeker can confirm it as ghosted in one action.
 * A step booked ahead (`nextEventOn`) means the employer did answer.
 */
export function noResponse(
  status: Stage,
  lastEventOn: string,
  today: string,
  thresholdDays: number = DEFAULT_NO_RESPONSE_DAYS,
  nextEventOn: string | null = null,
): NoResponse {
  if (!AWAITING_REPLY.includes(status) || nextEventOn !== null) return { flagged: false, daysSilent: null };
  const daysSilent = Math.max(0, daysBetween(lastEventOn, today));
  return { flagged: daysSilent >= thresholdDays, daysSilent };
}

/** The last day an event may have happened on for the rule to flag it today. */
export function noResponseCutoff(today: string, thresholdDays: number): string {
  return addDays(today, -thresholdDays);
}
