/**
 * The rejection debrief: pure domain code (no I/O). Check-in, reasons,
 * feedback-request drafts, feedback judgement, reflection prompts, themes
 * and progress through the debrief.
 */
export * from './stage-reached.js';
export * from './reasons.js';
export * from './checkin.js';
export * from './checkin-texts.js';
export * from './draft-questions.js';
export * from './draft-texts.js';
export {
  draftInputProblems,
  rolePhrase,
  type Draft,
  type DraftBaseInput,
  type FeedbackRequestInput,
} from './draft-context.js';
export { buildFeedbackRequest } from './drafts.js';
export { cleanPersonName, draftInterviewDate, feedbackOfferFrom, greetingName, type FeedbackOffer, type TimelineEvent } from './draft-facts.js';
export { FOLLOW_UP_QUESTIONS, FOLLOW_UP_TEXTS, buildFollowUpForSpecifics, type FollowUpInput } from './follow-up.js';
export { mailtoLink, type MailtoInput } from './mailto.js';
export { buildEml, rfc5322Date, type EmailAddress, type EmlInput } from './eml.js';
export { judgeFeedback, type FeedbackJudgement, type FeedbackVerdict } from './feedback-quality.js';
export * from './reflection-prompts.js';
export * from './reflection.js';
export * from './theme-catalogue.js';
export * from './themes.js';
export * from './progress.js';
export { daysBetween, formatDayMonth, parseIsoDay, type IsoDay } from './dates.js';
