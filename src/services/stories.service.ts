/**
 * The story bank: STAR(+Reflection) stories — situation, task, action, result,
 * what you learned — linked to the questions and themes they answer, so a
 * practice card can show the stories that fit its question.
 */
import type { z } from 'zod';
import type { Story, StoryInput, StoryUpdate } from '../contracts/stories.js';
import { zStoryInput, zStoryUpdate } from '../contracts/stories.js';
import * as repo from '../db/repos/stories.repo.js';
import { findThemeBySlug } from '../db/repos/themes.repo.js';
import { newId } from '../domain/ids.js';
import type { ServiceContext } from './context.js';
import { invalid, notFound, ServiceError } from './errors.js';
import { resolveIdPrefix } from './id-prefix.service.js';
import { ensureThemes } from './lessons.service.js';
import { transact } from '../db/transact.js';

function parsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const fields: Record<string, string> = {};
  for (const issue of r.error.issues) fields[String(issue.path[0] ?? 'input')] ??= issue.message;
  throw new ServiceError('validation', Object.values(fields).join(' '), fields);
}

async function toStories(ctx: ServiceContext, rows: repo.StoryRow[]): Promise<Story[]> {
  const ids = rows.map((r) => r.id);
  const [questions, themes] = await Promise.all([repo.storyQuestions(ctx.db, ctx.ownerId, ids), repo.storyThemes(ctx.db, ctx.ownerId, ids)]);
  return rows.map((r) => ({
    id: r.id, title: r.title, situation: r.situation, task: r.task, action: r.action, result: r.result, learned: r.learned,
    questions: questions.filter((q) => q.story_id === r.id).map((q) => ({ id: q.question_id, question: q.question })),
    themes: themes.filter((t) => t.story_id === r.id).map((t) => ({ slug: t.slug, label: t.label })),
    createdAt: r.created_at, updatedAt: r.updated_at,
  }));
}

export async function listStories(ctx: ServiceContext): Promise<Story[]> {
  return toStories(ctx, await repo.listStories(ctx.db, ctx.ownerId));
}

export async function getStory(ctx: ServiceContext, id: string): Promise<Story> {
  const [story] = await toStories(ctx, await repo.listStories(ctx.db, ctx.ownerId, [id]));
  if (!story) throw notFound('story', id);
  return story;
}

async function links(ctx: ServiceContext, questionIds: readonly string[] | undefined, slugs: readonly string[] | undefined) {
  let questions: string[] | null = null;
  if (questionIds) {
    const wanted = [...new Set(questionIds)];
    questions = await repo.ownQuestionIds(ctx.db, ctx.ownerId, wanted);
    const missing = wanted.filter((q) => !questions?.includes(q));
    if (missing.length > 0) throw invalid('questionIds', `No question with id ${missing.map((m) => `"${m}"`).join(', ')} in your question bank.`);
  }
  let themes: string[] | null = null;
  if (slugs) {
    await ensureThemes(ctx);
    themes = [];
    for (const slug of [...new Set(slugs)]) {
      const t = await findThemeBySlug(ctx.db, ctx.ownerId, slug);
      if (!t) throw invalid('themes', `There is no theme “${slug}”.`);
      themes.push(t.id);
    }
  }
  return { questions, themes };
}

export async function createStory(ctx: ServiceContext, input: StoryInput): Promise<Story> {
  const v = parsed(zStoryInput, input);
  const l = await links(ctx, v.questionIds ?? [], v.themes ?? []);
  const at = ctx.now().toISOString();
  const id = newId();
  await transact(ctx.db, async (trx) => {
    await repo.insertStory(trx, {
      id, owner_id: ctx.ownerId, title: v.title, situation: v.situation ?? null, task: v.task ?? null, action: v.action ?? null,
      result: v.result ?? null, learned: v.learned ?? null, created_at: at, updated_at: at,
    });
    await repo.replaceStoryQuestions(trx, ctx.ownerId, id, l.questions ?? []);
    await repo.replaceStoryThemes(trx, ctx.ownerId, id, l.themes ?? []);
  });
  return getStory(ctx, id);
}

export async function updateStory(ctx: ServiceContext, id: string, input: StoryUpdate): Promise<Story> {
  const v = parsed(zStoryUpdate, input);
  await getStory(ctx, id);
  const l = await links(ctx, v.questionIds, v.themes);
  await transact(ctx.db, async (trx) => {
    await repo.updateStory(trx, ctx.ownerId, id, {
      ...(v.title !== undefined && { title: v.title }),
      ...(v.situation !== undefined && { situation: v.situation }),
      ...(v.task !== undefined && { task: v.task }),
      ...(v.action !== undefined && { action: v.action }),
      ...(v.result !== undefined && { result: v.result }),
      ...(v.learned !== undefined && { learned: v.learned }),
      updated_at: ctx.now().toISOString(),
    });
    if (l.questions) await repo.replaceStoryQuestions(trx, ctx.ownerId, id, l.questions);
    if (l.themes) await repo.replaceStoryThemes(trx, ctx.ownerId, id, l.themes);
  });
  return getStory(ctx, id);
}

export async function deleteStory(ctx: ServiceContext, id: string): Promise<void> {
  if (!(await repo.deleteStory(ctx.db, ctx.ownerId, id))) throw notFound('story', id);
}

/** The stories that fit each question (for practice cards). */
export async function storiesByQuestion(ctx: ServiceContext, questionIds: readonly string[]): Promise<Map<string, { id: string; title: string }[]>> {
  const rows = await repo.storiesForQuestions(ctx.db, ctx.ownerId, questionIds);
  const out = new Map<string, { id: string; title: string }[]>();
  for (const r of rows) out.set(r.question_id, [...(out.get(r.question_id) ?? []), { id: r.id, title: r.title }]);
  return out;
}

/** The full id of a story from any unique prefix of it (as typed in the CLI). */
export async function resolveStoryId(ctx: ServiceContext, idOrPrefix: string): Promise<string> {
  return resolveIdPrefix(ctx, 'stories', { one: 'story', many: 'stories' }, idOrPrefix);
}

/** Adds questions and themes to a story's links, keeping the ones it has. */
export async function linkStory(ctx: ServiceContext, id: string, add: { questionIds?: readonly string[]; themes?: readonly string[] }): Promise<Story> {
  const story = await getStory(ctx, id);
  return updateStory(ctx, id, {
    ...(add.questionIds && { questionIds: [...story.questions.map((q) => q.id), ...add.questionIds] }),
    ...(add.themes && { themes: [...story.themes.map((t) => t.slug), ...add.themes] }),
  });
}
