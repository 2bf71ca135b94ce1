/**
 * Table types for Kysely. Column conventions (docs/decisions/0001-storage.md):
 * ids are text; instants are ISO 8601 UTC text; days are YYYY-MM-DD text;
 * booleans are integers 0/1 on both databases.
 */
import type { Generated } from 'kysely';
import type { CoachTables } from './schema-coach.js';
import type { NetworkTables } from './schema-network.js';
import type { OrgTables } from './schema-org.js';

export interface UsersTable {
  id: string;
  email: string | null;
  display_name: string;
  created_at: string;
}

export interface SettingsTable {
  owner_id: string;
  key: string;
  value: string; // JSON
}

export interface CompaniesTable {
  id: string;
  owner_id: string;
  name: string;
  name_key: string;
  website: string | null;
  size: string | null;
  notes: string | null;
  revisit_on: string | null;
  created_at: string;
  updated_at: string;
  /** 1 when the sample job search created the row (migration 20261202_1900). */
  is_sample: Generated<number>;
}

export interface ApplicationsTable {
  id: string;
  owner_id: string;
  company_id: string;
  title: string;
  source: string | null;
  referral: number;
  referrer: string | null;
  resume_version: string | null;
  tailored: number;
  fit: number | null;
  excitement: number | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  location: string | null;
  remote: string | null;
  job_url: string | null;
  description: string | null;
  notes: string | null;
  role_family: string;
  seniority: string;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
  /** 1 when the sample job search created the row (migration 20261202_1900). */
  is_sample: Generated<number>;
}

export interface ApplicationTagsTable {
  owner_id: string;
  application_id: string;
  tag: string;
}

export interface StageEventsTable {
  id: string;
  owner_id: string;
  application_id: string;
  stage: string;
  occurred_on: string;
  round: number | null;
  interview_type: string | null;
  note: string | null;
  created_at: string;
  /** Recording order within the application (1, 2, 3…); set by events.repo. */
  seq: Generated<number>;
  /** On an ending: the steps booked ahead it cancelled, as JSON rows, so undo can put them back. */
  cancelled_bookings: string | null;
}

export interface ApplicationNotesTable {
  id: string;
  owner_id: string;
  application_id: string;
  body: string;
  created_at: string;
}

export interface ApplicationStateTable {
  application_id: string;
  owner_id: string;
  status: string;
  reached_rank: number;
  applied_on: string | null;
  last_event_on: string;
  first_reply_on: string | null;
  last_progress_on: string | null;
  /** The earliest step booked after "today" when the row was derived. */
  next_event_on: string | null;
  next_stage: string | null;
  /**
   * Sort keys copied from the application and its company by triggers
   * (migration 20261203_16_0001), so each list sort has an index: empty
   * fit/excitement are 0.
   */
  updated_at: Generated<string>;
  title: Generated<string>;
  company_key: Generated<string>;
  fit: Generated<number>;
  excitement: Generated<number>;
  /**
   * Segment values copied from the application and its company by triggers
   * (migration 20261203_2601), so the insight counts can be kept per row.
   */
  seg_source: Generated<string>;
  seg_referral: Generated<string>;
  seg_tailored: Generated<string>;
  seg_resume_version: Generated<string>;
  seg_fit_band: Generated<string>;
  seg_excitement_band: Generated<string>;
  seg_role_family: Generated<string>;
  seg_seniority: Generated<string>;
  seg_remote: Generated<string>;
  seg_company_size: Generated<string>;
}

/**
 * Counts the insights report reads, kept by triggers on application_state
 * (migration 20261203_2601). Dimension '' counts every application; the
 * segment dimensions count sent ones. Outcome 'awaiting' = waiting on the
 * employer: silence or in progress is decided when read.
 */
export interface InsightCountsTable {
  owner_id: string;
  reached_rank: number;
  outcome: string;
  replied: number;
  dimension: string;
  value: string;
  n: number;
}

/** One row per rejection: its month and how many of its reasons are stated, and stated and outside (migration 20261203_2602). */
export interface InsightRejectionFactsTable {
  rejection_id: string;
  owner_id: string;
  application_id: string;
  month: string | null;
  informative: number;
  outside: number;
}

