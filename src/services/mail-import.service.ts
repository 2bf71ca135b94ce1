/**
 * Mail import: read a mailbox (streamed), match each message to an
 * application and file proposals in a review queue (docs/decisions/0006-mail-import.md).
 */
import { createHash } from 'node:crypto';
import type { MailImportSummary } from '../contracts/mail.js';
import {
  existingMessageKeys,
  filedApplicationsByKey,
  insertMailMessages,
  insertProposals,
  matchCandidateRows,
} from '../db/repos/mail.repo.js';
import type { MailMessagesTable, MailProposalsTable } from '../db/schema.js';
import type { Insertable } from 'kysely';
import {
  canonicalMessageId, guessCompany, isFinalRoundInvitation, mailboxMessage, matchMessage, prepareCandidates, proposalFor, splitMbox, storedMessageKeys, threadReferences,
  type CandidateIndex, type MailboxMessage, type SkipReason,
} from '../domain/mail/index.js';
import { htmlToText, parseEmail, readMessage, type ParsedMessage } from '../domain/reader/index.js';
import { newId } from '../domain/ids.js';
import { todayIn } from '../domain/time.js';
import type { ServiceContext } from './context.js';
import { MAX_STORED_MESSAGE, toStoredReading } from './mail-mapper.js';
import { acceptProposal } from './mail-proposals.service.js';
import { getSettings } from './settings.service.js';
import { isServiceError } from './errors.js';
import { transact } from '../db/transact.js';

export { acceptProposal, dismissProposal, listProposals } from './mail-proposals.service.js';

export interface ImportProgress {
  read: number;
  proposed: number;
  duplicates: number;
  skipped: number;
  bytes: number;
}

export interface ImportOptions {
  /** Accept matched proposals at or above this score without review. Given explicitly, it turns auto-accept on for this import. */
  autoAcceptAbove?: number;
  onProgress?: (progress: ImportProgress) => void;
  /**
   * 'mbox' (default): the source is a mailbox to split. 'messages': each item is one raw message
   * (a folder of .eml), or a MailboxMessage already marked too large by its reader.
   */
  format?: 'mbox' | 'messages';
  batchSize?: number;
}

/** Auto-accept without an explicit threshold (the setting alone) uses this. */
export const DEFAULT_AUTO_ACCEPT = 0.9;

interface Prepared {
  /** The canonical Message-ID, or `sha256:` of the raw bytes. */
  key: string;
  /** Every key an earlier import may have stored this message under. */
  keys: string[];
  parsed: ParsedMessage;
  hash: string;
  /** Larger than MAX_MESSAGE_BYTES: only its headers were read, and it is skipped. */
  tooLarge: boolean;
}

/** Messages are worked on in batches of at most this many bytes (and `batchSize` messages). */
const BATCH_BYTES = 32 * 1024 * 1024;

async function* counted(source: AsyncIterable<Uint8Array>, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    onBytes(chunk.length);
    yield chunk;
  }
}

async function* onlyBytes(source: AsyncIterable<Uint8Array | MailboxMessage>): AsyncGenerator<Uint8Array> {
  for await (const item of source) yield item instanceof Uint8Array ? item : item.bytes;
}

async function* wholeMessages(source: AsyncIterable<Uint8Array | MailboxMessage>, onBytes: (n: number) => void): AsyncGenerator<MailboxMessage> {
  for await (const item of source) {
    const message = item instanceof Uint8Array ? mailboxMessage(item) : item;
    onBytes(message.size);
    yield message;
  }
}

