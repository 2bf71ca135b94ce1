/**
 * Sharing with a coach (docs/decisions/0025-coach-sharing.md).
 *
 * The seeker:
 *   GET    /api/shares                          → 200 zSharesOverview (every share and the access log)
 *   POST   /api/shares                          zShareInput → 201 zShare (the invitation is mailed)
 *   PATCH  /api/shares/{id}                     zShareUpdate → 200 zShare (change the scope)
 *   DELETE /api/shares/{id}                     → 204 (revoke: the coach's next request gets 404)
 *   GET    /api/shares/suggestions              → 200 zSuggestionList (from coaches, waiting for an answer)
 *   POST   /api/shares/suggestions/{id}/accept  → 200 zCoachSuggestion (adds the action or question)
 *   POST   /api/shares/suggestions/{id}/dismiss → 200 zCoachSuggestion
 * The coach:
 *   POST   /api/coach/invitations/accept        zAcceptInput → 200 zAccepted
 *   GET    /api/coach/clients                   → 200 zCaseload
 *   GET    /api/coach/clients/{id}              → 200 zClientOverview
 *   GET    /api/coach/clients/{id}/board|insights|debriefs|plan|journal (each as the scope allows, else 404)
 *   GET|POST /api/coach/clients/{id}/notes, DELETE /api/coach/clients/{id}/notes/{noteId}
 *   GET|POST /api/coach/clients/{id}/suggestions
 */
import { z } from 'zod';
import { SCOPES, SECTIONS } from '../domain/coach/scope.js';
import { ACTION_TYPES } from '../domain/plan/catalogue.js';
import { zStage } from './applications.js';
import { optionalText, requiredText, zId, zText } from './common.js';
import { zFeedbackStatus, zJournal, zRejectionReason, zStageReached } from './debrief.js';
import { zInsights } from './insights.js';
import { zGoals } from './momentum.js';
import { zPlan } from './plan.js';

export const zScope = z.enum(SCOPES, { error: 'Use progress, debriefs or journal' });
const zScopes = z
  .array(zScope)
  .max(3)
  .meta({ description: '`progress` is always included; add `debriefs` and/or `journal`.', example: ['progress', 'debriefs'] });

export const zShareInput = z
  .object({
    email: zText().trim().toLowerCase().pipe(z.email('Enter your coach’s email address')),
    scopes: zScopes.default(['progress']),
  })
  .meta({ id: 'ShareInput' });
export type ShareInput = z.input<typeof zShareInput>;

export const zShareUpdate = z.object({ scopes: zScopes }).meta({ id: 'ShareUpdate' });

export const zShareStatus = z.enum(['pending', 'active', 'revoked']);

export const zShare = z
  .object({
    id: zId,
    coachEmail: z.string(),
    coachName: z.string().nullable(),
    scopes: z.array(zScope),
    status: zShareStatus,
    /** Null: a share the seeker made (an organisation may grant one later). */
    orgId: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
    acceptedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    /** Only in the answer that creates it, when no mail server is set: the link to pass on yourself. */
    url: z.string().optional(),
  })
  .meta({ id: 'Share' });
export type Share = z.infer<typeof zShare>;

export const zSection = z.enum(Object.keys(SECTIONS) as [keyof typeof SECTIONS, ...(keyof typeof SECTIONS)[]]);

export const zAccessEntry = z
  .object({ id: zId, shareId: zId, coachEmail: z.string(), coachName: z.string().nullable(), section: zSection, label: z.string(), openedAt: z.string() })
  .meta({ id: 'ShareAccess' });

export const zSharesOverview = z
  .object({ shares: z.array(zShare), accessLog: z.array(zAccessEntry) })
  .meta({ id: 'SharesOverview' });
export type SharesOverview = z.infer<typeof zSharesOverview>;

export const zSuggestionKind = z.enum(['growth_action', 'practice_question'], { error: 'Use growth_action or practice_question' });

