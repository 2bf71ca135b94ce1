import { addDays } from '../time.js';
import { SAMPLE_DEBRIEFS, type SampleDebrief } from './sample-debriefs.js';
import { SAMPLE_WINS, type SampleWin } from './sample-momentum.js';
import { SAMPLE_JOURNAL, SAMPLE_PRACTICE, type SampleJournalEntry, type SamplePractice } from './sample-journal.js';
import { buildSampleSearch, type SampleApplication } from './sample-search.js';

/**
 * The whole sample job search, one part per feature. Each part is replayed by
 * demo.service.ts through that feature's own service, in this order. A new
 * feature (growth plan, contacts, goals…) adds a part here and a step there,
 * and marks what it creates as sample data (docs/decisions/0011-sample-search.md).
 */
export interface SampleStory {
  today: string;
  applications: SampleApplication[];
  debriefs: readonly SampleDebrief[];
  journal: readonly SampleJournalEntry[];
  practice: readonly SamplePractice[];
  wins: readonly SampleWin[];
}

export function buildSampleStory(today: string): SampleStory {
  return { today, applications: buildSampleSearch(today), debriefs: SAMPLE_DEBRIEFS, journal: SAMPLE_JOURNAL, practice: SAMPLE_PRACTICE, wins: SAMPLE_WINS };
}

/** The day `daysAgo` days before today, or null when a step would fall after today. */
export function dayAfter(from: string, after: number, today: string): string | null {
  const day = addDays(from, after);
  return day > today ? null : day;
}
