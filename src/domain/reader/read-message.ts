/**
 * readMessage: the whole pipeline over one message, synchronous and total
 * (it never throws; on an internal error it answers kind 'other' with no labels).
 */
import { classify, classifyByRules, replyToDecline, replyToWithdrawal, stageFromHistory } from './classify.js';
import { messageFeatures, type ReaderModel } from './learned.js';
import { SHIPPED_MODEL } from './model.js';
import { decodePastedQuotedPrintable, extractNewest, keepAngleSlots, normaliseText, showSlots, SLOT_CLOSE, SLOT_OPEN, unescapeMarkup } from './clean.js';
import { extractEntities } from './entities.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { detectLanguage, FOREIGN_DOOR, FOREIGN_FEEDBACK_OFFER, FOREIGN_REJECTION, FOREIGN_STAGE } from './language.js';
import { beginMessage } from './prefilter.js';
import { splitSentences } from './sentences.js';
import type { Evidence, ReaderInput, ReaderResult } from './types.js';

/** Longer bodies are cut: rejections are short, and the tail of a huge mail is history or legal text. */
const MAX_BODY = 60_000;
/** Of the quoted history only the start is read (the message replied to, then older ones): it can only tell how far the candidate got. */
const MAX_HISTORY = 4_000;

function emptyResult(language = 'unknown', notEnglish = false): ReaderResult {
  return {
    kind: 'other',
    stage: null,
    reasons: [],
    feedback: false,
    feedbackOffered: false,
    doorOpen: false,
    company: null,
    role: null,
    contactName: null,
    contactEmail: null,
    language,
    notEnglish,
    confidence: 0,
    evidence: [],
  };
}

/** "Jane Doe <jane@x.com>" → name and address */
function splitFrom(from: string | undefined): { address?: string; name?: string } {
  if (!from) return {};
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  if (m) return { name: m[1]?.trim() || undefined, address: m[2]?.trim() };
  return /@/.test(from) ? { address: from.trim() } : { name: from.trim() };
}

function bodyOf(input: ReaderInput): string {
  const text = typeof input.text === 'string' ? input.text : '';
  const html = typeof input.html === 'string' ? input.html : '';
  if (text.trim()) {
    const decoded = unescapeMarkup(decodePastedQuotedPrintable(text));
    return looksLikeHtml(decoded) ? htmlToText(keepAngleSlots(decoded)) : decoded;
  }
  return html ? htmlToText(keepAngleSlots(html)) : '';
}

/** a subject that says the message is forwarded ("Fwd:", "Re: Fw:") or a reply ("Re:", "AW:") */
const FORWARD_SUBJECT = /^\s*(?:(?:re|aw)\s*:\s*)*(?:fw|fwd|wg|tr)\s*:/i;
const REPLY_SUBJECT = /^\s*(?:re|aw)\s*:/i;

/** The newest message as sentences, with subject, sender and language: the common first half of reading. */
function prepare(input: ReaderInput) {
  let body = normaliseText(bodyOf(input).slice(0, MAX_BODY * 2));
  let subject = typeof input.subject === 'string' ? normaliseText(input.subject.slice(0, 500)).replace(/\s+/g, ' ').trim() : undefined;
  // a pasted body that starts with "Subject: …"
  const pasted = /^\s*subject:[ \t]*([^\n]*)\n/i.exec(body);
  if (pasted) {
    subject ??= pasted[1]?.trim();
    body = body.slice(pasted[0].length);
  }
  const subjectSays = FORWARD_SUBJECT.test(subject ?? '') ? 'forward' : REPLY_SUBJECT.test(subject ?? '') ? 'reply' : null;
  const newest = extractNewest(body, 0, subjectSays);
  body = newest.body.slice(0, MAX_BODY);
  if (newest.forwarded && newest.forwardedSubject) subject = newest.forwardedSubject;
  const sender = splitFrom(newest.forwarded && newest.forwardedFrom ? newest.forwardedFrom : input.from);

  const { language } = detectLanguage(`${subject ?? ''}\n${body}`);
  const sentences = splitSentences(body, subject?.replace(/^(?:(?:re|fw|fwd|aw|wg|tr)\s*:\s*)+/i, ''));
  const history = newest.history ? splitSentences(newest.history.slice(0, MAX_HISTORY)) : [];
  return { body, subject, sender, language, sentences, history };
}

