/**
 * What a backup holds (docs/decisions/0019-import-export.md): every table a
 * user owns, in the order a restore writes them (parents first). Each row is
 * kept column by column without its owner, so a column added later travels
 * too. The tables left out, each with its reason, are in BACKUP_EXCLUDED; a
 * test fails when a table with an owner is in neither list.
 */
export type Cell = string | number | null;
export type BackupRow = Record<string, Cell>;

export interface BackupTable {
  table: string;
  /** Columns that identify a row within the owner's data. */
  key: readonly string[];
  /** Columns that must point at a row restored or kept (else the row is left out). */
  parents?: Readonly<Record<string, string>>;
  /** Columns that may point at a row; emptied when that row is not there. */
  links?: Readonly<Record<string, string>>;
  /**
   * Another unique identity (a company's name): on a merge, a backup row with
   * the same one is the row already there, and references to it follow. An
   * identity with an empty (null) column identifies nothing.
   */
  sameAs?: readonly string[];
}

export const BACKUP_TABLES: readonly BackupTable[] = [
  { table: 'settings', key: ['key'] },
  { table: 'companies', key: ['id'], sameAs: ['name_key'] },
  { table: 'applications', key: ['id'], parents: { company_id: 'companies' } },
  { table: 'application_tags', key: ['application_id', 'tag'], parents: { application_id: 'applications' } },
  { table: 'stage_events', key: ['id'], parents: { application_id: 'applications' } },
  { table: 'application_notes', key: ['id'], parents: { application_id: 'applications' } },
  { table: 'rejections', key: ['id'], parents: { application_id: 'applications' } },
  { table: 'rejection_reasons', key: ['rejection_id', 'reason'], parents: { rejection_id: 'rejections' } },
  { table: 'feedback_requests', key: ['id'], parents: { application_id: 'applications', rejection_id: 'rejections' } },
  { table: 'reflection_answers', key: ['application_id', 'prompt_id'], parents: { application_id: 'applications' } },
  { table: 'themes', key: ['id'], sameAs: ['slug'] },
  { table: 'lessons', key: ['id'], parents: { application_id: 'applications', theme_id: 'themes' } },
  { table: 'lesson_evidence', key: ['id'], parents: { lesson_id: 'lessons' } },
  { table: 'outside_control_items', key: ['id'], parents: { application_id: 'applications' } },
  { table: 'check_ins', key: ['id'], links: { application_id: 'applications', rejection_id: 'rejections' } },
  { table: 'question_bank', key: ['id'], links: { application_id: 'applications' } },
  { table: 'practice_cards', key: ['question_id'], parents: { question_id: 'question_bank' } },
  { table: 'practice_reviews', key: ['id'], parents: { question_id: 'question_bank' } },
  { table: 'mail_messages', key: ['id'], sameAs: ['message_key'] },
  { table: 'mail_proposals', key: ['id'], parents: { mail_message_id: 'mail_messages' }, links: { application_id: 'applications' } },
  { table: 'import_layouts', key: ['layout_key'] },
  // The growth plan and the story bank
  { table: 'plan_suggestions', key: ['id'], sameAs: ['seed_key'] },
  { table: 'growth_actions', key: ['id'], links: { suggestion_id: 'plan_suggestions' } },
  { table: 'growth_action_themes', key: ['action_id', 'theme_slug'], parents: { action_id: 'growth_actions' }, links: { theme_id: 'themes' } },
  { table: 'growth_action_evidence', key: ['action_id', 'application_id'], parents: { action_id: 'growth_actions' } },
  { table: 'growth_action_notes', key: ['id'], parents: { action_id: 'growth_actions' } },
  { table: 'stories', key: ['id'] },
  { table: 'story_questions', key: ['story_id', 'question_id'], parents: { story_id: 'stories', question_id: 'question_bank' } },
  { table: 'story_themes', key: ['story_id', 'theme_id'], parents: { story_id: 'stories', theme_id: 'themes' } },
  // Contacts and the agenda
  { table: 'contacts', key: ['id'], sameAs: ['linkedin_key'] },
  { table: 'contact_applications', key: ['contact_id', 'application_id'], parents: { contact_id: 'contacts', application_id: 'applications' } },
  { table: 'contact_interviews', key: ['contact_id', 'event_id'], parents: { contact_id: 'contacts', event_id: 'stage_events' } },
  { table: 'contact_interactions', key: ['id'], parents: { contact_id: 'contacts' }, links: { application_id: 'applications' } },
  { table: 'agenda_marks', key: ['item_key'] },
  // Momentum
  { table: 'weekly_goals', key: ['week_start', 'kind'] },
  { table: 'wins', key: ['id'], sameAs: ['key'], parents: { application_id: 'applications' } },
];

