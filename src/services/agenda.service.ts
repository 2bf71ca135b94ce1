/**
 * The agenda: one list of what is due today and this week, from rules each
 * configurable and switchable off (src/domain/network/agenda.ts). Each item
 * can be done (which logs the interaction with its people), snoozed to a
 * day, or dismissed. `todaysAgenda` is what a home page shows.
 */
import type { DebriefList } from '../contracts/debrief.js';
import { zAgendaRules, type Agenda, type AgendaActionResult, type AgendaItemOut, type AgendaRulesBody } from '../contracts/agenda.js';
import * as agendaRepo from '../db/repos/agenda.repo.js';
import { companyKey } from '../db/repos/companies.repo.js';
import * as contactsRepo from '../db/repos/contacts.repo.js';
import * as planRepo from '../db/repos/plan.repo.js';
import { ACTION_TYPE_LABELS, ACTION_TYPES, type ActionType } from '../domain/plan/catalogue.js';
import { getSettingValues, putSettingValue } from '../db/repos/users.repo.js';
import { AWAITING_REPLY } from '../domain/applications/no-response.js';
import { buildEml } from '../domain/debrief/eml.js';
import { mailtoLink } from '../domain/debrief/mailto.js';
import {
  addMonths,
  agendaWindow,
  buildAgenda,
  DEFAULT_AGENDA_RULES,
  groupByDay,
  interactionForDone,
  RECONNECT_GRACE_DAYS,
  THANK_YOU_STALE_DAYS,
  type AgendaFacts,
  type AgendaItem,
  type AgendaMark,
  type AgendaRules,
  type AgendaWindow,
} from '../domain/network/agenda.js';
import type { InteractionKind } from '../domain/network/contacts.js';
import { addDays } from '../domain/time.js';
import { newId } from '../domain/ids.js';
import { findFeedbackRequest } from '../db/repos/feedback-requests.repo.js';
import { getApplicationSummary } from './applications.service.js';
import type { ServiceContext } from './context.js';
import { recordInteractionWithPerson } from './contacts.service.js';
import { checkDay } from './day-rules.js';
import { listDebriefs } from './debrief.service.js';
import { notFound, ServiceError } from './errors.js';
import { updateAction } from './plan.service.js';
import { practiceDueToday } from './practice.service.js';
import { getSettings, today } from './settings.service.js';
import { transact } from '../db/transact.js';

const isActionType = (t: string): t is ActionType => (ACTION_TYPES as readonly string[]).includes(t);

const RULES_KEY = 'agendaRules';

export async function getAgendaRules(ctx: ServiceContext): Promise<AgendaRules> {
  const raw = (await getSettingValues(ctx.db, ctx.ownerId))[RULES_KEY];
  if (!raw) return DEFAULT_AGENDA_RULES;
  try {
    const parsed = zAgendaRules.safeParse({ ...DEFAULT_AGENDA_RULES, ...(JSON.parse(raw) as object) });
    return parsed.success ? parsed.data : DEFAULT_AGENDA_RULES;
  } catch {
    return DEFAULT_AGENDA_RULES;
  }
}

export async function saveAgendaRules(ctx: ServiceContext, input: AgendaRulesBody): Promise<AgendaRules> {
  const checked = zAgendaRules.safeParse(input);
  if (!checked.success) {
    const fields = Object.fromEntries(checked.error.issues.map((i) => [i.path.join('.'), i.message]));
    throw new ServiceError('validation', Object.values(fields).join(' '), fields);
  }
  await putSettingValue(ctx.db, ctx.ownerId, RULES_KEY, JSON.stringify(checked.data));
  return checked.data;
}

function doorOpen(readerLabels: string | null, corrections: string | null): boolean {
  const read = (text: string | null): unknown => {
    try {
      return text ? (JSON.parse(text) as { doorOpen?: unknown }).doorOpen : undefined;
    } catch {
      return undefined;
    }
  };
  const corrected = read(corrections);
  return typeof corrected === 'boolean' ? corrected : read(readerLabels) === true;
}

