/**
 * Step 1 of the method, "let the feeling land": the check-in after a
 * rejection. Nothing here ever blocks the user; low moods get gentle
 * suggestions, not gates.
 */
import { daysBetween, parseIsoDay, type IsoDay } from './dates.js';
import { CHECKIN_TEXTS, SUPPORT_SUGGESTIONS, type SupportSuggestion } from './checkin-texts.js';

export const MOODS = [1, 2, 3, 4, 5] as const;
export type Mood = (typeof MOODS)[number];

export const MOOD_LABELS = {
  1: 'Really low',
  2: 'Low',
  3: 'So-so',
  4: 'Fairly good',
  5: 'Good',
} as const satisfies Record<Mood, string>;

export function isMood(value: number): value is Mood {
  const moods: readonly number[] = MOODS;
  return moods.includes(value);
}

export const FEELING_IDS = [
  'disappointed',
  'frustrated',
  'embarrassed',
  'angry',
  'anxious',
  'sad',
  'hurt',
  'discouraged',
  'numb',
  'confused',
  'tired',
  'relieved',
  'calm',
  'hopeful',
  'determined',
  'grateful',
] as const;
export type Feeling = (typeof FEELING_IDS)[number];

/** How a feeling weighs on the check-in: heavy feelings tilt towards rest and support. */
export type FeelingWeight = 'heavy' | 'mixed' | 'light';

export const FEELINGS = {
  disappointed: { label: 'Disappointed', weight: 'heavy' },
  frustrated: { label: 'Frustrated', weight: 'heavy' },
  embarrassed: { label: 'Embarrassed', weight: 'heavy' },
  angry: { label: 'Angry', weight: 'heavy' },
  anxious: { label: 'Anxious', weight: 'heavy' },
  sad: { label: 'Sad', weight: 'heavy' },
  hurt: { label: 'Hurt', weight: 'heavy' },
  discouraged: { label: 'Discouraged', weight: 'heavy' },
  numb: { label: 'Numb', weight: 'heavy' },
  confused: { label: 'Confused', weight: 'mixed' },
  tired: { label: 'Tired', weight: 'mixed' },
  relieved: { label: 'Relieved', weight: 'light' },
  calm: { label: 'Calm', weight: 'light' },
  hopeful: { label: 'Hopeful', weight: 'light' },
  determined: { label: 'Determined', weight: 'light' },
  grateful: { label: 'Grateful', weight: 'light' },
} as const satisfies Record<Feeling, { label: string; weight: FeelingWeight }>;

export function isFeeling(value: string): value is Feeling {
  const ids: readonly string[] = FEELING_IDS;
  return ids.includes(value);
}

/** Moods at or below this count as low. */
export const LOW_MOOD = 2;

export type SupportLevel = 'low' | 'mixed' | 'steady';

export interface CheckInSupport {
  level: SupportLevel;
  /** One or two sentences that acknowledge how the user feels. */
  message: string;
  suggestions: SupportSuggestion[];
  /** Always true: the debrief can continue whatever the mood. */
  canContinue: true;
}

/**
 * What to offer after a check-in. A mood of 1–2 (or a middling mood with
 * mostly heavy feelings) gets a rest day and someone to talk to first;
 * the user can always carry on with the debrief.
 */
export function checkInSupport(mood: Mood, feelings: readonly Feeling[] = []): CheckInSupport {
  if (!isMood(mood)) {
    throw new RangeError(`The mood must be a whole number from 1 to 5 (got ${String(mood)}).`);
  }
  const known = [...new Set(feelings)].filter(isFeeling);
  const heavy = known.filter((f) => FEELINGS[f].weight === 'heavy').length;
  const light = known.filter((f) => FEELINGS[f].weight === 'light').length;

  let level: SupportLevel;
  if (mood <= LOW_MOOD) level = 'low';
  else if (mood === 3 && heavy > light) level = 'mixed';
  else level = 'steady';

  const ids =
    level === 'low'
      ? (['rest_day', 'talk', 'journal'] as const)
      : level === 'mixed'
        ? (['journal', 'talk', 'small_step'] as const)
        : (['small_step', 'notice_progress'] as const);

  const named = known[0];
  const feelingNote = named ? CHECKIN_TEXTS.feelingNotes[named] : null;
  const base = CHECKIN_TEXTS.levelMessages[level];
  return {
    level,
    message: feelingNote ? `${feelingNote} ${base}` : base,
    suggestions: ids.map((id) => SUPPORT_SUGGESTIONS[id]),
    canContinue: true,
  };
}

export interface CheckInRecord {
  /** ISO day or date-time of the check-in. */
  date: IsoDay;
  mood: Mood;
}

/** How far back a check-in still says something about today. */
export const NUDGE_LOOKBACK_DAYS = 30;
/** Days without any job-search activity before a low mood earns a nudge. */
export const NUDGE_QUIET_DAYS = 7;

export interface LowMoodNudge {
  due: boolean;
  /** Days since the last activity (or since the low check-in when there was none). */
  quietDays: number | null;
  latestMood: Mood | null;
  message: string | null;
  suggestions: SupportSuggestion[];
}

/**
 * The "stays low and activity stops" rule. A nudge is due when all hold:
 * 1. the most recent check-in is at most NUDGE_LOOKBACK_DAYS old and has a
 *    mood of LOW_MOOD or lower — nothing since says things got better;
 * 2. the low spell started at least NUDGE_QUIET_DAYS ago — the low spell is
 *    the run of consecutive low check-ins ending with the latest one;
 * 3. nothing was done in the search for at least NUDGE_QUIET_DAYS: counted
 *    from `lastActivityDate`, or from the start of the low spell when there is
 *    no activity at all (or only activity from before it).
 * A fresh rejection never triggers it: the first week is for feeling it.
 */
export function lowMoodNudge(
  recentCheckIns: readonly CheckInRecord[],
  lastActivityDate: IsoDay | null,
  today: IsoDay,
): LowMoodNudge {
  const sorted = recentCheckIns
    .filter((c) => parseIsoDay(c.date) !== null)
    .map((c) => ({ day: c.date.trim().slice(0, 10), mood: c.mood }))
    .filter((c) => daysBetween(c.day, today) >= 0)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const latest = sorted.at(-1);
  const none: LowMoodNudge = {
    due: false,
    quietDays: null,
    latestMood: latest?.mood ?? null,
    message: null,
    suggestions: [],
  };
  if (!latest || latest.mood > LOW_MOOD || daysBetween(latest.day, today) > NUDGE_LOOKBACK_DAYS) {
    return none;
  }

  let spellStart = latest.day;
  for (let i = sorted.length - 1; i >= 0; i -= 1) {
    const entry = sorted[i];
    if (!entry || entry.mood > LOW_MOOD) break;
    spellStart = entry.day;
  }
  const lowForDays = daysBetween(spellStart, today);

  const activity = lastActivityDate && parseIsoDay(lastActivityDate) !== null ? lastActivityDate.slice(0, 10) : null;
  const quietFrom = activity && activity > spellStart ? activity : spellStart;
  const quietDays = daysBetween(quietFrom, today);

  const due = lowForDays >= NUDGE_QUIET_DAYS && quietDays >= NUDGE_QUIET_DAYS;
  return {
    ...none,
    quietDays,
    due,
    message: due ? CHECKIN_TEXTS.nudge : null,
    suggestions: due ? [SUPPORT_SUGGESTIONS.talk, SUPPORT_SUGGESTIONS.small_step] : [],
  };
}
