/**
 * The rejection debrief (issue 3) and the message reader endpoints (issue 4).
 * Everything is keyed by the APPLICATION id: an application has at most one
 * rejection, and its debrief hangs off it. All bodies and responses are JSON
 * unless said otherwise; errors are `{ error: { code, message, fields? } }`
 * (400 validation naming fields, 404 unknown id, 409 conflict).
 *
 * Endpoints (request → response schema in this file):
 *
 * Recording the rejection
 *   POST   /api/applications/{id}/rejection                  zRejectionInput → 201 zDebrief
 *          Appends the `rejected` stage event when the application is not rejected yet
 *          (409 when it was withdrawn or ended otherwise); on an already-rejected
 *          application it only updates the record (no second event). Idempotent.
 *   GET    /api/applications/{id}/debrief                     → 200 zDebrief (404 when no rejection recorded)
 *
 * The five steps (each saves on its own; call in any order; nothing is lost on abandon)
 *   PUT    /api/applications/{id}/debrief/checkin             zCheckInInput → 200 zCheckInResult
 *   PUT    /api/applications/{id}/debrief/message             zMessageStepInput → 200 zDebrief
 *   PUT    /api/applications/{id}/debrief/feedback-request    zFeedbackRequestInput → 200 zFeedbackRequest (saves recipient/tone/questions)
 *   GET    /api/applications/{id}/debrief/feedback-request/draft?recipient&tone&questions=a,b&contactName
 *                                                             → 200 zDraft (query falls back to saved choices)
 *   GET    /api/applications/{id}/debrief/feedback-request/draft.eml?… (same query)
 *                                                             → 200 message/rfc822, Content-Disposition: attachment
 *   POST   /api/applications/{id}/debrief/feedback-request/sent     zMarkSentInput → 200 zFeedbackRequest (status requested)
 *   POST   /api/applications/{id}/debrief/feedback-request/outcome  zFeedbackOutcomeInput → 200 zFeedbackOutcome
 *          (received + generic text → `followUp` draft asking for specifics; 409 on an impossible status move)
 *   GET    /api/applications/{id}/debrief/feedback-request/follow-up?tone → 200 zDraft
 *   PUT    /api/applications/{id}/debrief/reflection          zReflectionInput → 200 zReflectionResult
 *          (merges answers by promptId; an empty value clears one; `list` answers feed the question bank)
 *   PUT    /api/applications/{id}/debrief/lessons             zLessonsInput → 200 zLessons (replaces the set)
 *   POST   /api/applications/{id}/debrief/skip                zSkipInput → 200 zDebrief
 *
 * Lists across applications
 *   GET    /api/debriefs                                      → 200 zDebriefList (debriefs to finish + feedback reminders, for the dashboard)
 *   GET    /api/journal?from&to                               → 200 zJournal (check-ins, newest first, + low-mood nudge)
 *   POST   /api/journal                                       zJournalEntryInput → 201 zCheckInResult (free entry, no rejection)
 *   DELETE /api/journal/{id}                                  → 204
 *   GET    /api/themes                                        → 200 zTheme[] (catalogue seeded per owner on first use + own)
 *   POST   /api/themes                                        zThemeInput → 201 zTheme (folds onto an existing theme when it is the same name)
 *   POST   /api/themes/suggest                                zSuggestInput → 200 zThemeSuggestion[]
 *   GET    /api/question-bank                                 → 200 zQuestionBankItem[]
 *   POST   /api/question-bank                                 zQuestionBankInput → 201 zQuestionBankItem (your own question)
 *   PATCH  /api/question-bank/{id}                            zQuestionBankUpdate → 200 zQuestionBankItem
 *   DELETE /api/question-bank/{id}                            → 204
 *   POST   /api/question-bank/{id}/practice                   zQuestionPracticeInput → 200 zQuestionBankItem
 *          (records practice today; a second call the same day does not count twice)
 *
 * The reader
 *   POST   /api/reader/parse                                  zReaderInput → 200 zReaderResult
 *   POST   /api/reader/prefill                                zReaderInput → 200 zReaderPrefill
 *          (reader result mapped onto the message step: reasons with control + reframe, evidence,
 *           suggestions "ask within two days" / "reconnect around <date>")
 */
import { z } from 'zod';
import {
  CHANNELS,
  CONTROL,
  DEBRIEF_STEPS,
  FEEDBACK_QUESTION_IDS,
  FEEDBACK_STATUSES,
  FEELING_IDS,
  RECIPIENTS,
  REJECTION_REASONS,
  STAGES_REACHED,
  TONES,
} from '../domain/debrief/index.js';
import { KINDS } from '../domain/reader/types.js';
import { QUESTION_KINDS } from '../domain/practice/question-kinds.js';
import { csvList, optionalText, requiredText, zId, zIsoDate, zRating, zText } from './common.js';