export const zCoachSuggestion = z
  .object({
    id: zId,
    kind: zSuggestionKind,
    text: z.string(),
    actionType: z.enum(ACTION_TYPES).nullable(),
    note: z.string().nullable(),
    status: z.enum(['pending', 'accepted', 'dismissed']),
    /** The growth action or question made from it, once accepted. */
    resultId: z.string().nullable(),
    coachName: z.string().nullable(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'CoachSuggestion' });
export type CoachSuggestion = z.infer<typeof zCoachSuggestion>;

export const zSuggestionList = z.object({ suggestions: z.array(zCoachSuggestion) }).meta({ id: 'CoachSuggestionList' });

export const zSuggestionInput = z
  .object({
    kind: zSuggestionKind,
    text: requiredText('The suggestion', 300),
    actionType: z.enum(ACTION_TYPES, { error: `Choose a type: ${ACTION_TYPES.join(', ')}` }).optional(),
    note: optionalText(1_000),
  })
  .meta({ id: 'CoachSuggestionInput' });
export type SuggestionInput = z.input<typeof zSuggestionInput>;

// ---- the coach's side -----------------------------------------------------------------------------

export const zAcceptInput = z.object({ token: zText().min(10).max(200) }).meta({ id: 'CoachAcceptInput' });
export const zAccepted = z.object({ clientId: zId, name: z.string() }).meta({ id: 'CoachAccepted' });

export const zSignal = z.object({ kind: z.enum(['quiet', 'same_stage_rejections', 'low_mood']), message: z.string() });

export const zCaseloadClient = z
  .object({
    id: zId.meta({ description: 'The share: the client page is /coach/clients/{id}' }),
    name: z.string(),
    scopes: z.array(zScope),
    since: z.string().nullable(),
    lastActivityOn: z.string().nullable(),
    week: z.object({ start: z.string(), applications: z.number().int(), goal: z.number().int().nullable() }),
    stages: z.record(z.string(), z.number().int()),
    /** Null when debriefs are not shared. */
    debriefsToFinish: z.number().int().nullable(),
    signals: z.array(zSignal),
  })
  .meta({ id: 'CaseloadClient' });
export const zCaseload = z.object({ quietDays: z.number().int(), clients: z.array(zCaseloadClient) }).meta({ id: 'Caseload' });
export type Caseload = z.infer<typeof zCaseload>;
export type CaseloadClient = z.infer<typeof zCaseloadClient>;
export const zCaseloadQuery = z.object({ quietDays: z.coerce.number().int().min(1).max(365).optional() });

export const zClientOverview = z
  .object({ id: zId, name: z.string(), scopes: z.array(zScope), since: z.string().nullable(), goals: zGoals, stages: z.record(z.string(), z.number().int()) })
  .meta({ id: 'ClientOverview' });
export type ClientOverview = z.infer<typeof zClientOverview>;

/** An application as a coach sees it: company, role, stage and dates (no salary, contact, notes or message). */
export const zClientApplication = z.object({
  id: zId,
  company: z.string(),
  title: z.string(),
  status: zStage,
  stageReached: zStage,
  appliedOn: z.string().nullable(),
  lastEventOn: z.string(),
  upcoming: z.object({ stage: zStage, occurredOn: z.string() }).nullable(),
  noResponse: z.boolean(),
});
export const zClientBoard = z
  .object({ columns: z.array(z.object({ status: zStage, total: z.number().int(), items: z.array(zClientApplication) })) })
  .meta({ id: 'ClientBoard' });
export type ClientBoard = z.infer<typeof zClientBoard>;

export const zClientInsights = zInsights
  .extend({ reasons: zInsights.shape.reasons.nullable(), themes: zInsights.shape.themes.nullable() })
  .meta({ id: 'ClientInsights', description: 'Reasons and themes are null unless debriefs are shared.' });
export type ClientInsights = z.infer<typeof zClientInsights>;

export const zClientDebrief = z.object({
  applicationId: zId,
  company: z.string(),
  title: z.string(),
  rejectedOn: z.string(),
  stageReached: zStageReached,
  reasons: z.array(zRejectionReason),
  feedback: z.object({ status: zFeedbackStatus, receivedOn: z.string().nullable(), text: z.string().nullable() }),
  themes: z.array(z.object({ slug: z.string(), label: z.string() })),
  lessonsNote: z.string().nullable(),
  percent: z.number().int(),
  complete: z.boolean(),
});
export const zClientDebriefs = z.object({ items: z.array(zClientDebrief), toFinish: z.number().int() }).meta({ id: 'ClientDebriefs' });
export type ClientDebriefs = z.infer<typeof zClientDebriefs>;

export const zClientPlan = zPlan;
export const zClientJournal = zJournal;

export const zCoachNoteInput = z.object({ body: requiredText('The note', 4_000) }).meta({ id: 'CoachNoteInput' });
export const zCoachNote = z.object({ id: zId, body: z.string(), createdAt: z.string() }).meta({ id: 'CoachNote' });
export type CoachNote = z.infer<typeof zCoachNote>;
export const zCoachNotes = z.object({ notes: z.array(zCoachNote) }).meta({ id: 'CoachNotes' });
