/**
 * The sample job search: loaded through the same services and repos the app
 * uses (so derived status, debrief progress and themes are what the app
 * would compute), marked as sample data, and removed in one action without
 * touching the user's own data (docs/decisions/0011-sample-search.md).
 */
import { insertApplication, replaceTags } from '../db/repos/applications.repo.js';
import { findCompanyIdByName, updateCompany } from '../db/repos/companies.repo.js';
import { refreshApplicationState } from '../db/repos/derived-state.js';
import { withBulkCounts } from '../db/repos/kept-counts.repo.js';
import { insertEvents } from '../db/repos/events.repo.js';
import { listQuestions } from '../db/repos/reflections.repo.js';
import { contactIds, markSampleContacts } from '../db/repos/contacts.repo.js';
import { contactsBefore, loadSampleNetwork } from './demo-network.service.js';
import { countSampleApplications, deleteSampleRows, markSampleRows, markSampleStories, type RemovedSample } from '../db/repos/sample.repo.js';
import { classifyRole } from '../domain/applications/role-family.js';
import type { SampleDebrief } from '../domain/demo/sample-debriefs.js';
import type { SampleApplication } from '../domain/demo/sample-search.js';
import { buildSampleStory, dayAfter, type SampleStory } from '../domain/demo/sample-story.js';
import { newId } from '../domain/ids.js';
import { addDays, daysBetween, todayIn } from '../domain/time.js';
import { ensureCompanyId } from './companies.service.js';
import type { ServiceContext } from './context.js';
import { recordRejection, skipStep } from './debrief.service.js';
import { ServiceError } from './errors.js';
import { markRequestSent, recordFeedbackOutcome, saveFeedbackRequest } from './feedback-request.service.js';
import { addJournalEntry, saveDebriefCheckIn } from './journal.service.js';
import { saveLessons } from './lessons.service.js';
import { practiseQuestion, saveReflection } from './reflection.service.js';
import { addActionNote, createAction, updateAction } from './plan.service.js';
import { getSettings } from './settings.service.js';
import { markSampleActions } from '../db/repos/plan.repo.js';
import { SAMPLE_STORIES } from '../domain/demo/sample-journal.js';
import { SAMPLE_PLAN } from '../domain/demo/sample-plan.js';
import { createStory } from './stories.service.js';
import { loadMomentum, setGoals } from './goals.service.js';
import { addWin } from './wins.service.js';
import { SAMPLE_GOAL_WEEKS, sampleGoalTargets } from '../domain/demo/sample-momentum.js';
import { countActivity, weekStartOf } from '../domain/momentum/index.js';
import { transact } from '../db/transact.js';

export interface SampleStatus {
  loaded: boolean;
  applications: number;
}

export interface LoadedSample {
  created: number;
  debriefs: number;
  journalEntries: number;
}

/**
 * A context whose clock reads a given day (in the user's time zone), so each
 * step is recorded on the day it happened in the story. Instants advance by a
 * second per call, keeping the order of what was recorded.
 */
function clockOn(ctx: ServiceContext, timezone: string, today: string): (day: string) => ServiceContext {
  let tick = 0;
  const realNow = ctx.now().getTime();
  return (day) => {
    const noon = Date.parse(`${day}T12:00:00.000Z`);
    const base = noon + daysBetween(todayIn(timezone, new Date(noon)), day) * 86_400_000;
    const at = day >= today ? Math.min(base, realNow - 600_000) : base;
    return { ...ctx, now: () => new Date(at + 1000 * tick++) };
  };
}

export async function sampleStatus(ctx: ServiceContext): Promise<SampleStatus> {
  const applications = await countSampleApplications(ctx.db, ctx.ownerId);
  return { loaded: applications > 0, applications };
}

/**
 * Loads the sample beside whatever the user has. Loading it again while it is
 * there is refused (409), so it never doubles. If a step fails, what was
 * already written is removed again.
 */
export async function loadSampleSearch(ctx: ServiceContext): Promise<LoadedSample> {
  if ((await sampleStatus(ctx)).loaded) {
    throw new ServiceError('conflict', 'The sample job search is already loaded. Remove it first if you want a fresh copy.');
  }
  const { timezone } = await getSettings(ctx);
  const story = buildSampleStory(todayIn(timezone, ctx.now()));
  const at = clockOn(ctx, timezone, story.today);
  const added = { journalIds: [] as string[], companyIds: [] as string[] };
  const contactsBeforeSample = await contactsBefore(ctx);
  try {
    const ids = await insertApplications(ctx, story, added.companyIds);
    const debriefs = await replayDebriefs(at, story, ids);
    added.journalIds = await replayJournal(at, story);
    await markSampleRows(ctx.db, ctx.ownerId, added);
    await replayPractice(at, story);
    await replayStories(at(story.today));
    await replayPlan(at, story.today);
    await loadSampleNetwork(ctx, story.today, ids, contactsBeforeSample);
    await replayMomentum(at, story);
    return { created: story.applications.length, debriefs, journalEntries: added.journalIds.length };
  } catch (e) {
    await markSampleRows(ctx.db, ctx.ownerId, added);
    await markSampleContacts(ctx.db, ctx.ownerId, (await contactIds(ctx.db, ctx.ownerId)).filter((id) => !contactsBeforeSample.has(id)));
    await deleteSampleRows(ctx.db, ctx.ownerId);
    throw e;
  }
}

