/**
 * The network part of the sample search: a few people met along the way,
 * what was done with them, an interview booked ahead, so the contacts page,
 * the agenda and the calendar have something true to show.
 */
import { eventsFor } from '../db/repos/events.repo.js';
import * as contactsRepo from '../db/repos/contacts.repo.js';
import { addDays } from '../domain/time.js';
import { moveApplication } from './application-events.service.js';
import type { ServiceContext } from './context.js';
import { createContact, logInteraction } from './contacts.service.js';

/** Contact ids before the sample loads: anything new after it, linked or made by the sample, is sample data. */
export async function contactsBefore(ctx: ServiceContext): Promise<Set<string>> {
  return new Set(await contactsRepo.contactIds(ctx.db, ctx.ownerId));
}

export async function loadSampleNetwork(ctx: ServiceContext, today: string, ids: ReadonlyMap<string, string>, before: ReadonlySet<string>): Promise<void> {
  const atlas = ids.get('atlas');
  const orchard = ids.get('orchard');
  const quillon = ids.get('quillon');
  if (atlas) {
    const round1 = (await eventsFor(ctx.db, ctx.ownerId, atlas)).find((e) => e.stage === 'interview');
    await moveApplication(ctx, atlas, { stage: 'final', occurredOn: addDays(today, 2), interviewType: 'presentation', note: 'Present the take-home analysis to the team' });
    await createContact(ctx, {
      name: 'Maya Chen', role: 'hiring_manager', company: 'Atlas Civic Data', email: 'maya.chen@atlascivic.example', howMet: 'First-round interview',
      interviewIds: round1 ? [round1.id] : [], applicationIds: [atlas],
    });
    await createContact(ctx, { name: 'Omar Haddad', role: 'interviewer', company: 'Atlas Civic Data', interviewIds: round1 ? [round1.id] : [], applicationIds: [atlas] });
  }
  if (orchard) {
    const leo = await createContact(ctx, { name: 'Leo Park', role: 'recruiter', company: 'Orchard Robotics', email: 'leo.park@orchard.example', applicationIds: [orchard], howMet: 'Screening call' });
    await logInteraction(ctx, leo.id, { kind: 'call', on: addDays(today, -21), note: 'Screening call, friendly and quick', applicationId: orchard });
  }
  const priya = await createContact(ctx, {
    name: 'Priya Shah', role: 'peer', company: 'Larkspur Labs', position: 'Senior Data Analyst', linkedinUrl: 'https://www.linkedin.com/in/priya-shah-sample',
    howMet: 'Analytics meetup', cadenceWeeks: 6, notes: 'Happy to tell me when their team hires again.',
  });
  await logInteraction(ctx, priya.id, { kind: 'coffee', on: addDays(today, -45), note: 'Coffee after the meetup' });
  const jordan = await createContact(ctx, {
    name: 'Jordan Ellis', role: 'mentor', company: 'Quillon Software', email: 'jordan@quillon.example', howMet: 'Former colleague', cadenceWeeks: 8,
    applicationIds: quillon ? [quillon] : [],
  });
  await logInteraction(ctx, jordan.id, { kind: 'referral_ask', on: addDays(today, -86), note: 'Asked for a referral to the Product Analyst role', applicationId: quillon ?? null });
  await logInteraction(ctx, jordan.id, { kind: 'video', on: addDays(today, -20), note: 'Mock interview practice' });
  const after = await contactsRepo.contactIds(ctx.db, ctx.ownerId);
  await contactsRepo.markSampleContacts(ctx.db, ctx.ownerId, after.filter((id) => !before.has(id)));
}
