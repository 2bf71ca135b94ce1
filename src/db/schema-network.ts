/** Table types of the network: contacts, interactions, agenda marks, the calendar feed (migration 20261203_1100). */
import type { Generated } from 'kysely';

export interface ContactsTable {
  id: string;
  owner_id: string;
  name: string;
  name_key: string;
  role: string | null;
  company: string | null;
  company_key: string | null;
  /** The job title, as LinkedIn gives it. */
  position: string | null;
  email: string | null;
  phone: string | null;
  linkedin_url: string | null;
  /** The profile address without scheme, case or trailing slash: what a re-import matches on. */
  linkedin_key: string | null;
  how_met: string | null;
  notes: string | null;
  cadence_weeks: number | null;
  connected_on: string | null;
  source: Generated<string>;
  is_sample: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ContactApplicationsTable {
  owner_id: string;
  contact_id: string;
  application_id: string;
  created_at: string;
}

export interface ContactInterviewsTable {
  owner_id: string;
  contact_id: string;
  event_id: string;
  created_at: string;
}

export interface ContactInteractionsTable {
  id: string;
  owner_id: string;
  contact_id: string;
  kind: string;
  occurred_on: string;
  note: string | null;
  application_id: string | null;
  is_sample: Generated<number>;
  created_at: string;
}

export interface AgendaMarksTable {
  owner_id: string;
  item_key: string;
  state: string;
  until_day: string | null;
  updated_at: string;
}

export interface CalendarFeedsTable {
  owner_id: string;
  token_hash: string;
  created_at: string;
}

export interface NetworkTables {
  contacts: ContactsTable;
  contact_applications: ContactApplicationsTable;
  contact_interviews: ContactInterviewsTable;
  contact_interactions: ContactInteractionsTable;
  agenda_marks: AgendaMarksTable;
  calendar_feeds: CalendarFeedsTable;
}
