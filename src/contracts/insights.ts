/**
 * The insights JSON: what `GET /api/insights` and `debrief insights --json`
 * return. The fields named in issue 5 (funnel, conversions, segments,
 * bottleneck) keep their names; everything else is an addition. Sections fed by
 * debriefs (rejection reasons, themes) say so with `available: false` until a
 * debrief exists, instead of showing numbers that do not exist.
 */
import { z } from 'zod';
import { PROGRESS_STAGES } from '../domain/applications/stages.js';
import { SEGMENT_DIMENSIONS, SEGMENT_METRICS } from '../domain/insights/types.js';
import { zApplication } from './applications.js';
import { zText } from './common.js';

export const OUTCOMES = ['in_progress', 'accepted', 'rejected', 'withdrawn', 'silence'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const zStage = z.enum(PROGRESS_STAGES);
const zRate = z.number().nullable();
const zInterval = z.tuple([z.number(), z.number()]);
export const zSegmentDimension = z.enum(SEGMENT_DIMENSIONS);
export const zSegmentMetric = z.enum(SEGMENT_METRICS);
export const zOutcome = z.enum(OUTCOMES);

const zProportion = z.object({ successes: z.number().int(), trials: z.number().int(), rate: zRate, ci95: zInterval });

const zDaySpread = z.object({
  n: z.number().int(),
  median: z.number().nullable(),
  q1: z.number().nullable(),
  q3: z.number().nullable(),
  iqr: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
});

export const zInsights = z
  .object({
    /** The day the figures were computed for (the seeker's today). */
    asOf: z.string(),
    totals: z.object({
      /** Every application, saved ones included. */
      applications: z.number().int(),
      saved: z.number().int(),
      /** Applications that were sent (applied or further): the population of every figure below. */
      sent: z.number().int(),
      inProgress: z.number().int(),
    }),
    funnel: z.array(z.object({ stage: zStage, reached: z.number().int(), inProgress: z.number().int() })),
    conversions: z.array(
      zProportion.extend({ from: zStage, to: zStage, pending: z.number().int() }),
    ),
    /** Where each sent application stands: its furthest stage × how it ended (the Sankey's last column). */
    outcomes: z.array(z.object({ stage: zStage, outcome: zOutcome, count: z.number().int() })),
    bottleneck: z.object({
      stage: zStage.nullable(),
      area: z.enum(['targeting', 'interviews', 'final_round', 'offers']).nullable(),
      message: z.string(),
      evidence: z.object({
        decidedApplications: z.number().int(),
        applicationsNeeded: z.number().int(),
        areas: z.array(
          zProportion.extend({
            area: z.enum(['targeting', 'interviews', 'final_round', 'offers']),
            from: zStage,
            to: zStage,
            typicalRate: z.number(),
            minimumTrials: z.number().int(),
            enoughEvidence: z.boolean(),
          }),
        ),
      }),
    }),
    response: z.object({
      responseRate: zProportion,
      ghostingRate: zProportion,
      awaiting: z.number().int(),
      firstReplyDays: zDaySpread,
      rejectionDaysByStage: z.array(zDaySpread.extend({ stage: zStage })),
    }),
    /**
     * Highlighted comparisons first, then the rest by q-value. With
     * `?segments=top`, only the highlighted ones and the first
     * SEGMENTS_TOP of the rest (what the insights page shows at first).
     */
    segments: z.array(
      z.object({
        dimension: zSegmentDimension,
        value: z.string(),
        metric: zSegmentMetric,
        successes: z.number().int(),
        trials: z.number().int(),
        rate: z.number(),
        restSuccesses: z.number().int(),
        restTrials: z.number().int(),
        restRate: z.number(),
        difference: z.number(),
        ratio: z.number().nullable(),
        pValue: z.number(),
        qValue: z.number(),
        highlight: z.boolean(),
        summary: z.string(),
      }),
    ),
    /**
     * Rejection reasons recorded in debriefs. `available` is false (and the
     * numbers are zero / null) until a rejection is debriefed.
     */
    reasons: z.object({
      available: z.boolean(),
      note: z.string(),
      rejections: z.number().int(),
      /** Rejections with at least one informative reason (not just "no reason given"). */
      withReasons: z.number().int(),
      noReasonGiven: z.number().int(),
      /** Share of `withReasons` whose informative reasons were all marked outside your control. */
      outsideControlShare: z.number().nullable(),
      outsideControl: zProportion,
      reasons: z.array(
        z.object({
          reason: z.string(),
          label: z.string(),
          informative: z.boolean(),
          count: z.number().int(),
          outside: z.number().int(),
          share: z.number().nullable(),
        }),
      ),
      /** Month by month (gaps included): rejections, and how often each reason was cited. */
      trend: z.array(
        z.object({
          month: z.string(),
          rejections: z.number().int(),
          withReasons: z.number().int(),
          outside: z.number().int(),
          counts: z.record(z.string(), z.number().int()),
        }),
      ),
    }),
    /** Themes named in debrief lessons: how many applications each, and by month. */
    themes: z.object({
      available: z.boolean(),
      note: z.string(),
      applications: z.number().int(),
      themes: z.array(z.object({ slug: z.string(), label: z.string(), applications: z.number().int() })),
      trend: z.array(z.object({ month: z.string(), counts: z.record(z.string(), z.number().int()) })),
    }),
    /** How the figures are counted, in plain words. */
    definitions: z.record(z.string(), z.string()),
    /** How many comparisons were made and adjusted for: the length of `segments` unless `?segments=top` shortened it. */
    segmentCount: z.number().int(),
  })
  .meta({ id: 'Insights' });

/** How many of the comparisons that do not stand out `?segments=top` sends (and the page shows at first). */
export const SEGMENTS_TOP = 10;

export const zInsightsQuery = z
  .object({
    segments: z.enum(['all', 'top']).optional()
      .describe('`top`: only the highlighted comparisons and the first ten of the rest (`segmentCount` still counts them all). Default `all`.'),
  })
  .meta({ id: 'InsightsQuery' });
export type Insights = z.infer<typeof zInsights>;
export type InsightSegment = Insights['segments'][number];

/**
 * Which applications stand behind a figure. Combine:
 * - `stage`: applications that reached this stage (or, with `outcome`, whose furthest stage it is);
 * - `outcome`: how they stand now (in progress, accepted, rejected, withdrawn, silence);
 * - `dimension` + `value` (+ `metric`, `success`): one segment group, within a metric's population;
 * - `reason` (+ `control`): debriefed rejections whose reasons include it (marked outside / within your control);
 * - `outsideControl`: `true`, debriefed rejections counted as outside your control (at least one stated
 *   reason, "no reason given" aside, and every stated reason marked outside — `definitions.outsideControl`);
 *   `false`, the other rejections with a stated reason (together, the population of the share);
 * - `rejection`: debriefed rejections — `recorded` all of them, `stated` with a stated reason,
 *   `unstated` with none (only "no reason given", or no reason at all);
 * - `theme` (slug or id): applications with a lesson on that theme; `lessons=true`: with any lesson;
 * - `month` (YYYY-MM, with one of the debrief filters above): the month those figures count by —
 *   the rejection's, or for themes the lesson's when no rejection is recorded.
 * Debrief filters count every debriefed application, like the reasons and themes figures; the others
 * only sent ones (saved ones left out).
 */
export const zInsightFilter = z
  .object({
    stage: zStage.optional(),
    outcome: zOutcome.optional(),
    dimension: zSegmentDimension.optional(),
    value: zText().max(200).optional(),
    metric: zSegmentMetric.optional(),
    success: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    replied: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    reason: zText().min(1).max(100).optional(),
    control: z.enum(['outside', 'within']).optional(),
    outsideControl: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    rejection: z.enum(['recorded', 'stated', 'unstated']).optional(),
    theme: zText().min(1).max(200).optional(),
    lessons: z.enum(['true']).transform(() => true as const).optional(),
    month: z.string().regex(/^\d{4}-\d{2}$/, 'A month is YYYY-MM').optional(),
  })
  .refine((f) => (f.dimension === undefined) === (f.value === undefined), {
    message: 'Give both `dimension` and `value` to pick a segment',
    path: ['value'],
  })
  .refine((f) => f.success === undefined || f.metric !== undefined, {
    message: '`success` needs a `metric` (response, interview or offer)',
    path: ['success'],
  })
  .refine((f) => f.control === undefined || f.reason !== undefined, {
    message: '`control` needs a `reason`',
    path: ['control'],
  })
  .refine(
    (f) => f.month === undefined || [f.reason, f.outsideControl, f.rejection, f.theme, f.lessons].some((x) => x !== undefined),
    { message: '`month` needs a debrief filter (reason, outsideControl, rejection, theme or lessons)', path: ['month'] },
  )
  .meta({ id: 'InsightFilter' });
export type InsightFilter = z.infer<typeof zInsightFilter>;
export type InsightFilterInput = z.input<typeof zInsightFilter>;

export const zInsightApplications = z
  .object({ total: z.number().int(), ids: z.array(z.string()), items: z.array(zApplication) })
  .meta({ id: 'InsightApplications' });
export type InsightApplications = z.infer<typeof zInsightApplications>;
