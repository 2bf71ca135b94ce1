/**
 * The JSON contract of insights, as the API and CLI (`--json`) return it.
 * Fields beyond those named in the issue are additions, never renames.
 */
import type { ProgressStage } from '../applications/stages.js';

/** A rate with its 95% Wilson interval; `rate` is null when there are no trials. */
export interface Proportion {
  successes: number;
  trials: number;
  rate: number | null;
  ci95: [number, number];
}

export interface FunnelRow {
  stage: ProgressStage;
  /** Applications whose furthest stage is this one or later (in progress included). */
  reached: number;
  /** Of those, the ones sitting at exactly this stage and not ended yet. */
  inProgress: number;
}

export interface Conversion extends Proportion {
  from: ProgressStage;
  to: ProgressStage;
  /** Still at `from` with no ending yet: left out of `trials` (no outcome yet). */
  pending: number;
}

export interface Funnel {
  funnel: FunnelRow[];
  conversions: Conversion[];
}

export const SEGMENT_DIMENSIONS = [
  'source',
  'referral',
  'tailored',
  'resume_version',
  'fit_band',
  'excitement_band',
  'role_family',
  'seniority',
  'remote',
  'company_size',
  'month',
] as const;
export type SegmentDimension = (typeof SEGMENT_DIMENSIONS)[number];

export const SEGMENT_METRICS = ['response', 'interview', 'offer'] as const;
export type SegmentMetric = (typeof SEGMENT_METRICS)[number];

export interface SegmentRow {
  dimension: SegmentDimension;
  value: string;
  metric: SegmentMetric;
  successes: number;
  trials: number;
  rate: number;
  restSuccesses: number;
  restTrials: number;
  restRate: number;
  /** rate − restRate. */
  difference: number;
  /** rate ÷ restRate; null when restRate is 0. */
  ratio: number | null;
  pValue: number;
  qValue: number;
  /** Material (see segments.ts) and qValue < 0.10. */
  highlight: boolean;
  summary: string;
}

export type BottleneckArea = 'targeting' | 'interviews' | 'final_round' | 'offers';

export interface AreaEvidence extends Proportion {
  area: BottleneckArea;
  from: ProgressStage;
  to: ProgressStage;
  /** The rough rate a coach would call typical for this step. */
  typicalRate: number;
  /** Decided cases needed before this step is judged. */
  minimumTrials: number;
  enoughEvidence: boolean;
}

export interface Bottleneck {
  stage: ProgressStage | null;
  area: BottleneckArea | null;
  message: string;
  evidence: {
    /** Applications sent whose first step (any conversation or not) is decided. */
    decidedApplications: number;
    /** How many more decided applications are needed for a first verdict; 0 once there are enough. */
    applicationsNeeded: number;
    areas: AreaEvidence[];
  };
}
