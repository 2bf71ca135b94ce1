/**
 * Weekly goals: what a person means to do in a week, and how far they are,
 * counted from what they logged (never typed twice).
 */
export const GOAL_KINDS = ['applications', 'networking', 'practice', 'debriefs'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

/** The largest weekly target accepted for any kind. */
export const MAX_GOAL = 50;

export const GOAL_LABELS: Record<GoalKind, { label: string; unit: [string, string] }> = {
  applications: { label: 'Applications sent', unit: ['application', 'applications'] },
  networking: { label: 'Networking touches', unit: ['touch', 'touches'] },
  practice: { label: 'Practice sessions', unit: ['session', 'sessions'] },
  debriefs: { label: 'Debriefs finished', unit: ['debrief', 'debriefs'] },
};

export type GoalTargets = Partial<Record<GoalKind, number>>;
export type ActivityCounts = Record<GoalKind, number>;

export const NO_ACTIVITY: ActivityCounts = { applications: 0, networking: 0, practice: 0, debriefs: 0 };

export interface GoalProgress {
  kind: GoalKind;
  label: string;
  target: number;
  done: number;
  /** 0–100, capped at 100 (going past a goal is still 100%). */
  percent: number;
  met: boolean;
  /** "3 of 5 applications". */
  text: string;
}

/** Only kinds with a target above 0 are goals. */
export function activeTargets(targets: GoalTargets): [GoalKind, number][] {
  return GOAL_KINDS.flatMap((k) => {
    const t = targets[k] ?? 0;
    return t > 0 ? [[k, t] as [GoalKind, number]] : [];
  });
}

export function goalProgress(targets: GoalTargets, counts: ActivityCounts): GoalProgress[] {
  return activeTargets(targets).map(([kind, target]) => {
    const done = counts[kind];
    const { label, unit } = GOAL_LABELS[kind];
    return {
      kind,
      label,
      target,
      done,
      percent: Math.min(100, Math.round((done / target) * 100)),
      met: done >= target,
      text: `${done} of ${target} ${target === 1 ? unit[0] : unit[1]}`,
    };
  });
}

/** Whether a week met its goals: null when it had none (such a week neither builds nor breaks a streak). */
export function weekMet(targets: GoalTargets, counts: ActivityCounts): boolean | null {
  const progress = goalProgress(targets, counts);
  return progress.length === 0 ? null : progress.every((p) => p.met);
}

/**
 * The goals that apply to a week: the set chosen for the latest week at or
 * before it. `sets` maps the week a set was chosen from to its targets.
 */
export function targetsForWeek(sets: ReadonlyMap<string, GoalTargets>, weekStart: string): GoalTargets {
  let best: string | null = null;
  for (const from of sets.keys()) if (from <= weekStart && (best === null || from > best)) best = from;
  return best === null ? {} : (sets.get(best) ?? {});
}
