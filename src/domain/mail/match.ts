/**
 * Matching a read message to one of the seeker's applications. Pure: the
 * caller prepares the candidates once per import (`prepareCandidates`) and
 * matches every message against them. Thread matching takes the Message-IDs
 * already filed under an application as a map the caller builds per batch
 * (from the database), so nothing here grows with the mailbox.
 */
import { cleanCompanyName, companyTokens, compactCompany, compactSimilarity, domainLabel, fold, titleTokens, tokenOverlap } from './names.js';

/** What the seeker's tracker knows about one application. */
export interface MatchCandidate {
  id: string;
  company: string;
  title: string;
  /** Current status; ended applications (rejected, withdrawn, ghosted, accepted) are matched less eagerly than open ones. */
  status?: string;
  /** Addresses or domains already seen for this application (e.g. a recruiter's). */
  contacts?: readonly string[];
}

/** Canonical Message-ID (`canonicalMessageId`) → the application its message is filed under. */
export type ThreadIndex = ReadonlyMap<string, string>;

/** What a message says about itself: headers and the reader's entities. */
export interface MailFacts {
  from?: string;
  fromName?: string;
  subject?: string;
  inReplyTo?: string;
  references?: string;
  /** The start of the body, as plain text. */
  body?: string;
  /** The reader's `company` and `role`. */
  company?: string | null;
  role?: string | null;
}

export interface MatchResult {
  applicationId: string | null;
  /** 0–1 */
  score: number;
  why: string[];
}

/** Below this a best guess is not offered as a match. */
export const MATCH_THRESHOLD = 0.6;

/** Senders whose domain says nothing about the employer: applicant tracking systems, mail providers, job boards. */
const GENERIC_DOMAINS = [
  'greenhouse.io', 'greenhouse-mail.io', 'lever.co', 'myworkday.com', 'myworkdayjobs.com', 'workday.com', 'smartrecruiters.com',
  'icims.com', 'taleo.net', 'jobvite.com', 'ashbyhq.com', 'bamboohr.com', 'recruitee.com', 'workable.com', 'workablemail.com',
  'teamtailor.com', 'teamtailor-mail.com', 'personio.de', 'personio.com', 'breezy.hr', 'jazzhr.com', 'successfactors.com',
  'successfactors.eu', 'applytojob.com', 'hire.lever.co', 'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com',
  'live.com', 'yahoo.com', 'icloud.com', 'me.com', 'proton.me', 'protonmail.com', 'aol.com', 'gmx.com', 'gmx.de', 'mail.com',
  'linkedin.com', 'indeed.com', 'glassdoor.com', 'otta.com', 'welcometothejungle.com', 'wellfound.com', 'hired.com',
];

export function isGenericDomain(domain: string): boolean {
  return GENERIC_DOMAINS.some((g) => domain === g || domain.endsWith(`.${g}`));
}

/** Statuses after which an application is over: mail about the role most likely concerns an open one. */
const ENDED: ReadonlySet<string> = new Set(['rejected', 'withdrawn', 'ghosted', 'accepted']);

interface Prepared {
  candidate: MatchCandidate;
  tokens: string[];
  compact: string;
  phrase: string;
  title: string[];
  ended: boolean;
}

export interface CandidateIndex {
  items: Prepared[];
  /** By the first three letters of the compact name: fuzzy comparisons only run within a prefix. */
  byPrefix: Map<string, Prepared[]>;
  /** By the first word of the name: a mention in the text can only be of these. */
  byFirstToken: Map<string, Prepared[]>;
  byContact: Map<string, string>;
}

/**
 * One spelling per Message-ID, so ids from Message-ID, In-Reply-To and
 * References compare equal: trimmed, in one pair of angle brackets, the domain
 * part (after the last "@") in lower case. The local part keeps its case, as
 * RFC 5322 does not make it case-insensitive. Null when there is no id.
 */
export function canonicalMessageId(id: string | null | undefined): string | null {
  const inner = (id ?? '').trim().replace(/^<+/, '').replace(/>+$/, '').trim();
  if (!inner) return null;
  const at = inner.lastIndexOf('@');
  return `<${at < 0 ? inner : inner.slice(0, at) + inner.slice(at).toLowerCase()}>`;
}

/**
 * The keys under which a message with this id may have been stored: the
 * canonical one, and the id as written (imports before ids were made
 * canonical kept the domain's case).
 */
