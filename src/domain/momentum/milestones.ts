/**
 * Milestones found in what a person logged. Each has a stable key, so it is
 * recorded once: moving an application back and forward again finds the same
 * key and celebrates nothing new.
 */
import { daysBetween } from '../time.js';
import type { WeekResult } from './streak.js';

export const WIN_KINDS = [
  'first_screen',
  'first_interview',
  'final_round',
  'offer',
  'feedback',
  'best_month',
  'fastest_reply',
  'resume',
  'growth',
  'streak',
  'manual',
] as const;
export type WinKind = (typeof WIN_KINDS)[number];

export interface Milestone {
  key: string;
  kind: WinKind;
  title: string;
  note: string;
  occurredOn: string;
  applicationId: string | null;
}

export interface MilestoneEvent {
  applicationId: string;
  company: string;
  stage: string;
  day: string;
  resumeVersion: string | null;
}

export interface MilestoneFacts {
  /** Stage events up to today, in the order they happened. */
  events: readonly MilestoneEvent[];
  /** Applications with a first reply from the employer. */
  replies: readonly { applicationId: string; company: string; appliedOn: string; firstReplyOn: string }[];
  feedback: readonly { applicationId: string; company: string; receivedOn: string }[];
  /** Growth actions done (from the growth plan, when it exists). */
  growth: readonly { id: string; title: string; doneOn: string }[];
  /** Weeks with their goals met or not, oldest first, each with its last day. */
  weeks: readonly (WeekResult & { end: string })[];
  today: string;
}

const CONVERSATION_STAGES = new Set(['screen', 'assessment', 'interview', 'final', 'offer', 'accepted']);
/** The only stages whose events a milestone is drawn from: the rest (saved, applied, endings) need not be read. */
export const MILESTONE_STAGES: readonly string[] = [...CONVERSATION_STAGES];
const INTERVIEW_STAGES = new Set(['interview', 'final']);
/** Conversation counts that earn a résumé its win. */
export const RESUME_THRESHOLDS = [3, 5, 10, 20] as const;
/** Streak lengths (weeks) that earn a win. */
export const STREAK_THRESHOLDS = [2, 4, 8, 12, 26, 52] as const;

const byDay = <T extends { day: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));

function firstOf(events: readonly MilestoneEvent[], stage: string, kind: WinKind, title: (c: string) => string, note: string): Milestone[] {
  const e = events.find((x) => x.stage === stage);
  return e ? [{ key: `${kind}:${e.applicationId}`, kind, title: title(e.company), note, occurredOn: e.day, applicationId: e.applicationId }] : [];
}

function everyOf(events: readonly MilestoneEvent[], stage: string, kind: WinKind, title: (c: string) => string, note: string): Milestone[] {
  const seen = new Set<string>();
  return events.flatMap((e) => {
    if (e.stage !== stage || seen.has(e.applicationId)) return [];
    seen.add(e.applicationId);
    return [{ key: `${kind}:${e.applicationId}`, kind, title: title(e.company), note, occurredOn: e.day, applicationId: e.applicationId }];
  });
}

function bestMonths(events: readonly MilestoneEvent[]): Milestone[] {
  const perMonth = new Map<string, number>();
  const out: Milestone[] = [];
  let bestBefore = 0;
  let month = '';
  for (const e of events.filter((x) => INTERVIEW_STAGES.has(x.stage))) {
    const m = e.day.slice(0, 7);
    if (m !== month) {
      bestBefore = Math.max(bestBefore, perMonth.get(month) ?? 0);
      month = m;
    }
    const n = (perMonth.get(m) ?? 0) + 1;
    perMonth.set(m, n);
    if (bestBefore >= 1 && n === bestBefore + 1) {
      out.push({
        key: `best_month:${m}`,
        kind: 'best_month',
        title: `A personal best: ${n} interviews in one month`,
        note: `More interviews than in any month before it (your best was ${bestBefore}).`,
        occurredOn: e.day,
        applicationId: null,
      });
    }
  }
  return out;
}

function fastestReplies(replies: MilestoneFacts['replies']): Milestone[] {
  const sorted = [...replies].sort((a, b) => (a.firstReplyOn < b.firstReplyOn ? -1 : a.firstReplyOn > b.firstReplyOn ? 1 : 0));
  const out: Milestone[] = [];
  let fastest: number | null = null;
  let earlier = 0;
  for (const r of sorted) {
    const days = daysBetween(r.appliedOn, r.firstReplyOn);
    if (days < 0) continue;
    if (fastest !== null && earlier >= 2 && days < fastest) {
      out.push({
        key: `fastest_reply:${r.applicationId}`,
        kind: 'fastest_reply',
        title: `Your fastest reply yet: ${r.company} answered in ${days === 0 ? 'less than a day' : `${days} day${days === 1 ? '' : 's'}`}`,
        note: `The quickest answer so far (the one before took ${fastest} days).`,
        occurredOn: r.firstReplyOn,
        applicationId: r.applicationId,
      });
    }
    fastest = fastest === null ? days : Math.min(fastest, days);
    earlier += 1;
  }
  return out;
}

