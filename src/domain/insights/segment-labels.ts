/**
 * Plain-language names for segment groups, used in highlight summaries:
 * "<label> <metric phrase> 42% of the time vs 12% otherwise."
 * Boolean dimensions (referral, tailored) use the values "yes" / "no".
 */
import type { SegmentDimension, SegmentMetric } from './types.js';

export const METRIC_PHRASES: Record<SegmentMetric, string> = {
  response: 'got a reply',
  interview: 'reached an interview',
  offer: 'led to an offer',
};

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const YES = new Set(['yes', 'true', '1']);

function monthName(key: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : key;
}

/**
 * "job_board" → "job board", "full-time" → "full time"; a dash between digits
 * is a range and stays ("11-50", "1001-5000").
 */
function humanise(value: string): string {
  return value
    .replace(/_+/g, ' ')
    .replace(/(?<!\d)-+|-+(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Referred applications", "Applications from LinkedIn", … (sentence start). */
export function segmentLabel(dimension: SegmentDimension, value: string): string {
  const v = humanise(value);
  const yes = YES.has(value.trim().toLowerCase());
  switch (dimension) {
    case 'source':
      return `Applications from ${v}`;
    case 'referral':
      return yes ? 'Referred applications' : 'Applications without a referral';
    case 'tailored':
      return yes ? 'Applications with a tailored résumé' : 'Applications with a standard résumé';
    case 'resume_version':
      return `Applications with résumé "${value}"`;
    case 'fit_band':
      return `Applications you rated ${v} for fit`;
    case 'excitement_band':
      return `Applications you felt ${v} excitement about`;
    case 'role_family':
      return `Applications for ${v} roles`;
    case 'seniority':
      return `Applications for ${v}-level roles`;
    case 'remote':
      return `Applications for ${v} roles`;
    case 'company_size':
      // Sizes are head counts ("11-50", "5000+") or words ("small", "unknown").
      if (/^\d/.test(v)) return `Applications to companies of ${v} people`;
      return v.toLowerCase() === 'unknown' ? 'Applications to companies of unknown size' : `Applications to ${v} companies`;
    case 'month':
      return `Applications sent in ${monthName(value)}`;
  }
}

/**
 * The same groups named for someone reading a cohort's figures: the ratings are the members', not
 * the reader's ("Applications members rated high for fit").
 */
export function cohortSegmentLabel(dimension: SegmentDimension, value: string): string {
  const v = humanise(value);
  if (dimension === 'fit_band') return `Applications members rated ${v} for fit`;
  if (dimension === 'excitement_band') return `Applications members felt ${v} excitement about`;
  return segmentLabel(dimension, value);
}