type PersonRow = { id: string; name: string; email: string | null };
const person = (p: PersonRow) => ({ contactId: p.id, name: p.name, email: p.email });

/**
 * What a caller has already read for the same request and the agenda would read again: the home page
 * lists the debriefs to finish itself, and hands its read over instead of the agenda reading it twice.
 */
export interface AgendaReads {
  debriefs?: Promise<DebriefList> | undefined;
}

/** Everything the rules look at, for one window. */
async function gatherFacts(ctx: ServiceContext, w: AgendaWindow, rules: AgendaRules, reads: AgendaReads = {}): Promise<AgendaFacts> {
  const settings = await getSettings(ctx);
  const db = ctx.db;
  const o = ctx.ownerId;
  const [meetings, quiet, rejections, revisits, feedback, touches, debriefs, actions, practice] = await Promise.all([
    agendaRepo.meetingsBetween(db, o, addDays(w.today, -(THANK_YOU_STALE_DAYS + rules.thankYou.withinDays + 1)), w.until),
    agendaRepo.quietApplications(db, o, AWAITING_REPLY, addDays(w.today, -settings.noResponseDays), addDays(w.until, -rules.followUp.afterDays)),
    agendaRepo.rejectionsBetween(db, o, addMonths(addDays(w.today, -RECONNECT_GRACE_DAYS), -rules.reconnect.afterMonths), addMonths(w.until, -rules.reconnect.afterMonths)),
    agendaRepo.revisitsBetween(db, o, addDays(w.today, -RECONNECT_GRACE_DAYS), w.until),
    agendaRepo.unansweredFeedbackRequests(db, o, addDays(w.today, -(settings.feedbackReminderDays + 60)), addDays(w.until, -settings.feedbackReminderDays)),
    contactsRepo.contactsWithCadence(db, o),
    rules.debriefs.enabled ? (reads.debriefs ?? listDebriefs(ctx)) : Promise.resolve({ toFinish: [], remindersDue: [] }),
    rules.growthActions.enabled ? planRepo.openActionsDueBy(db, o, w.until) : Promise.resolve([]),
    rules.practice.enabled ? practiceDueToday(ctx) : Promise.resolve({ due: 0, fresh: 0 }),
  ]);
  const open = rejections.filter((r) => doorOpen(r.reader_labels, r.corrections));
  const appIds = [...new Set([...meetings.map((m) => m.application_id), ...quiet.map((q) => q.id), ...open.map((r) => r.application_id), ...feedback.map((f) => f.application_id)])];
  const [appPeople, eventPeople, companyPeople] = await Promise.all([
    contactsRepo.peopleOfApplications(db, o, appIds),
    contactsRepo.peopleOfEvents(db, o, meetings.map((m) => m.id)),
    agendaRepo.contactsAtCompanies(db, o, [...new Set([...open.map((r) => companyKey(r.company)), ...revisits.map((r) => r.name_key)])]),
  ]);
  const byApp = (id: string) => appPeople.filter((p) => p.application_id === id).map(person);
  const byCompany = (key: string) => companyPeople.filter((p) => p.company_key === key).map(person);
  const metIds = [...new Set(eventPeople.map((p) => p.id))];
  const thanks = await contactsRepo.thankYousSince(db, o, metIds, addDays(w.today, -(THANK_YOU_STALE_DAYS + rules.thankYou.withinDays + 1)));
  return {
    interviews: meetings.map((m) => {
      const people = eventPeople.filter((p) => p.event_id === m.id).map(person);
      const thanked = thanks.find((t) => people.some((p) => p.contactId === t.contact_id) && t.occurred_on >= m.occurred_on && (t.application_id === null || t.application_id === m.application_id));
      return {
        eventId: m.id, applicationId: m.application_id, company: m.company, title: m.title, stage: m.stage, interviewType: m.interview_type, round: m.round,
        day: m.occurred_on, people, ended: agendaRepo.isEnded(m.status), thankedOn: thanked?.occurred_on ?? null,
      };
    }),
    quiet: quiet.map((q) => ({ applicationId: q.id, company: q.company, title: q.title, lastStage: q.status, lastOn: q.last_event_on, appliedOn: q.applied_on, people: byApp(q.id) })),
    doorOpen: open.map((r) => {
      const linked = byApp(r.application_id);
      return { applicationId: r.application_id, company: r.company, title: r.title, rejectedOn: r.rejected_on, people: linked.length > 0 ? linked : byCompany(companyKey(r.company)) };
    }),
    revisits: revisits.map((r) => ({ companyId: r.id, company: r.name, revisitOn: r.revisit_on as string, people: byCompany(r.name_key) })),
    touches: touches.map((t) => ({
      contactId: t.id, name: t.name, email: t.email, company: t.company, cadenceWeeks: t.cadence_weeks as number, addedOn: t.created_at.slice(0, 10),
      last: t.last_on && t.last_kind ? { kind: t.last_kind as InteractionKind, on: t.last_on } : null,
    })),
    feedbackReminders: feedback.map((f) => ({
      applicationId: f.application_id, company: f.company, title: f.title, requestedOn: f.requested_on as string,
      people: byApp(f.application_id).filter((p) => (f.contact_email && p.email?.toLowerCase() === f.contact_email.toLowerCase()) || (f.contact_name && p.name === f.contact_name)),
    })),
    debriefs: debriefs.toFinish.map((d) => ({ applicationId: d.applicationId, company: d.company, title: d.title, rejectedOn: d.rejectedOn, next: d.next })),
    growth: actions.map((a) => ({
      actionId: a.id, title: a.title, typeLabel: isActionType(a.type) ? ACTION_TYPE_LABELS[a.type] : 'Growth action', status: a.status === 'doing' ? 'doing' : 'planned', dueOn: a.due_on as string,
    })),
    practice,
    noResponseDays: settings.noResponseDays,
    feedbackReminderDays: settings.feedbackReminderDays,
    yourName: settings.yourName ?? '',
  };
}