/** Per month: rejections recorded, with a stated reason, and with every stated reason outside (kept by triggers). */
export interface InsightRejectionMonthsTable {
  owner_id: string;
  month: string;
  rejections: number;
  with_reasons: number;
  outside: number;
}

/** Per month × reason: rejections citing it, and how many marked it outside (kept by triggers). */
export interface InsightReasonCountsTable {
  owner_id: string;
  month: string;
  reason: string;
  n: number;
  outside: number;
}

/** Per month × theme: lessons naming it (kept by triggers). */
export interface InsightThemeCountsTable {
  owner_id: string;
  month: string;
  theme_id: string;
  n: number;
}

/** Days to first reply ('reply') and to a rejection by stage ('rejection'), kept like insight_counts. */
export interface InsightDayCountsTable {
  owner_id: string;
  kind: string;
  reached_rank: number;
  days: number;
  n: number;
}

export interface RejectionsTable {
  id: string;
  owner_id: string;
  application_id: string;
  rejected_on: string;
  channel: string;
  stage_reached: string | null;
  message: string | null;
  reader_labels: string | null; // JSON
  corrections: string | null; // JSON
  note: string | null;
  lessons_note: string | null;
  /** Set when the lessons step is saved, even with nothing in it. */
  lessons_saved_at: string | null;
  skipped_steps: string; // JSON
  debrief_started_at: string | null;
  debrief_completed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface RejectionReasonsTable {
  owner_id: string;
  rejection_id: string;
  reason: string;
  control: string;
}

export interface CheckInsTable {
  id: string;
  owner_id: string;
  checked_on: string;
  mood: number;
  feelings: string; // JSON
  note: string | null;
  rejection_id: string | null;
  application_id: string | null;
  created_at: string;
  /** 1 when the sample job search created the row (migration 20261202_1900). */
  is_sample: Generated<number>;
}

export interface FeedbackRequestsTable {
  id: string;
  owner_id: string;
  application_id: string;
  rejection_id: string;
  recipient: string;
  contact_name: string | null;
  contact_email: string | null;
  tone: string;
  question_ids: string; // JSON
  status: string;
  requested_on: string | null;
  received_on: string | null;
  feedback_text: string | null;
  verdict: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReflectionAnswersTable {
  owner_id: string;
  application_id: string;
  prompt_id: string;
  value: string;
  updated_at: string;
}

export interface ThemesTable {
  id: string;
  owner_id: string;
  slug: string;
  label: string;
  description: string | null;
  source: string;
  created_at: string;
}

export interface LessonsTable {
  id: string;
  owner_id: string;
  application_id: string;
  theme_id: string;
  created_at: string;
}

export interface LessonEvidenceTable {
  id: string;
  owner_id: string;
  lesson_id: string;
  kind: string;
  ref: string;
  excerpt: string | null;
}

export interface OutsideControlItemsTable {
  id: string;
  owner_id: string;
  application_id: string;
  text: string;
  reason: string | null;
  created_at: string;
}

export interface QuestionBankTable {
  id: string;
  owner_id: string;
  question: string;
  application_id: string | null;
  source_prompt_id: string | null;
  notes: string | null;
  self_rating: number | null;
  /** Days the question was practised (migration 20261122_0800). */
  practice_count: Generated<number>;
  last_practised_on: string | null;
  created_at: string;
  updated_at: string;
  /** 1 when the sample job search created the row (migration 20261202_1900). */
  is_sample: Generated<number>;
  /** behavioural | technical | case | about_you | salary | to_ask, or null when not tagged (migration 20261203_2400). */
  kind: string | null;
  /** For a question you wrote yourself: the stage where you expect it (migration 20261203_2400). */
  stage: string | null;
}

export interface MailMessagesTable {
  id: string;
  owner_id: string;
  /** The Message-ID, or "sha256:…" of the raw message when it has none: unique per owner. */
  message_key: string;
  message_id: string | null;
  content_hash: string;
  subject: string | null;
  from_address: string | null;
  from_name: string | null;
  sent_at: string | null;
  status: string; // proposed | skipped
  skip_reason: string | null;
  created_at: string;
}

export interface MailProposalsTable {
  id: string;
  owner_id: string;
  mail_message_id: string;
  application_id: string | null;
  kind: string;
  action: string; // stage | note
  stage: string | null;
  occurred_on: string;
  reader_result: string; // JSON
  match_score: number;
  match_reasons: string; // JSON
  proposed_company: string | null;
  proposed_title: string | null;
  status: string; // pending | accepted | dismissed
  created_at: string;
  decided_at: string | null;
}

/** A deleted application kept for a while so the deletion can be undone. */
export interface DeletedApplicationsTable {
  application_id: string;
  owner_id: string;
  snapshot: string; // JSON
  deleted_at: string;
}

export interface MailAccountsTable {
  id: string;
  owner_id: string;
  host: string;
  port: number;
  tls: number; // 1 | 0
  username: string;
  password: string | null;
  folders: string; // JSON array
  sync_every_minutes: number | null;
  last_sync_at: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface MailSyncStateTable {
  account_id: string;
  folder: string;
  uid_validity: string;
  last_uid: string;
  messages_read: number;
  updated_at: string;
}

export interface PracticeCardsTable {
  question_id: string;
  owner_id: string;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: string; // new | learning | review | relearning
  last_review: string | null;
}

export interface PracticeReviewsTable {
  id: string;
  owner_id: string;
  question_id: string;
  rating: string; // again | hard | good | easy
  reviewed_at: string;
  next_due: string;
}

/** A file layout (its header row) and how the seeker mapped it (migration 20261203_1300). */
export interface ImportLayoutsTable {
  owner_id: string;
  layout_key: string;
  headers: string; // JSON
  preset: string;
  mapping: string; // JSON
  status_map: string; // JSON
  updated_at: string;
}

export interface PlanSuggestionsTable {
  id: string;
  owner_id: string;
  theme_slug: string;
  type: string;
  title: string;
  position: number;
  /** "<slug>#<n>" for a copy of a catalogue suggestion; null for the owner's own. */
  seed_key: string | null;
  /** 1 when the owner removed a catalogue suggestion (kept so it is not copied again). */
  hidden: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface GrowthActionsTable {
  id: string;
  owner_id: string;
  type: string;
  title: string;
  link: string | null;
  due_on: string | null;
  status: string; // planned | doing | done | dropped
  target_stage: string | null;
  /** The day it was marked done (null unless done). */
  done_on: string | null;
  suggestion_id: string | null;
  is_sample: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface GrowthActionThemesTable {
  owner_id: string;
  action_id: string;
  theme_slug: string;
  theme_label: string;
  /** Null once the theme was deleted; the slug and label say what it was. */
  theme_id: string | null;
}

export interface GrowthActionEvidenceTable {
  owner_id: string;
  action_id: string;
  application_id: string;
  label: string;
  rejected_on: string;
}

export interface GrowthActionNotesTable {
  id: string;
  owner_id: string;
  action_id: string;
  body: string;
  created_at: string;
}

export interface StoriesTable {
  id: string;
  owner_id: string;
  title: string;
  situation: string | null;
  task: string | null;
  action: string | null;
  result: string | null;
  learned: string | null;
  created_at: string;
  updated_at: string;
  /** 1 when the sample job search created the row (migration 20261203_2400). */
  is_sample: Generated<number>;
}

export interface StoryQuestionsTable {
  owner_id: string;
  story_id: string;
  question_id: string;
}

export interface StoryThemesTable {
  owner_id: string;
  story_id: string;
  theme_id: string;
}

/** A weekly goal, set from `week_start` on until set again (migration 20261203_1200). */
export interface WeeklyGoalsTable {
  owner_id: string;
  week_start: string;
  kind: string; // applications | networking | practice | debriefs
  target: number; // 0: no goal of this kind
  created_at: string;
  is_sample: Generated<number>;
}

/** Moves whenever the facts of detected wins change (migration 20261207_03_0001, kept by triggers). */
export interface WinMarksTable {
  owner_id: string;
  version: number;
  /** PostgreSQL: the transaction that moved it last. */
  moved_in: string | null;
}

/** A win: a milestone detected once per key, or one the person wrote down (migration 20261203_1200). */
export interface WinsTable {
  id: string;
  owner_id: string;
  key: string;
  kind: string;
  title: string;
  note: string | null;
  occurred_on: string;
  application_id: string | null;
  source: string; // detected | manual
  celebrated_at: string | null;
  created_at: string;
  is_sample: Generated<number>;
}

/** better-auth's records (hosted mode), under its own column names. */
export interface AuthUserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  image: string | null;
  createdAt: Date;
  updatedAt: Date;
  role: string | null;
  banned: boolean | null;
  banReason: string | null;
  banExpires: Date | null;
}

export interface AuthSessionTable {
  id: string;
  expiresAt: Date;
  token: string;
  createdAt: Date;
  updatedAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
  userId: string;
  impersonatedBy: string | null;
}

export interface InstanceSettingsTable {
  key: string;
  value: string;
}

export interface InvitationsTable {
  id: string;
  owner_id: string;
  token_hash: string;
  email: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
}

export interface AccountLinksTable {
  id: string;
  owner_id: string;
  kind: string; // reset | verify
  url: string;
  created_at: string;
  expires_at: string;
}

/** A background job as people see it (migration 20261203_2100); the queue itself is pg-boss's. */
export interface BackgroundJobsTable {
  id: string;
  owner_id: string;
  kind: string;
  state: string;
  params: string;
  progress: string | null;
  result: string | null;
  error: string | null;
  upload_bytes: Generated<number>;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  updated_at: string;
}

/** The file a job reads, in order, kept in the database so any worker can read it. */
export interface JobUploadsTable {
  job_id: string;
  owner_id: string;
  seq: number;
  chunk: Uint8Array;
}

export interface RemindersSentTable {
  owner_id: string;
  item_key: string;
  day: string;
  sent_at: string;
}

export interface DB extends NetworkTables, CoachTables, OrgTables {
  users: UsersTable;
  settings: SettingsTable;
  companies: CompaniesTable;
  applications: ApplicationsTable;
  application_tags: ApplicationTagsTable;
  stage_events: StageEventsTable;
  application_notes: ApplicationNotesTable;
  application_state: ApplicationStateTable;
  insight_counts: InsightCountsTable;
  insight_day_counts: InsightDayCountsTable;
  insight_rejection_facts: InsightRejectionFactsTable;
  insight_rejection_months: InsightRejectionMonthsTable;
  insight_reason_counts: InsightReasonCountsTable;
  insight_theme_counts: InsightThemeCountsTable;
  rejections: RejectionsTable;
  rejection_reasons: RejectionReasonsTable;
  check_ins: CheckInsTable;
  feedback_requests: FeedbackRequestsTable;
  reflection_answers: ReflectionAnswersTable;
  themes: ThemesTable;
  lessons: LessonsTable;
  lesson_evidence: LessonEvidenceTable;
  outside_control_items: OutsideControlItemsTable;
  question_bank: QuestionBankTable;
  mail_messages: MailMessagesTable;
  mail_proposals: MailProposalsTable;
  deleted_applications: DeletedApplicationsTable;
  mail_accounts: MailAccountsTable;
  mail_sync_state: MailSyncStateTable;
  practice_cards: PracticeCardsTable;
  practice_reviews: PracticeReviewsTable;
  import_layouts: ImportLayoutsTable;
  plan_suggestions: PlanSuggestionsTable;
  growth_actions: GrowthActionsTable;
  growth_action_themes: GrowthActionThemesTable;
  growth_action_evidence: GrowthActionEvidenceTable;
  growth_action_notes: GrowthActionNotesTable;
  stories: StoriesTable;
  story_questions: StoryQuestionsTable;
  story_themes: StoryThemesTable;
  weekly_goals: WeeklyGoalsTable;
  wins: WinsTable;
  win_marks: WinMarksTable;
  auth_user: AuthUserTable;
  auth_session: AuthSessionTable;
  instance_settings: InstanceSettingsTable;
  invitations: InvitationsTable;
  account_links: AccountLinksTable;
  background_jobs: BackgroundJobsTable;
  job_uploads: JobUploadsTable;
  reminders_sent: RemindersSentTable;
}
