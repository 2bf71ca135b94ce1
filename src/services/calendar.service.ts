/**
 * The calendar: booked interviews and due follow-ups as iCalendar, built by
 * ical-generator. All-day events (a step in Debrief has a day, not a time) in
 * the user's time zone, with stable UIDs so a calendar app updates events
 * instead of duplicating them, and a link back to the application. Offered
 * as a download and as a feed whose URL holds a long random secret; only
 * its SHA-256 hash is stored, and a new one ends the old one.
 */
import { randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import * as agendaRepo from '../db/repos/agenda.repo.js';
import { addDays } from '../domain/time.js';
import { agendaItemsUntil } from './agenda.service.js';
import type { ServiceContext } from './context.js';
import { getSettings, today } from './settings.service.js';
import { peopleOfEvents } from '../db/repos/contacts.repo.js';

/** How far back and ahead the calendar reaches. */
const PAST_DAYS = 90;
const AHEAD_DAYS = 366;
const FOLLOW_UPS_AHEAD = 60;

const STAGE_WORDS: Record<string, string> = { screen: 'Screening call', assessment: 'Assessment', interview: 'Interview', final: 'Final round' };

/** A calendar day as a Date at local noon: ical-generator writes all-day dates from local time. */
function dayDate(day: string, plus = 0): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plus, 12);
}

export async function calendarIcs(ctx: ServiceContext, baseUrl: string): Promise<string> {
  const [settings, day] = await Promise.all([getSettings(ctx), today(ctx)]);
  const cal = ical({ name: 'Debrief — interviews and follow-ups', prodId: { company: 'Debrief', product: 'Debrief', language: 'EN' } });
  cal.timezone(settings.timezone);
  const base = baseUrl.replace(/\/+$/, '');
  const meetings = await agendaRepo.meetingsBetween(ctx.db, ctx.ownerId, addDays(day, -PAST_DAYS), addDays(day, AHEAD_DAYS));
  const people = await peopleOfEvents(ctx.db, ctx.ownerId, meetings.map((m) => m.id));
  for (const m of meetings) {
    if (agendaRepo.isEnded(m.status) && m.occurred_on > day) continue; // cancelled by the ending
    const met = people.filter((p) => p.event_id === m.id).map((p) => p.name);
    const link = `${base}/applications/${m.application_id}`;
    cal.createEvent({
      id: `interview-${m.id}@debrief`,
      start: dayDate(m.occurred_on),
      end: dayDate(m.occurred_on, 1),
      allDay: true,
      summary: `${STAGE_WORDS[m.stage] ?? 'Interview'}${m.round ? ` (round ${m.round})` : ''}: ${m.company}`,
      description: [`${m.title} at ${m.company}`, met.length ? `With ${met.join(', ')}` : null, m.note, link].filter(Boolean).join('\n'),
      url: link,
    });
  }
  const followUps = (await agendaItemsUntil(ctx, addDays(day, FOLLOW_UPS_AHEAD))).filter((i) => i.kind === 'follow_up' && i.applicationId);
  for (const f of followUps) {
    const link = `${base}/applications/${f.applicationId ?? ''}`;
    cal.createEvent({
      id: `${f.key.replace(/[^a-z0-9-]/gi, '-')}@debrief`,
      start: dayDate(f.overdueSince ?? f.day),
      end: dayDate(f.overdueSince ?? f.day, 1),
      allDay: true,
      summary: f.title,
      description: [f.detail, link].join('\n'),
      url: link,
    });
  }
  return cal.toString();
}

export async function feedStatus(ctx: ServiceContext): Promise<{ active: boolean; createdAt: string | null }> {
  const row = await agendaRepo.feedOf(ctx.db, ctx.ownerId);
  return { active: !!row, createdAt: row?.created_at ?? null };
}

/** A new feed secret (256 random bits); the previous URL stops working. The URL is returned once. */
export async function createFeed(ctx: ServiceContext, baseUrl: string): Promise<{ url: string; path: string; createdAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.now().toISOString();
  await agendaRepo.replaceFeed(ctx.db, ctx.ownerId, agendaRepo.hashToken(token), now);
  const path = `/api/calendar/feed/${token}.ics`;
  return { url: `${baseUrl.replace(/\/+$/, '')}${path}`, path, createdAt: now };
}

export async function deleteFeed(ctx: ServiceContext): Promise<void> {
  await agendaRepo.deleteFeed(ctx.db, ctx.ownerId);
}

/** The owner a feed secret belongs to, or null for any other text. */
export async function feedOwner(ctx: Pick<ServiceContext, 'db'>, token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{40,64}$/.test(token)) return null;
  return agendaRepo.ownerOfFeed(ctx.db, agendaRepo.hashToken(token));
}