function toOut(item: AgendaItem): AgendaItemOut {
  return {
    ...item,
    draft: item.draft
      ? { ...item.draft, to: item.draft.to.map((p) => ({ name: p.name, email: p.email })), mailto: mailtoLink({ to: item.draft.to.map((p) => p.email).filter(Boolean).join(','), subject: item.draft.subject, body: item.draft.body }) }
      : null,
  };
}

async function items(ctx: ServiceContext, until?: string, reads?: AgendaReads): Promise<{ window: AgendaWindow; items: AgendaItem[] }> {
  const rules = await getAgendaRules(ctx);
  const base = agendaWindow(await today(ctx), rules);
  const w = until ? { ...base, until } : base;
  const [facts, marks] = await Promise.all([gatherFacts(ctx, w, rules, reads), agendaRepo.marksOf(ctx.db, ctx.ownerId)]);
  const markMap = new Map<string, AgendaMark>(marks.map((m) => [m.item_key, { state: m.state as AgendaMark['state'], untilDay: m.until_day }]));
  return { window: w, items: buildAgenda(facts, rules, w, markMap) };
}

/** Agenda items up to a later day than the week's end (the calendar feed looks further ahead). */
export async function agendaItemsUntil(ctx: ServiceContext, until: string, reads?: AgendaReads): Promise<AgendaItem[]> {
  return (await items(ctx, until, reads)).items;
}

/** Today and the rest of the week, grouped by day. */
export async function getAgenda(ctx: ServiceContext): Promise<Agenda> {
  const { window, items: list } = await items(ctx);
  return { today: window.today, until: window.until, days: groupByDay(list).map((g) => ({ day: g.day, items: g.items.map(toOut) })), total: list.length };
}

