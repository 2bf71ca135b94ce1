/** The story bank's SQL, scoped by owner. */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB, StoriesTable } from '../schema.js';

export type StoryRow = Selectable<StoriesTable>;

export async function insertStory(db: Kysely<DB>, row: Insertable<StoriesTable>): Promise<void> {
  await db.insertInto('stories').values(row).execute();
}

export async function updateStory(db: Kysely<DB>, ownerId: string, id: string, patch: Updateable<StoriesTable>): Promise<void> {
  await db.updateTable('stories').set(patch).where('owner_id', '=', ownerId).where('id', '=', id).execute();
}

export async function deleteStory(db: Kysely<DB>, ownerId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('stories').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function listStories(db: Kysely<DB>, ownerId: string, ids?: readonly string[]): Promise<StoryRow[]> {
  let q = db.selectFrom('stories').selectAll().where('owner_id', '=', ownerId);
  if (ids) {
    if (ids.length === 0) return [];
    q = q.where('id', 'in', [...ids]);
  }
  return q.orderBy('updated_at', 'desc').orderBy('id').execute();
}

export async function storyQuestions(db: Kysely<DB>, ownerId: string, storyIds: readonly string[]): Promise<{ story_id: string; question_id: string; question: string }[]> {
  if (storyIds.length === 0) return [];
  return db.selectFrom('story_questions as s').innerJoin('question_bank as q', 'q.id', 's.question_id')
    .select(['s.story_id', 's.question_id', 'q.question']).where('s.owner_id', '=', ownerId).where('s.story_id', 'in', [...storyIds]).orderBy('q.question').execute();
}

export async function storyThemes(db: Kysely<DB>, ownerId: string, storyIds: readonly string[]): Promise<{ story_id: string; slug: string; label: string }[]> {
  if (storyIds.length === 0) return [];
  return db.selectFrom('story_themes as s').innerJoin('themes as t', 't.id', 's.theme_id')
    .select(['s.story_id', 't.slug', 't.label']).where('s.owner_id', '=', ownerId).where('s.story_id', 'in', [...storyIds]).orderBy('t.label').execute();
}

export async function replaceStoryQuestions(db: Kysely<DB>, ownerId: string, storyId: string, questionIds: readonly string[]): Promise<void> {
  await db.deleteFrom('story_questions').where('owner_id', '=', ownerId).where('story_id', '=', storyId).execute();
  if (questionIds.length > 0) await db.insertInto('story_questions').values(questionIds.map((q) => ({ owner_id: ownerId, story_id: storyId, question_id: q }))).execute();
}

export async function replaceStoryThemes(db: Kysely<DB>, ownerId: string, storyId: string, themeIds: readonly string[]): Promise<void> {
  await db.deleteFrom('story_themes').where('owner_id', '=', ownerId).where('story_id', '=', storyId).execute();
  if (themeIds.length > 0) await db.insertInto('story_themes').values(themeIds.map((t) => ({ owner_id: ownerId, story_id: storyId, theme_id: t }))).execute();
}

/** Which of `ids` are the owner's questions. */
export async function ownQuestionIds(db: Kysely<DB>, ownerId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('question_bank').select('id').where('owner_id', '=', ownerId).where('id', 'in', [...ids]).execute()).map((r) => r.id);
}

/** The stories that answer each of the given questions. */
export async function storiesForQuestions(db: Kysely<DB>, ownerId: string, questionIds: readonly string[]): Promise<{ question_id: string; id: string; title: string }[]> {
  if (questionIds.length === 0) return [];
  return db.selectFrom('story_questions as l').innerJoin('stories as s', 's.id', 'l.story_id')
    .select(['l.question_id', 's.id', 's.title']).where('l.owner_id', '=', ownerId).where('l.question_id', 'in', [...questionIds]).orderBy('s.title').execute();
}