async function* batches(items: AsyncIterable<MailboxMessage>, size: number, maxBytes: number): AsyncGenerator<MailboxMessage[]> {
  let batch: MailboxMessage[] = [];
  let bytes = 0;
  for await (const item of items) {
    batch.push(item);
    bytes += item.bytes.length;
    if (batch.length >= size || bytes >= maxBytes) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

function messageKeys(parsed: ParsedMessage, hash: string): { key: string; keys: string[] } {
  const keys = storedMessageKeys(parsed.messageId);
  const key = keys[0] ?? `sha256:${hash}`;
  return { key, keys: keys.length > 0 ? keys : [key] };
}

/** The day of each hour seen, computed once: Intl formatting is slow and messages cluster in time. Bounded. */
const DAY_CACHE_HOURS = 5000;

function isoOrNull(date: string | undefined): string | null {
  if (!date) return null;
  const d = new Date(date);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/**
 * Counts the messages a concurrent import stored first as duplicates rather
 * than as proposed or skipped here; returns the proposals that were filed.
 */
function countLateDuplicates(
  summary: MailImportSummary,
  messageRows: readonly Insertable<MailMessagesTable>[],
  proposalRows: readonly Insertable<MailProposalsTable>[],
  stored: ReadonlySet<string>,
): Insertable<MailProposalsTable>[] {
  for (const m of messageRows) {
    if (!m.id || stored.has(m.id)) continue;
    summary.duplicates += 1;
    if (m.status === 'proposed') summary.proposed -= 1;
    else if (m.skip_reason) {
      const left = (summary.skipped[m.skip_reason] ?? 0) - 1;
      if (left > 0) summary.skipped[m.skip_reason] = left;
      else delete summary.skipped[m.skip_reason];
    }
  }
  const filed = proposalRows.filter((p) => stored.has(p.mail_message_id));
  for (const p of proposalRows) if (!stored.has(p.mail_message_id) && p.application_id) summary.matched -= 1;
  return filed;
}

/** The message as plain text, kept with its proposal: the text part, else the HTML part read as text. */
function messageText(parsed: ParsedMessage): string | null {
  if (parsed.text?.trim()) return parsed.text.slice(0, MAX_STORED_MESSAGE);
  return parsed.html ? htmlToText(parsed.html.slice(0, MAX_STORED_MESSAGE * 5)).slice(0, MAX_STORED_MESSAGE) : null;
}

export async function importMailbox(
  ctx: ServiceContext,
  source: AsyncIterable<Uint8Array | MailboxMessage>,
  options: ImportOptions = {},
): Promise<MailImportSummary> {
  const started = performance.now();
  const settings = await getSettings(ctx);
  const threshold = options.autoAcceptAbove ?? (settings.autoAcceptMail ? DEFAULT_AUTO_ACCEPT : null);
  const today = todayIn(settings.timezone, ctx.now());
  const summary: MailImportSummary = { read: 0, matched: 0, proposed: 0, skipped: {}, duplicates: 0, autoAccepted: 0, errors: 0, bytes: 0, seconds: 0 };
  const skip = (reason: SkipReason): void => {
    summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
  };
  const progress = (): void =>
    options.onProgress?.({
      read: summary.read,
      proposed: summary.proposed,
      duplicates: summary.duplicates,
      skipped: Object.values(summary.skipped).reduce((s, n) => s + n, 0),
      bytes: summary.bytes,
    });

  const days = new Map<string, string>();
  const dayOf = (iso: string): string => {
    const hour = iso.slice(0, 13);
    let day = days.get(hour);
    if (!day) {
      if (days.size >= DAY_CACHE_HOURS) days.clear();
      days.set(hour, (day = todayIn(settings.timezone, new Date(iso))));
    }
    return day;
  };

  // Nothing below grows with the mailbox: candidates are the applications; duplicates
  // and threads are looked up in the database once per batch (ADR 0006).
  const rows = await matchCandidateRows(ctx.db, ctx.ownerId);
  const index: CandidateIndex = prepareCandidates(rows.map((r) => ({ id: r.id, company: r.company, title: r.title, status: r.status ?? undefined })));
  const statusOf = new Map(rows.map((r) => [r.id, r.status]));

  const onBytes = (n: number): void => {
    summary.bytes += n;
  };
  const messages =
    options.format === 'messages' ? wholeMessages(source, onBytes) : splitMbox(counted(onlyBytes(source), onBytes));

  for await (const batch of batches(messages, options.batchSize ?? 250, BATCH_BYTES)) {
    const prepared: Prepared[] = [];
    for (const { bytes, size, tooLarge } of batch) {
      summary.read += 1;
      try {
        const parsed = await parseEmail(bytes);
        // a message too large to read is known by its headers and its size
        const hash = createHash('sha256').update(bytes).update(tooLarge ? `\n${size}` : '').digest('hex');
        prepared.push({ ...messageKeys(parsed, hash), parsed, hash, tooLarge });
      } catch {
        summary.errors += 1;
      }
    }
    batch.length = 0; // the raw bytes are no longer needed
    const seen = await existingMessageKeys(ctx.db, ctx.ownerId, prepared.flatMap((p) => p.keys));
    // canonical Message-ID → application, for the messages this batch replies to; messages
    // matched in this batch are added as they go (earlier batches are in the database)
    const threads = new Map<string, string>();
    const refs = prepared.flatMap((p) => threadReferences(p.parsed).flatMap(storedMessageKeys));
    for (const f of await filedApplicationsByKey(ctx.db, ctx.ownerId, refs)) {
      const id = canonicalMessageId(f.message_key);
      if (id && !threads.has(id)) threads.set(id, f.application_id);
    }
    const now = ctx.now().toISOString();
    const messageRows: Insertable<MailMessagesTable>[] = [];
    const proposalRows: Insertable<MailProposalsTable>[] = [];
    for (const { key, keys, parsed, hash, tooLarge } of prepared) {
      if (keys.some((k) => seen.has(k))) {
        summary.duplicates += 1;
        continue;
      }
      seen.add(key);
      const sentAt = isoOrNull(parsed.date);
      const base = {
        id: newId(), owner_id: ctx.ownerId, message_key: key, message_id: parsed.messageId?.trim() || null, content_hash: hash,
        subject: parsed.subject?.slice(0, 500) ?? null, from_address: parsed.from ?? null, from_name: parsed.fromName ?? null,
        sent_at: sentAt, created_at: now,
      };
      if (tooLarge) {
        skip('too_large');
        messageRows.push({ ...base, status: 'skipped', skip_reason: 'too_large' });
        continue;
      }
      const from = parsed.fromName && parsed.from ? `${parsed.fromName} <${parsed.from}>` : (parsed.from ?? parsed.fromName);
      const reading = readMessage({ text: parsed.text, html: parsed.html, subject: parsed.subject, from, date: parsed.date });
      const text = reading.kind === 'rejection' || reading.kind === 'interview_invite' ? messageText(parsed) : null;
      const finalRound = reading.kind === 'interview_invite' && (reading.stage === 'final' || isFinalRoundInvitation(parsed.subject, text ?? ''));
      const action = proposalFor(reading.kind, reading.notEnglish, { finalRound });
      if (action.action === 'skip') {
        skip(action.reason);
        messageRows.push({ ...base, status: 'skipped', skip_reason: action.reason });
        continue;
      }
      const facts = {
        from: parsed.from, fromName: parsed.fromName, subject: parsed.subject, inReplyTo: parsed.inReplyTo, references: parsed.references,
        body: (parsed.text ?? '').slice(0, 3000), company: reading.company, role: reading.role,
      };
      const match = matchMessage(facts, index, threads);
      const stage = action.action === 'stage' ? action.stage : null;
      if (match.applicationId && stage && stage !== 'interview' && statusOf.get(match.applicationId) === stage) {
        skip('already_there');
        messageRows.push({ ...base, status: 'skipped', skip_reason: 'already_there' });
        continue;
      }
      const company = match.applicationId ? null : guessCompany(facts);
      if (!match.applicationId && !company) {
        skip('no_company');
        messageRows.push({ ...base, status: 'skipped', skip_reason: 'no_company' });
        continue;
      }
      if (match.applicationId) {
        summary.matched += 1;
        if (!key.startsWith('sha256:')) threads.set(key, match.applicationId);
      }
      summary.proposed += 1;
      messageRows.push({ ...base, status: 'proposed', skip_reason: null });
      const day = sentAt ? dayOf(sentAt) : today;
      proposalRows.push({
        id: newId(), owner_id: ctx.ownerId, mail_message_id: base.id, application_id: match.applicationId, kind: reading.kind,
        action: action.action, stage, occurred_on: day > today ? today : day, reader_result: JSON.stringify(toStoredReading(reading, text ?? messageText(parsed))),
        match_score: match.score, match_reasons: JSON.stringify(match.why), proposed_company: company,
        proposed_title: match.applicationId ? null : (reading.role ?? null), status: 'pending', created_at: now, decided_at: null,
      });
    }
    const stored = await transact(ctx.db, async (trx) => {
      const ids = await insertMailMessages(trx, messageRows);
      await insertProposals(trx, proposalRows.filter((p) => ids.has(p.mail_message_id)));
      return ids;
    });
    // another import of the same mailbox stored some of these a moment ago: they are duplicates
    const filed = countLateDuplicates(summary, messageRows, proposalRows, stored);
    if (threshold !== null) {
      for (const p of filed) {
        if (!p.application_id || p.action !== 'stage' || p.match_score < threshold) continue;
        try {
          const decision = await acceptProposal(ctx, p.id);
          summary.autoAccepted += 1;
          statusOf.set(p.application_id, decision.proposal.application?.status ?? null);
        } catch (e) {
          if (!isServiceError(e)) throw e; // an ended application: left for review
        }
      }
    }
    progress();
  }
  summary.seconds = Math.round((performance.now() - started) / 10) / 100;
  return summary;
}