/** What is due today (overdue included): the agenda a home page shows. */
export async function todaysAgenda(ctx: ServiceContext): Promise<AgendaItemOut[]> {
  const { window, items: list } = await items(ctx);
  return list.filter((i) => i.day === window.today).map(toOut);
}

async function findItem(ctx: ServiceContext, key: string): Promise<AgendaItem> {
  const item = (await items(ctx)).items.find((i) => i.key === key);
  if (!item) throw notFound('agenda item', key);
  return item;
}

/** Marks an item done; a thank-you, follow-up, reconnect or reminder records the interaction with its people today. */
export async function markAgendaDone(ctx: ServiceContext, key: string): Promise<AgendaActionResult> {
  const item = await findItem(ctx, key);
  const day = await today(ctx);
  const now = ctx.now().toISOString();
  const kind = interactionForDone(item.kind);
  let logged = 0;
  const note = `From the agenda: ${item.title}`;
  if (kind && item.contactIds.length > 0) {
    await transact(ctx.db, async (trx) => {
      for (const contactId of item.contactIds) {
        await contactsRepo.insertInteraction(trx, { id: newId(), owner_id: ctx.ownerId, contact_id: contactId, kind, occurred_on: day, note, application_id: item.applicationId, created_at: now });
        logged += 1;
      }
      await agendaRepo.putMark(trx, ctx.ownerId, key, 'done', null, now);
    });
  } else {
    // Done on the agenda is done in the plan too (and counts as a win there).
    if (item.kind === 'growth_action') await updateAction(ctx, item.key.split(':')[1] ?? '', { status: 'done' });
    if (kind === 'feedback_request' && item.applicationId) {
      const fr = await findFeedbackRequest(ctx.db, ctx.ownerId, item.applicationId);
      const { company } = await getApplicationSummary(ctx, item.applicationId);
      const role = fr?.recipient === 'hiring_manager' || fr?.recipient === 'recruiter' || fr?.recipient === 'interviewer' ? fr.recipient : null;
      if (fr && (await recordInteractionWithPerson(ctx, { applicationId: item.applicationId, company, name: fr.contact_name, email: fr.contact_email, role }, kind, day, note))) logged = 1;
    }
    await agendaRepo.putMark(ctx.db, ctx.ownerId, key, 'done', null, now);
  }
  return { key, state: 'done', until: null, interactionsLogged: logged };
}

/** Hides an item until a later day (never into the past or today: that would change nothing). */
export async function snoozeAgendaItem(ctx: ServiceContext, key: string, until: string): Promise<AgendaActionResult> {
  const day = await today(ctx);
  checkDay('until', until, { today: day, allowFuture: true });
  if (until <= day) throw new ServiceError('validation', `Snooze to a day after today (${day}).`, { until: `Snooze to a day after today (${day})` });
  await findItem(ctx, key);
  await agendaRepo.putMark(ctx.db, ctx.ownerId, key, 'snoozed', until, ctx.now().toISOString());
  return { key, state: 'snoozed', until, interactionsLogged: 0 };
}

export async function dismissAgendaItem(ctx: ServiceContext, key: string): Promise<AgendaActionResult> {
  await findItem(ctx, key);
  await agendaRepo.putMark(ctx.db, ctx.ownerId, key, 'dismissed', null, ctx.now().toISOString());
  return { key, state: 'dismissed', until: null, interactionsLogged: 0 };
}

/** An item's draft as an unsent .eml message. */
export async function agendaDraftEml(ctx: ServiceContext, key: string): Promise<{ filename: string; eml: string }> {
  const item = await findItem(ctx, key);
  if (!item.draft) throw new ServiceError('not_found', 'This agenda item has no draft.');
  const first = item.draft.to.find((p) => p.email);
  const eml = buildEml({ to: first?.email ? { name: first.name, address: first.email } : null, subject: item.draft.subject, body: item.draft.body, date: ctx.now() });
  return { filename: `${item.kind.replace(/_/g, '-')}.eml`, eml };
}
