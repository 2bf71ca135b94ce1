/**
 * Which recurring themes to work on first, with a reason a person can check.
 * A theme weighs more when it comes up often, came up recently, and shows up
 * late in the funnel (a lost final round cost more than an unanswered
 * application). Themes outside the seeker's control never get here: the plan
 * keeps them apart.
 */
import { STAGE_REACHED_LABELS, stageReachedRank, type StageReached } from '../debrief/stage-reached.js';
import { daysBetween } from '../time.js';

/** One debriefed rejection: when, and how far the application got. */
export interface RejectionPoint {
  applicationId: string;
  rejectedOn: string;
  stage: StageReached;
}

/** A theme named in the lessons of some applications. */
export interface ThemeOccurrences {
  themeId: string;
  slug: string;
  label: string;
  applicationIds: readonly string[];
}

export interface RankedTheme {
  themeId: string;
  slug: string;
  label: string;
  score: number;
  /** Applications whose debrief names the theme. */
  count: number;
  lastOn: string;
  /** The stage where it comes up most (ties: the later stage). */
  stage: StageReached;
  /** In how many of the last `window` rejections at that stage it came up. */
  recentHits: number;
  window: number;
  recurring: boolean;
  why: string;
}

/** How many recent rejections at a stage the reason looks at. */
export const RECENT_WINDOW = 5;
/** Weight halves every this many days. */
export const HALF_LIFE_DAYS = 90;

const STAGE_WEIGHT = { application: 1, screen: 1.1, assessment: 1.2, interview: 1.3, final: 1.4 } as const satisfies Record<StageReached, number>;

const STAGE_WORDS = {
  application: 'application-stage',
  screen: 'screening-stage',
  assessment: 'assessment-stage',
  interview: 'interview-stage',
  final: 'final-round',
} as const satisfies Record<StageReached, string>;

function agoInWords(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.round(days / 7)} weeks ago`;
  return `${Math.round(days / 30)} months ago`;
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** Ranks themes, most pressing first; each with the sentence that explains its place. */
export function rankThemes(themes: readonly ThemeOccurrences[], rejections: readonly RejectionPoint[], today: string): RankedTheme[] {
  const byApp = new Map(rejections.map((r) => [r.applicationId, r]));
  const byStage = new Map<StageReached, RejectionPoint[]>();
  for (const r of [...rejections].sort((a, b) => b.rejectedOn.localeCompare(a.rejectedOn) || a.applicationId.localeCompare(b.applicationId))) {
    const list = byStage.get(r.stage) ?? [];
    list.push(r);
    byStage.set(r.stage, list);
  }
  const ranked: RankedTheme[] = [];
  for (const t of themes) {
    const points = [...new Set(t.applicationIds)].map((id) => byApp.get(id)).filter((p): p is RejectionPoint => p !== undefined);
    if (points.length === 0) continue;
    const perStage = new Map<StageReached, number>();
    for (const p of points) perStage.set(p.stage, (perStage.get(p.stage) ?? 0) + 1);
    const stage = [...perStage.entries()].sort((a, b) => b[1] - a[1] || stageReachedRank(b[0]) - stageReachedRank(a[0]))[0]?.[0] ?? 'application';
    const recent = (byStage.get(stage) ?? []).slice(0, RECENT_WINDOW);
    const ids = new Set(points.map((p) => p.applicationId));
    const recentHits = recent.filter((r) => ids.has(r.applicationId)).length;
    const lastOn = points.map((p) => p.rejectedOn).sort().at(-1) ?? today;
    const score = points.reduce((sum, p) => sum + Math.pow(0.5, Math.max(0, daysBetween(p.rejectedOn, today)) / HALF_LIFE_DAYS) * STAGE_WEIGHT[p.stage], 0);
    const stageWords = STAGE_WORDS[stage];
    const firstPart =
      recent.length === 1
        ? `Raised in your last ${stageWords} rejection`
        : recentHits > 0
          ? `Raised in ${recentHits} of your last ${recent.length} ${stageWords} rejections`
          : `Raised ${times(points.length)}, mostly at the ${STAGE_REACHED_LABELS[stage].toLowerCase()} stage, but not in your last ${recent.length} there`;
    const total = points.length > recentHits && recentHits > 0 ? `, ${times(points.length)} in all` : '';
    const why = `${firstPart}${total}; most recently ${agoInWords(daysBetween(lastOn, today))}.`;
    ranked.push({
      themeId: t.themeId, slug: t.slug, label: t.label, score: Math.round(score * 1000) / 1000, count: points.length, lastOn, stage,
      recentHits, window: recent.length, recurring: points.length >= 2, why,
    });
  }
  return ranked.sort((a, b) => b.score - a.score || b.count - a.count || a.label.localeCompare(b.label));
}