/** Removes everything the sample created; the user's own data stays as it is. */
export async function removeSampleSearch(ctx: ServiceContext): Promise<RemovedSample> {
  // Every sample application at once: counted once at the end (docs/decisions/0046).
  return transact(ctx.db, (trx) => withBulkCounts(trx, ctx.ownerId, () => deleteSampleRows(trx, ctx.ownerId)));
}

/** The applications and their histories, in one transaction; returns the ids of the hand-written ones by key. */
async function insertApplications(ctx: ServiceContext, story: SampleStory, newCompanies: string[]): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  const all: string[] = [];
  const { applications } = story;
  await transact(ctx.db, async (trx) => {
    for (const [i, app] of applications.entries()) {
      // Distinct creation instants keep "recently changed" ordering stable.
      const stamp = new Date(ctx.now().getTime() - (applications.length - i) * 1000).toISOString();
      const known = await findCompanyIdByName(trx, ctx.ownerId, app.company);
      const companyId = known ?? (await ensureCompanyId(trx, ctx.ownerId, app.company, stamp));
      if (!known) {
        newCompanies.push(companyId);
        await updateCompany(trx, ctx.ownerId, companyId, { size: app.companySize });
      }
      const id = newId();
      all.push(id);
      if (app.key) keys.set(app.key, id);
      await insertApplication(trx, applicationRow(ctx, app, id, companyId, stamp));
      await replaceTags(trx, ctx.ownerId, id, app.tags);
      await insertEvents(
        trx,
        app.events.map((e, k) => ({
          id: newId(),
          owner_id: ctx.ownerId,
          application_id: id,
          stage: e.stage,
          occurred_on: e.occurredOn,
          round: e.round,
          interview_type: e.interviewType,
          note: e.note,
          created_at: new Date(Date.parse(stamp) + k).toISOString(),
        })),
      );
    }
    await refreshApplicationState(trx, ctx.ownerId, story.today, all);
  });
  return keys;
}

function applicationRow(ctx: ServiceContext, app: SampleApplication, id: string, companyId: string, stamp: string) {
  const role = classifyRole(app.title);
  return {
    id,
    owner_id: ctx.ownerId,
    company_id: companyId,
    title: app.title,
    source: app.source,
    referral: Number(app.referral),
    referrer: null,
    resume_version: app.resumeVersion,
    tailored: Number(app.tailored),
    fit: app.fit,
    excitement: app.excitement,
    salary_min: app.salaryMin,
    salary_max: app.salaryMax,
    salary_currency: 'EUR',
    location: app.location,
    remote: app.remote,
    job_url: null,
    description: null,
    notes: app.notes,
    role_family: role.roleFamily,
    seniority: role.seniority,
    is_sample: 1,
    created_at: stamp,
    updated_at: stamp,
  };
}

/** Replays each debrief script step by step, on the day each step happened; steps after today are left undone. */
async function replayDebriefs(at: (day: string) => ServiceContext, story: SampleStory, ids: Map<string, string>): Promise<number> {
  let count = 0;
  for (const script of story.debriefs) {
    const id = ids.get(script.key);
    const app = story.applications.find((a) => a.key === script.key);
    const rejectedOn = app?.events.find((e) => e.stage === 'rejected')?.occurredOn;
    if (!id || !rejectedOn) continue;
    await replayDebrief(at, story.today, script, id, rejectedOn);
    count++;
  }
  return count;
}