/**
 * Tables with an owner that a backup leaves out, and why. A table added later
 * must be listed here or in BACKUP_TABLES (tests/services/backup-tables.service.test.ts).
 */
export const BACKUP_EXCLUDED: Readonly<Record<string, string>> = {
  application_state: 'derived from the stage events; a restore rebuilds it',
  application_search: 'search index kept by triggers on applications and companies',
  application_search_docs: 'search index kept by triggers on applications and companies',
  application_search_counts: 'counts of the searched texts kept by triggers (PostgreSQL); a restore rebuilds them',
  deleted_applications: 'the short-lived undo buffer of deleted applications',
  mail_accounts: 'holds the mailbox password; connect the mailbox again after a restore',
  calendar_feeds: 'only the hash of the feed secret; make a new feed URL after a restore',
  invitations: 'administration of a hosted server: invitation tokens (hashed), not the user’s search',
  account_links: 'password-reset and confirmation links waiting for an administrator: secrets that expire in an hour',
  background_jobs: 'background work and its progress, on the server that ran it',
  job_uploads: 'files waiting for a background job; what they hold is in the backup once imported',
  reminders_sent: 'which agenda reminders were mailed on which day: bookkeeping of the server that sent them',
  coach_shares: 'sharing with a coach is a link to another account on that server: invite the coach again after moving',
  coach_access_log: 'what a coach opened, kept on the server where it happened (it is in the account export)',
  coach_notes: 'a coach’s private notes, written by the coach on that server (they are in the account export)',
  coach_suggestions: 'suggestions from a coach on that server; the accepted ones are already actions or questions',
  insight_counts: 'counts for insights kept by triggers; a restore rebuilds them',
  win_marks: 'a mark kept by triggers that tells when wins need finding again; a restore moves it',
  insight_day_counts: 'counts for insights kept by triggers; a restore rebuilds them',
  insight_rejection_facts: 'counts for insights kept by triggers; a restore rebuilds them',
  insight_rejection_months: 'counts for insights kept by triggers; a restore rebuilds them',
  insight_reason_counts: 'counts for insights kept by triggers; a restore rebuilds them',
  insight_theme_counts: 'counts for insights kept by triggers; a restore rebuilds them',
  insight_value_counts: 'counts for cohort figures kept by triggers; a restore rebuilds them',
  employer_counts: 'counts for cohort figures kept by triggers; a restore rebuilds them',
  employer_reply_days: 'counts for cohort figures kept by triggers; a restore rebuilds them',
  organisations: 'an organisation is shared by its members on that server; it is in its founder’s account export',
  org_cohorts: 'cohorts of an organisation on that server, shared by its staff (in the founder’s account export)',
  org_members: 'a membership and its consent link two accounts on that server: join again after moving',
  org_coach_cohorts: 'which coach follows which cohort, set by the organisation on that server',
  org_invitations: 'organisation invitation tokens (hashed) that expire in 30 days: secrets of that server',
};

/**
 * Of those, what the account export (hosted mode: "everything you own") leaves out too: copies derived
 * from other rows, and password-reset links (secrets). Every other excluded table is shown in its `held`.
 */
export const ACCOUNT_EXPORT_LEAVES_OUT: readonly string[] = [
  'application_state',
  'application_search',
  'application_search_docs',
  'application_search_counts',
  'account_links',
  'job_uploads',
  'insight_counts',
  'insight_day_counts',
  'insight_rejection_facts',
  'insight_rejection_months',
  'insight_reason_counts',
  'insight_theme_counts',
  'insight_value_counts',
  'employer_counts',
  'employer_reply_days',
  'win_marks',
];

export const BACKUP_FORMAT = 'debrief-backup';
export const BACKUP_VERSION = 1;

export function rowKey(row: BackupRow, columns: readonly string[]): string {
  return columns.map((c) => String(row[c] ?? '')).join('\u001f');
}

/** Rows in a stable order, with their columns in a stable order: the same data gives the same document. */
export function canonicalRows(rows: readonly BackupRow[], key: readonly string[]): BackupRow[] {
  return rows
    .map((row) => Object.fromEntries(Object.keys(row).sort().map((c) => [c, row[c] ?? null])) as BackupRow)
    .sort((a, b) => {
      const ka = rowKey(a, key);
      const kb = rowKey(b, key);
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
}
