/**
 * The agenda and the calendar (docs/decisions/0017-network-and-agenda.md).
 *
 *   GET    /api/agenda                         → 200 Agenda (today and this week, grouped by day)
 *   GET    /api/agenda/today                   → 200 AgendaItem[] (what is due today, overdue included: for the home page)
 *   POST   /api/agenda/items/{key}/done        → 200 AgendaActionResult (records the interaction with the people of the item)
 *   POST   /api/agenda/items/{key}/snooze      AgendaSnooze → 200 AgendaActionResult
 *   POST   /api/agenda/items/{key}/dismiss     → 200 AgendaActionResult
 *   GET    /api/agenda/items/{key}/draft.eml   → 200 message/rfc822
 *   GET    /api/agenda/rules                   → 200 AgendaRules;  PUT AgendaRules → 200
 *   GET    /api/calendar.ics                   → 200 text/calendar (interviews and due follow-ups)
 *   GET    /api/calendar/feed                  → 200 CalendarFeedStatus
 *   POST   /api/calendar/feed                  → 201 CalendarFeedCreated (a new secret URL; the old one stops working)
 *   DELETE /api/calendar/feed                  → 204
 *   GET    /api/calendar/feed/{token}.ics      → 200 text/calendar, 404 for any other token
 */
import { z } from 'zod';
import { AGENDA_KINDS, WEEK_STARTS } from '../domain/network/agenda.js';
import { zIsoDate, zText } from './common.js';

const toggle = z.object({ enabled: z.boolean() });
const whole = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}: use a whole number from ${min} to ${max}` })
    .int(`${label}: use a whole number from ${min} to ${max}`)
    .min(min, `${label}: use a whole number from ${min} to ${max}`)
    .max(max, `${label}: use a whole number from ${min} to ${max}`);

export const zAgendaRules = z
  .object({
    interviews: toggle,
    thankYou: toggle.extend({ withinDays: whole('Thank-you within', 0, 7) }),
    followUp: toggle.extend({ afterDays: whole('Follow up after', 1, 90) }),
    reconnect: toggle.extend({ afterMonths: whole('Reconnect after', 1, 24) }),
    stayInTouch: toggle,
    feedbackReminders: toggle,
    debriefs: toggle,
    growthActions: toggle.default({ enabled: true }).meta({ description: 'Growth actions on their due day' }),
    practice: toggle.default({ enabled: true }).meta({ description: 'Practice due today' }),
    weekStartsOn: z.enum(WEEK_STARTS, { error: 'The week starts on monday, sunday or saturday' }),
  })
  .meta({ id: 'AgendaRules' });
export type AgendaRulesBody = z.infer<typeof zAgendaRules>;

export const zNetworkDraft = z
  .object({
    to: z.array(z.object({ name: z.string(), email: z.string().nullable() })),
    subject: z.string(),
    body: z.string(),
    linkedin: z.string().meta({ description: 'A short variant that fits a LinkedIn message (300 characters at most)' }),
    mailto: z.string(),
  })
  .meta({ id: 'NetworkDraft' });
export type NetworkDraftOut = z.infer<typeof zNetworkDraft>;

export const zAgendaItem = z
  .object({
    key: z.string().meta({ description: 'What done, snooze and dismiss act on' }),
    kind: z.enum(AGENDA_KINDS),
    day: z.string(),
    overdueSince: z.string().nullable(),
    title: z.string(),
    detail: z.string(),
    applicationId: z.string().nullable(),
    contactIds: z.array(z.string()),
    draft: zNetworkDraft.nullable(),
    snoozedUntil: z.string().nullable(),
  })
  .meta({ id: 'AgendaItem' });
export type AgendaItemOut = z.infer<typeof zAgendaItem>;

export const zAgenda = z
  .object({
    today: z.string(),
    until: z.string().meta({ description: 'The last day of your week' }),
    days: z.array(z.object({ day: z.string(), items: z.array(zAgendaItem) })),
    total: z.number().int(),
  })
  .meta({ id: 'Agenda' });
export type Agenda = z.infer<typeof zAgenda>;

export const zAgendaSnooze = z.object({ until: zIsoDate.meta({ description: 'The day it comes back; after today' }) }).meta({ id: 'AgendaSnooze' });
export type AgendaSnooze = z.infer<typeof zAgendaSnooze>;

export const zAgendaActionResult = z
  .object({
    key: z.string(),
    state: z.enum(['done', 'snoozed', 'dismissed']),
    until: z.string().nullable(),
    interactionsLogged: z.number().int().meta({ description: 'Interactions recorded with the people of the item (done only)' }),
  })
  .meta({ id: 'AgendaActionResult' });
export type AgendaActionResult = z.infer<typeof zAgendaActionResult>;

export const zAgendaKeyParam = z.object({ key: zText().min(1).max(200).meta({ param: { name: 'key', in: 'path' }, example: 'thank_you:k3v9x2m7qa' }) });

export const zCalendarFeedStatus = z
  .object({ active: z.boolean(), createdAt: z.string().nullable() })
  .meta({ id: 'CalendarFeedStatus' });
export const zCalendarFeedCreated = z
  .object({ url: z.string().meta({ description: 'Shown once: only a hash of its secret is kept' }), path: z.string(), createdAt: z.string() })
  .meta({ id: 'CalendarFeedCreated' });
export type CalendarFeedCreated = z.infer<typeof zCalendarFeedCreated>;
