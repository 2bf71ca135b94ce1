import { z } from 'zod';
import { zText } from './common.js';
import { zMailImportSummary } from './mail.js';

const folderName = zText().trim().min(1, 'A folder name cannot be empty').max(200, 'Folder names are at most 200 characters');

/** Connect a mailbox over IMAP (read-only). The password is kept only when `savePassword` is true. */
export const zMailAccountConnect = z
  .object({
    host: z.string().trim().min(1, 'Give the IMAP server, e.g. imap.gmail.com').max(255).regex(/^[A-Za-z0-9.:[\]-]+$/, 'Give a server name such as imap.gmail.com, without http:// or spaces').optional()
      .meta({ description: 'IMAP server; guessed for Gmail, Fastmail, iCloud, Yahoo and Outlook.com addresses when omitted' }),
    port: z.number().int().min(1, 'Use a port from 1 to 65535').max(65535, 'Use a port from 1 to 65535').optional().meta({ description: 'Default 993 with TLS, 143 without' }),
    tls: z.boolean().default(true).meta({ description: 'TLS from the start (port 993). Off: plain connection upgraded with STARTTLS when offered' }),
    user: zText().trim().min(1, 'Give the user name (usually your email address)').max(320),
    password: zText().min(1, 'Give the password (for most providers an app password)').max(1000),
    savePassword: z.boolean().default(false).meta({ description: 'Keep the password so the mailbox can sync on its own; otherwise it is asked for at each sync' }),
    folders: z.array(folderName).min(1, 'Choose at least one folder').max(20, 'Choose at most 20 folders').default(['INBOX']),
    syncEveryMinutes: z.number().int().min(5, 'Sync at most every 5 minutes').max(1440, 'Sync at least once a day, or turn it off').nullable().default(null)
      .meta({ description: 'Sync on its own while the server runs (needs a saved password); null: only when asked' }),
  })
  .meta({ id: 'MailAccountConnect' });
export type MailAccountConnect = z.infer<typeof zMailAccountConnect>;

/** Change the folders or the schedule of the connected mailbox without signing in again. */
export const zMailAccountUpdate = z
  .object({
    folders: z.array(folderName).min(1, 'Choose at least one folder').max(20, 'Choose at most 20 folders').optional(),
    syncEveryMinutes: z.number().int().min(5, 'Sync at most every 5 minutes').max(1440, 'Sync at least once a day, or turn it off').nullable().optional(),
  })
  .meta({ id: 'MailAccountUpdate' });
export type MailAccountUpdate = z.infer<typeof zMailAccountUpdate>;

export const zFolderState = z.object({
  folder: z.string(),
  messagesRead: z.number().int().meta({ description: 'Messages read from this folder over all syncs' }),
  lastUid: z.number().int(),
  updatedAt: z.string(),
});

export const zSyncProgress = z
  .object({
    running: z.boolean(),
    folder: z.string().nullable(),
    done: z.number().int().meta({ description: 'Messages of the current folder read in this sync' }),
    total: z.number().int().meta({ description: 'New messages of the current folder to read in this sync' }),
    startedAt: z.string().nullable(),
  })
  .meta({ id: 'MailSyncProgress' });
export type SyncProgress = z.infer<typeof zSyncProgress>;

export const zMailSyncResult = z
  .object({
    summary: zMailImportSummary,
    folders: z.array(z.object({ folder: z.string(), newMessages: z.number().int(), restarted: z.boolean().meta({ description: 'The server renumbered the folder (UIDVALIDITY changed): it was read again; known messages were not proposed twice' }) })),
    tooLarge: z.number().int().meta({ description: 'Messages over the size limit, left unread' }),
  })
  .meta({ id: 'MailSyncResult' });
export type MailSyncResult = z.infer<typeof zMailSyncResult>;

/** The connected mailbox. The password is never returned: only whether one is kept. */
export const zMailAccount = z
  .object({
    host: z.string(),
    port: z.number().int(),
    tls: z.boolean(),
    user: z.string(),
    passwordSaved: z.boolean(),
    folders: z.array(z.string()),
    syncEveryMinutes: z.number().int().nullable(),
    lastSyncAt: z.string().nullable(),
    lastError: z.string().nullable(),
    folderStates: z.array(zFolderState),
    sync: zSyncProgress,
    lastResult: zMailSyncResult.nullable().meta({ description: 'What the last sync of this server process did' }),
  })
  .meta({ id: 'MailAccount' });
export type MailAccount = z.infer<typeof zMailAccount>;

export const zMailAccountStatus = z.object({ account: zMailAccount.nullable() }).meta({ id: 'MailAccountStatus' });

export const zMailConnectResult = z
  .object({ account: zMailAccount, availableFolders: z.array(z.string()).meta({ description: 'Every folder the server lists' }) })
  .meta({ id: 'MailConnectResult' });
export type MailConnectResult = z.infer<typeof zMailConnectResult>;

export const zMailSyncRequest = z
  .object({ password: zText().min(1).max(1000).optional().meta({ description: 'Needed when the password is not kept' }) })
  .meta({ id: 'MailSyncRequest' });
