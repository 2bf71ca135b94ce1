/**
 * Before an interview (docs/decisions/0027-preparing-for-an-interview.md): for
 * the step booked ahead on an application, what to research, the questions
 * met before at that stage with their notes, the themes earlier rejections at
 * that stage raised, the stories that answer them, questions to ask, and the
 * growth actions aimed at that stage. With nothing booked, the same for every
 * stage, so the page still helps.
 */
import type { Preparation } from '../contracts/prepare.js';
import * as contactsRepo from '../db/repos/contacts.repo.js';
import * as planRepo from '../db/repos/plan.repo.js';
import { nextBookedStep, storiesForThemes } from '../db/repos/prepare.repo.js';
import type { StageReached } from '../domain/debrief/stage-reached.js';
import { targetForStage, type ActionStatus, type ActionType } from '../domain/plan/catalogue.js';
import { isBookableStage, questionsToAsk, researchPrompts, type BookableStage } from '../domain/prepare/prepare.js';
import { daysBetween } from '../domain/time.js';
import { getApplicationSummary } from './applications.service.js';
import type { ServiceContext } from './context.js';
import { debriefFacts } from './plan.service.js';
import { listQuestionBank } from './reflection.service.js';
import { today } from './settings.service.js';
import { listStories, storiesByQuestion } from './stories.service.js';

/** Questions shown at most (the shakiest first). */
const MAX_QUESTIONS = 12;
/** Themes shown at most. */
const MAX_THEMES = 6;

function summaryOf(company: string, booked: Preparation['booked']): string {
  if (!booked) {
    return `No interview is booked with ${company} yet. When one is, add it with its day on the application and this page prepares you for that stage. Until then, here is general preparation.`;
  }
  const what = booked.stage === 'interview' ? `Interview${booked.round ? ` (round ${booked.round})` : ''}` : booked.stage === 'final' ? 'Final round' : booked.stage === 'screen' ? 'Screening call' : 'Assessment';
  const when = booked.daysAway === 0 ? 'today' : booked.daysAway === 1 ? 'tomorrow' : `in ${booked.daysAway} days`;
  return `${what} with ${company} on ${booked.day}, ${when}.`;
}

async function themesAt(ctx: ServiceContext, stage: StageReached | null) {
  const facts = await debriefFacts(ctx);
  const byTheme = new Map<string, { themeId: string; slug: string; label: string; count: number; lastOn: string }>();
  for (const l of facts.lessons) {
    const rejection = facts.byApp.get(l.application_id);
    if (!rejection || (stage && rejection.stage !== stage)) continue;
    const t = byTheme.get(l.theme_id) ?? { themeId: l.theme_id, slug: l.slug, label: l.label, count: 0, lastOn: rejection.rejected_on };
    t.count += 1;
    if (rejection.rejected_on > t.lastOn) t.lastOn = rejection.rejected_on;
    byTheme.set(l.theme_id, t);
  }
  return [...byTheme.values()].sort((a, b) => b.count - a.count || b.lastOn.localeCompare(a.lastOn) || a.label.localeCompare(b.label)).slice(0, MAX_THEMES);
}

export async function getPreparation(ctx: ServiceContext, applicationId: string): Promise<Preparation> {
  const app = await getApplicationSummary(ctx, applicationId);
  const day = await today(ctx);
  const step = await nextBookedStep(ctx.db, ctx.ownerId, app.id, day);
  let booked: Preparation['booked'] = null;
  if (step && isBookableStage(step.stage)) {
    const people = await contactsRepo.peopleOfEvents(ctx.db, ctx.ownerId, [step.id]);
    booked = {
      eventId: step.id, stage: step.stage, day: step.occurred_on, daysAway: daysBetween(day, step.occurred_on), interviewType: step.interview_type, round: step.round,
      people: people.map((p) => ({ contactId: p.id, name: p.name })),
    };
  }
  const stage: BookableStage | null = booked?.stage ?? null;

  const [bank, themes, actionRows] = await Promise.all([listQuestionBank(ctx), themesAt(ctx, stage), planRepo.listActions(ctx.db, ctx.ownerId)]);
  const questions = bank
    .filter((q) => q.kind !== 'to_ask' && (stage === null || q.stage === stage))
    .sort((a, b) => (a.selfRating ?? 0) - (b.selfRating ?? 0) || a.practiceCount - b.practiceCount || b.createdAt.localeCompare(a.createdAt))
    .slice(0, MAX_QUESTIONS);
  const [byQuestion, byThemeRows] = await Promise.all([
    storiesByQuestion(ctx, questions.map((q) => q.id)),
    storiesForThemes(ctx.db, ctx.ownerId, themes.map((t) => t.themeId)),
  ]);

  const fits = new Map<string, string[]>();
  const fit = (storyId: string, what: string) => fits.set(storyId, [...(fits.get(storyId) ?? []), what]);
  for (const q of questions) for (const s of byQuestion.get(q.id) ?? []) fit(s.id, q.question);
  for (const t of themes) for (const s of byThemeRows.filter((r) => r.theme_id === t.themeId)) fit(s.id, t.label);
  const stories = (await listStories(ctx)).filter((s) => fits.has(s.id));

  const target = stage ? targetForStage(stage) : null;
  const actions = actionRows
    .filter((a) => (target ? a.target_stage === target && a.status !== 'dropped' : a.status === 'planned' || a.status === 'doing'))
    .map((a) => ({
      id: a.id, title: a.title, type: a.type as ActionType, status: a.status as ActionStatus, dueOn: a.due_on, doneOn: a.done_on,
      overdue: (a.status === 'planned' || a.status === 'doing') && a.due_on !== null && a.due_on < day,
    }));

  return {
    today: day,
    application: { id: app.id, company: app.company, title: app.title, status: app.status },
    booked,
    stage,
    summary: summaryOf(app.company, booked),
    research: researchPrompts(app.company, stage),
    questions: questions.map((q) => ({ id: q.id, question: q.question, kind: q.kind, notes: q.notes, selfRating: q.selfRating, company: q.company, stories: byQuestion.get(q.id) ?? [] })),
    themes: themes.map((t) => ({
      slug: t.slug, label: t.label, count: t.count, lastOn: t.lastOn,
      stories: byThemeRows.filter((r) => r.theme_id === t.themeId).map((r) => ({ id: r.id, title: r.title })),
    })),
    stories: stories.map((s) => ({ id: s.id, title: s.title, situation: s.situation, task: s.task, action: s.action, result: s.result, learned: s.learned, fits: [...new Set(fits.get(s.id))] })),
    toAsk: {
      own: bank.filter((q) => q.kind === 'to_ask' && (stage === null || q.stage === null || q.stage === stage)).map((q) => ({ id: q.id, question: q.question })),
      suggested: questionsToAsk(stage),
    },
    actions,
  };
}

