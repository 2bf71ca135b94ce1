/** Mail import: the streaming mbox splitter and matching messages to applications (pure). */
export { splitMbox, MAX_MESSAGE_BYTES } from './mbox.js';
export { matchMessage, prepareCandidates, rememberMessage, guessCompany, isGenericDomain, MATCH_THRESHOLD } from './match.js';
export type { CandidateIndex, MailFacts, MatchCandidate, MatchResult } from './match.js';
export { proposalFor, SKIP_REASONS } from './proposals.js';
export type { ProposedAction, SkipReason } from './proposals.js';
