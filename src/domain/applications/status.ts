import {
  isEnding,
  stageRank,
  STAGE_LABELS,
  type Ending,
  type ProgressStage,
  type Stage,
} from './stages.js';

/** The part of a stage event that status derivation needs. */
export interface EventForStatus {
  stage: Stage;
  occurredOn: string; // YYYY-MM-DD
  /** Recording order within the application: 1 for the first event, then 2, 3… */
  seq: number;
}

export interface DerivedStatus {
  /** The stage of the newest event that has happened: where the application stands now. */
  status: Stage;
  /** The furthest progress stage ever reached (the ending itself excluded; booked steps excluded). */
  stageReached: ProgressStage;
  /** The ending, when the application has ended. */
  ending: Ending | null;
  /** Day of the newest event that has happened. */
  lastEventOn: string;
  /** Day the application was sent, if it was. */
  appliedOn: string | null;
  /** The earliest step booked ahead (dated after today), if any. */
  nextEventOn: string | null;
  nextStage: Stage | null;
}

/**
 * Whether an event has happened by `today`. Events dated later are steps
 * booked ahead (an interview next week). The first event of an application
 * always counts, so an application always has a status.
 */
export function hasHappened(event: EventForStatus, today: string): boolean {
  return event.occurredOn <= today || event.seq === 1;
}

/**
 * Events in the order they read: by day, then in the order they were
 * recorded. The same order as the database (db/repos/derived-state.ts), the
 * timeline in the web app and `debrief show`.
 */
export function sortEvents<T extends EventForStatus>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : a.seq - b.seq));
}

/** The events booked ahead of `today`, soonest first. */
export function upcomingEvents<T extends EventForStatus>(events: readonly T[], today: string): T[] {
  return sortEvents(events).filter((e) => !hasHappened(e, today));
}

/** The event recorded last (what an undo takes back), whatever its day. */
export function lastRecorded<T extends EventForStatus>(events: readonly T[]): T | undefined {
  return events.reduce<T | undefined>((last, e) => (last === undefined || e.seq > last.seq ? e : last), undefined);
}

/**
 * Derives where an application stands on `today` from its history. The
 * history is the only source of truth: nothing here is stored.
 * Returns null for an application with no events.
 */
export function deriveStatus(events: readonly EventForStatus[], today: string): DerivedStatus | null {
  const sorted = sortEvents(events);
  const done = sorted.filter((e) => hasHappened(e, today));
  const last = done.at(-1);
  if (!last) return null;
  let reached: ProgressStage = 'saved';
  let appliedOn: string | null = null;
  for (const e of done) {
    if (isEnding(e.stage)) continue;
    if (stageRank(e.stage) > stageRank(reached)) reached = e.stage;
    if (e.stage !== 'saved' && appliedOn === null) appliedOn = e.occurredOn;
  }
  const next = sorted.find((e) => !hasHappened(e, today));
  return {
    status: last.stage,
    stageReached: reached,
    ending: isEnding(last.stage) ? last.stage : null,
    lastEventOn: last.occurredOn,
    appliedOn,
    nextEventOn: next?.occurredOn ?? null,
    nextStage: next?.stage ?? null,
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2 Dec 2026": a day written so no reader mistakes it, in messages from the domain. */
export function dayInWords(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d ?? ''} ${MONTHS[(m ?? 1) - 1] ?? ''} ${y ?? ''}`;
}

export type DayCheck = { ok: true } | { ok: false; message: string };

/**
 * The rule for a new event's day (ADR 0004, 2026-12-02): history is appended
 * in order. A new event may not be dated before the latest step that has
 * already happened, because it would neither become the current status nor
 * read in the order it was told. Steps booked ahead do not count here.
 */
export function checkEventDay(events: readonly EventForStatus[], occurredOn: string, today: string): DayCheck {
  const latest = sortEvents(events)
    .filter((e) => hasHappened(e, today))
    .at(-1);
  if (!latest || occurredOn >= latest.occurredOn) return { ok: true };
  const step = STAGE_LABELS[latest.stage];
  return {
    ok: false,
    message: `${step} on ${dayInWords(latest.occurredOn)} is the latest step of this application, so a new step cannot be dated ${dayInWords(occurredOn)}. Date it on or after ${dayInWords(latest.occurredOn)}, or undo that step first.`,
  };
}

/** Stages that close an application, so any step still booked ahead is cancelled by them. */
export function cancelsBookedSteps(stage: Stage): boolean {
  return isEnding(stage) || stage === 'accepted';
}

export type MoveCheck =
  | { ok: true; noop: boolean }
  | { ok: false; code: 'ended' | 'not_applied'; message: string };

/**
 * Whether `next` may be appended to an application whose status is `current`.
 * - An application that was rejected or withdrawn has ended; it cannot move on.
 * - "No response" can be undone by news from the employer.
 * - Moving to the stage it already has is a harmless no-op, except for
 *   interviews, where it records another round, and for steps booked ahead.
 */
export function checkMove(current: Stage | null, next: Stage, booked = false): MoveCheck {
  if (current === null) return { ok: true, noop: false };
  if (current === 'rejected' || current === 'withdrawn') {
    return {
      ok: false,
      code: 'ended',
      message: `This application has already ended (${current}). Add a new application if the company reopens the role.`,
    };
  }
  if (current === next && next !== 'interview' && !booked) return { ok: true, noop: true };
  if (current === 'accepted' && !isEnding(next)) {
    return {
      ok: false,
      code: 'ended',
      message: 'This offer was accepted; the application cannot move back to an earlier stage.',
    };
  }
  return { ok: true, noop: false };
}
