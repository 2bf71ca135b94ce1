/** Table types of organisations (migration 20261204_0100_organisations). */
import type { Generated } from 'kysely';

export type { OrgRole, MemberStatus } from '../domain/org/roles.js';

export interface OrganisationsTable {
  id: string;
  owner_id: string;
  name: string;
  created_at: string;
}

export interface OrgCohortsTable {
  id: string;
  org_id: string;
  owner_id: string;
  name: string;
  program: string | null;
  location: string | null;
  starts_on: string | null;
  created_at: string;
}

export interface OrgMembersTable {
  id: string;
  org_id: string;
  owner_id: string;
  role: string;
  cohort_id: string | null;
  status: Generated<string>;
  placed_on: string | null;
  /** 1 when the member's data counts in the cohort's aggregates. */
  counts: Generated<number>;
  joined_at: string;
  consent_changed_at: string;
}

export interface OrgCoachCohortsTable {
  cohort_id: string;
  member_id: string;
  org_id: string;
  owner_id: string;
  created_at: string;
}

export interface OrgInvitationsTable {
  id: string;
  org_id: string;
  owner_id: string;
  token_hash: string;
  email: string | null;
  role: string;
  cohort_id: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  uses: Generated<number>;
}

/** Per member and segment value: applications and metric sums, kept from insight_counts (cohort figures). */
export interface InsightValueCountsTable {
  owner_id: string;
  dimension: string;
  value: string;
  n: number;
  response_trials: number;
  response_successes: number;
  interview_trials: number;
  interview_successes: number;
  offer_trials: number;
  offer_successes: number;
}

/** Per member and employer (the company's name key): applications sent and how far they went (cohort employers table). */
export interface EmployerCountsTable {
  owner_id: string;
  company_key: string;
  applications: number;
  replies: number;
  interviews: number;
  offers: number;
}

/** Per member and employer: applications by days from applying to the first reply. */
export interface EmployerReplyDaysTable {
  owner_id: string;
  company_key: string;
  days: number;
  n: number;
}

export interface OrgTables {
  organisations: OrganisationsTable;
  org_cohorts: OrgCohortsTable;
  org_members: OrgMembersTable;
  org_coach_cohorts: OrgCoachCohortsTable;
  org_invitations: OrgInvitationsTable;
  insight_value_counts: InsightValueCountsTable;
  employer_counts: EmployerCountsTable;
  employer_reply_days: EmployerReplyDaysTable;
}