function readUnsafe(input: ReaderInput, model: ReaderModel | null): ReaderResult {
  beginMessage();
  const { body, sender, language, sentences, history } = prepare(input);
  const entities = extractEntities(sentences, body, sender.address, sender.name);
  const entityEvidence: Evidence[] = [];
  for (const key of ['company', 'role', 'contactName', 'contactEmail'] as const) {
    const found = entities[key];
    if (found) entityEvidence.push({ label: key, value: found.value, sentences: found.sentences, confidence: found.confidence });
  }
  const base = {
    company: entities.company?.value ?? null,
    role: entities.role?.value ?? null,
    contactName: entities.contactName?.value ?? null,
    contactEmail: entities.contactEmail?.value ?? null,
  };

  if (language !== 'en' && language !== 'unknown') {
    // not English: say so; only a low-confidence guess of a rejection, no labels we cannot read
    const foreign = emptyResult(language, true);
    const cue = sentences.find((s) => FOREIGN_REJECTION.test(s.text));
    if (cue) {
      const live = sentences.filter((s) => !s.footer);
      const evidence: Evidence[] = [{ label: 'kind', value: 'rejection', sentences: [cue.text], confidence: 0.3 }];
      let stage: ReaderResult['stage'] = 'application';
      for (const { stage: step, re } of FOREIGN_STAGE) {
        const hit = live.find((s) => re.test(s.text));
        if (hit) {
          stage = step;
          evidence.push({ label: 'stage', value: step, sentences: [hit.text], confidence: 0.3 });
          break;
        }
      }
      if (stage === 'application') evidence.push({ label: 'stage', value: stage, sentences: [cue.text], confidence: 0.3 });
      evidence.push({ label: 'reason', value: 'generic', sentences: [cue.text], confidence: 0.3 });
      const door = live.find((s) => FOREIGN_DOOR.test(s.text));
      if (door) evidence.push({ label: 'doorOpen', value: 'true', sentences: [door.text], confidence: 0.3 });
      const offer = live.find((s) => FOREIGN_FEEDBACK_OFFER.test(s.text));
      if (offer) evidence.push({ label: 'feedbackOffered', value: 'true', sentences: [offer.text], confidence: 0.3 });
      return {
        ...foreign,
        ...base,
        kind: 'rejection',
        stage,
        reasons: ['generic'],
        doorOpen: Boolean(door),
        feedbackOffered: Boolean(offer),
        confidence: 0.3,
        evidence: [...evidence, ...entityEvidence],
      };
    }
    return { ...foreign, ...base, confidence: 0.2, evidence: entityEvidence };
  }

  const c = stageFromHistory(replyToWithdrawal(replyToDecline(classify(sentences, model), sentences, history, model), history, sentences), history);
  return {
    ...c,
    ...base,
    language,
    notEnglish: false,
    evidence: [...c.evidence, ...entityEvidence],
  };
}

/** the evidence as a person reads it: a template's slot that the rules read as words is shown as a slot again */
function withSlotsShown(r: ReaderResult): ReaderResult {
  const marked = (t: string | null): boolean => t !== null && (t.includes(SLOT_OPEN) || t.includes(SLOT_CLOSE));
  if (!r.evidence.some((e) => marked(e.value) || e.sentences.some(marked)) && !marked(r.role) && !marked(r.company)) return r;
  return {
    ...r,
    role: r.role === null ? null : showSlots(r.role),
    company: r.company === null ? null : showSlots(r.company),
    evidence: r.evidence.map((e) => ({ ...e, value: showSlots(e.value), sentences: e.sentences.map(showSlots) })),
  };
}

/**
 * Reads one message (plain text and/or HTML) and labels it with the rules and the shipped learned
 * model (`model: null` for the rules alone). Never throws.
 */
export function readMessage(input: ReaderInput, model: ReaderModel | null = SHIPPED_MODEL): ReaderResult {
  try {
    if (input === null || typeof input !== 'object') return emptyResult();
    return withSlotsShown(readUnsafe(input, model));
  } catch {
    return emptyResult();
  }
}

/** The learned model's features of one message (for training): null when it is not read as English. */
export function readerFeatures(input: ReaderInput): string[] | null {
  const { language, sentences } = prepare(input);
  if (language !== 'en' && language !== 'unknown') return null;
  const { result, signals } = classifyByRules(sentences);
  return messageFeatures(sentences, signals, result);
}
