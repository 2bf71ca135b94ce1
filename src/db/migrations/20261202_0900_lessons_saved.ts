import type { Kysely } from 'kysely';

/**
 * When the lessons step was last saved. Saving it with no theme, nothing
 * outside the seeker's control and no note is a real answer ("nothing to
 * change this time"), so the step is done even though no lesson row exists.
 * Null until the step is saved; rejections saved before this column have no
 * way to tell, and keep counting lessons by their content.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('rejections').addColumn('lessons_saved_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('rejections').dropColumn('lessons_saved_at').execute();
}
