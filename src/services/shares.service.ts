/**
 * Sharing with a coach, the seeker's side (docs/decisions/0025-coach-sharing.md): invite a
 * coach by email with a scope, change the scope, revoke at once, see what each coach
 * opened, and answer the coach's suggestions.
 */
import type { CoachSuggestion, Share, ShareInput, SharesOverview } from '../contracts/coach.js';
import { zShareInput, zShareUpdate } from '../contracts/coach.js';
import { insertQuestions } from '../db/repos/reflections.repo.js';
import * as repo from '../db/repos/shares.repo.js';
import { SECTION_LABELS, SECTIONS, scopeFromList, scopeList, type Section } from '../domain/coach/scope.js';
import { newId } from '../domain/ids.js';
import { hashToken, INVITATION_DAYS, newSecretToken } from './accounts.service.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './errors.js';
import type { Mailer } from './mailer.js';
import { createAction } from './plan.service.js';

const ACCESS_LOG_ROWS = 200;

export function toShare(row: repo.ShareRow & { coach_name?: string | null }): Share {
  return {
    id: row.id,
    coachEmail: row.coach_email,
    coachName: row.coach_name ?? null,
    scopes: scopeList({ debriefs: !!row.scope_debriefs, journal: !!row.scope_journal }),
    status: row.status === 'active' ? 'active' : row.status === 'revoked' ? 'revoked' : 'pending',
    orgId: row.org_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    revokedAt: row.revoked_at,
  };
}

const isSection = (s: string): s is Section => s in SECTIONS;

export async function listShares(ctx: ServiceContext): Promise<SharesOverview> {
  const [shares, log] = await Promise.all([repo.sharesOf(ctx.db, ctx.ownerId), repo.accessLogOf(ctx.db, ctx.ownerId, ACCESS_LOG_ROWS)]);
  return {
    shares: shares.map(toShare),
    accessLog: log.flatMap((l) =>
      isSection(l.section)
        ? [{ id: l.id, shareId: l.share_id, coachEmail: l.coach_email, coachName: l.coach_name, section: l.section, label: SECTION_LABELS[l.section], openedAt: l.opened_at }]
        : [],
    ),
  };
}

function notFoundShare(id: string): ServiceError {
  return new ServiceError('not_found', `No share with id "${id}".`);
}

export interface ShareMailOptions {
  publicUrl: string;
  mailer: Mailer | null;
  /** The seeker's own address: sharing with yourself is refused. */
  ownEmail: string;
  ownName: string;
}

/** Invites a coach: a pending share and a link, mailed when there is a mail server (else shown once). */
export async function createShare(ctx: ServiceContext, input: ShareInput, options: ShareMailOptions): Promise<Share> {
  const v = zShareInput.parse(input);
  if (v.email === options.ownEmail.toLowerCase()) {
    throw new ServiceError('validation', 'That is your own address. Enter the address of the coach you want to share with.', { email: 'That is your own address' });
  }
  if (await repo.openShareWithEmail(ctx.db, ctx.ownerId, v.email)) {
    throw new ServiceError('conflict', `You already share with ${v.email}. Change what they see in the list below.`, { email: 'Already invited' });
  }
  const token = newSecretToken();
  const now = ctx.now();
  const at = now.toISOString();
  const scope = scopeFromList(v.scopes);
  const row = {
    id: newId(),
    owner_id: ctx.ownerId,
    coach_email: v.email,
    coach_id: null,
    org_id: null,
    scope_debriefs: scope.debriefs ? 1 : 0,
    scope_journal: scope.journal ? 1 : 0,
    status: 'pending',
    token_hash: hashToken(token),
    created_at: at,
    expires_at: new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString(),
    accepted_at: null,
    revoked_at: null,
    updated_at: at,
  };
  await repo.insertShare(ctx.db, row);
  const url = `${options.publicUrl}/coach/accept?token=${encodeURIComponent(token)}`;
  const share = toShare(row);
  if (!options.mailer) return { ...share, url };
  const who = options.ownName || options.ownEmail;
  await options.mailer.send({
    to: v.email,
    subject: `${who} would like you to follow their job search on Debrief`,
    text:
      `Hello,\n\n${who} invited you to follow their job search as their coach on Debrief.\n\n` +
      `They chose to share: ${share.scopes.join(', ')}. They can change this or stop sharing at any time, and they see what you open.\n\n` +
      `Open this link to accept (it works for ${INVITATION_DAYS} days, once). Sign in, or create an account with this address (${v.email}) first:\n${url}\n`,
  });
  return share;
}

