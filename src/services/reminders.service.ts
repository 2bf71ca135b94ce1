import type { Kysely } from 'kysely';
import { claimReminders, ownersWithReminders, releaseReminders } from '../db/repos/jobs.repo.js';
import type { DB } from '../db/schema.js';
import { reminderMail } from '../domain/hosting/reminder-mail.js';
import { todaysAgenda } from './agenda.service.js';
import type { ServiceContext } from './context.js';
import type { Mailer } from './mailer.js';
import { today } from './settings.service.js';

/**
 * Reminder mail (hosted mode, run by `debrief worker`): to everyone who turned it on, the
 * agenda items due today that were not mailed yet today. Each item is claimed for the day
 * before the mail goes, so two workers never send it twice; a failed send gives it back.
 */
export async function sendReminderMail(db: Kysely<DB>, mailer: Mailer, publicUrl: string, now: () => Date = () => new Date()): Promise<{ mails: number; items: number }> {
  let mails = 0;
  let items = 0;
  for (const owner of await ownersWithReminders(db)) {
    const ctx: ServiceContext = { db, ownerId: owner.id, now };
    const due = await todaysAgenda(ctx);
    if (due.length === 0) continue;
    const day = await today(ctx);
    const claimed = await claimReminders(db, owner.id, due.map((i) => i.key), day, now().toISOString());
    const fresh = due.filter((i) => claimed.has(i.key));
    if (fresh.length === 0) continue;
    const mail = reminderMail({ name: owner.name, day, items: fresh, agendaUrl: new URL('/agenda', publicUrl).toString() });
    try {
      await mailer.send({ to: owner.email, ...mail });
      mails += 1;
      items += fresh.length;
    } catch (e) {
      await releaseReminders(db, owner.id, [...claimed], day);
      console.error(`Reminder mail to account ${owner.id} could not be sent: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { mails, items };
}
