/**
 * A streak of weeks with the goals met, said kindly: a missed week is named
 * as part of the road, never as a failure.
 */
export interface WeekResult {
  weekStart: string;
  /** null: no goals that week. */
  met: boolean | null;
}

export interface Streak {
  /** Weeks in a row with the goals met, up to the last finished week (this week counts once met). */
  current: number;
  best: number;
  /** Plain, kind words about the streak. */
  message: string;
}

/**
 * `weeks` oldest first, the last one being the current week (still going).
 * The current week adds to the streak when its goals are already met, and
 * never breaks it while it is still going.
 */
export function computeStreak(weeks: readonly WeekResult[]): Streak {
  const finished = weeks.slice(0, -1);
  const current = weeks.at(-1);
  let run = 0;
  let best = 0;
  let lastMissed = false;
  for (const w of finished) {
    if (w.met === null) continue;
    if (w.met) {
      run += 1;
      lastMissed = false;
    } else {
      run = 0;
      lastMissed = true;
    }
    best = Math.max(best, run);
  }
  if (current?.met === true) {
    run += 1;
    lastMissed = false;
    best = Math.max(best, run);
  }
  const anyGoals = weeks.some((w) => w.met !== null);
  return { current: run, best, message: streakMessage(run, best, lastMissed, anyGoals) };
}

function weeksText(n: number): string {
  return `${n} week${n === 1 ? '' : 's'}`;
}

export function streakMessage(current: number, best: number, lastMissed: boolean, anyGoals: boolean): string {
  if (!anyGoals) return 'Set a goal or two for the week, and the weeks you meet them will add up here.';
  if (current >= 2) return `${weeksText(current)} in a row with your goals met. Steady work, and it shows.`;
  if (current === 1) return 'Goals met for a week. A good base to build on.';
  if (lastMissed && best > 0) {
    return `Last week went differently than planned, and that is part of any search. Your best run so far is ${weeksText(best)}; this week is a fresh start.`;
  }
  if (lastMissed) return 'Last week went differently than planned. That happens; this week is a fresh start, and smaller goals count just as much.';
  return 'This week is under way. Each thing you log counts towards your goals.';
}
