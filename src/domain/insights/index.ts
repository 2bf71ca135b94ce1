/** Insights: pure statistics and verdicts over count tables produced in SQL. */
export * from './types.js';
export {
  Z95,
  wilsonInterval,
  fisherExactTwoSided,
  benjaminiHochberg,
  logFactorial,
  median,
  quantile,
  iqr,
} from './stats.js';
export {
  FUNNEL_STAGES,
  computeFunnel,
  stepConversion,
  reachedCount,
  proportion,
  validateFunnelCounts,
  type FunnelCounts,
  type StageCounts,
} from './funnel.js';
export {
  computeResponse,
  computeResponseOfCounts,
  daySpread,
  daySpreadOfCounts,
  type DayCount,
  type ResponseCounts,
  type ResponseDayCounts,
  type ResponseTimes,
  type ResponseInsights,
  type DaySpread,
} from './response.js';
export { readBottleneck, AREA_RULES, MIN_APPLICATIONS, MATERIAL_RATIO } from './bottleneck.js';
export {
  computeSegments,
  isMaterial,
  Q_THRESHOLD,
  MIN_DIFFERENCE,
  MIN_GROUP_TRIALS,
  NOT_ENOUGH_EVIDENCE,
  type SegmentCountRow,
  type MetricTotals,
} from './segments.js';
export { segmentLabel, METRIC_PHRASES } from './segment-labels.js';
export { ratingBand, fitBand, excitementBand, monthKey, RATING_BANDS, type RatingBand } from './bands.js';
export {
  computeReasons,
  computeThemes,
  monthSpan,
  reasonLabel,
  isInformativeReason,
  NON_INFORMATIVE_REASONS,
  type ReasonMonthRow,
  type RejectionMonthRow,
  type ThemeMonthRow,
  type ReasonInsights,
  type ThemeInsights,
} from './reasons.js';
