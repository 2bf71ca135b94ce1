/** Mail import: the streaming mbox splitter and matching messages to applications (pure). */
export { splitMbox, mailboxMessage, headerBlock, MAX_HEADER_BYTES, MAX_MESSAGE_BYTES } from './mbox.js';
export type { MailboxMessage } from './mbox.js';
export {
  matchMessage, prepareCandidates, guessCompany, isGenericDomain, canonicalMessageId, storedMessageKeys, threadReferences, MATCH_THRESHOLD, MAX_THREAD_IDS,
} from './match.js';
export type { CandidateIndex, MailFacts, MatchCandidate, MatchResult, ThreadIndex } from './match.js';
export { proposalFor, SKIP_REASONS } from './proposals.js';
export type { ProposedAction, SkipReason } from './proposals.js';
export { explainImapError, knownServer, providerOfHost, syncStart, uidChunks, uidsToRead } from './imap.js';
export type { ConnectionErrorFacts, ExplainedProblem, ImapProblem, ImapServer } from './imap.js';
