import { dayRangeProblem, isoDateProblem, type DayRange } from '../domain/time.js';
import { invalid } from './errors.js';

/**
 * Refuses a day a person entered that breaks the one date rule
 * (`dayRangeProblem` in src/domain/time.ts), naming the field: never moved,
 * clamped or rolled over.
 */
export function checkDay(field: string, day: string, range: DayRange): void {
  const problem = isoDateProblem(day) ?? dayRangeProblem(day, range);
  if (problem) throw invalid(field, problem);
}
