/**
 * The search funnel from count tables.
 *
 * Input (one small GROUP BY in SQL, over applications that were sent — `saved`
 * ones are ignored):
 * - `byFurthestStage[s]`: applications whose furthest progress stage is `s`
 *   (the "stage reached" of status.ts), whether ended or not;
 * - `inProgressAt[s]`: of those, the ones with no ending yet (still open at s);
 * - `withdrawnAt[s]` (optional): of those, the ones the seeker withdrew.
 * Missing keys count as 0.
 *
 * Reading:
 * - `reached(s)` = applications that got to `s` or further. Stages are
 *   milestones: an application that skipped the assessment and went straight to
 *   an interview has passed the assessment step.
 * - A conversion from `from` to `to` counts as a success every application that
 *   reached `to`, and as a trial every application that reached `from` except
 *   those still open between `from` and `to` (no outcome yet — counting them as
 *   failures would make a fresh search look worse than it is) and those the
 *   seeker withdrew there (their choice, not a "no"). Open applications already
 *   past `to` stay in, as successes. This leans slightly optimistic while many
 *   applications are open, which the Wilson interval's width makes visible.
 */
import { PROGRESS_STAGES, stageRank, type ProgressStage } from '../applications/stages.js';
import { assertCount, wilsonInterval } from './stats.js';
import type { Conversion, Funnel, FunnelRow, Proportion } from './types.js';

export type StageCounts = Partial<Record<ProgressStage, number>>;

export interface FunnelCounts {
  byFurthestStage: StageCounts;
  inProgressAt: StageCounts;
  withdrawnAt?: StageCounts;
}

/** The stages shown in the funnel: everything from `applied` on. */
export const FUNNEL_STAGES: readonly ProgressStage[] = PROGRESS_STAGES.filter((s) => s !== 'saved');

function count(table: StageCounts | undefined, stage: ProgressStage): number {
  return table?.[stage] ?? 0;
}

/** Checks the count tables and says what to fix when they are inconsistent. */
export function validateFunnelCounts(counts: FunnelCounts): void {
  for (const stage of FUNNEL_STAGES) {
    const total = count(counts.byFurthestStage, stage);
    const open = count(counts.inProgressAt, stage);
    const withdrawn = count(counts.withdrawnAt, stage);
    assertCount(total, `byFurthestStage.${stage}`);
    assertCount(open, `inProgressAt.${stage}`);
    assertCount(withdrawn, `withdrawnAt.${stage}`);
    if (open + withdrawn > total) {
      throw new RangeError(
        `At stage "${stage}", ${open} in progress + ${withdrawn} withdrawn exceed the ${total} applications whose furthest stage it is.`,
      );
    }
  }
}

/** Applications that got to `stage` or further (sent applications only). */
export function reachedCount(counts: FunnelCounts, stage: ProgressStage): number {
  return FUNNEL_STAGES.filter((s) => stageRank(s) >= stageRank(stage)).reduce(
    (sum, s) => sum + count(counts.byFurthestStage, s),
    0,
  );
}

/** A proportion with its rate and 95% Wilson interval. */
export function proportion(successes: number, trials: number): Proportion {
  return {
    successes,
    trials,
    rate: trials === 0 ? null : successes / trials,
    ci95: wilsonInterval(successes, trials),
  };
}

/**
 * Conversion from `from` to a later stage `to` (not necessarily adjacent),
 * with the pending and withdrawn applications in between left out of trials.
 */
export function stepConversion(counts: FunnelCounts, from: ProgressStage, to: ProgressStage): Conversion {
  if (stageRank(to) <= stageRank(from)) {
    throw new RangeError(`A conversion goes forward: "${to}" does not come after "${from}".`);
  }
  const between = FUNNEL_STAGES.filter((s) => stageRank(s) >= stageRank(from) && stageRank(s) < stageRank(to));
  const pending = between.reduce((sum, s) => sum + count(counts.inProgressAt, s), 0);
  const withdrawn = between.reduce((sum, s) => sum + count(counts.withdrawnAt, s), 0);
  const successes = reachedCount(counts, to);
  const trials = reachedCount(counts, from) - pending - withdrawn;
  return { from, to, pending, ...proportion(successes, trials) };
}

/** Funnel rows (applied → accepted) and the conversions between consecutive stages. */
export function computeFunnel(counts: FunnelCounts): Funnel {
  validateFunnelCounts(counts);
  const funnel: FunnelRow[] = FUNNEL_STAGES.map((stage) => ({
    stage,
    reached: reachedCount(counts, stage),
    inProgress: stage === 'accepted' ? 0 : count(counts.inProgressAt, stage),
  }));
  const conversions: Conversion[] = [];
  for (let i = 0; i + 1 < FUNNEL_STAGES.length; i++) {
    const from = FUNNEL_STAGES[i];
    const to = FUNNEL_STAGES[i + 1];
    if (from && to) conversions.push(stepConversion(counts, from, to));
  }
  return { funnel, conversions };
}
