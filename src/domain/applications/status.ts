import {
  isEnding,
  stageRank,
  type Ending,
  type ProgressStage,
  type Stage,
} from './stages.js';

/** The part of a stage event that status derivation needs. */
export interface EventForStatus {
  stage: Stage;
  occurredOn: string; // YYYY-MM-DD
  createdAt: string; // ISO instant, breaks ties within a day
}

export interface DerivedStatus {
  /** The stage of the newest event: where the application stands now. */
  status: Stage;
  /** The furthest progress stage ever reached (the ending itself excluded). */
  stageReached: ProgressStage;
  /** The ending, when the application has ended. */
  ending: Ending | null;
  /** Day of the newest event. */
  lastEventOn: string;
  /** Day the application was sent, if it was. */
  appliedOn: string | null;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Events in the order they happened: by day, then by the moment they were
 * recorded, then (for a true tie) by stage name, the same total order the
 * database uses (db/repos/derived-state.ts).
 */
export function sortEvents<T extends EventForStatus>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) => byText(a.occurredOn, b.occurredOn) || byText(a.createdAt, b.createdAt) || byText(a.stage, b.stage),
  );
}

/**
 * Derives where an application stands from its history. The history is the
 * only source of truth: nothing here is stored.
 * Returns null for an application with no events.
 */
export function deriveStatus(events: readonly EventForStatus[]): DerivedStatus | null {
  const sorted = sortEvents(events);
  const last = sorted.at(-1);
  if (!last) return null;
  let reached: ProgressStage = 'saved';
  let appliedOn: string | null = null;
  for (const e of sorted) {
    if (isEnding(e.stage)) continue;
    if (stageRank(e.stage) > stageRank(reached)) reached = e.stage;
    if (e.stage !== 'saved' && appliedOn === null) appliedOn = e.occurredOn;
  }
  return {
    status: last.stage,
    stageReached: reached,
    ending: isEnding(last.stage) ? last.stage : null,
    lastEventOn: last.occurredOn,
    appliedOn,
  };
}

export type MoveCheck =
  | { ok: true; noop: boolean }
  | { ok: false; code: 'ended' | 'not_applied'; message: string };

/**
 * Whether `next` may be appended to an application whose status is `current`.
 * - An application that was rejected or withdrawn has ended; it cannot move on.
 * - "No response" can be undone by news from the employer.
 * - Moving to the stage it already has is a harmless no-op, except for
 *   interviews, where it records another round.
 */
export function checkMove(current: Stage | null, next: Stage): MoveCheck {
  if (current === null) return { ok: true, noop: false };
  if (current === 'rejected' || current === 'withdrawn') {
    return {
      ok: false,
      code: 'ended',
      message: `This application has already ended (${current}). Add a new application if the company reopens the role.`,
    };
  }
  if (current === next && next !== 'interview') return { ok: true, noop: true };
  if (current === 'accepted' && !isEnding(next)) {
    return {
      ok: false,
      code: 'ended',
      message: 'This offer was accepted; the application cannot move back to an earlier stage.',
    };
  }
  return { ok: true, noop: false };
}
