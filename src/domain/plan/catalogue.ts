/**
 * The growth plan's vocabulary and its starting catalogue of suggestions: for
 * each theme of the debrief catalogue, a few concrete actions that tend to
 * help. Each owner gets a copy on first use and may edit it
 * (docs/decisions/0016-growth-plan.md).
 */
import { THEMES, type ThemeSlug } from '../debrief/theme-catalogue.js';
import type { StageReached } from '../debrief/stage-reached.js';

export const ACTION_TYPES = ['course', 'mentoring', 'mock_interview', 'practice', 'reading', 'project', 'networking', 'other'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const ACTION_TYPE_LABELS = {
  course: 'Course or workshop',
  mentoring: 'Mentoring or coaching',
  mock_interview: 'Mock interview',
  practice: 'Practising answers',
  reading: 'Industry reading',
  project: 'Portfolio project',
  networking: 'Networking for a referral',
  other: 'Something else',
} as const satisfies Record<ActionType, string>;

export const ACTION_STATUSES = ['planned', 'doing', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS = {
  planned: 'Planned',
  doing: 'Doing',
  done: 'Done',
  dropped: 'Dropped',
} as const satisfies Record<ActionStatus, string>;

/**
 * The stages an action can aim at. Each names the step of the funnel it hopes
 * to improve: from reaching `stage` to reaching `success` (or further).
 */
export const TARGET_STAGES = ['applied', 'screen', 'assessment', 'interview', 'final'] as const;
export type TargetStage = (typeof TARGET_STAGES)[number];

export const TARGETS = {
  applied: { success: 'screen', label: 'Applied → screen', words: 'applications that led to a first conversation' },
  screen: { success: 'assessment', label: 'Screen → next step', words: 'screening calls that led to a next step' },
  assessment: { success: 'interview', label: 'Assessment → interview', words: 'assessments that led to an interview' },
  interview: { success: 'offer', label: 'Interview → offer', words: 'interview processes that led to an offer' },
  final: { success: 'offer', label: 'Final round → offer', words: 'final rounds that led to an offer' },
} as const satisfies Record<TargetStage, { success: string; label: string; words: string }>;

/** The stage of the funnel where a theme mostly hurts, as an action target. */
export function targetForStage(stage: StageReached): TargetStage {
  return stage === 'application' ? 'applied' : stage;
}

export interface SuggestionSeed {
  type: ActionType;
  title: string;
}

const S = (type: ActionType, title: string): SuggestionSeed => ({ type, title });

export const SUGGESTIONS = {
  technical_depth: [S('course', 'Take a short course on the core skill the last roles asked for'), S('project', 'Build a small project that uses that skill end to end'), S('mock_interview', 'Do a technical mock interview with a friend in the field')],
  concise_answers: [S('practice', 'Answer five common questions aloud in under two minutes each, timed'), S('mock_interview', 'Ask a friend to stop you when an answer loses its point')],
  company_research: [S('practice', 'Before each interview, write five lines on the company: product, customers, news, why you'), S('reading', 'Read the last three news items and the careers page of your next company')],
  resume_tailoring: [S('practice', 'Rewrite your résumé summary for each role, using its three main requirements'), S('mentoring', 'Ask someone who hires for these roles to read your résumé')],
  showing_impact: [S('practice', 'Add a number or an outcome to every bullet of your résumé'), S('practice', 'Write three stories that end with what changed because of you')],
  seniority_mismatch: [S('reading', 'Compare ten job ads at your level and list what they ask for'), S('mentoring', 'Ask a mentor which level your experience fits today')],
  salary_expectations: [S('reading', 'Research pay ranges for the role in your city from two sources'), S('practice', 'Practise saying your range and why, out loud')],
  language: [S('course', 'Join a language course or a weekly conversation group'), S('practice', 'Prepare your introduction and three stories in the language the roles ask for')],
  storytelling_star: [S('practice', 'Write five STAR stories: situation, task, action, result and what you learned'), S('mock_interview', 'Tell your stories to a friend and ask which part was unclear')],
  system_design: [S('course', 'Work through a system design course or book, one chapter a week'), S('mock_interview', 'Do a system design mock interview, thinking out loud')],
  presentation_skills: [S('course', 'Take a presentation or public speaking workshop'), S('practice', 'Present a past project to a friend in ten minutes and take their questions')],
  networking_referrals: [S('networking', 'Reach out to two people at companies you want to join this week'), S('networking', 'Ask a former colleague for an introduction or a referral')],
  portfolio: [S('project', 'Write up one past project as a short case study with results'), S('project', 'Publish a small project that shows the skill the roles ask for')],
  domain_knowledge: [S('reading', 'Follow two industry newsletters and note three current problems'), S('networking', 'Have a coffee chat with someone who works in the industry')],
  follow_up: [S('practice', 'Send a short thank-you note within a day of every interview'), S('practice', 'Set a reminder to follow up a week after each step')],
  questions_for_interviewer: [S('practice', 'Prepare three questions for each interview about the team, the work and success'), S('reading', 'Collect good questions to ask and keep the ones that fit you')],
  confidence: [S('mentoring', 'Work with a mentor or coach on speaking about your work'), S('mock_interview', 'Do mock interviews until the opening questions feel easy')],
  targeting_fit: [S('reading', 'Re-read the job description: list what you would enjoy and what you lack'), S('mentoring', 'Talk with a mentor about the roles where your strengths fit best')],
  assessment_practice: [S('practice', 'Do two timed practice tests in the format the companies use'), S('course', 'Work through a course or book on the test format')],
  cover_letter: [S('practice', 'Write a short cover letter template: why this role, why you, in your own voice'), S('mentoring', 'Ask someone to read your next cover letter before you send it')],
  soft_skills_balance: [S('practice', 'Prepare one story about teamwork for each technical story'), S('course', 'Take a workshop on communication or working with stakeholders')],
  rapport: [S('mock_interview', 'Do a mock interview and ask how you came across'), S('practice', 'Prepare a few warm, genuine openers and listen more in the first minutes')],
} as const satisfies Record<ThemeSlug, readonly SuggestionSeed[]>;

/** Suggestions for a theme the user created themselves, by the stage where it shows up. */
export const GENERIC_SUGGESTIONS: readonly SuggestionSeed[] = [
  S('practice', 'Practise this with a friend and ask for honest feedback'),
  S('mentoring', 'Ask a mentor how they would work on this'),
];

/** The starting suggestions for a theme slug (catalogue themes have their own; others get generic ones). */
export function seedSuggestions(slug: string): readonly SuggestionSeed[] {
  return slug in SUGGESTIONS ? SUGGESTIONS[slug as ThemeSlug] : GENERIC_SUGGESTIONS;
}

/** Where a theme mostly hurts, from the catalogue (themes the user created: the interview stage). */
export function themeStage(slug: string): StageReached {
  return THEMES.find((t) => t.slug === slug)?.affects ?? 'interview';
}

/** Which stage an adopted suggestion targets: mock interviews aim at interviews; otherwise where the theme hurts. */
export function defaultTarget(type: ActionType, themeSlug: string | null): TargetStage {
  if (type === 'mock_interview') return 'interview';
  if (type === 'networking') return 'applied';
  return targetForStage(themeSlug ? themeStage(themeSlug) : 'interview');
}
