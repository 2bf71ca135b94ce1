import { describe, expect, it } from 'vitest';
import { computeFunnel, computeReasons, computeResponse, computeSegments, computeThemes, readBottleneck } from '../insights/index.js';
import { COHORT_DEFINITIONS, cohortSegmentSummary, funnelCountsOf, peopleFromOutcomes, suppressStatistics, type OwnerOutcomeRow, type PeopleBehind, type SeekerStatistics } from './cohort-insights.js';

/** One seeker's applications by furthest stage × outcome, as SQL returns them. */
const SEEKER: Omit<OwnerOutcomeRow, 'owner'>[] = [
  { stage: 'applied', outcome: 'silence', replied: false, count: 9 },
  { stage: 'applied', outcome: 'rejected', replied: true, count: 6 },
  { stage: 'applied', outcome: 'in_progress', replied: false, count: 3 },
  { stage: 'screen', outcome: 'rejected', replied: true, count: 4 },
  { stage: 'interview', outcome: 'rejected', replied: true, count: 3 },
  { stage: 'interview', outcome: 'in_progress', replied: true, count: 1 },
  { stage: 'offer', outcome: 'accepted', replied: true, count: 1 },
];

/** The statistics from outcome rows, with the seeker-level functions. */
function statistics(rows: Omit<OwnerOutcomeRow, 'owner'>[]): SeekerStatistics {
  const counts = funnelCountsOf(rows);
  const { funnel, conversions } = computeFunnel(counts);
  const sent = rows.reduce((s, r) => s + r.count, 0);
  const replied = rows.filter((r) => r.replied).reduce((s, r) => s + r.count, 0);
  const ghosted = rows.filter((r) => !r.replied && r.outcome === 'silence').reduce((s, r) => s + r.count, 0);
  const awaiting = rows.filter((r) => !r.replied && r.outcome === 'in_progress').reduce((s, r) => s + r.count, 0);
  return {
    totals: { applications: sent, saved: 0, sent, inProgress: awaiting },
    funnel,
    conversions,
    outcomes: rows.map((r) => ({ stage: r.stage, outcome: r.outcome, count: r.count })),
    bottleneck: readBottleneck(counts),
    response: computeResponse({ sent, replied, ghosted, awaiting }, { daysToFirstReply: [3, 5, 8, 13], rejections: [] }),
    segments: computeSegments([], { response: { successes: 0, trials: 0 }, interview: { successes: 0, trials: 0 }, offer: { successes: 0, trials: 0 } }),
    reasons: computeReasons([], []),
    themes: computeThemes([], 0),
  };
}

const members = (n: number): OwnerOutcomeRow[] => Array.from({ length: n }, (_, i) => SEEKER.map((r) => ({ ...r, owner: `m${i}` }))).flat();
const summed = (rows: OwnerOutcomeRow[]) => {
  const by = new Map<string, Omit<OwnerOutcomeRow, 'owner'>>();
  for (const r of rows) {
    const k = `${r.stage}/${r.outcome}/${r.replied}`;
    const prev = by.get(k);
    by.set(k, { stage: r.stage, outcome: r.outcome, replied: r.replied, count: (prev?.count ?? 0) + r.count });
  }
  return [...by.values()];
};
const people = (rows: OwnerOutcomeRow[]): PeopleBehind => ({
  ...peopleFromOutcomes(rows), segments: {}, rejections: 0, stated: 0, reasons: {}, lessons: 0, themes: {},
});

describe('cohort statistics against the seeker-level functions', () => {
  it('give the seeker’s own numbers for a one-member cohort when nothing is suppressed (threshold 1)', () => {
    const seeker = statistics(SEEKER);
    const cohort = suppressStatistics(statistics(summed(members(1))), people(members(1)), 1);
    expect(cohort.people).toBe(1);
    expect(cohort.funnel.map(({ stage, reached, inProgress }) => ({ stage, reached, inProgress }))).toEqual(seeker.funnel);
    expect(cohort.conversions.map(({ suppressed: _s, ...c }) => c)).toEqual(seeker.conversions);
    expect(cohort.response?.responseRate).toEqual(seeker.response.responseRate);
    expect(cohort.bottleneck).toEqual(seeker.bottleneck);
  });

  it('sum five identical members: five times the counts, the same rates, narrower intervals', () => {
    const one = statistics(SEEKER);
    const five = suppressStatistics(statistics(summed(members(5))), people(members(5)));
    expect(five.people).toBe(5);
    expect(five.funnel.map((f) => f.reached)).toEqual(one.funnel.map((f) => f.reached * 5));
    five.conversions.forEach((c, i) => {
      const o = one.conversions[i]!;
      expect(c.rate).toBe(o.rate);
      if (c.ci95 && o.trials > 0) expect(c.ci95[1] - c.ci95[0]).toBeLessThan(o.ci95[1] - o.ci95[0]);
    });
  });

  it('shows nothing under five people, and hides a stage only some members reached', () => {
    expect(suppressStatistics(statistics(summed(members(4))), people(members(4)))).toMatchObject({ enough: false, people: null, funnel: [], totals: null });
    // Five members; only one of them reached an offer.
    const rows = members(5).filter((r) => r.owner === 'm0' || r.stage !== 'offer');
    const cohort = suppressStatistics(statistics(summed(rows)), people(rows));
    expect(cohort.funnel.find((f) => f.stage === 'offer')).toMatchObject({ reached: null, suppressed: true });
    expect(cohort.funnel.find((f) => f.stage === 'interview')).toMatchObject({ suppressed: false });
    expect(cohort.conversions.find((c) => c.to === 'offer')).toMatchObject({ rate: null, ci95: null, suppressed: true });
    expect(cohort.response?.firstReplyDays).not.toHaveProperty('min');
  });
});

describe('the words for staff reading a cohort', () => {
  const row = { dimension: 'fit_band' as const, value: 'high', metric: 'interview' as const, rate: 0.42, restRate: 0.18, highlight: true };

  it("speaks of the members' applications, never of \"you\"", () => {
    expect(cohortSegmentSummary(row)).toBe("Applications members rated high for fit reached an interview 42% of the time, against 18% for the cohort's other applications.");
    expect(cohortSegmentSummary({ ...row, dimension: 'source', value: 'job_board', metric: 'response' })).toBe(
      "Applications from job board got a reply 42% of the time, against 18% for the cohort's other applications.",
    );
    for (const text of [cohortSegmentSummary({ ...row, dimension: 'excitement_band', value: 'low' }), ...Object.values(COHORT_DEFINITIONS)]) {
      expect(text).not.toMatch(/\byou(r)?\b/i);
    }
  });

  it('says nothing stands out when the difference is not highlighted', () => {
    expect(cohortSegmentSummary({ ...row, highlight: false })).toBe('Not enough evidence yet.');
  });
});
