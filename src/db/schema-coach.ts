/** Table types of sharing with a coach (migration 20261203_2200). Every row belongs to the seeker who shares. */

export interface CoachSharesTable {
  id: string;
  owner_id: string;
  coach_email: string;
  /** The coach's account, once the invitation is accepted. */
  coach_id: string | null;
  /** Null: a share the seeker made; an organisation membership may grant one later. */
  org_id: string | null;
  scope_debriefs: number;
  scope_journal: number;
  status: string; // pending | active | revoked
  /** SHA-256 of the invitation token; null once accepted or revoked. */
  token_hash: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
  updated_at: string;
}

export interface CoachAccessLogTable {
  id: string;
  owner_id: string;
  share_id: string;
  coach_id: string;
  section: string;
  opened_at: string;
}

export interface CoachNotesTable {
  id: string;
  owner_id: string;
  share_id: string;
  coach_id: string;
  body: string;
  created_at: string;
}

export interface CoachSuggestionsTable {
  id: string;
  owner_id: string;
  share_id: string;
  coach_id: string;
  kind: string; // growth_action | practice_question
  text: string;
  action_type: string | null;
  note: string | null;
  status: string; // pending | accepted | dismissed
  result_id: string | null;
  created_at: string;
  decided_at: string | null;
}

export interface CoachTables {
  coach_shares: CoachSharesTable;
  coach_access_log: CoachAccessLogTable;
  coach_notes: CoachNotesTable;
  coach_suggestions: CoachSuggestionsTable;
}
