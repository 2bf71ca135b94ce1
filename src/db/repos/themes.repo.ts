import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB, LessonEvidenceTable, OutsideControlItemsTable, ThemesTable } from '../schema.js';

export type ThemeRow = Selectable<ThemesTable>;
export type OutsideItemRow = Selectable<OutsideControlItemsTable>;

export async function countThemes(db: Kysely<DB>, ownerId: string): Promise<number> {
  const r = await db.selectFrom('themes').select((eb) => eb.fn.countAll().as('n')).where('owner_id', '=', ownerId).executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Inserts themes, leaving alone any slug the owner already has. */
export async function insertThemes(db: Kysely<DB>, rows: Insertable<ThemesTable>[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('themes')
    .values(rows)
    .onConflict((oc) => oc.columns(['owner_id', 'slug']).doNothing())
    .execute();
}

/** The owner's themes with the number of applications that carry each. */
export async function listThemes(db: Kysely<DB>, ownerId: string): Promise<(ThemeRow & { applications: number })[]> {
  const rows = await db
    .selectFrom('themes as t')
    .leftJoin('lessons as l', 'l.theme_id', 't.id')
    .selectAll('t')
    .select((eb) => eb.fn.count('l.application_id').distinct().as('applications'))
    .where('t.owner_id', '=', ownerId)
    .groupBy(['t.id', 't.owner_id', 't.slug', 't.label', 't.description', 't.source', 't.created_at'])
    .orderBy('t.source')
    .orderBy('t.label')
    .execute();
  return rows.map((r) => ({ ...r, applications: Number(r.applications) }));
}

export async function findThemeBySlug(db: Kysely<DB>, ownerId: string, slug: string): Promise<ThemeRow | undefined> {
  return db.selectFrom('themes').selectAll().where('owner_id', '=', ownerId).where('slug', '=', slug).executeTakeFirst();
}

export interface LessonEvidenceRow {
  lesson_id: string;
  slug: string;
  label: string;
  kind: string | null;
  ref: string | null;
  excerpt: string | null;
}

/** The themes on one application with their evidence (one row per evidence; kind null when none). */
export async function lessonsFor(db: Kysely<DB>, ownerId: string, applicationId: string): Promise<LessonEvidenceRow[]> {
  return db
    .selectFrom('lessons as l')
    .innerJoin('themes as t', 't.id', 'l.theme_id')
    .leftJoin('lesson_evidence as e', 'e.lesson_id', 'l.id')
    .select(['l.id as lesson_id', 't.slug', 't.label', 'e.kind', 'e.ref', 'e.excerpt'])
    .where('l.owner_id', '=', ownerId)
    .where('l.application_id', '=', applicationId)
    .orderBy('l.created_at')
    .orderBy('t.slug')
    .orderBy('e.id')
    .execute();
}

export async function deleteLessonsFor(db: Kysely<DB>, ownerId: string, applicationId: string): Promise<void> {
  // lesson_evidence goes with its lesson (on delete cascade), deleted explicitly for clarity on every engine.
  const ids = db.selectFrom('lessons').select('id').where('owner_id', '=', ownerId).where('application_id', '=', applicationId);
  await db.deleteFrom('lesson_evidence').where('owner_id', '=', ownerId).where('lesson_id', 'in', ids).execute();
  await db.deleteFrom('lessons').where('owner_id', '=', ownerId).where('application_id', '=', applicationId).execute();
}

export async function insertLesson(
  db: Kysely<DB>,
  lesson: { id: string; owner_id: string; application_id: string; theme_id: string; created_at: string },
  evidence: Insertable<LessonEvidenceTable>[],
): Promise<void> {
  await db.insertInto('lessons').values(lesson).execute();
  if (evidence.length > 0) await db.insertInto('lesson_evidence').values(evidence).execute();
}

export async function outsideItemsFor(db: Kysely<DB>, ownerId: string, applicationId: string): Promise<OutsideItemRow[]> {
  return db
    .selectFrom('outside_control_items')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('application_id', '=', applicationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function replaceOutsideItems(
  db: Kysely<DB>,
  ownerId: string,
  applicationId: string,
  rows: Insertable<OutsideControlItemsTable>[],
): Promise<void> {
  await db.deleteFrom('outside_control_items').where('owner_id', '=', ownerId).where('application_id', '=', applicationId).execute();
  if (rows.length > 0) await db.insertInto('outside_control_items').values(rows).execute();
}
