import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';

/**
 * The sample job search's mark (is_sample) on the rows it created: counting,
 * marking and removing them, scoped to one owner. See docs/decisions/0011-sample-search.md.
 */

/** How many sample applications the owner has (0 when the sample is not loaded). */
export async function countSampleApplications(db: Kysely<DB>, ownerId: string): Promise<number> {
  const row = await db
    .selectFrom('applications')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('owner_id', '=', ownerId)
    .where('is_sample', '=', 1)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Marks what hangs off the sample applications but would outlive them
 * (check-ins and question-bank items), plus the free journal entries and the
 * companies the sample added.
 */
export async function markSampleRows(
  db: Kysely<DB>,
  ownerId: string,
  added: { journalIds: readonly string[]; companyIds: readonly string[] },
): Promise<void> {
  const sampleApps = db.selectFrom('applications').select('id').where('owner_id', '=', ownerId).where('is_sample', '=', 1);
  await db.updateTable('check_ins').set({ is_sample: 1 }).where('owner_id', '=', ownerId).where('application_id', 'in', sampleApps).execute();
  await db.updateTable('question_bank').set({ is_sample: 1 }).where('owner_id', '=', ownerId).where('application_id', 'in', sampleApps).execute();
  if (added.journalIds.length > 0) {
    await db.updateTable('check_ins').set({ is_sample: 1 }).where('owner_id', '=', ownerId).where('id', 'in', [...added.journalIds]).execute();
  }
  if (added.companyIds.length > 0) {
    await db.updateTable('companies').set({ is_sample: 1 }).where('owner_id', '=', ownerId).where('id', 'in', [...added.companyIds]).execute();
  }
}

export interface RemovedSample {
  applications: number;
  checkIns: number;
  questions: number;
  companies: number;
}

/**
 * Deletes every marked row of the owner. Applications go first (their events,
 * rejections, debriefs and lessons cascade); a sample company that one of the
 * user's own applications now uses is kept and becomes theirs.
 */
export async function deleteSampleRows(db: Kysely<DB>, ownerId: string): Promise<RemovedSample> {
  const apps = await db.deleteFrom('applications').where('owner_id', '=', ownerId).where('is_sample', '=', 1).executeTakeFirst();
  await db.deleteFrom('growth_actions').where('owner_id', '=', ownerId).where('is_sample', '=', 1).execute();
  await db.deleteFrom('stories').where('owner_id', '=', ownerId).where('is_sample', '=', 1).execute();
  const checkIns = await db.deleteFrom('check_ins').where('owner_id', '=', ownerId).where('is_sample', '=', 1).executeTakeFirst();
  const questions = await db.deleteFrom('question_bank').where('owner_id', '=', ownerId).where('is_sample', '=', 1).executeTakeFirst();
  await db.deleteFrom('contacts').where('owner_id', '=', ownerId).where('is_sample', '=', 1).execute();
  await db.deleteFrom('weekly_goals').where('owner_id', '=', ownerId).where('is_sample', '=', 1).execute();
  await db.deleteFrom('wins').where('owner_id', '=', ownerId).where('is_sample', '=', 1).execute();
  const used = db.selectFrom('applications').select('company_id').where('owner_id', '=', ownerId);
  const companies = await db
    .deleteFrom('companies')
    .where('owner_id', '=', ownerId)
    .where('is_sample', '=', 1)
    .where('id', 'not in', used)
    .executeTakeFirst();
  await db.updateTable('companies').set({ is_sample: 0 }).where('owner_id', '=', ownerId).where('is_sample', '=', 1).execute();
  return {
    applications: Number(apps.numDeletedRows),
    checkIns: Number(checkIns.numDeletedRows),
    questions: Number(questions.numDeletedRows),
    companies: Number(companies.numDeletedRows),
  };
}

/** Marks the stories the sample search wrote, so removing the sample removes them. */
export async function markSampleStories(db: Kysely<DB>, ownerId: string, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.updateTable('stories').set({ is_sample: 1 }).where('owner_id', '=', ownerId).where('id', 'in', [...ids]).execute();
}
