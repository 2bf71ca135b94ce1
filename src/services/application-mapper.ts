import type { Application, ApplicationSummary, BoardCard, StageEvent, Note } from '../contracts/applications.js';
import type { ApplicationSummaryRow, ApplicationViewRow, BoardCardRow } from '../db/repos/application-views.repo.js';
import { stageFromRank } from '../db/repos/derived-state.js';
import type { StageEventRow } from '../db/repos/events.repo.js';
import type { NoteRow } from '../db/repos/notes.repo.js';
import { noResponse } from '../domain/applications/no-response.js';
import { hasHappened } from '../domain/applications/status.js';
import { isStage, type InterviewType, type Stage } from '../domain/applications/stages.js';
import type { Application as A } from '../contracts/applications.js';

function asStage(value: string): Stage {
  return isStage(value) ? value : 'saved';
}

/** Rule inputs that depend on the user: their "today" and the no-response threshold. */
export interface MappingRules {
  today: string;
  noResponseDays: number;
}

/** An application as the API shows it, with its job description and notes. */
export function toApplication(row: ApplicationViewRow, tags: string[], rules: MappingRules): Application {
  return { ...toApplicationSummary(row, tags, rules), description: row.description, notes: row.notes };
}

/** An application without its long texts, as the board and the list's summaries show it. */
export function toApplicationSummary(row: ApplicationSummaryRow, tags: string[], rules: MappingRules): ApplicationSummary {
  const status = asStage(row.status);
  return {
    id: row.id,
    version: Number(row.version),
    companyId: row.company_id,
    company: row.company_name,
    title: row.title,
    source: row.source as A['source'],
    referral: Boolean(row.referral),
    referrer: row.referrer,
    resumeVersion: row.resume_version,
    tailored: Boolean(row.tailored),
    fit: row.fit,
    excitement: row.excitement,
    salaryMin: row.salary_min === null ? null : Number(row.salary_min),
    salaryMax: row.salary_max === null ? null : Number(row.salary_max),
    salaryCurrency: row.salary_currency,
    location: row.location,
    remote: row.remote as A['remote'],
    jobUrl: row.job_url,
    tags,
    roleFamily: row.role_family,
    seniority: row.seniority,
    status,
    stageReached: stageFromRank(row.reached_rank === null ? null : Number(row.reached_rank)),
    appliedOn: row.applied_on,
    lastEventOn: row.last_event_on,
    upcoming: row.next_event_on && row.next_stage ? { stage: asStage(row.next_stage), occurredOn: row.next_event_on } : null,
    noResponse: noResponse(status, row.last_event_on, rules.today, rules.noResponseDays, row.next_event_on),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** An application as its board card shows it: company, title, the last news, a step booked ahead, silence, tags. */
export function toBoardCard(row: BoardCardRow, tags: string[], rules: MappingRules): BoardCard {
  const status = asStage(row.status);
  return {
    id: row.id,
    company: row.company_name,
    title: row.title,
    status,
    lastEventOn: row.last_event_on,
    upcoming: row.next_event_on && row.next_stage ? { stage: asStage(row.next_stage), occurredOn: row.next_event_on } : null,
    noResponse: noResponse(status, row.last_event_on, rules.today, rules.noResponseDays, row.next_event_on),
    tags,
  };
}

/** A stage event as the API shows it; `today` (the user's day) tells steps booked ahead. */
export function toStageEvent(row: StageEventRow, today: string): StageEvent {
  return {
    id: row.id,
    applicationId: row.application_id,
    stage: asStage(row.stage),
    occurredOn: row.occurred_on,
    round: row.round,
    interviewType: row.interview_type as InterviewType | null,
    note: row.note,
    createdAt: row.created_at,
    seq: Number(row.seq),
    upcoming: !hasHappened({ stage: asStage(row.stage), occurredOn: row.occurred_on, seq: Number(row.seq) }, today),
  };
}

export function toNote(row: NoteRow): Note {
  return { id: row.id, applicationId: row.application_id, body: row.body, createdAt: row.created_at };
}
