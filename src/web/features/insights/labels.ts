import type { Outcome } from '../../../contracts/insights.js';
import { STAGE_LABELS, type ProgressStage } from '../../../domain/applications/stages.js';

export const OUTCOME_LABELS: Record<Outcome, string> = {
  in_progress: 'In progress',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  silence: 'No answer',
};

/** Mantine colours (shade 7 keeps 3:1 against both light and dark backgrounds). */
export const OUTCOME_COLORS: Record<Outcome, string> = {
  in_progress: 'var(--mantine-color-gray-6)',
  accepted: 'var(--mantine-color-green-7)',
  rejected: 'var(--mantine-color-red-7)',
  withdrawn: 'var(--mantine-color-gray-7)',
  silence: 'var(--mantine-color-orange-7)',
};

export const pct = (x: number | null): string => (x === null ? '—' : `${Math.round(x * 100)}%`);

export const stageLabel = (s: ProgressStage): string => (s === 'applied' ? 'Sent' : STAGE_LABELS[s]);
