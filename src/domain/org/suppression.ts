/**
 * Small-cell suppression for cohort figures (docs/decisions/0026-organisations-and-cohorts.md):
 * no figure is shown when fewer than MIN_PEOPLE people stand behind it, so that no member
 * of a cohort can be picked out from an aggregate. The count of people itself is a figure:
 * under the threshold it is hidden too.
 */

/** The fewest people a shown figure may come from. */
export const MIN_PEOPLE = 5;

/** True when a figure from `people` people must not be shown. */
export function isSuppressed(people: number, threshold: number = MIN_PEOPLE): boolean {
  if (!Number.isInteger(threshold) || threshold < 1) throw new Error(`The suppression threshold must be a whole number from 1 (got ${threshold}).`);
  if (!Number.isFinite(people) || people < 0) throw new Error(`A count of people must be 0 or more (got ${people}).`);
  return people < threshold;
}

/** The value when enough people stand behind it, otherwise null. */
export function shown<T>(value: T, people: number, threshold: number = MIN_PEOPLE): T | null {
  return isSuppressed(people, threshold) ? null : value;
}

/**
 * A count: zero is shown whatever the people (it says something of the whole group, and
 * nothing of anyone in particular); any other count only from enough people.
 */
export function shownCount(count: number, people: number, threshold: number = MIN_PEOPLE): number | null {
  return count === 0 ? 0 : shown(count, people, threshold);
}

/**
 * A comparison of one group with everyone else needs enough people on both sides:
 * `inGroup` people have the value, `outside` people have something else.
 */
export function comparisonShown(inGroup: number, outside: number, threshold: number = MIN_PEOPLE): boolean {
  return !isSuppressed(inGroup, threshold) && !isSuppressed(outside, threshold);
}
