/**
 * The agenda: what is due today and this week, from a handful of rules, each
 * configurable and switchable off. Pure: the service gathers the facts, this
 * decides what is due on which day and applies what the person did with an
 * item (done, snoozed to a day, dismissed).
 */
import { DEBRIEF_STEP_LABELS, DEBRIEF_STEPS, type DebriefStep } from '../debrief/progress.js';
import { addDays, daysBetween } from '../time.js';
import { nextTouchDay, INTERACTION_LABELS, type InteractionKind } from './contacts.js';
import { followUpDraft, reconnectDraft, stayInTouchDraft, thankYouDraft, type NetworkDraft, type Person } from './drafts.js';

export const WEEK_STARTS = ['monday', 'sunday', 'saturday'] as const;
export type WeekStart = (typeof WEEK_STARTS)[number];

export interface AgendaRules {
  interviews: { enabled: boolean };
  thankYou: { enabled: boolean; withinDays: number };
  followUp: { enabled: boolean; afterDays: number };
  reconnect: { enabled: boolean; afterMonths: number };
  stayInTouch: { enabled: boolean };
  feedbackReminders: { enabled: boolean };
  debriefs: { enabled: boolean };
  /** Growth actions of the plan, on their due day (overdue ones today). */
  growthActions: { enabled: boolean };
  /** Practice due today (questions whose time has come, and new ones). */
  practice: { enabled: boolean };
  weekStartsOn: WeekStart;
}

export const DEFAULT_AGENDA_RULES: AgendaRules = {
  interviews: { enabled: true },
  thankYou: { enabled: true, withinDays: 1 },
  followUp: { enabled: true, afterDays: 10 },
  reconnect: { enabled: true, afterMonths: 3 },
  stayInTouch: { enabled: true },
  feedbackReminders: { enabled: true },
  debriefs: { enabled: true },
  growthActions: { enabled: true },
  practice: { enabled: true },
  weekStartsOn: 'monday',
};

/** A thank-you is still worth sending this many days after the interview; later it leaves the agenda. */
export const THANK_YOU_STALE_DAYS = 7;
/** A reconnect or a revisit stays on the agenda this many days after its day, then leaves quietly. */
export const RECONNECT_GRACE_DAYS = 30;