export async function updateShareScope(ctx: ServiceContext, id: string, input: { scopes: string[] }): Promise<Share> {
  const v = zShareUpdate.parse(input);
  const current = await repo.shareOf(ctx.db, ctx.ownerId, id);
  if (!current) throw notFoundShare(id);
  if (current.status === 'revoked') throw new ServiceError('conflict', 'This share has ended. Invite the coach again to share once more.');
  const scope = scopeFromList(v.scopes);
  await repo.updateShareOf(ctx.db, ctx.ownerId, id, { scope_debriefs: scope.debriefs ? 1 : 0, scope_journal: scope.journal ? 1 : 0, updated_at: ctx.now().toISOString() });
  return toShare((await repo.shareOf(ctx.db, ctx.ownerId, id))!);
}

/** Stops sharing at once: the coach's next request answers 404. A pending invitation can no longer be accepted. */
export async function revokeShare(ctx: ServiceContext, id: string): Promise<void> {
  const current = await repo.shareOf(ctx.db, ctx.ownerId, id);
  if (!current) throw notFoundShare(id);
  const at = ctx.now().toISOString();
  await repo.updateShareOf(ctx.db, ctx.ownerId, id, { status: 'revoked', token_hash: null, revoked_at: at, updated_at: at });
}

// ---- suggestions from coaches ---------------------------------------------------------------------

export function toSuggestion(row: repo.SuggestionRow & { coach_name?: string | null }): CoachSuggestion {
  return {
    id: row.id,
    kind: row.kind === 'practice_question' ? 'practice_question' : 'growth_action',
    text: row.text,
    actionType: (row.action_type as CoachSuggestion['actionType']) ?? null,
    note: row.note,
    status: row.status === 'accepted' ? 'accepted' : row.status === 'dismissed' ? 'dismissed' : 'pending',
    resultId: row.result_id,
    coachName: row.coach_name ?? null,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
  };
}

export async function pendingSuggestions(ctx: ServiceContext): Promise<{ suggestions: CoachSuggestion[] }> {
  return { suggestions: (await repo.pendingSuggestionsOf(ctx.db, ctx.ownerId)).map(toSuggestion) };
}

async function pendingSuggestion(ctx: ServiceContext, id: string): Promise<repo.SuggestionWithCoach> {
  const row = await repo.suggestionOf(ctx.db, ctx.ownerId, id);
  if (!row) throw new ServiceError('not_found', `No suggestion with id "${id}".`);
  if (row.status !== 'pending') throw new ServiceError('conflict', `You already ${row.status === 'accepted' ? 'accepted' : 'dismissed'} this suggestion.`);
  return row;
}

/** Adds the growth action (planned) or the practice question the coach suggested, as the seeker's own. */
export async function acceptSuggestion(ctx: ServiceContext, id: string): Promise<CoachSuggestion> {
  const row = await pendingSuggestion(ctx, id);
  const at = ctx.now().toISOString();
  if (!(await repo.decideSuggestion(ctx.db, ctx.ownerId, id, { status: 'accepted', result_id: null, decided_at: at }))) {
    throw new ServiceError('conflict', 'This suggestion was answered in the meantime.');
  }
  let resultId: string;
  try {
    if (row.kind === 'practice_question') {
      resultId = newId();
      await insertQuestions(ctx.db, [
        { id: resultId, owner_id: ctx.ownerId, question: row.text, application_id: null, source_prompt_id: null, notes: row.note, self_rating: null, last_practised_on: null, created_at: at, updated_at: at },
      ]);
    } else {
      const type = (row.action_type ?? 'other') as Parameters<typeof createAction>[1]['type'];
      resultId = (await createAction(ctx, { type, title: row.text })).id;
    }
  } catch (e) {
    await repo.reopenSuggestion(ctx.db, ctx.ownerId, id);
    throw e;
  }
  await repo.setSuggestionResult(ctx.db, ctx.ownerId, id, resultId);
  return toSuggestion((await repo.suggestionOf(ctx.db, ctx.ownerId, id))!);
}

export async function dismissSuggestion(ctx: ServiceContext, id: string): Promise<CoachSuggestion> {
  await pendingSuggestion(ctx, id);
  if (!(await repo.decideSuggestion(ctx.db, ctx.ownerId, id, { status: 'dismissed', result_id: null, decided_at: ctx.now().toISOString() }))) {
    throw new ServiceError('conflict', 'This suggestion was answered in the meantime.');
  }
  return toSuggestion((await repo.suggestionOf(ctx.db, ctx.ownerId, id))!);
}
