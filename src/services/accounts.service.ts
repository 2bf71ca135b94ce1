import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AccountExport } from '../contracts/accounts.js';
import type { DB } from '../db/schema.js';
import * as repo from '../db/repos/accounts.repo.js';
import { openInvitationFor } from '../db/repos/org.repo.js';
import { pendingShareByToken } from '../db/repos/shares.repo.js';
import { ensureUser } from '../db/repos/users.repo.js';
import { ACCOUNT_EXPORT_LEAVES_OUT, BACKUP_TABLES } from '../domain/backup/tables.js';
import { newId } from '../domain/ids.js';
import type { SignupPolicy } from '../domain/hosting/config.js';
import { buildBackup } from './backup.service.js';
import { ServiceError } from './errors.js';
import type { Mailer } from './mailer.js';
import type { ServiceContext } from './context.js';
import { transact } from '../db/transact.js';

/** Accounts in hosted mode (docs/decisions/0020-hosted-accounts.md). */

export const INVITATION_DAYS = 14;
const LINK_HOURS = 1;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A long random value for secret links (256 bits). */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface Account {
  id: string;
  email: string;
  name: string;
  emailVerified: boolean;
  role: 'admin' | 'user';
  disabled: boolean;
  createdAt: string;
}

function toAccount(row: repo.AccountRow): Account {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    emailVerified: !!row.emailVerified,
    role: row.role === 'admin' ? 'admin' : 'user',
    disabled: !!row.banned,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

/** The first account of an instance becomes its administrator. */
export async function roleForNewAccount(db: Kysely<DB>): Promise<'admin' | 'user'> {
  return (await repo.countAccounts(db)) === 0 ? 'admin' : 'user';
}

/** Gives a new account its own `users` row: the owner of everything it will write. */
export async function startOwnerRecord(db: Kysely<DB>, account: { id: string; email: string; name: string }, now: Date): Promise<void> {
  await ensureUser(db, account.id, account.name || account.email, now.toISOString());
  await db.updateTable('users').set({ email: account.email }).where('id', '=', account.id).execute();
}

// ---- sign-up policy and invitations -----------------------------------------------------------

export type SignupCheck = { ok: true; invitationHash: string | null } | { ok: false; message: string };

export const SIGNUP_CLOSED_MESSAGE = 'New accounts are not open here. Ask the person who runs this Debrief for an invitation.';
export const INVITATION_NEEDED_MESSAGE = 'This Debrief welcomes new accounts by invitation. Open the invitation link you were sent, or ask for a new one.';

export const INVITATION_GONE_MESSAGE = 'This invitation has been used or has expired. Ask for a new one.';
export const INVITATION_ELSEWHERE_MESSAGE =
  'This invitation is for another address, or it has been used or has expired. Create the account with the address the invitation was sent to, or ask for a new one.';

/**
 * Whether a sign-up may go ahead, before anything about the address is looked up (no account enumeration).
 * An invitation is an account invitation from an administrator (used up by the sign-up), or one made for
 * this very address by someone already here: an organisation's invitation, or a seeker's invitation of a
 * coach. Those let that address create its account; the invitation itself is used when its person joins
 * or accepts, once signed in.
 */
export async function checkSignup(db: Kysely<DB>, policy: SignupPolicy, invitation: string | undefined, now: Date, email?: string): Promise<SignupCheck> {
  const first = (await repo.countAccounts(db)) === 0;
  if (policy === 'closed') return { ok: false, message: SIGNUP_CLOSED_MESSAGE };
  if (invitation) {
    const hash = hashToken(invitation);
    const nowIso = now.toISOString();
    if (await repo.findOpenInvitation(db, hash, nowIso)) return { ok: true, invitationHash: hash };
    if (policy === 'open') return { ok: true, invitationHash: null };
    const address = email?.trim().toLowerCase();
    if (address && (await addressedInvitationIsOpen(db, hash, address, nowIso))) return { ok: true, invitationHash: null };
    return { ok: false, message: address ? INVITATION_ELSEWHERE_MESSAGE : INVITATION_GONE_MESSAGE };
  }
  if (policy === 'open' || first) return { ok: true, invitationHash: null };
  return { ok: false, message: INVITATION_NEEDED_MESSAGE };
}

/** An organisation's invitation or a coach invitation, made for this address and still open. */
async function addressedInvitationIsOpen(db: Kysely<DB>, hash: string, email: string, nowIso: string): Promise<boolean> {
  if (await openInvitationFor(db, hash, email, nowIso)) return true;
  const share = await pendingShareByToken(db, hash, nowIso);
  return share !== undefined && share.coach_email.toLowerCase() === email;
}

/** Uses the invitation for the new account; refused when another sign-up took it in between. */
export async function useInvitation(db: Kysely<DB>, invitationHash: string, accountId: string, now: Date): Promise<void> {
  if (!(await repo.consumeInvitation(db, invitationHash, now.toISOString(), accountId))) {
    throw new ServiceError('conflict', INVITATION_GONE_MESSAGE);
  }
}

export interface Invitation {
  id: string;
  email: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  /** Only in the answer that creates it: the link is never shown again. */
  url?: string;
}

export async function createInvitation(
  ctx: ServiceContext,
  input: { email?: string | undefined },
  options: { publicUrl: string; mailer: Mailer | null },
): Promise<Invitation> {
  const token = newSecretToken();
  const now = ctx.now();
  const row = {
    id: newId(),
    owner_id: ctx.ownerId,
    token_hash: hashToken(token),
    email: input.email?.toLowerCase() ?? null,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString(),
    used_at: null,
    used_by: null,
  };
  await repo.insertInvitation(ctx.db, row);
  const url = `${options.publicUrl}/sign-up?invitation=${encodeURIComponent(token)}`;
  if (row.email && options.mailer) {
    await options.mailer.send({
      to: row.email,
      subject: 'You are invited to Debrief',
      text: `Hello,\n\nYou are invited to keep your job search in Debrief: your applications, and what each "no" can teach you.\n\nCreate your account here (the link works for ${INVITATION_DAYS} days, once):\n${url}\n`,
    });
  }
  return { id: row.id, email: row.email, createdAt: row.created_at, expiresAt: row.expires_at, usedAt: null, url };
}

export async function listInvitations(ctx: ServiceContext): Promise<Invitation[]> {
  const rows = await repo.listInvitations(ctx.db, ctx.ownerId);
  return rows.map((r) => ({ id: r.id, email: r.email, createdAt: r.created_at, expiresAt: r.expires_at, usedAt: r.used_at }));
}

export async function revokeInvitation(ctx: ServiceContext, id: string): Promise<void> {
  if (!(await repo.deleteInvitation(ctx.db, ctx.ownerId, id))) throw new ServiceError('not_found', `No invitation with id "${id}".`);
}

// ---- administration ----------------------------------------------------------------------------

export async function listAccounts(db: Kysely<DB>): Promise<Account[]> {
  return (await repo.listAccounts(db)).map(toAccount);
}

async function otherAccount(ctx: ServiceContext, id: string, action: string): Promise<repo.AccountRow> {
  const row = await repo.findAccount(ctx.db, id);
  if (!row) throw new ServiceError('not_found', `No account with id "${id}".`);
  if (row.id === ctx.ownerId) throw new ServiceError('conflict', `You cannot ${action} your own account from here.`);
  return row;
}

/** Disabling ends every session of the account at once; it cannot sign in again until enabled. */
export async function setAccountDisabled(ctx: ServiceContext, id: string, disabled: boolean): Promise<Account> {
  await otherAccount(ctx, id, disabled ? 'disable' : 'enable');
  await transact(ctx.db, async (trx) => {
    await repo.setAccountBanned(trx, id, disabled);
    if (disabled) await repo.deleteSessions(trx, id);
  });
  const row = await repo.findAccount(ctx.db, id);
  return toAccount(row!);
}

export async function deleteAccountAsAdmin(ctx: ServiceContext, id: string): Promise<void> {
  await otherAccount(ctx, id, 'delete');
  await repo.deleteAccountAndRows(ctx.db, id);
}

// ---- your data is yours ------------------------------------------------------------------------

/**
 * Everything the user owns, in the backup's format (so the file restores, here or on another server), with
 * the account and, under `held`, the rows a backup leaves out (secrets such as passwords and token hashes removed).
 */
export async function exportMyRows(ctx: ServiceContext): Promise<AccountExport> {
  const account = await repo.findAccount(ctx.db, ctx.ownerId);
  const backup = await buildBackup(ctx);
  const inBackup = new Set(BACKUP_TABLES.map((t) => t.table));
  const rows = await repo.exportOwnedRows(ctx.db, ctx.ownerId);
  const held = Object.fromEntries(Object.entries(rows).filter(([table]) => !inBackup.has(table) && !ACCOUNT_EXPORT_LEAVES_OUT.includes(table)));
  return { ...backup, account: account ? toAccount(account) : null, held };
}

export async function deleteMyAccount(ctx: ServiceContext): Promise<void> {
  await repo.deleteAccountAndRows(ctx.db, ctx.ownerId);
}

export async function signOutEverywhere(ctx: ServiceContext): Promise<number> {
  return repo.deleteSessions(ctx.db, ctx.ownerId);
}

// ---- links for people without mail -------------------------------------------------------------

/** Sends the link by mail, or keeps it for an administrator to pass on when there is no mail server. */
export async function deliverAccountLink(
  db: Kysely<DB>,
  mailer: Mailer | null,
  message: { userId: string; email: string; kind: 'reset' | 'verify'; url: string; now: Date },
): Promise<void> {
  if (mailer) {
    const reset = message.kind === 'reset';
    await mailer.send({
      to: message.email,
      subject: reset ? 'Choose a new Debrief password' : 'Confirm your address for Debrief',
      text: reset
        ? `Hello,\n\nSomeone (we hope you) asked to choose a new password for Debrief. Open this link within ${LINK_HOURS} hour to do it:\n${message.url}\n\nIf it was not you, you can ignore this message: your password stays as it is.\n`
        : `Hello,\n\nWelcome to Debrief. Open this link to confirm your address, then sign in:\n${message.url}\n\nIf you did not create an account, you can ignore this message.\n`,
    });
    return;
  }
  await repo.replaceAccountLink(db, {
    id: newId(),
    owner_id: message.userId,
    kind: message.kind,
    url: message.url,
    created_at: message.now.toISOString(),
    expires_at: new Date(message.now.getTime() + (message.kind === 'reset' ? LINK_HOURS * 3_600_000 : 86_400_000)).toISOString(),
  });
}

export interface PendingLink {
  accountId: string;
  email: string;
  kind: 'reset' | 'verify';
  url: string;
  createdAt: string;
  expiresAt: string;
}

export async function pendingLinks(db: Kysely<DB>, now: Date): Promise<PendingLink[]> {
  const links = await repo.listAccountLinks(db, now.toISOString());
  const accounts = new Map((await repo.listAccounts(db)).map((a) => [a.id, a.email]));
  return links.map((l) => ({
    accountId: l.owner_id,
    email: accounts.get(l.owner_id) ?? '',
    kind: l.kind === 'verify' ? 'verify' : 'reset',
    url: l.url,
    createdAt: l.created_at,
    expiresAt: l.expires_at,
  }));
}

export async function forgetAccountLinks(db: Kysely<DB>, ownerId: string, kind: 'reset' | 'verify'): Promise<void> {
  await repo.deleteAccountLinks(db, ownerId, kind);
}

/** The key that signs session cookies: DEBRIEF_SECRET, else one made once and shared through the database. */
export async function sessionSecret(db: Kysely<DB>, configured: string | null): Promise<string> {
  if (configured) return configured;
  return repo.putInstanceSettingOnce(db, 'auth_secret', randomBytes(48).toString('base64url'));
}
