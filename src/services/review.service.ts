/**
 * The weekly review of the week holding any day: activity against goals,
 * wins, rejections and their lessons, feedback received, what changed in the
 * insights since the week before, and next week's agenda.
 */
import type { Review } from '../contracts/momentum.js';
import { feedbackReceived, rejectionsBetween, stageHistory, waitingRequests } from '../db/repos/momentum.repo.js';
import { isRejectionReason, reasonInfo } from '../domain/debrief/index.js';
import {
  countActivity,
  goalProgress,
  insightChanges,
  reviewMarkdown,
  targetsForWeek,
  weekLabel,
  weekOf,
  type WeeklyReview,
} from '../domain/momentum/index.js';
import { addDays, dayRangeProblem } from '../domain/time.js';
import type { ServiceContext } from './context.js';
import { invalid } from './errors.js';
import { loadMomentum } from './goals.service.js';
import { agendaBetween } from './home.service.js';
import { listWins } from './wins.service.js';

export async function getReview(ctx: ServiceContext, day: string): Promise<Review> {
  const facts = await loadMomentum(ctx);
  const problem = dayRangeProblem(day, { today: facts.today });
  if (problem) throw invalid('week', `${problem} A review covers a week that has begun.`);
  const week = weekOf(day, facts.startsOn);
  const nextWeek = weekOf(addDays(week.end, 1), facts.startsOn);
  const reminderDays = facts.settings.feedbackReminderDays;
  const [wins, rejections, feedback, history, booked, waiting] = await Promise.all([
    listWins(ctx, facts),
    rejectionsBetween(ctx.db, ctx.ownerId, week.start, week.end),
    feedbackReceived(ctx.db, ctx.ownerId, { from: week.start, to: week.end }),
    stageHistory(ctx.db, ctx.ownerId, week.end),
    agendaBetween(ctx, nextWeek.start, nextWeek.end),
    waitingRequests(ctx.db, ctx.ownerId, addDays(nextWeek.start, -reminderDays), addDays(nextWeek.end, -reminderDays)),
  ]);
  const targets = targetsForWeek(facts.sets, week.start);
  const activity = countActivity(facts.items, week.start, week.end);
  // The agenda already holds the reminders from today on; these cover days it does not (a week already past).
  const onAgenda = new Set(booked.filter((b) => b.kind === 'feedback_reminder').map((b) => b.applicationId));
  const reminders = waiting.flatMap((w) =>
    w.requested_on && !onAgenda.has(w.application_id)
      ? [{ day: addDays(w.requested_on, reminderDays), what: `A gentle follow-up on your feedback request to ${w.company}`, applicationId: w.application_id, kind: 'feedback_reminder' as const, key: null }]
      : [],
  );
  const review: WeeklyReview = {
    week: { ...week, label: weekLabel(week) },
    nextWeek: { ...nextWeek, label: weekLabel(nextWeek) },
    goals: goalProgress(targets, activity),
    activity,
    wins: wins
      .filter((w) => w.occurredOn >= week.start && w.occurredOn <= week.end)
      .reverse()
      .map((w) => ({ title: w.title, note: w.note, occurredOn: w.occurredOn })),
    rejections: rejections.map((r) => ({
      applicationId: r.application_id,
      company: r.company,
      title: r.title,
      day: r.rejected_on,
      reasons: r.reasons.map((x) => (isRejectionReason(x) ? reasonInfo(x).label : x)),
      lessons: r.lessons,
      note: r.lessons_note,
    })),
    feedback: feedback.map((f) => ({ applicationId: f.application_id, company: f.company, receivedOn: f.received_on ?? week.end, text: f.feedback_text })),
    changes: insightChanges(
      history.map((h) => ({ applicationId: h.application_id, stage: h.stage, day: h.occurred_on })),
      addDays(week.start, -1),
      week.end,
    ),
    agenda: [...booked, ...reminders].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)),
  };
  return review;
}

export async function getReviewMarkdown(ctx: ServiceContext, day: string): Promise<string> {
  return reviewMarkdown(await getReview(ctx, day));
}