export const AGENDA_KINDS = ['interview', 'thank_you', 'follow_up', 'feedback_reminder', 'reconnect', 'stay_in_touch', 'debrief', 'growth_action', 'practice'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export interface InterviewFact {
  eventId: string;
  applicationId: string;
  company: string;
  title: string;
  stage: string;
  interviewType: string | null;
  round: number | null;
  day: string;
  people: (Person & { contactId: string })[];
  /** The application has ended (a thank-you is no longer asked for). */
  ended: boolean;
  /** A thank-you is logged with someone met, on or after the interview day. */
  thankedOn: string | null;
}

export interface QuietApplicationFact {
  applicationId: string;
  company: string;
  title: string;
  lastStage: string;
  lastOn: string;
  appliedOn: string | null;
  people: (Person & { contactId: string })[];
}

export interface DoorOpenFact {
  applicationId: string;
  company: string;
  title: string;
  rejectedOn: string;
  people: (Person & { contactId: string })[];
}

export interface RevisitFact {
  companyId: string;
  company: string;
  revisitOn: string;
  people: (Person & { contactId: string })[];
}

export interface ContactTouchFact {
  contactId: string;
  name: string;
  email: string | null;
  company: string | null;
  cadenceWeeks: number;
  addedOn: string;
  last: { kind: InteractionKind; on: string } | null;
}

export interface FeedbackReminderFact {
  applicationId: string;
  company: string;
  title: string;
  requestedOn: string;
  people: (Person & { contactId: string })[];
}

export interface DebriefFact {
  applicationId: string;
  company: string;
  title: string;
  rejectedOn: string;
  next: string | null;
}

export interface GrowthActionFact {
  actionId: string;
  title: string;
  /** In words, e.g. "Mock interview". */
  typeLabel: string;
  status: 'planned' | 'doing';
  dueOn: string;
}

export interface PracticeFact {
  /** Practised questions due by the end of today. */
  due: number;
  /** Questions never practised (due at once). */
  fresh: number;
}

export interface AgendaFacts {
  interviews: InterviewFact[];
  quiet: QuietApplicationFact[];
  doorOpen: DoorOpenFact[];
  revisits: RevisitFact[];
  touches: ContactTouchFact[];
  feedbackReminders: FeedbackReminderFact[];
  debriefs: DebriefFact[];
  growth: GrowthActionFact[];
  practice: PracticeFact;
  /** Days of silence before an application counts as "no response" (the follow-up comes before). */
  noResponseDays: number;
  /** Days after a feedback request before the reminder (the setting). */
  feedbackReminderDays: number;
  yourName: string;
}

export interface AgendaMark {
  state: 'done' | 'snoozed' | 'dismissed';
  untilDay: string | null;
}

export interface AgendaItem {
  /** Stable while the facts behind it stay the same: what done, snooze and dismiss act on. */
  key: string;
  kind: AgendaKind;
  /** The day it is shown on (today for anything overdue). */
  day: string;
  /** The day it fell due, when before today. */
  overdueSince: string | null;
  title: string;
  detail: string;
  applicationId: string | null;
  contactIds: string[];
  draft: NetworkDraft | null;
  /** Set when the item is back from a snooze. */
  snoozedUntil: string | null;
}

export interface AgendaWindow {
  today: string;
  /** The last day of the user's week (inclusive). */
  until: string;
}

const WEEKDAY_NUMBER: Record<WeekStart, number> = { sunday: 0, monday: 1, saturday: 6 };

/** The last day of the week containing `today`, for a week starting on `start`. */
export function endOfWeek(today: string, start: WeekStart): string {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const intoWeek = (weekday - WEEKDAY_NUMBER[start] + 7) % 7;
  return addDays(today, 6 - intoWeek);
}

export function agendaWindow(today: string, rules: AgendaRules): AgendaWindow {
  return { today, until: endOfWeek(today, rules.weekStartsOn) };
}

/** A calendar month later (the 31st becomes the month's last day). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

type Draftless = Omit<AgendaItem, 'day' | 'overdueSince' | 'snoozedUntil'> & { due: string };

function interviewItems(f: AgendaFacts, w: AgendaWindow, rules: AgendaRules): Draftless[] {
  const out: Draftless[] = [];
  for (const i of f.interviews) {
    const what = i.stage === 'interview' ? `Interview${i.round ? ` (round ${i.round})` : ''}` : i.stage === 'final' ? 'Final round' : i.stage === 'screen' ? 'Screening call' : 'Assessment';
    if (rules.interviews.enabled && !i.ended && i.day >= w.today && i.day <= w.until) {
      out.push({
        key: `interview:${i.eventId}`, kind: 'interview', due: i.day, title: `${what} at ${i.company}`,
        detail: `${i.title}${i.people.length ? ` · with ${i.people.map((p) => p.name).join(', ')}` : ''}`,
        applicationId: i.applicationId, contactIds: i.people.map((p) => p.contactId), draft: null,
      });
    }
    const due = addDays(i.day, rules.thankYou.withinDays);
    const age = daysBetween(i.day, w.today);
    if (rules.thankYou.enabled && i.stage !== 'assessment' && !i.ended && i.thankedOn === null && age >= 0 && age <= THANK_YOU_STALE_DAYS && !metAgainSince(f.interviews, i, w.today)) {
      out.push({
        key: `thank_you:${i.eventId}`, kind: 'thank_you', due, title: `Thank-you note to ${i.company}`,
        detail: `For the ${what.toLowerCase()} on ${i.day}${i.people.length ? ` with ${i.people.map((p) => p.name).join(', ')}` : ''}`,
        applicationId: i.applicationId, contactIds: i.people.map((p) => p.contactId),
        draft: thankYouDraft({ people: i.people, company: i.company, title: i.title, interviewOn: i.day, interviewType: i.interviewType, stage: i.stage, yourName: f.yourName }),
      });
    }
  }
  return out;
}

/**
 * The same employer was met again after this meeting, by today: a thank-you for the earlier step is moot (the
 * later one asks for its own), so one application never lists two thank-you notes.
 */
function metAgainSince(all: AgendaFacts['interviews'], i: AgendaFacts['interviews'][number], today: string): boolean {
  return all.some((o) => o.applicationId === i.applicationId && o.stage !== 'assessment' && o.day <= today && (o.day > i.day || (o.day === i.day && o.eventId > i.eventId)));
}

function followUpItems(f: AgendaFacts, rules: AgendaRules): Draftless[] {
  if (!rules.followUp.enabled || rules.followUp.afterDays >= f.noResponseDays) return [];
  return f.quiet
    .map((q): Draftless & { lastOn: string } => ({
      key: `follow_up:${q.applicationId}:${q.lastOn}`, kind: 'follow_up', due: addDays(q.lastOn, rules.followUp.afterDays), lastOn: q.lastOn,
      title: `Follow up with ${q.company}`, detail: `${q.title} · no news since ${q.lastOn}`,
      applicationId: q.applicationId, contactIds: q.people.map((p) => p.contactId),
      draft: followUpDraft({ people: q.people, company: q.company, title: q.title, lastStage: q.lastStage, lastOn: q.lastOn, appliedOn: q.appliedOn, yourName: f.yourName }),
    }))
    .filter((i) => daysBetween(i.lastOn, i.due) < f.noResponseDays)
    .map(({ lastOn: _lastOn, ...i }) => i);
}

function reconnectItems(f: AgendaFacts, rules: AgendaRules): Draftless[] {
  const out: Draftless[] = [];
  if (rules.reconnect.enabled) {
    for (const d of f.doorOpen) {
      out.push({
        key: `reconnect:${d.applicationId}`, kind: 'reconnect', due: addMonths(d.rejectedOn, rules.reconnect.afterMonths),
        title: `Reconnect with ${d.company}`, detail: `They left the door open after the ${d.title} role (${d.rejectedOn})`,
        applicationId: d.applicationId, contactIds: d.people.map((p) => p.contactId),
        draft: reconnectDraft({ people: d.people, company: d.company, title: d.title, rejectedOn: d.rejectedOn, yourName: f.yourName }),
      });
    }
    for (const r of f.revisits) {
      out.push({
        key: `revisit:${r.companyId}:${r.revisitOn}`, kind: 'reconnect', due: r.revisitOn, title: `Revisit ${r.company}`, detail: 'The day you chose to look at them again',
        applicationId: null, contactIds: r.people.map((p) => p.contactId),
        draft: reconnectDraft({ people: r.people, company: r.company, title: null, rejectedOn: null, yourName: f.yourName }),
      });
    }
  }
  if (rules.stayInTouch.enabled) {
    for (const t of f.touches) {
      const due = nextTouchDay(t.cadenceWeeks, t.last?.on ?? null, t.addedOn);
      if (!due) continue;
      out.push({
        key: `stay_in_touch:${t.contactId}:${due}`, kind: 'stay_in_touch', due, title: `Get in touch with ${t.name}`,
        detail: `${t.company ? `${t.company} · ` : ''}every ${t.cadenceWeeks === 1 ? 'week' : `${t.cadenceWeeks} weeks`}${t.last ? ` · last: ${INTERACTION_LABELS[t.last.kind].toLowerCase()} on ${t.last.on}` : ''}`,
        applicationId: null, contactIds: [t.contactId],
        draft: stayInTouchDraft({ person: { name: t.name, email: t.email }, company: t.company, last: t.last ? { kind: INTERACTION_LABELS[t.last.kind], on: t.last.on } : null, yourName: f.yourName }),
      });
    }
  }
  return out;
}

function debriefItems(f: AgendaFacts, w: AgendaWindow, rules: AgendaRules): Draftless[] {
  const out: Draftless[] = [];
  if (rules.feedbackReminders.enabled) {
    for (const r of f.feedbackReminders) {
      out.push({
        key: `feedback_reminder:${r.applicationId}:${r.requestedOn}`, kind: 'feedback_reminder', due: addDays(r.requestedOn, f.feedbackReminderDays),
        title: `No feedback yet from ${r.company}`, detail: `You asked on ${r.requestedOn} about the ${r.title} role; a short, kind reminder is fine`,
        applicationId: r.applicationId, contactIds: r.people.map((p) => p.contactId), draft: null,
      });
    }
  }
  if (rules.debriefs.enabled) {
    for (const d of f.debriefs) {
      out.push({
        key: `debrief:${d.applicationId}`, kind: 'debrief', due: w.today, title: `Finish the debrief for ${d.company}`,
        detail: `${d.title} · rejected ${d.rejectedOn}${d.next ? ` · next: ${stepLabel(d.next)}` : ''}`,
        applicationId: d.applicationId, contactIds: [], draft: null,
      });
    }
  }
  return out;
}

/** Open growth actions on their due day, and one practice item for today when anything is due. */
function growthItems(f: AgendaFacts, w: AgendaWindow, rules: AgendaRules): Draftless[] {
  const out: Draftless[] = [];
  if (rules.growthActions.enabled) {
    for (const g of f.growth) {
      out.push({
        key: `growth_action:${g.actionId}:${g.dueOn}`, kind: 'growth_action', due: g.dueOn, title: g.title,
        detail: `${g.typeLabel} from your growth plan · ${g.status === 'doing' ? 'under way' : 'planned'}, due ${g.dueOn}`,
        applicationId: null, contactIds: [], draft: null,
      });
    }
  }
  const count = f.practice.due + f.practice.fresh;
  if (rules.practice.enabled && count > 0) {
    const parts = [f.practice.due > 0 ? `${f.practice.due} coming back` : null, f.practice.fresh > 0 ? `${f.practice.fresh} never practised` : null].filter(Boolean);
    out.push({
      key: `practice:${w.today}`, kind: 'practice', due: w.today, title: `Practise ${count === 1 ? 'a question' : `${count} questions`} from your bank`,
      detail: `${parts.join(', ')}: a few minutes aloud is enough`, applicationId: null, contactIds: [], draft: null,
    });
  }
  return out;
}

const KIND_ORDER: Record<AgendaKind, number> = { interview: 0, thank_you: 1, follow_up: 2, feedback_reminder: 3, reconnect: 4, stay_in_touch: 5, growth_action: 6, practice: 7, debrief: 8 };

/**
 * Every item due from the past up to the end of the window, after what the
 * person did: done and dismissed items are gone; a snoozed one comes back on
 * its day. Overdue items are shown today, with the day they fell due.
 */
export function buildAgenda(facts: AgendaFacts, rules: AgendaRules, w: AgendaWindow, marks: ReadonlyMap<string, AgendaMark>): AgendaItem[] {
  const graceFrom = addDays(w.today, -RECONNECT_GRACE_DAYS);
  const reconnects = reconnectItems(facts, rules).filter((i) => i.kind !== 'reconnect' || i.due >= graceFrom);
  const all = [...interviewItems(facts, w, rules), ...followUpItems(facts, rules), ...reconnects, ...debriefItems(facts, w, rules), ...growthItems(facts, w, rules)];
  const out: AgendaItem[] = [];
  for (const { due, ...item } of all) {
    const mark = marks.get(item.key);
    if (mark && mark.state !== 'snoozed') continue;
    let shown = due;
    let snoozedUntil: string | null = null;
    if (mark?.state === 'snoozed' && mark.untilDay) {
      if (mark.untilDay > due) shown = mark.untilDay;
      snoozedUntil = mark.untilDay;
    }
    if (shown > w.until) continue;
    const overdueSince = shown < w.today ? shown : null;
    out.push({ ...item, day: overdueSince ? w.today : shown, overdueSince, snoozedUntil });
  }
  return out.sort((a, b) => a.day.localeCompare(b.day) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.title.localeCompare(b.title));
}

/** Items grouped by day, in order. */
export function groupByDay(items: readonly AgendaItem[]): { day: string; items: AgendaItem[] }[] {
  const groups = new Map<string, AgendaItem[]>();
  for (const i of items) groups.set(i.day, [...(groups.get(i.day) ?? []), i]);
  return [...groups].map(([day, list]) => ({ day, items: list }));
}

/** The interaction a done item records with its people, if any. */
export function interactionForDone(kind: AgendaKind): InteractionKind | null {
  switch (kind) {
    case 'thank_you':
      return 'thank_you';
    case 'follow_up':
    case 'reconnect':
    case 'stay_in_touch':
      return 'email';
    case 'feedback_reminder':
      return 'feedback_request';
    default:
      return null;
  }
}

/** A debrief step as the debrief names it ("How you feel"), not as it is stored. */
function stepLabel(step: string): string {
  return (DEBRIEF_STEPS as readonly string[]).includes(step) ? DEBRIEF_STEP_LABELS[step as DebriefStep].toLowerCase() : step.replace(/_/g, ' ');
}
