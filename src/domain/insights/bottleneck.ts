/**
 * The bottleneck: where the search loses most, read the way a coach would.
 *
 * The search is cut into four steps (areas):
 * - targeting   applied → screen   few conversations from many applications: résumé, targeting, fit
 * - interviews  screen  → final    conversations but few finals: interview performance
 * - final_round final   → offer    finals without offers: the last round
 * - offers      offer   → accepted offers that don't end in a yes
 * Each step's conversion (pending applications left out, see funnel.ts) is
 * compared with a rough "typical" rate. Coaching rules of thumb, not research:
 * they only decide which step is furthest below par, and can be overridden.
 *
 * Evidence rules: no verdict at all below MIN_APPLICATIONS decided
 * applications; a step is judged only with its own minimum of decided cases;
 * a step is the bottleneck when it is the one furthest below typical and its
 * rate is under MATERIAL_RATIO × typical. Otherwise the message says what is
 * missing instead of guessing.
 */
import { STAGE_LABELS, type ProgressStage } from '../applications/stages.js';
import { stepConversion, validateFunnelCounts, type FunnelCounts } from './funnel.js';
import type { AreaEvidence, Bottleneck, BottleneckArea } from './types.js';

export const MIN_APPLICATIONS = 20;
export const MATERIAL_RATIO = 0.75;

interface AreaRule {
  area: BottleneckArea;
  from: ProgressStage;
  to: ProgressStage;
  typicalRate: number;
  minimumTrials: number;
  /** What the decided cases of this step are called, for "needs about N more …". */
  unit: string;
}

export const AREA_RULES: readonly AreaRule[] = [
  { area: 'targeting', from: 'applied', to: 'screen', typicalRate: 0.12, minimumTrials: MIN_APPLICATIONS, unit: 'applications' },
  { area: 'interviews', from: 'screen', to: 'final', typicalRate: 0.3, minimumTrials: 8, unit: 'conversations' },
  { area: 'final_round', from: 'final', to: 'offer', typicalRate: 0.4, minimumTrials: 5, unit: 'final rounds' },
  { area: 'offers', from: 'offer', to: 'accepted', typicalRate: 0.5, minimumTrials: 3, unit: 'offers' },
];

const pct = (x: number): string => `${Math.round(x * 100)}%`;

function uncertainty(e: AreaEvidence): string {
  return `With ${e.trials} to go on, the true rate could be anywhere from ${pct(e.ci95[0])} to ${pct(e.ci95[1])}.`;
}

function verdictMessage(e: AreaEvidence): string {
  const seen = `${e.successes} of ${e.trials}`;
  const par = `around ${pct(e.typicalRate)} is common`;
  const rate = pct(e.rate ?? 0);
  switch (e.area) {
    case 'targeting':
      return `Most applications aren't turning into conversations yet: ${seen} led to a first call (${rate}; ${par}). That points at the résumé, the roles you pick or how well they fit — not at how you interview. Tailoring to fewer, better-matched roles and asking for referrals usually helps most. ${uncertainty(e)}`;
    case 'interviews':
      return `Your applications do get you conversations, so the résumé is working. The loss comes during the interviews: ${seen} conversations reached a final round (${rate}; ${par}). Mock interviews and practising the questions that tripped you up are the best use of your time. ${uncertainty(e)}`;
    case 'final_round':
      return `You keep reaching final rounds, which says a lot about your profile and interviews. The last step is where offers slip away: ${seen} finals became offers (${rate}; ${par}). Ask for feedback after each final and prepare for the closing conversations. ${uncertainty(e)}`;
    case 'offers':
      return `Offers are coming in, but ${e.trials - e.successes} of ${e.trials} didn't end in a yes. If you turned them down, it may be worth sharpening what you are looking for before applying further; if they fell through, look at negotiation and timing. ${uncertainty(e)}`;
  }
}

/** The stage inside an area with the weakest consecutive conversion. */
function weakestStage(counts: FunnelCounts, rule: AreaRule): ProgressStage {
  if (rule.area !== 'interviews') return rule.from;
  const steps = [
    stepConversion(counts, 'screen', 'assessment'),
    stepConversion(counts, 'assessment', 'interview'),
    stepConversion(counts, 'interview', 'final'),
  ].filter((c) => c.trials >= 3 && c.rate !== null);
  const weakest = steps.sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0))[0];
  return weakest?.from ?? 'interview';
}

export function readBottleneck(counts: FunnelCounts, rules: readonly AreaRule[] = AREA_RULES): Bottleneck {
  validateFunnelCounts(counts);
  const areas: AreaEvidence[] = rules.map((rule) => {
    const c = stepConversion(counts, rule.from, rule.to);
    const { area, from, to, typicalRate, minimumTrials } = rule;
    const { successes, trials, rate, ci95 } = c;
    return { area, from, to, typicalRate, minimumTrials, successes, trials, rate, ci95, enoughEvidence: trials >= minimumTrials };
  });
  const first = stepConversion(counts, 'applied', 'screen');
  const decidedApplications = first.trials;
  const applicationsNeeded = Math.max(0, MIN_APPLICATIONS - decidedApplications);
  const evidence = { decidedApplications, applicationsNeeded, areas };

  if (applicationsNeeded > 0) {
    const waiting = first.pending > 0 ? ` (or wait for answers on the ${first.pending} still open)` : '';
    return {
      stage: null,
      area: null,
      message: `Add about ${applicationsNeeded} more applications${waiting} before Debrief can tell where your search loses most. A handful of answers is still mostly chance.`,
      evidence,
    };
  }

  const judged = areas.filter((a) => a.enoughEvidence && a.rate !== null);
  const worst = [...judged].sort((a, b) => (a.rate ?? 0) / a.typicalRate - (b.rate ?? 0) / b.typicalRate)[0];
  if (worst && (worst.rate ?? 0) < MATERIAL_RATIO * worst.typicalRate) {
    const rule = rules.find((r) => r.area === worst.area);
    return {
      stage: rule ? weakestStage(counts, rule) : worst.from,
      area: worst.area,
      message: verdictMessage(worst),
      evidence,
    };
  }

  const unjudged = areas.find((a) => !a.enoughEvidence);
  if (unjudged) {
    const rule = rules.find((r) => r.area === unjudged.area);
    const more = unjudged.minimumTrials - unjudged.trials;
    return {
      stage: null,
      area: null,
      message: `So far your search holds up at every step Debrief can judge. It needs about ${more} more ${rule?.unit ?? 'cases'} with an outcome before it can say how the step from ${STAGE_LABELS[unjudged.from].toLowerCase()} to ${STAGE_LABELS[unjudged.to].toLowerCase()} is going.`,
      evidence,
    };
  }
  return {
    stage: null,
    area: null,
    message: 'No step stands out: each one is at or near what is common. Keep your pace steady — volume and time are what turn these rates into offers.',
    evidence,
  };
}
