/**
 * Step 5 of the debrief: lessons as themes with evidence links, kept apart
 * from what was outside the seeker's control. The theme catalogue is copied
 * to each owner on first use, so users can add their own beside it.
 */
import type { Lessons, LessonsInput, ThemeOut } from '../contracts/debrief.js';
import { zLessonsInput } from '../contracts/debrief.js';
import { findFeedbackRequest } from '../db/repos/feedback-requests.repo.js';
import { answersFor } from '../db/repos/reflections.repo.js';
import { updateRejection } from '../db/repos/rejections.repo.js';
import {
  countThemes,
  deleteLessonsFor,
  findThemeBySlug,
  insertLesson,
  insertThemes,
  listThemes as listThemeRows,
  replaceOutsideItems,
  type ThemeRow,
} from '../db/repos/themes.repo.js';
import { normaliseThemeName, THEMES } from '../domain/debrief/index.js';
import { cleanText, truncateText } from '../domain/debrief/text.js';
import { newId } from '../domain/ids.js';
import type { ServiceContext } from './context.js';
import { finishStep, getDebrief, rejectionContext } from './debrief.service.js';
import { ServiceError } from './errors.js';
import { transact } from '../db/transact.js';

/** Copies the starting catalogue to the owner the first time themes are used. */
export async function ensureThemes(ctx: ServiceContext): Promise<void> {
  if ((await countThemes(ctx.db, ctx.ownerId)) > 0) return;
  const now = ctx.now().toISOString();
  await insertThemes(
    ctx.db,
    THEMES.map((t) => ({ id: newId(), owner_id: ctx.ownerId, slug: t.slug, label: t.label, description: t.description, source: 'catalogue', created_at: now })),
  );
}

function toTheme(row: ThemeRow & { applications: number }): ThemeOut {
  return { id: row.id, slug: row.slug, label: row.label, description: row.description, source: row.source === 'user' ? 'user' : 'catalogue', applications: row.applications };
}

export async function listThemes(ctx: ServiceContext): Promise<ThemeOut[]> {
  await ensureThemes(ctx);
  return (await listThemeRows(ctx.db, ctx.ownerId)).map(toTheme);
}

/** Creates a theme, or returns the existing one when the name is the same thing spelt differently. */
export async function createTheme(ctx: ServiceContext, input: { label: string; description?: string | null }): Promise<ThemeOut> {
  const themes = await listThemes(ctx);
  const found = normaliseThemeName(input.label, themes);
  if (!found) throw new ServiceError('validation', 'Give the theme a name.', { label: 'Give the theme a name.' });
  if (!found.existing) {
    await insertThemes(ctx.db, [
      { id: newId(), owner_id: ctx.ownerId, slug: found.slug, label: found.label, description: input.description ?? null, source: 'user', created_at: ctx.now().toISOString() },
    ]);
  }
  const all = await listThemeRows(ctx.db, ctx.ownerId);
  const theme = all.find((t) => t.slug === found.slug);
  if (!theme) throw new ServiceError('conflict', 'The theme could not be saved; please try again.');
  return toTheme(theme);
}

/** Replaces the lessons of one application: themes (by slug or name) with evidence, outside items, a note. */
export async function saveLessons(ctx: ServiceContext, applicationId: string, input: LessonsInput): Promise<Lessons> {
  const v = zLessonsInput.parse(input);
  const { rejection } = await rejectionContext(ctx, applicationId);
  await ensureThemes(ctx);
  const [feedback, answers] = await Promise.all([
    findFeedbackRequest(ctx.db, ctx.ownerId, applicationId),
    answersFor(ctx.db, ctx.ownerId, applicationId),
  ]);
  const sources = new Map<string, string>(answers.map((a) => [a.prompt_id, a.value]));
  if (feedback?.feedback_text) sources.set('feedback', feedback.feedback_text);

  // Resolve every theme first, so a bad slug changes nothing.
  const chosen = new Map<string, { themeId: string; evidence: typeof v.themes[number]['evidence'] }>();
  for (const [i, t] of v.themes.entries()) {
    let theme: ThemeRow | undefined;
    if (t.slug) {
      theme = await findThemeBySlug(ctx.db, ctx.ownerId, t.slug);
      if (!theme) throw new ServiceError('validation', `There is no theme "${t.slug}".`, { [`themes.${i}.slug`]: `There is no theme "${t.slug}".` });
    } else if (t.label && cleanText(t.label)) {
      const created = await createTheme(ctx, { label: t.label });
      theme = await findThemeBySlug(ctx.db, ctx.ownerId, created.slug);
    }
    if (!theme) throw new ServiceError('validation', 'Give each theme a slug or a name.', { [`themes.${i}`]: 'Give each theme a slug or a name.' });
    const entry = chosen.get(theme.id) ?? { themeId: theme.id, evidence: [] };
    entry.evidence.push(...t.evidence);
    chosen.set(theme.id, entry);
  }

  const now = ctx.now().toISOString();
  await transact(ctx.db, async (trx) => {
    await deleteLessonsFor(trx, ctx.ownerId, applicationId);
    for (const { themeId, evidence } of chosen.values()) {
      const lessonId = newId();
      await insertLesson(
        trx,
        { id: lessonId, owner_id: ctx.ownerId, application_id: applicationId, theme_id: themeId, created_at: now },
        evidence.map((e) => ({
          id: newId(),
          owner_id: ctx.ownerId,
          lesson_id: lessonId,
          kind: e.kind,
          ref: e.ref,
          excerpt: e.excerpt ?? (sources.has(e.ref) ? truncateText(cleanText(sources.get(e.ref)), 300) : null),
        })),
      );
    }
    await replaceOutsideItems(
      trx,
      ctx.ownerId,
      applicationId,
      v.outside.map((o) => ({ id: newId(), owner_id: ctx.ownerId, application_id: applicationId, text: o.text, reason: o.reason ?? null, created_at: now })),
    );
    // Saving the step is an answer even when it holds nothing: "nothing to change this time".
    await updateRejection(trx, ctx.ownerId, rejection.id, {
      ...(v.note !== undefined ? { lessons_note: v.note } : {}),
      lessons_saved_at: now,
      updated_at: now,
    });
  });
  await finishStep(ctx, applicationId);
  return (await getDebrief(ctx, applicationId)).lessons;
}
