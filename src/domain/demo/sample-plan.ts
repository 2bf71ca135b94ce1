/**
 * The sample job search's growth plan: actions in every status, made from the
 * themes its debriefs raise, so a first look shows the whole loop (theme →
 * action → progress → "did it help?"). Days count back from today.
 */
import type { ActionStatus, ActionType, TargetStage } from '../plan/catalogue.js';

export interface SampleAction {
  type: ActionType;
  title: string;
  themes: string[];
  target: TargetStage;
  status: ActionStatus;
  createdDaysAgo: number;
  /** Due this many days from today (negative: in the past). */
  dueIn: number | null;
  doneDaysAgo?: number;
  link?: string;
  notes: { daysAgo: number; body: string }[];
}

export const SAMPLE_PLAN: readonly SampleAction[] = [
  {
    type: 'practice', title: 'Write five STAR stories and time each under two minutes', themes: ['storytelling_star', 'concise_answers'], target: 'interview',
    status: 'done', createdDaysAgo: 62, dueIn: -40, doneDaysAgo: 45,
    notes: [{ daysAgo: 55, body: 'Three stories written; the conflict one still runs long.' }, { daysAgo: 45, body: 'All five done and rehearsed with a timer.' }],
  },
  {
    type: 'mock_interview', title: 'Two mock interviews with Sam, who hires analysts', themes: ['concise_answers', 'technical_depth'], target: 'interview',
    status: 'doing', createdDaysAgo: 20, dueIn: 9,
    notes: [{ daysAgo: 6, body: 'First mock done: answers shorter, SQL window functions still shaky.' }],
  },
  {
    type: 'practice', title: 'Rewrite the résumé summary for each role from its three main requirements', themes: ['resume_tailoring', 'showing_impact'], target: 'applied',
    status: 'planned', createdDaysAgo: 15, dueIn: -2, notes: [],
  },
  {
    type: 'course', title: 'Finish the SQL for analysts course, one module a week', themes: ['technical_depth'], target: 'assessment',
    status: 'planned', createdDaysAgo: 10, dueIn: 30, link: 'https://example.com/courses/sql-for-analysts', notes: [],
  },
  {
    type: 'reading', title: 'Read two salary surveys before the next screening call', themes: ['salary_expectations'], target: 'screen',
    status: 'dropped', createdDaysAgo: 40, dueIn: -25,
    notes: [{ daysAgo: 30, body: 'Dropped: the roles I apply to now publish their pay range.' }],
  },
];