function resumeWins(events: readonly MilestoneEvent[]): Milestone[] {
  const counted = new Set<string>();
  const perVersion = new Map<string, number>();
  const out: Milestone[] = [];
  for (const e of events) {
    const version = e.resumeVersion?.trim();
    if (!version || !CONVERSATION_STAGES.has(e.stage) || counted.has(e.applicationId)) continue;
    counted.add(e.applicationId);
    const n = (perVersion.get(version) ?? 0) + 1;
    perVersion.set(version, n);
    if ((RESUME_THRESHOLDS as readonly number[]).includes(n)) {
      out.push({
        key: `resume:${version}:${n}`,
        kind: 'resume',
        title: `Your résumé "${version}" got you ${n} conversations`,
        note: 'Employers said yes to talking with you: the résumé is doing its job.',
        occurredOn: e.day,
        applicationId: null,
      });
    }
  }
  return out;
}

function streakWins(weeks: MilestoneFacts['weeks'], today: string): Milestone[] {
  const out: Milestone[] = [];
  let runStart: string | null = null;
  let run = 0;
  for (const w of weeks) {
    if (w.met === null) continue;
    if (!w.met) {
      if (w.end < today) run = 0;
      continue;
    }
    if (run === 0) runStart = w.weekStart;
    run += 1;
    if ((STREAK_THRESHOLDS as readonly number[]).includes(run)) {
      out.push({
        key: `streak:${runStart}:${run}`,
        kind: 'streak',
        title: `${run} weeks in a row with your goals met`,
        note: 'Showing up week after week is what moves a search forward.',
        occurredOn: w.end < today ? w.end : today,
        applicationId: null,
      });
    }
  }
  return out;
}

/** The facts the costly part of the detection reads: the stage history and the first replies. */
export type HistoryFacts = Pick<MilestoneFacts, 'events' | 'replies' | 'today'>;

/**
 * The milestones drawn from the stage history and the first replies, by kind,
 * in the order detectMilestones lists them. They change only when that
 * history changes or when a day comes that a booked step or a reply falls on
 * (historyValidUntil), so they can be kept between visits.
 */
export interface HistoryMilestones {
  firstScreen: Milestone[];
  firstInterview: Milestone[];
  finalRounds: Milestone[];
  offers: Milestone[];
  bestMonths: Milestone[];
  fastestReplies: Milestone[];
  resume: Milestone[];
}

export function historyMilestones(facts: HistoryFacts): HistoryMilestones {
  const events = byDay(facts.events.filter((e) => e.day <= facts.today));
  return {
    firstScreen: firstOf(events, 'screen', 'first_screen', (c) => `Your first screen: ${c}`, 'The first employer who wanted to talk with you in this search.'),
    firstInterview: firstOf(events, 'interview', 'first_interview', (c) => `Your first interview: ${c}`, 'You got through the door to an interview.'),
    finalRounds: everyOf(events, 'final', 'final_round', (c) => `A final round at ${c}`, 'One of the last few people they are considering.'),
    offers: everyOf(events, 'offer', 'offer', (c) => `An offer from ${c}`, 'They want you on the team.'),
    bestMonths: bestMonths(events),
    fastestReplies: fastestReplies(facts.replies.filter((r) => r.firstReplyOn <= facts.today)),
    resume: resumeWins(events),
  };
}

/**
 * The first day after `today` on which historyMilestones could find more in
 * the same facts (a step booked ahead, a reply dated later), or null when no
 * fact lies ahead: until then, with the same facts, the answer is the same.
 */
export function historyValidUntil(facts: HistoryFacts): string | null {
  let next: string | null = null;
  const consider = (day: string) => {
    if (day > facts.today && (next === null || day < next)) next = day;
  };
  for (const e of facts.events) consider(e.day);
  for (const r of facts.replies) consider(r.firstReplyOn);
  return next;
}

/** Every milestone the facts hold, oldest first; `history` when already drawn from the same events, replies and day. */
export function detectMilestones(facts: MilestoneFacts, history: HistoryMilestones = historyMilestones(facts)): Milestone[] {
  const all = [
    ...history.firstScreen,
    ...history.firstInterview,
    ...history.finalRounds,
    ...history.offers,
    ...facts.feedback
      .filter((f) => f.receivedOn <= facts.today)
      .map((f) => ({
        key: `feedback:${f.applicationId}`,
        kind: 'feedback' as const,
        title: `Feedback received from ${f.company}`,
        note: 'Asking took courage, and now you have something real to learn from.',
        occurredOn: f.receivedOn,
        applicationId: f.applicationId,
      })),
    ...history.bestMonths,
    ...history.fastestReplies,
    ...history.resume,
    ...facts.growth
      .filter((g) => g.doneOn <= facts.today)
      .map((g) => ({ key: `growth:${g.id}`, kind: 'growth' as const, title: `Growth action done: ${g.title}`, note: 'You worked on what the feedback pointed to.', occurredOn: g.doneOn, applicationId: null })),
    ...streakWins(facts.weeks, facts.today),
  ];
  return all.sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));
}
