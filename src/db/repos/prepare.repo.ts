/** What the preparation page reads that no other repo does; scoped by owner. */
import type { Kysely } from 'kysely';
import { BOOKABLE_STAGES } from '../../domain/prepare/prepare.js';
import type { DB } from '../schema.js';

/** The first step of an application booked for `today` or later. */
export async function nextBookedStep(db: Kysely<DB>, ownerId: string, applicationId: string, today: string) {
  return db
    .selectFrom('stage_events')
    .select(['id', 'stage', 'occurred_on', 'interview_type', 'round'])
    .where('owner_id', '=', ownerId)
    .where('application_id', '=', applicationId)
    .where('stage', 'in', [...BOOKABLE_STAGES])
    .where('occurred_on', '>=', today)
    .orderBy('occurred_on')
    .orderBy('id')
    .executeTakeFirst();
}

/** The stories linked to any of the given themes. */
export async function storiesForThemes(db: Kysely<DB>, ownerId: string, themeIds: readonly string[]): Promise<{ theme_id: string; id: string; title: string }[]> {
  if (themeIds.length === 0) return [];
  return db
    .selectFrom('story_themes as l')
    .innerJoin('stories as s', 's.id', 'l.story_id')
    .select(['l.theme_id', 's.id', 's.title'])
    .where('l.owner_id', '=', ownerId)
    .where('l.theme_id', 'in', [...themeIds])
    .orderBy('s.title')
    .execute();
}
