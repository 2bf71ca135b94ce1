import { GOAL_KINDS, type ActivityCounts, type GoalTargets } from '../momentum/index.js';

/**
 * Momentum in the sample search: goals the sample person set a few weeks ago,
 * sized to what they managed each of those weeks (a realistic goal, so the
 * sample shows a streak), and a few wins they wrote down themselves.
 */
export const SAMPLE_GOAL_WEEKS = 4;

/** Per kind, what every one of the given weeks reached (kinds never done are left out). */
export function sampleGoalTargets(weeks: readonly ActivityCounts[]): GoalTargets {
  const targets: GoalTargets = {};
  for (const kind of GOAL_KINDS) {
    const least = weeks.length ? Math.min(...weeks.map((w) => w[kind])) : 0;
    if (least > 0) targets[kind] = least;
  }
  if (Object.keys(targets).length === 0) targets.applications = 1;
  return targets;
}

export interface SampleWin {
  daysAgo: number;
  title: string;
  note: string;
}

export const SAMPLE_WINS: readonly SampleWin[] = [
  { daysAgo: 37, title: 'A mock interview that felt easy', note: 'Priya said my answers were tight: I led with the result every time.' },
  { daysAgo: 16, title: 'Said no to a role that was not right', note: 'Turned down a second round at a company whose values did not fit. Felt good to choose.' },
  { daysAgo: 5, title: 'Told the pricing dashboard story in under two minutes', note: 'Practised it out loud until it flowed.' },
];
