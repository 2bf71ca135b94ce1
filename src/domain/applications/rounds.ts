/**
 * Interview rounds are numbered by the day they happen (or are booked for),
 * not by the order they were recorded: an interview booked for 20 December
 * after one booked for 10 January is round 1, and the January one becomes
 * round 2.
 */
export interface RoundedInterview {
  id: string;
  day: string;
  round: number | null;
}

/**
 * The round of a new interview on `day` among the application's interviews,
 * and the later ones whose round moves up by one to make room. Interviews on
 * the same day come before the new one (it was recorded after them).
 */
export function roundForNewInterview(interviews: readonly RoundedInterview[], day: string): { round: number; renumbered: { id: string; round: number }[] } {
  const before = interviews.filter((i) => i.day <= day).length;
  const renumbered = interviews.filter((i) => i.day > day && i.round !== null).map((i) => ({ id: i.id, round: (i.round ?? 0) + 1 }));
  return { round: before + 1, renumbered };
}

/** When an interview is taken back, the later interviews' rounds close the gap it leaves. */
export function roundsAfterRemoval(interviews: readonly RoundedInterview[], removed: RoundedInterview): { id: string; round: number }[] {
  if (removed.round === null) return [];
  const gone = removed.round;
  return interviews.filter((i) => i.id !== removed.id && i.round !== null && i.round > gone && i.day >= removed.day).map((i) => ({ id: i.id, round: (i.round ?? 0) - 1 }));
}