export function storedMessageKeys(id: string | null | undefined): string[] {
  const canonical = canonicalMessageId(id);
  if (!canonical) return [];
  const trimmed = (id ?? '').trim();
  const written = trimmed.startsWith('<') ? trimmed : `<${trimmed}>`;
  return written === canonical ? [canonical] : [canonical, written];
}

/** At most this many ids of a thread are looked up per message: In-Reply-To, then the newest References. */
export const MAX_THREAD_IDS = 20;

const ID_TOKEN = /<[^<>\s]+>|[^\s<>,]+@[^\s<>,]+/g;

/** The Message-IDs a message replies to, as written: In-Reply-To first, then References (the newest, in their order). */
export function threadReferences(facts: Pick<MailFacts, 'inReplyTo' | 'references'>): string[] {
  const replyTo = facts.inReplyTo?.match(ID_TOKEN) ?? [];
  const references = facts.references?.match(ID_TOKEN) ?? [];
  return [...new Set([...replyTo, ...references.slice(-MAX_THREAD_IDS)])].slice(0, MAX_THREAD_IDS);
}

export function prepareCandidates(candidates: readonly MatchCandidate[]): CandidateIndex {
  const byContact = new Map<string, string>();
  const items = candidates.map((c) => {
    for (const e of c.contacts ?? []) byContact.set(e.toLowerCase(), c.id);
    const tokens = companyTokens(c.company);
    return {
      candidate: c,
      tokens,
      compact: tokens.join(''),
      phrase: ` ${tokens.join(' ')} `,
      title: titleTokens(c.title),
      ended: c.status !== undefined && ENDED.has(c.status),
    };
  });
  const byPrefix = new Map<string, Prepared[]>();
  const byFirstToken = new Map<string, Prepared[]>();
  const add = (map: Map<string, Prepared[]>, key: string, p: Prepared): void => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  for (const p of items) {
    add(byPrefix, p.compact.slice(0, 3), p);
    add(byFirstToken, p.tokens[0] ?? '', p);
  }
  return { items, byContact, byPrefix, byFirstToken };
}

/** The applications a message could possibly be about (the rest cannot reach the threshold). */
function shortlist(index: CandidateIndex, s: Signals, contact: string | undefined): Set<Prepared> {
  const out = new Set<Prepared>();
  const take = (list: Prepared[] | undefined): void => list?.forEach((p) => out.add(p));
  if (s.readerCompany) take(index.byPrefix.get(s.readerCompany.slice(0, 3)));
  if (s.label) take(index.byPrefix.get((s.label.generic ? s.label.local : s.label.label).slice(0, 3)));
  for (const t of s.nameTokens) take(index.byPrefix.get(t.slice(0, 3)));
  for (const w of s.words) take(index.byFirstToken.get(w));
  if (contact) for (const p of index.items) if (p.candidate.id === contact) out.add(p);
  return out;
}

interface Signals {
  readerCompany: string;
  label: { domain: string; label: string; local: string; generic: boolean } | null;
  nameTokens: string[];
  text: string;
  /** The words of `text`, to rule out a mention before searching for the phrase. */
  words: Set<string>;
  role: string[];
  roleFrom: 'reader' | 'subject';
}

function signalsOf(facts: MailFacts): Signals {
  const d = domainLabel(facts.from);
  const local = (facts.from ?? '').split('@')[0]?.toLowerCase().replace(/[^a-z0-9]/g, '') ?? '';
  const role = facts.role ? titleTokens(facts.role) : [];
  const text = ` ${fold(`${facts.subject ?? ''} ${(facts.body ?? '').slice(0, 3000)}`)} `;
  return {
    readerCompany: compactCompany(cleanCompanyName(facts.company) ?? ''),
    label: d ? { ...d, local, generic: isGenericDomain(d.domain) } : null,
    nameTokens: fold(facts.fromName ?? '').split(' ').filter(Boolean),
    text,
    words: new Set(text.split(' ')),
    role: role.length > 0 ? role : titleTokens(facts.subject ?? ''),
    roleFrom: role.length > 0 ? 'reader' : 'subject',
  };
}