async function replayDebrief(at: (day: string) => ServiceContext, today: string, s: SampleDebrief, id: string, rejectedOn: string): Promise<void> {
  const on = (after: number): ServiceContext | null => {
    const day = dayAfter(rejectedOn, after, today);
    return day ? at(day) : null;
  };
  const first = at(rejectedOn);
  await recordRejection(first, id, s.message ? { channel: s.message.channel, message: s.message.text, reasons: s.message.reasons } : {});
  if (s.checkIn) {
    const c = on(s.checkIn.after);
    if (c) await saveDebriefCheckIn(c, id, { mood: s.checkIn.mood, feelings: s.checkIn.feelings, note: s.checkIn.note, date: addDays(rejectedOn, s.checkIn.after) });
  }
  for (const step of s.skip ?? []) await skipStep(first, id, step);
  if (s.feedback) {
    const f = s.feedback;
    const sent = on(f.sentAfter);
    if (sent) {
      await saveFeedbackRequest(sent, id, { recipient: f.recipient, tone: f.tone, questionIds: f.questionIds, contactName: f.contactName });
      await markRequestSent(sent, id, addDays(rejectedOn, f.sentAfter));
      const o = f.outcome;
      const answered = o ? on(o.after) : null;
      if (o && answered) await recordFeedbackOutcome(answered, id, { status: o.status, on: addDays(rejectedOn, o.after), text: o.text });
    }
  }
  if (s.reflection) {
    const r = on(s.reflection.after);
    if (r) await saveReflection(r, id, { answers: Object.entries(s.reflection.answers).map(([promptId, value]) => ({ promptId, value })) });
  }
  if (s.lessons) {
    const l = on(s.lessons.after);
    if (l) await saveLessons(l, id, { themes: s.lessons.themes, outside: s.lessons.outside, note: s.lessons.note });
  }
}

async function replayJournal(at: (day: string) => ServiceContext, story: SampleStory): Promise<string[]> {
  const ids: string[] = [];
  for (const entry of story.journal) {
    const day = addDays(story.today, -entry.daysAgo);
    const { checkIn } = await addJournalEntry(at(day), { mood: entry.mood, feelings: entry.feelings, note: entry.note, date: day });
    ids.push(checkIn.id);
  }
  return ids;
}

/** Practice on the questions the reflections banked, in the order the days happened. */
async function replayPractice(at: (day: string) => ServiceContext, story: SampleStory): Promise<void> {
  const ctx = at(story.today);
  const questions = (await listQuestions(ctx.db, ctx.ownerId)).filter((q) => q.is_sample === 1);
  const sessions = story.practice
    .flatMap((p) => p.daysAgo.map((d) => ({ p, day: addDays(story.today, -d) })))
    .sort((a, b) => a.day.localeCompare(b.day));
  for (const { p, day } of sessions) {
    const question = questions.find((q) => q.question.startsWith(p.questionStartsWith));
    if (question) await practiseQuestion(at(day), question.id, { selfRating: p.selfRating, notes: p.notes });
  }
}

/** The sample's story bank, linked to the questions its reflections banked; marked so it leaves with the sample. */
async function replayStories(ctx: ServiceContext): Promise<void> {
  const questions = (await listQuestions(ctx.db, ctx.ownerId)).filter((q) => q.is_sample === 1);
  const ids: string[] = [];
  for (const s of SAMPLE_STORIES) {
    const questionIds = questions.filter((q) => s.questionsStartingWith.some((start) => q.question.startsWith(start))).map((q) => q.id);
    const { questionsStartingWith: _starts, ...fields } = s;
    ids.push((await createStory(ctx, { ...fields, questionIds })).id);
  }
  await markSampleStories(ctx.db, ctx.ownerId, ids);
}

/** The sample's growth plan: each action made, noted and finished on its own day. */
async function replayPlan(at: (day: string) => ServiceContext, today: string): Promise<void> {
  const ids: string[] = [];
  for (const a of SAMPLE_PLAN) {
    const created = await createAction(at(addDays(today, -a.createdDaysAgo)), {
      type: a.type, title: a.title, themes: a.themes, targetStage: a.target, link: a.link ?? null, dueOn: a.dueIn === null ? null : addDays(today, a.dueIn),
    });
    ids.push(created.id);
    for (const n of a.notes) await addActionNote(at(addDays(today, -n.daysAgo)), created.id, n.body);
    if (a.status !== 'planned') {
      const day = addDays(today, -(a.doneDaysAgo ?? a.notes.at(-1)?.daysAgo ?? 0));
      await updateAction(at(day), created.id, { status: a.status, ...(a.status === 'done' && { doneOn: day }) });
    }
  }
  const ctx = at(today);
  await markSampleActions(ctx.db, ctx.ownerId, ids);
}

/**
 * Goals set a few weeks back, sized to what the sample person managed in each
 * of those weeks, and the wins they wrote down. Both are marked as sample data.
 */
async function replayMomentum(at: (day: string) => ServiceContext, story: SampleStory): Promise<void> {
  const ctx = at(story.today);
  const facts = await loadMomentum(ctx);
  const current = weekStartOf(story.today, facts.startsOn);
  const weeks = Array.from({ length: SAMPLE_GOAL_WEEKS }, (_, i) => addDays(current, -7 * (SAMPLE_GOAL_WEEKS - i)));
  const targets = sampleGoalTargets(weeks.map((w) => countActivity(facts.items, w, addDays(w, 6))));
  await setGoals(at(weeks[0] ?? current), targets, { isSample: true, week: weeks[0] ?? current });
  for (const win of story.wins) {
    const day = addDays(story.today, -win.daysAgo);
    await addWin(at(day), { title: win.title, note: win.note, date: day }, { isSample: true });
  }
}
