/**
 * Table types for Kysely. Column conventions (docs/decisions/0001-storage.md):
 * ids are text; instants are ISO 8601 UTC text; days are YYYY-MM-DD text;
 * booleans are integers 0/1 on both databases.
 */
import type { Generated } from 'kysely';

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
}

export interface DB {
  users: UsersTable;
  settings: SettingsTable;
  companies: CompaniesTable;
  applications: ApplicationsTable;
  application_tags: ApplicationTagsTable;
  stage_events: StageEventsTable;
  application_notes: ApplicationNotesTable;
  application_state: ApplicationStateTable;
}