function companyScore(p: Prepared, s: Signals, facts: MailFacts): { score: number; why: string[] } {
  const found: { score: number; why: string }[] = [];
  const name = p.candidate.company;
  if (s.readerCompany) {
    const v = compactSimilarity(s.readerCompany, p.compact);
    if (v >= 0.8) found.push({ score: v, why: `the message names "${cleanCompanyName(facts.company) ?? ''}"${v < 1 ? ` (≈ ${name})` : ''}` });
  }
  if (s.label && !s.label.generic) {
    const v = compactSimilarity(s.label.label, p.compact);
    if (v >= 0.8) found.push({ score: v, why: `sender domain ${s.label.domain} ↔ ${name}` });
  } else if (s.label) {
    const v = s.label.local.length >= 4 ? compactSimilarity(s.label.local, p.compact) : 0;
    if (v >= 0.85) found.push({ score: v * 0.95, why: `sender ${facts.from ?? ''} names ${name}` });
  }
  if (s.nameTokens.length > 0 && tokenOverlap(p.tokens, s.nameTokens) >= 0.99) {
    found.push({ score: 0.9, why: `sender name "${facts.fromName ?? ''}" names ${name}` });
  }
  if (p.phrase.length > 3 && s.words.has(p.tokens[0] ?? '') && s.text.includes(p.phrase)) found.push({ score: 0.75, why: `${name} is mentioned in the message` });
  if (found.length === 0) return { score: 0, why: [] };
  found.sort((a, b) => b.score - a.score);
  const strong = found.filter((f) => f.score >= 0.8).length;
  const top = found[0]?.score ?? 0;
  return { score: Math.min(1, top + (strong >= 2 ? 0.05 : 0)), why: found.map((f) => f.why) };
}

/**
 * The best application for a message, or null with the reasons it fell short.
 * `threads` holds the filed messages this one may reply to (see `threadReferences`).
 */
export function matchMessage(facts: MailFacts, index: CandidateIndex, threads?: ThreadIndex): MatchResult {
  const filed = threads && threads.size > 0 ? threads : null;
  for (const ref of filed ? threadReferences(facts) : []) {
    const appId = filed?.get(canonicalMessageId(ref) ?? '');
    if (appId) return { applicationId: appId, score: 1, why: ['a reply in the thread of a message already filed under this application'] };
  }
  const contact = facts.from ? index.byContact.get(facts.from.toLowerCase()) : undefined;
  const s = signalsOf(facts);
  const scored: { p: Prepared; score: number; why: string[] }[] = [];
  for (const p of shortlist(index, s, contact)) {
    const c = p.candidate.id === contact ? { score: 1, why: [`sender ${facts.from ?? ''} is a known contact`] } : companyScore(p, s, facts);
    if (c.score < MATCH_THRESHOLD) continue;
    const why = [...c.why];
    const t = tokenOverlap(p.title, s.role);
    if (t >= 0.99) why.push(`role "${p.candidate.title}" matches the ${s.roleFrom === 'reader' ? 'role named' : 'subject'}`);
    else if (t > 0) why.push(`role "${p.candidate.title}" partly matches the ${s.roleFrom === 'reader' ? 'role named' : 'subject'}`);
    let score = c.score * (0.85 + 0.15 * t);
    if (p.ended) {
      score *= 0.9;
      why.push('this application has already ended');
    }
    scored.push({ p, score, why });
  }
  if (scored.length === 0) return { applicationId: null, score: 0, why: ['no application at a company this message names or comes from'] };
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best) return { applicationId: null, score: 0, why: [] };
  let score = best.score;
  const why = best.why;
  if (second && best.score - second.score < 0.03) {
    score = Math.min(score, 0.65); // a coin toss: keep it for review, never auto-accept it
    why.push(`as likely: ${second.p.candidate.title} at ${second.p.candidate.company}`);
  }
  score = Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
  return score >= MATCH_THRESHOLD
    ? { applicationId: best.p.candidate.id, score, why }
    : { applicationId: null, score, why: [...why, 'not confident enough to match'] };
}

const SENDER_NOISE = /\b(?:recruiting|recruitment|recruiter|talent(?: acquisition)?|careers?|jobs?|hiring(?: team)?|hr|people(?: team)?|team|no-?reply|notifications?|via \w+|at)\b/gi;

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A company name for a message no application matches: the reader's, the sender's name, or the sender's domain. */
export function guessCompany(facts: MailFacts): string | null {
  const named = cleanCompanyName(facts.company);
  if (named) return named;
  const d = domainLabel(facts.from);
  if (facts.fromName && d && isGenericDomain(d.domain)) {
    const cleaned = facts.fromName.replace(SENDER_NOISE, ' ').replace(/[|,·-]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (cleaned.length >= 2 && !/@/.test(cleaned) && cleaned.split(' ').length <= 4) return cleaned;
  }
  if (d && !isGenericDomain(d.domain) && d.label.length >= 2) return titleCase(d.label);
  return null;
}
