import { z } from 'zod';
import { zBackup } from './backup.js';
import { zText } from './common.js';

export const zMode = z.enum(['local', 'hosted']);

export const zAccount = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    emailVerified: z.boolean(),
    role: z.enum(['admin', 'user']),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Account' });

/** What the web app needs to know before it draws anything: the mode, and who is signed in. */
export const zSession = z
  .object({
    mode: zMode,
    account: zAccount.nullable(),
    /** Hosted mode only: how new accounts come in. */
    signup: z.enum(['open', 'invite', 'closed']).nullable(),
    /** Hosted mode only: whether mail goes out (otherwise an administrator passes links on). */
    mail: z.boolean(),
    /** Hosted mode only: the shortest password accepted. */
    minPasswordLength: z.number().int().nullable(),
  })
  .meta({ id: 'Session' });
export type SessionInfo = z.infer<typeof zSession>;

export const zInvitation = z
  .object({
    id: z.string(),
    email: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
    usedAt: z.string().nullable(),
    url: z.string().optional().meta({ description: 'Only in the answer that creates it: the link is not kept.' }),
  })
  .meta({ id: 'Invitation' });

export const zInvitationCreate = z
  .object({
    email: zText().trim().toLowerCase().pipe(z.email('Enter an email address, or leave it empty')).optional(),
  })
  .meta({ id: 'InvitationCreate' });

export const zPendingLink = z
  .object({
    accountId: z.string(),
    email: z.string(),
    kind: z.enum(['reset', 'verify']),
    url: z.string(),
    createdAt: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'PendingLink' });

export const zAccountDelete = z
  .object({ email: zText().trim().min(1, 'Type your email address to confirm') })
  .meta({ id: 'AccountDelete' });

export const zAccountExport = zBackup
  .extend({
    account: zAccount.nullable(),
    held: z
      .record(z.string(), z.array(z.record(z.string(), z.unknown())))
      .meta({ description: 'Rows a backup leaves out (the mailbox connection without its password, invitations, the undo buffer…), to read; a restore ignores them' }),
  })
  .meta({ id: 'AccountExport', description: 'Everything you own: the JSON backup (it restores as it is), your account, and the rows a backup leaves out.' });
export type AccountExport = z.infer<typeof zAccountExport>;