export const MAX_MESSAGE = 1_000_000; // a pasted message is kept whole; 200 KB is normal for HTML mail
export const MAX_DEBRIEF_TEXT = 50_000;

export const zChannel = z.enum(CHANNELS);
export const zControl = z.enum(CONTROL);
export const zReason = z.enum(REJECTION_REASONS);
export const zStageReached = z.enum(STAGES_REACHED);
export const zFeeling = z.enum(FEELING_IDS);
export const zRecipient = z.enum(RECIPIENTS);
export const zTone = z.enum(TONES);
export const zQuestionId = z.enum(FEEDBACK_QUESTION_IDS);
export const zFeedbackStatus = z.enum(FEEDBACK_STATUSES);
export const zDebriefStep = z.enum(DEBRIEF_STEPS);
export const zMood = z.number().int().min(1, 'Use 1 to 5').max(5, 'Use 1 to 5');

/** One reason; `control` defaults to the reason's usual control (REASONS in the domain). */
export const zReasonInput = z.object({ reason: zReason, control: zControl.optional() });

/** What the reader said, as stored with the rejection (and shown again with its evidence). */
export const zEvidence = z.object({
  label: z.string(),
  value: z.string(),
  sentences: z.array(z.string()),
  confidence: z.number(),
});
export const zReaderLabels = z
  .object({
    stage: zStageReached.nullable(),
    reasons: z.array(zReason),
    feedback: z.boolean(),
    feedbackOffered: z.boolean(),
    doorOpen: z.boolean(),
    company: z.string().nullable(),
    role: z.string().nullable(),
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    evidence: z.array(zEvidence),
  })
  .meta({ id: 'ReaderLabels' });
/** The user's corrections of reader labels: label → corrected value. */
export const zCorrections = z.record(zText(), z.union([zText(), z.boolean(), z.array(zText()), z.null()]));

const messageFields = {
  channel: zChannel.optional(),
  /** Override of the derived stage reached; null goes back to the derived one. */
  stageReached: zStageReached.nullable().optional(),
  /** The message as received, kept verbatim (HTML included). */
  message: optionalText(MAX_MESSAGE),
  /** Replaces the reasons when given. */
  reasons: z.array(zReasonInput).max(11).optional(),
  readerLabels: zReaderLabels.nullable().optional(),
  corrections: zCorrections.nullable().optional(),
  note: optionalText(MAX_DEBRIEF_TEXT),
};

export const zRejectionInput = z
  .object({ date: zIsoDate.optional(), ...messageFields })
  .meta({ id: 'RejectionInput' });
export type RejectionInput = z.infer<typeof zRejectionInput>;

export const zMessageStepInput = z.object(messageFields).meta({ id: 'MessageStepInput' });
export type MessageStepInput = z.infer<typeof zMessageStepInput>;

export const zRejectionReason = z.object({
  reason: zReason,
  label: z.string(),
  control: zControl,
  /** Kind words when the reason is outside the seeker's control. */
  reframe: z.string().nullable(),
});

