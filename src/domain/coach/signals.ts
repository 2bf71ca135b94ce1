/**
 * Signals on a coach's caseload that call for a person, not a chart: a long quiet spell,
 * several rejections in a row at the same stage, and (only where the journal is shared)
 * low mood for a stretch. Pure: the facts come from one query per measure over all clients.
 */
import { daysBetween } from '../time.js';

export const QUIET_DAYS = 14;
export const SAME_STAGE_STREAK = 3;
export const LOW_MOOD = 2;
export const LOW_MOOD_ENTRIES = 3;
export const MOOD_WINDOW_DAYS = 14;

export type SignalKind = 'quiet' | 'same_stage_rejections' | 'low_mood';

export interface Signal {
  kind: SignalKind;
  message: string;
}

export interface SignalFacts {
  today: string;
  /** The last day the client recorded anything (null: nothing yet). */
  lastActivityOn: string | null;
  /** Stages reached by the latest rejections, newest first. */
  recentRejectionStages: readonly string[];
  /** Moods of the journal entries of the last MOOD_WINDOW_DAYS days, newest first; null when the journal is not shared. */
  recentMoods: readonly number[] | null;
  quietDays?: number;
}

/** The stage words of the debrief vocabulary (application, screen, assessment, interview, final). */
const STAGE_WORDS: Record<string, string> = {
  application: 'at the application',
  screen: 'after the screening call',
  assessment: 'after the assessment',
  interview: 'after interviews',
  final: 'after the final round',
};

/** How many of the newest rejections ended at the same stage as the newest one. */
export function sameStageRun(stages: readonly string[]): number {
  const first = stages[0];
  if (first === undefined) return 0;
  let n = 0;
  for (const s of stages) {
    if (s !== first) break;
    n += 1;
  }
  return n;
}

export function caseloadSignals(f: SignalFacts): Signal[] {
  const out: Signal[] = [];
  const quiet = f.quietDays ?? QUIET_DAYS;
  if (f.lastActivityOn === null) {
    out.push({ kind: 'quiet', message: 'Nothing recorded yet.' });
  } else {
    const days = daysBetween(f.lastActivityOn, f.today);
    if (days >= quiet) out.push({ kind: 'quiet', message: `No activity for ${days} days.` });
  }
  const run = sameStageRun(f.recentRejectionStages);
  if (run >= SAME_STAGE_STREAK) {
    const stage = f.recentRejectionStages[0]!;
    out.push({ kind: 'same_stage_rejections', message: `${run} rejections in a row ${STAGE_WORDS[stage] ?? `at ${stage}`}.` });
  }
  if (f.recentMoods && f.recentMoods.length >= LOW_MOOD_ENTRIES) {
    const latest = f.recentMoods.slice(0, LOW_MOOD_ENTRIES);
    if (latest.every((m) => m <= LOW_MOOD)) {
      out.push({ kind: 'low_mood', message: `The last ${LOW_MOOD_ENTRIES} journal check-ins were low (${LOW_MOOD} or under out of 5).` });
    }
  }
  return out;
}