export const zRejection = z
  .object({
    id: zId,
    applicationId: zId,
    rejectedOn: z.string(),
    channel: zChannel,
    /** The effective stage reached (override or derived). */
    stageReached: zStageReached,
    stageReachedDerived: zStageReached,
    stageReachedOverridden: z.boolean(),
    message: z.string().nullable(),
    reasons: z.array(zRejectionReason),
    readerLabels: zReaderLabels.nullable(),
    corrections: zCorrections.nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Rejection' });
export type Rejection = z.infer<typeof zRejection>;

/* ---------- check-in and journal ---------- */

export const zCheckInInput = z
  .object({ mood: zMood, feelings: z.array(zFeeling).max(16).default([]), note: optionalText(MAX_DEBRIEF_TEXT), date: zIsoDate.optional() })
  .meta({ id: 'CheckInInput' });
export type CheckInInput = z.input<typeof zCheckInInput>;
export const zJournalEntryInput = zCheckInInput.meta({ id: 'JournalEntryInput' });

export const zCheckIn = z
  .object({
    id: zId,
    date: z.string(),
    mood: z.number().int(),
    moodLabel: z.string(),
    feelings: z.array(zFeeling),
    note: z.string().nullable(),
    rejectionId: z.string().nullable(),
    applicationId: z.string().nullable(),
    /** Set when linked to an application. */
    company: z.string().nullable(),
    title: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'CheckIn' });
export type CheckIn = z.infer<typeof zCheckIn>;

export const zSupportSuggestion = z.object({ id: z.string(), title: z.string(), text: z.string() });
export const zCheckInSupport = z
  .object({ level: z.enum(['low', 'mixed', 'steady']), message: z.string(), suggestions: z.array(zSupportSuggestion), canContinue: z.literal(true) })
  .meta({ id: 'CheckInSupport' });
export const zCheckInResult = z.object({ checkIn: zCheckIn, support: zCheckInSupport }).meta({ id: 'CheckInResult' });
export type CheckInResult = z.infer<typeof zCheckInResult>;

export const zJournalQuery = z.object({ from: zIsoDate.optional(), to: zIsoDate.optional() });
export const zJournal = z
  .object({
    entries: z.array(zCheckIn),
    nudge: z.object({ due: z.boolean(), message: z.string().nullable(), suggestions: z.array(zSupportSuggestion) }),
  })
  .meta({ id: 'Journal' });
export type Journal = z.infer<typeof zJournal>;

/* ---------- feedback request ---------- */

export const zFeedbackRequestInput = z
  .object({
    recipient: zRecipient,
    tone: zTone,
    questionIds: z.array(zQuestionId).max(3, 'Choose at most three questions').default([]),
    contactName: optionalText(200),
    contactEmail: z.union([z.email('Use an email address such as ana@example.com'), z.literal('')]).transform((v) => v || null).nullable().optional(),
  })
  .meta({ id: 'FeedbackRequestInput' });
export type FeedbackRequestInput = z.input<typeof zFeedbackRequestInput>;

const csvQuestions = csvList(zQuestionId, { count: 3, message: 'Choose at most three questions' });
export const zDraftQuery = z.object({
  recipient: zRecipient.optional(),
  tone: zTone.optional(),
  questions: csvQuestions.optional(),
  contactName: zText().max(200).optional(),
});
export type DraftQuery = z.infer<typeof zDraftQuery>;
export const zFollowUpQuery = z.object({ tone: zTone.optional() });

export const zDraft = z
  .object({ subject: z.string(), body: z.string(), linkedin: z.string(), mailto: z.string() })
  .meta({ id: 'Draft' });
export type DraftOut = z.infer<typeof zDraft>;

export const zFeedbackRequest = z
  .object({
    status: zFeedbackStatus,
    recipient: zRecipient,
    tone: zTone,
    questionIds: z.array(zQuestionId),
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    requestedOn: z.string().nullable(),
    /** Day the answer (received / declined / no answer) was recorded. */
    receivedOn: z.string().nullable(),
    feedbackText: z.string().nullable(),
    verdict: z.enum(['specific', 'generic', 'empty']).nullable(),
    /** True when requested and no answer after the reminder setting (days). */
    reminderDue: z.boolean(),
  })
  .meta({ id: 'FeedbackRequest' });
export type FeedbackRequest = z.infer<typeof zFeedbackRequest>;

export const zMarkSentInput = z.object({ on: zIsoDate.optional() }).meta({ id: 'MarkSentInput' });
export const zFeedbackOutcomeInput = z
  .object({
    status: z.enum(['received', 'declined', 'no_answer']),
    on: zIsoDate.optional(),
    text: optionalText(MAX_DEBRIEF_TEXT),
  })
  .meta({ id: 'FeedbackOutcomeInput' });
export type FeedbackOutcomeInput = z.input<typeof zFeedbackOutcomeInput>;

export const zThemeSuggestion = z.object({ slug: z.string(), label: z.string(), matched: z.array(z.string()) }).meta({ id: 'ThemeSuggestion' });
export const zFeedbackOutcome = z
  .object({
    feedbackRequest: zFeedbackRequest,
    judgement: z.object({ verdict: z.enum(['specific', 'generic', 'empty']), reasons: z.array(z.string()) }).nullable(),
    /** Offered when the feedback received is generic: a polite ask for specifics. */
    followUp: zDraft.nullable(),
    themeSuggestions: z.array(zThemeSuggestion),
  })
  .meta({ id: 'FeedbackOutcome' });
export type FeedbackOutcome = z.infer<typeof zFeedbackOutcome>;

/* ---------- reflection ---------- */

export const zReflectionPrompt = z.object({
  id: z.string(),
  section: z.string(),
  sectionLabel: z.string(),
  prompt: z.string(),
  help: z.string(),
  kind: z.enum(['text', 'list', 'rating']),
  round: z.number().int().optional(),
});
export const zReflectionInput = z
  .object({ answers: z.array(z.object({ promptId: zText().min(1).max(100), value: zText().max(MAX_DEBRIEF_TEXT) })).max(200) })
  .meta({ id: 'ReflectionInput' });
export type ReflectionInput = z.infer<typeof zReflectionInput>;
export const zReflectionResult = z
  .object({
    answers: z.record(z.string(), z.string()),
    /** Question-bank items created by this save (struggled questions). */
    questionsAdded: z.array(z.object({ id: zId, question: z.string() })),
  })
  .meta({ id: 'ReflectionResult' });
export type ReflectionResult = z.infer<typeof zReflectionResult>;

/* ---------- themes and lessons ---------- */

export const zTheme = z
  .object({ id: zId, slug: z.string(), label: z.string(), description: z.string().nullable(), source: z.enum(['catalogue', 'user']), applications: z.number().int() })
  .meta({ id: 'Theme' });
export type ThemeOut = z.infer<typeof zTheme>;
export const zThemeInput = z.object({ label: requiredText('Theme name', 80), description: optionalText(500) }).meta({ id: 'ThemeInput' });
export const zSuggestInput = z.object({ text: zText().max(MAX_DEBRIEF_TEXT) });

export const zEvidenceLink = z.object({
  kind: z.enum(['feedback', 'reflection']),
  /** `feedback` for the received feedback; the prompt id for a reflection answer. */
  ref: zText().min(1).max(100),
  excerpt: optionalText(2_000),
});
export const zLessonsInput = z
  .object({
    /** Each theme by slug, or by a typed label (a new theme is created when it matches none). */
    themes: z
      .array(z.object({ slug: zText().max(80).optional(), label: zText().max(80).optional(), evidence: z.array(zEvidenceLink).max(20).default([]) }))
      .max(30),
    /** Things outside the seeker's control, kept apart from the lessons. */
    outside: z.array(z.object({ text: requiredText('Text', 2_000), reason: zReason.nullable().optional() })).max(30).default([]),
    note: optionalText(MAX_DEBRIEF_TEXT),
  })
  .meta({ id: 'LessonsInput' });
export type LessonsInput = z.input<typeof zLessonsInput>;

export const zLessons = z
  .object({
    themes: z.array(
      z.object({
        slug: z.string(),
        label: z.string(),
        evidence: z.array(z.object({ kind: z.enum(['feedback', 'reflection']), ref: z.string(), excerpt: z.string().nullable() })),
      }),
    ),
    outside: z.array(z.object({ id: zId, text: z.string(), reason: zReason.nullable() })),
    note: z.string().nullable(),
  })
  .meta({ id: 'Lessons' });
export type Lessons = z.infer<typeof zLessons>;

export const zSkipInput = z.object({ step: zDebriefStep, skip: z.boolean().default(true) }).meta({ id: 'SkipInput' });

export const zQuestionKind = z.enum(QUESTION_KINDS, { error: 'Use one of: behavioural, technical, case, about_you, salary, to_ask' });

export const zQuestionBankItem = z
  .object({
    id: zId,
    question: z.string(),
    applicationId: z.string().nullable(),
    company: z.string().nullable(),
    notes: z.string().nullable(),
    selfRating: z.number().int().nullable(),
    /** Days this question was practised (practising twice on one day counts once). */
    practiceCount: z.number().int(),
    /** The last day it was practised (YYYY-MM-DD in the user's time zone), or null. */
    lastPractisedOn: z.string().nullable(),
    kind: zQuestionKind.nullable().meta({ description: 'Its type; to_ask is a question you ask them' }),
    stage: zStageReached.nullable().meta({ description: 'The stage where it was met (from the debrief) or where you expect it (your own)' }),
    own: z.boolean().meta({ description: 'Written by you rather than banked from a debrief' }),
    createdAt: z.string(),
  })
  .meta({ id: 'QuestionBankItem' });
export type QuestionBankItem = z.infer<typeof zQuestionBankItem>;
export const zQuestionBankUpdate = z
  .object({
    notes: optionalText(MAX_DEBRIEF_TEXT),
    selfRating: zRating.nullable().optional(),
    kind: zQuestionKind.nullable().optional(),
    question: requiredText('The question', 500).optional().meta({ description: 'Only for questions you wrote yourself' }),
    stage: zStageReached.nullable().optional().meta({ description: 'Only for questions you wrote yourself' }),
  })
  .meta({ id: 'QuestionBankUpdate' });
export type QuestionBankUpdate = z.infer<typeof zQuestionBankUpdate>;
/** A question you write yourself (to practise, or to ask them). */
export const zQuestionBankInput = z
  .object({
    question: requiredText('The question', 500),
    kind: zQuestionKind.nullable().optional(),
    stage: zStageReached.nullable().optional(),
    notes: optionalText(MAX_DEBRIEF_TEXT),
  })
  .meta({ id: 'QuestionBankInput' });
export type QuestionBankInput = z.input<typeof zQuestionBankInput>;
/** Recording a practice: optionally the new self-rating and notes at the same time. */
export const zQuestionPracticeInput = z
  .object({ notes: optionalText(MAX_DEBRIEF_TEXT), selfRating: zRating.nullable().optional() })
  .meta({ id: 'QuestionPracticeInput' });
export type QuestionPracticeInput = z.infer<typeof zQuestionPracticeInput>;

/* ---------- the whole debrief ---------- */

export const zProgress = z
  .object({
    steps: z.array(z.object({ step: zDebriefStep, label: z.string(), status: z.enum(['done', 'skipped', 'todo']) })),
    next: zDebriefStep.nullable(),
    complete: z.boolean(),
    percent: z.number().int(),
    startedAt: z.string().nullable(),
    completedAt: z.string().nullable(),
  })
  .meta({ id: 'DebriefProgress' });

export const zDebrief = z
  .object({
    application: z.object({ id: zId, company: z.string(), title: z.string(), status: z.string() }),
    rejection: zRejection,
    checkIn: zCheckIn.nullable(),
    support: zCheckInSupport.nullable(),
    feedbackRequest: zFeedbackRequest,
    /** The questions that fit the stage reached, and the ones pre-selected. */
    feedbackQuestions: z.array(z.object({ id: zQuestionId, label: z.string() })),
    defaultQuestionIds: z.array(zQuestionId),
    reflection: z.object({ prompts: z.array(zReflectionPrompt), answers: z.record(z.string(), z.string()) }),
    lessons: zLessons,
    /** From the feedback text and reflection answers. */
    themeSuggestions: z.array(zThemeSuggestion),
    /** Share of this rejection's reasons outside the seeker's control, 0–1 (null when no reasons). */
    outsideShare: z.number().nullable(),
    progress: zProgress,
  })
  .meta({ id: 'Debrief' });
export type Debrief = z.infer<typeof zDebrief>;

export const zDebriefListItem = z.object({
  applicationId: zId,
  company: z.string(),
  title: z.string(),
  rejectedOn: z.string(),
  next: zDebriefStep.nullable(),
  percent: z.number().int(),
  complete: z.boolean(),
  feedbackStatus: zFeedbackStatus,
  reminderDue: z.boolean(),
});
export const zDebriefList = z
  .object({ toFinish: z.array(zDebriefListItem), remindersDue: z.array(zDebriefListItem) })
  .meta({ id: 'DebriefList' });
export type DebriefList = z.infer<typeof zDebriefList>;

/* ---------- reader ---------- */

export const zReaderInput = z
  .object({ text: zText().min(1, 'Paste the message text').max(MAX_MESSAGE), subject: zText().max(1_000).optional(), html: zText().max(MAX_MESSAGE).optional() })
  .meta({ id: 'ReaderInput' });
export type ReaderInputBody = z.infer<typeof zReaderInput>;

export const zReaderResult = zReaderLabels
  .extend({
    kind: z.enum(KINDS),
    language: z.string(),
    notEnglish: z.boolean(),
    confidence: z.number(),
  })
  .meta({ id: 'ReaderResult' });
export type ReaderResultOut = z.infer<typeof zReaderResult>;

export const zPrefillSuggestion = z.object({
  kind: z.enum(['ask_feedback', 'reconnect']),
  text: z.string(),
  /** ask_feedback: ask by this day; reconnect: a suggested day to get back in touch. */
  date: z.string(),
});
export const zReaderPrefill = z
  .object({
    reader: zReaderResult,
    /** True when the message reads as a rejection or a hold. */
    isRejection: z.boolean(),
    stageReached: zStageReached.nullable(),
    reasons: z.array(zRejectionReason),
    /** What to store as `readerLabels` on the message step. */
    readerLabels: zReaderLabels,
    suggestions: z.array(zPrefillSuggestion),
    /** Honest note when the reader could not read it well (e.g. not English). */
    caution: z.string().nullable(),
  })
  .meta({ id: 'ReaderPrefill' });
export type ReaderPrefill = z.infer<typeof zReaderPrefill>;
