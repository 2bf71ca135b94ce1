/**
 * Normalises a mail body and keeps only the newest message: cuts quoted reply
 * history and, for a bare forward ("FYI"), reads the forwarded message instead.
 */
import { decodeEntities } from './html.js';

/** Marker html.ts leaves where a <blockquote> began. */
export const QUOTE_MARK = '>>QUOTE-START<<';

/** Template placeholders are replaced by this token; entity extraction rejects it. */
export const PLACEHOLDER = '\u27e8\u2026\u27e9';

/** the words of a slot that names a requirement or a step of the process, not a person, a company or a title */
const CONTENT_SLOT = /\b(?:skills?|qualifications?|degree|certifications?|certificates?|licen[cs]es?|languages?|tools?|software|technolog(?:y|ies)|programming|frameworks?|platforms?|experience|expertise|field|industry|industries|domain|sector|area|assessment|test|exercise|challenge|assignment|task|case study|presentation|project|competenc(?:y|ies)|requirements?|method(?:ology)?)\b/i;
/** the words of a slot that names a person, company, role, date or contact: read as a placeholder */
const NAME_SLOT = /\b(?:name|names|title|candidate|applicant|first|last|full|your|job|role|position|company|organi[sz]ation|employer|business|recruiter|interviewer|sender|contact|manager|hiring|vacancy|department|team|date|time|day|location|address|email|e-mail|phone|link|url|salary|signature|insert)\b/i;

/** the same without the bare "name" / "title": "[assessment name]" names a test, "[Candidate Name]" a person */
const PERSON_SLOT = new RegExp(NAME_SLOT.source.replace('name|names|title|', ''), 'i');

/**
 * A template's slots in square brackets, read as a filled letter would read: a choice of wordings
 * ("[after careful consideration / after reviewing your application]") as its first option, a number left open
 * ("[X] years", "[number] years") as "several", and a slot naming a skill, test or requirement ("more experience
 * with [specific skill]", "the [assessment name]", "{{required_skill}}") as its own words, so the sentence still
 * names a requirement or a step. Slots naming people, companies, roles or dates become the placeholder token;
 * tags in capitals ("[EXTERNAL]"), references ("[1]", "[cid:…]") and links ("[text](url)") are left alone.
 */
/**
 * A slot read as its own words is marked, so that the rules read "more experience with specific skill" while the
 * evidence a person sees still shows the slot as a slot ("more experience with [specific skill]"): the marks are
 * dropped from the text matched (foldForMatch) and shown as brackets in the evidence (showSlots).
 */
export const SLOT_OPEN = '\u2045';
export const SLOT_CLOSE = '\u2046';
const SLOT_MARKS = /[\u2045\u2046]/g;

/** a sentence as the rules read it: a template's slot read as words, without its marks */
export function withoutSlotMarks(text: string): string {
  return text.replace(SLOT_MARKS, '');
}
const marked = (words: string): string => `${SLOT_OPEN}${words.toLowerCase()}${SLOT_CLOSE}`;

/** a sentence as a person should see it: a template's slot read as words is shown in brackets again */
export function showSlots(text: string): string {
  return text.includes(SLOT_OPEN) || text.includes(SLOT_CLOSE) ? text.replace(SLOT_MARKS, (m) => (m === SLOT_OPEN ? '[' : ']')) : text;
}

/** a slot's name as words ("AssessmentName", "required_skill", "job.title" → "assessment name", …) when it names a skill, test or requirement */
function slotWords(inner: string): string | null {
  const words = inner.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[._]+/g, ' ').trim();
  return CONTENT_SLOT.test(words) && !PERSON_SLOT.test(words) ? marked(words) : null;
}

function readSlots(s: string): string {
  if (!/[[{(<%]|XX/.test(s)) return s;
  return s
    .replace(/\[([^[\]\n/]{2,80}?)\s+\/\s+[^[\]\n]{2,120}\](?!\()/g, (_m, first: string) => first.trim())
    .replace(/\[\s*(?:x|n|#|number|no\.|num|number of)\s*\](?=\+?\s*(?:-|\s)?\s*(?:(?:full|more|or more|plus)\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?))/gi, 'several')
    // "XX years", "XXX" left for the user to fill
    .replace(/\bX{2,4}\+?(?= (?:years?|months?)\b)/g, 'several')
    .replace(/\bX{3,}\b/g, PLACEHOLDER)
    .replace(/\[([\p{L}][\p{L} ,.'/&-]{1,70}?)\](?!\()/gu, (m: string, inner: string) => {
      const words = inner.replace(/,?\s*(?:e\.g\.?|eg|i\.e\.?|such as)\b.*$/i, '').trim();
      if (!words || (words === words.toUpperCase() && /\p{Lu}{2}/u.test(words))) return m;
      if (CONTENT_SLOT.test(words) && !PERSON_SLOT.test(words)) return marked(words);
      if (NAME_SLOT.test(words)) return PLACEHOLDER;
      // other lowercase wording is the template's own prose ("[three] days", "[a reorganisation]")
      return /^[\p{Ll}\d]/u.test(words) ? words : PLACEHOLDER;
    })
    // a name slot in parentheses or single angle brackets, in capitals: "(Job Title)", "<Candidate Name>", "(insert date)"
    .replace(/[(<]((?:insert|enter|add) [\p{L} '-]{2,40}|(?:\p{Lu}[\p{L}'-]*\s){0,3}(?:Name|Title|Company|Organi[sz]ation|Position|Role|Date|Email|Phone))[)>]/gu, PLACEHOLDER)
    .replace(/<([\p{L}][\p{L} '-]{1,40})>(?!>)/gu, (m: string, inner: string) => slotWords(inner) ?? m)
    .replace(/\{\{\s*([A-Za-z][\w .]{1,40}?)\s*\}\}|\{\s*([A-Za-z][\w.]{1,40}?)\s*\}|%([A-Z][A-Z0-9_]{1,30})%|<<\s*([A-Za-z][^<>\n]{0,39}?)\s*>>/g, (m: string, a?: string, b?: string, c?: string, d?: string) => slotWords(a ?? b ?? c ?? d ?? '') ?? m);
}

const PLACEHOLDER_RES: readonly RegExp[] = [
  /\{\{\s*[^{}\n]{1,40}\}\}/g, // {{role}}, {{ candidate.first_name }}
  /\{\s*[A-Za-z_][\w .-]{0,30}\}/g, // {FirstName}
  /%[A-Z][A-Z0-9_]{1,30}%/g, // %FIRSTNAME%
  /\[\s*(?:candidate|applicant|first|last|full|your|job|role|position|company|recruiter|insert|name|title|hiring)[^\]\n]{0,40}\]/gi, // [Candidate Name]
  /<<\s*[^<>\n]{1,40}>>/g, // <<Name>>
  /\$\{?[A-Z][A-Z_]{2,30}\}?/g, // $FIRSTNAME, ${ROLE}
  /\$\{?[a-z]+(?:[_.][a-z]+)+\}?/g, // $candidate_name, ${job.title}
];

/**
 * "<<Name>>" slots in an HTML body, made the placeholder before the markup is read: otherwise "<Name>" is taken
 * for a tag and only ">" is left.
 */
export function keepAngleSlots(html: string): string {
  return html.includes('<<') ? html.replace(/<<\s*([A-Za-z][^<>\n]{0,39}?)\s*>>/g, (_m, inner: string) => slotWords(inner) ?? PLACEHOLDER) : html;
}

/** Windows-1252 bytes 0x80–0x9F that a latin-1 decoder left as C1 control characters. */
const CP1252: Record<string, string> = {
  '\u0080': '\u20ac', '\u0082': '\u201a', '\u0083': '\u0192', '\u0084': '\u201e', '\u0085': '\u2026',
  '\u0086': '\u2020', '\u0087': '\u2021', '\u0088': '\u02c6', '\u0089': '\u2030', '\u008a': '\u0160',
  '\u008b': '\u2039', '\u008c': '\u0152', '\u008e': '\u017d', '\u0091': '\u2018', '\u0092': '\u2019',
  '\u0093': '\u201c', '\u0094': '\u201d', '\u0095': '\u2022', '\u0096': '\u2013', '\u0097': '\u2014',
  '\u0098': '\u02dc', '\u0099': '\u2122', '\u009a': '\u0161', '\u009b': '\u203a', '\u009c': '\u0153',
  '\u009e': '\u017e', '\u009f': '\u0178',
};

export function fixCp1252(s: string): string {
  return /[\u0080-\u009f]/.test(s) ? s.replace(/[\u0080-\u009f]/g, (c) => CP1252[c] ?? '') : s;
}

/** cp1252 characters outside latin-1, back to their byte values (for mojibake repair). */
const CP1252_BYTE: Record<string, number> = Object.fromEntries(Object.entries(CP1252).map(([c1, ch]) => [ch, c1.charCodeAt(0)]));

/** A UTF-8 sequence that was decoded as Windows-1252 / latin-1: "â€™", "Ã©", "Â£". */
const MOJIBAKE =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}/g;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Repairs UTF-8 text that was read as Windows-1252 ("weâ€™re" → "we’re"); leaves real accents alone. */
export function fixMojibake(s: string): string {
  if (!/[\u00c2-\u00f4]/.test(s)) return s;
  return s.replace(MOJIBAKE, (run) => {
    const bytes = [...run].map((c) => CP1252_BYTE[c] ?? c.charCodeAt(0));
    const lead = bytes[0] ?? 0;
    const len = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (bytes.length < len) return run;
    try {
      return UTF8.decode(new Uint8Array(bytes.slice(0, len))) + run.slice(len);
    } catch {
      return run;
    }
  });
}

/**
 * Quoted-printable left in a pasted text ("care=\nful", "we=E2=80=99re", "=20" at line ends): decoded
 * only when the text clearly is QP — several soft line breaks, or encoded UTF-8 / cp1252 / "=3D" /
 * "=20" escapes — so an ordinary "=" in prose is never touched.
 */
export function decodePastedQuotedPrintable(s: string): string {
  if (!s.includes('=')) return s;
  const soft = (s.match(/=\r?\n/g) ?? []).length;
  const escapes = (s.match(/=(?:[C-F][0-9A-F]=[89AB][0-9A-F]|9[1-7](?=[a-z])|3D"|20\r?$)/gm) ?? []).length;
  if (soft < 2 && escapes < 1) return s;
  const joined = s.replace(/=\r?\n/g, '');
  return joined.replace(/(?:=[0-9A-F]{2})+/g, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
    try {
      return UTF8.decode(bytes);
    } catch {
      return fixCp1252(new TextDecoder('latin1').decode(bytes));
    }
  });
}

/** Line endings, invisible characters, stray entities, placeholders. */
/**
 * Keeps hostile or broken input from making the rules slow: a run of one
 * character longer than 40 is cut to 40, and a "word" longer than 160
 * characters (a pasted blob, a tracking URL) is broken with spaces. Real
 * prose is untouched.
 */
function defuse(text: string): string {
  // one pass first: most mail has neither a long run of one character nor a long word, and then the
  // two regular expressions (which try every position) need not run
  let same = 1;
  let word = 0;
  let longRun = false;
  let longWord = false;
  for (let i = 0; i < text.length && !(longRun && longWord); i++) {
    const c = text.charCodeAt(i);
    same = i > 0 && c === text.charCodeAt(i - 1) ? same + 1 : 1;
    if (same > 40) longRun = true;
    // counted loosely (only the common blanks end a word), so no word that \S{160} finds is missed
    word = c === 32 || c === 10 || c === 9 || c === 13 ? 0 : word + 1;
    if (word > 160) longWord = true;
  }
  let out = longRun ? text.replace(/(.)\1{40,}/gs, (_m, ch: string) => ch.repeat(40)) : text;
  if (longWord || longRun) out = out.replace(/\S{160}(?=\S)/g, '$& ');
  return out;
}

export function normaliseText(raw: string): string {
  let s = fixCp1252(fixMojibake(decodePastedQuotedPrintable(defuse(raw)))).replace(/\r\n?/g, '\n').replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
  s = s.replace(/\u00a0/g, ' ').replace(/[\u2028\u2029]/g, '\n');
  s = decodeEntities(s.includes('&amp;') ? s.replace(DOUBLE_ESCAPED, '&') : s).replace(/\u00a0/g, ' ');
  s = dropLeftovers(s);
  s = readSlots(s);
  if (MAY_HOLD_PLACEHOLDER.test(s)) for (const re of PLACEHOLDER_RES) s = s.replace(re, PLACEHOLDER);
  // Trailing blanks per line, without a regex that backtracks on long runs of spaces (most texts have none)
  return TRAILING_BLANK.test(s) ? s.split('\n').map((line) => line.trimEnd()).join('\n') : s;
}

/** an entity escaped twice ("&amp;#39;", "&amp;nbsp;", "&amp;rsquo;"): read as the entity it was */
const DOUBLE_ESCAPED = /&amp;(?=#x[0-9a-f]{1,6};|#[0-9]{1,7};|[a-z][a-z0-9]{1,8};)/gi;

/** markup pasted as escaped text ("&lt;p&gt;Dear …&lt;/p&gt;"), known by a tag a mail body uses */
const ESCAPED_TAG = /&(?:amp;)?lt;\/?(?:p|br|div|span|table|tr|td|li|ul|ol|b|strong|em|a|font|html|body|h[1-6])\b/i;

/** Of markup pasted as escaped text only the start is read: it makes far more than the reader reads of a body. */
const MAX_ESCAPED_MARKUP = 240_000;

/** Markup pasted as escaped text, made markup again, so that the body is read as HTML (its tags dropped, its paragraphs kept). */
export function unescapeMarkup(s: string): string {
  if (!s.includes('lt;') || !ESCAPED_TAG.test(s.slice(0, 20_000))) return s;
  return s.slice(0, MAX_ESCAPED_MARKUP).replace(/&(?:amp;)?(lt|gt);/gi, (_m, w: string) => (w.toLowerCase() === 'lt' ? '<' : '>'));
}

/** a style or script block left in a plain-text body: "<style>.footer{font-family:Georgia}</style>" */
const LEFTOVER_BLOCK = /<(style|script)\b[^<>\n]{0,300}>[^<]{0,20000}<\/\1\s*>/gi;
/** a line of CSS left in a plain-text body: ".footer { color: #999; }", "p{margin:0}" */
const CSS_LINE = /^[ \t]*[.#@]?[\w.#:*>, -]{1,80}\{[^{}\n]{0,500}:[^{}\n]{0,500}\}[ \t]*$/gm;
/** an image's alt text a mail client leaves: "[cid:image001.png@01D9A2B3.4C5D6E70]" */
const CID_IMAGE = /\[cid:[^\]\n]{1,200}\]/gi;
/**
 * A line that is only a link ("https://click.example.com/ls/click?upn=…", broken every 160 characters by defuse), or the
 * newsletter's "View this email in your browser" with or without its link: nothing for a person to read.
 */
const LINK_LINE = /^[ \t]*(?:(?:view|read|open) (?:this (?:e-?mail|message|newsletter) |it )?(?:online|in (?:a |your )?(?:web )?browser)[ \t]*[:.|-]?[ \t]*)?(?:<?https?:\/\/(?:\S{160} )*\S+[ \t]*)?$/gim;

/** Leftovers of markup and of the mail client in a plain-text body: style blocks, CSS lines, image alt text, bare links. */
function dropLeftovers(s: string): string {
  let out = s;
  if (out.includes('<')) out = out.replace(LEFTOVER_BLOCK, ' ');
  if (out.includes('{')) out = out.replace(CSS_LINE, '');
  if (out.includes('[')) out = out.replace(CID_IMAGE, '');
  if (/https?:\/\/|\b(?:online|browser)\b/i.test(out)) out = out.replace(LINK_LINE, '');
  return out;
}

/** what every placeholder of PLACEHOLDER_RES starts with */
const MAY_HOLD_PLACEHOLDER = /[{%[$]|<</;
/** a blank (what trimEnd removes) at the end of a line */
const TRAILING_BLANK = /[^\S\n](?:\n|$)/;

interface Boundary {
  at: number;
  /** where the quoted/forwarded content starts */
  bodyAt: number;
  forward: boolean;
}

const BOUNDARIES: readonly { re: RegExp; forward: boolean }[] = [
  // Gmail / Apple forward markers
  { re: /^[ \t>]*-{2,}[ \t]*Forwarded message[ \t]*-{2,}[ \t]*$/im, forward: true },
  { re: /^[ \t>]*Begin forwarded message:?[ \t]*$/im, forward: true },
  { re: /^[ \t>]*-{2,}[ \t]*(?:Weitergeleitete Nachricht|Message transféré)[ \t]*-{2,}[ \t]*$/im, forward: true },
  // Outlook
  { re: /^[ \t>]*-{2,}[ \t]*Original Message[ \t]*-{2,}[ \t]*$/im, forward: false },
  { re: /^[ \t>]*_{8,}[ \t]*\n(?=[ \t]*From:)/im, forward: false },
  { re: /^[ \t>]*\*?From:\*?[ \t][^\n]{1,200}\n(?:[^\n]{0,200}\n){0,3}?[ \t>]*\*?(?:Sent|Date):\*?[ \t]/im, forward: false },
  // "On Tue, 3 May 2022 at 10:01, Jane <jane@x.com> wrote:" (possibly wrapped over two lines)
  // (Yahoo writes it after a short rule: "--- On Mon, 2/6/25, Jane Doe wrote:")
  { re: /^[ \t]*(?:-{2,3}[ \t]*)?(?:On|Le|Am|El|Il|Op)[ \t][^\n]{0,250}(?:\n[^\n]{0,120})?(?:wrote|a écrit|schrieb|escribió|ha scritto|schreef)[ \t]*:[ \t]*$/im, forward: false },
  { re: /^[ \t]*>>QUOTE-START<<[ \t]*$/m, forward: false },
  // a short rule over the older message of a conversation: "--- Earlier message in this conversation ---",
  // "---" then "Previously: …" / "Previous message: …"
  { re: /^[ \t]*-{3,}[ \t]*(?:(?:earlier|previous|older) messages? in this (?:conversation|thread)|(?:earlier|previous|older) messages?)[ \t]*-{3,}[ \t]*$/im, forward: false },
  { re: /^[ \t]*-{3,}[ \t]*\n(?=[ \t]*(?:previously|(?:earlier|previous|older) messages?(?: in this (?:conversation|thread))?)[ \t]*:)/im, forward: false },
  // a run of ">"-quoted lines
  { re: /^>[^\n]*\n(?:>[^\n]*(?:\n|$))+/m, forward: false },
];

/**
 * A single ">"-quoted line (or a short run) that ends the mail after a blank line: the question replied to, quoted
 * below the answer ("> Sir, when will the results be announced?"). Found by walking the lines back from the end.
 */
function trailingQuote(s: string): Boundary | null {
  const lines = s.split('\n');
  let end = lines.length - 1;
  while (end >= 0 && (lines[end] ?? '').trim() === '') end--;
  let start = end;
  while (start >= 0 && /^[ \t]*>/.test(lines[start] ?? '')) start--;
  // no quoted line at the end, or nothing above it, or no blank line between the answer and the quote
  if (start === end || start < 0 || (lines[start] ?? '').trim() !== '') return null;
  const at = lines.slice(0, start + 1).join('\n').length + 1;
  return { at, bodyAt: at, forward: false };
}

function findBoundary(s: string): Boundary | null {
  let best: Boundary | null = s.includes('>') ? trailingQuote(s) : null;
  for (const { re, forward } of BOUNDARIES) {
    const m = re.exec(s);
    if (!m) continue;
    if (best && m.index >= best.at) continue;
    const isQuoteRun = m[0].startsWith('>') && !m[0].includes(QUOTE_MARK);
    const isOutlookFrom = /^[ \t>]*\*?From:/i.test(m[0]);
    const bodyAt = isQuoteRun || isOutlookFrom ? m.index : m.index + m[0].length;
    best = { at: m.index, bodyAt, forward };
  }
  return best;
}

/** Words that carry content, ignoring greetings, sign-offs and "FYI". */
function contentWords(top: string): number {
  const stripped = top
    .replace(/\b(?:fyi|fw|fwd|see below|forwarding|sharing|hi|hello|hey|dear|thanks|thank you|cheers|regards|best|sent from my \w+)\b/gi, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return stripped ? stripped.split(' ').length : 0;
}

/** Header lines at the top of a forwarded block, e.g. "From: …", "Subject: …". */
const FWD_HEADER = /^[ \t]*\*?(From|Sent|Date|To|Cc|Subject|Reply-To)\*?:[ \t]*(.*)$/i;

export interface NewestMessage {
  body: string;
  /** subject found in a forwarded block's headers */
  forwardedSubject?: string;
  forwardedFrom?: string;
  forwarded: boolean;
  /** the quoted earlier messages below a reply (">" marks removed), when the newest message is a reply */
  history?: string;
}

function unquote(s: string): string {
  return s.replace(/^[ \t]*>[ \t]?/gm, '');
}

function readForwarded(block: string, depth: number): NewestMessage {
  const lines = unquote(block).replace(QUOTE_MARK, '').split('\n');
  let i = 0;
  let forwardedSubject: string | undefined;
  let forwardedFrom: string | undefined;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  while (i < lines.length) {
    const m = FWD_HEADER.exec(lines[i] ?? '');
    if (!m) break;
    const key = (m[1] ?? '').toLowerCase();
    if (key === 'subject') forwardedSubject = (m[2] ?? '').trim();
    if (key === 'from') forwardedFrom = (m[2] ?? '').trim();
    i++;
  }
  const rest = lines.slice(i).join('\n');
  // the forwarded message may itself carry older history
  const inner = extractNewest(rest, depth + 1);
  return {
    body: inner.body,
    forwardedSubject: inner.forwardedSubject ?? forwardedSubject,
    forwardedFrom: inner.forwardedFrom ?? forwardedFrom,
    forwarded: true,
  };
}

/**
 * How many forwards inside forwards are followed to the message at the bottom. Real mail nests a few; a paste of thousands
 * of header lines would otherwise be followed one level a line until the stack ran out and nothing was read.
 */
const MAX_FORWARD_DEPTH = 8;

/** The sender's own note says the message below is passed on: "FYI", "forwarding for my records". */
const FORWARD_NOTE = /\b(?:fyi|fwd?|forward(?:ing|ed)?|see below|below|for (?:my|your|the) (?:records|info|information|reference)|sharing|passing (?:this )?on)\b/i;

/** the note points to the message under it: "see below", "their note is below", "as per the note from the client below" */
const POINTS_BELOW = /\b(?:see|read|note|notes|feedback|email|message|reply|response|words) (?:is |are )?(?:just |copied |pasted )?(?:below|underneath|beneath)\b|\bbelow (?:from|is)\b|\bas per (?:the|their|his|her) [^.\n]{0,60}\bbelow\b/i;
/** the note opens by greeting someone by name: "Hello Samuel," */
const GREETED = /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^\n]{0,40}\n/i;

/**
 * Keeps the newest message of a thread (see module comment). `subjectSays` is what the subject makes the message:
 * 'forward' ("Fw:/Fwd:"), where an Outlook-style header block below a short note is read as a forward; 'reply' ("Re:"),
 * where a longer note above a forwarded block is the newest message and the block its history.
 */
export function extractNewest(text: string, depth = 0, subjectSays: 'forward' | 'reply' | null = null): NewestMessage {
  const b = findBoundary(text);
  if (!b) return { body: text.replace(QUOTE_MARK, ''), forwarded: false };
  const top = text.slice(0, b.at);
  const words = contentWords(top);
  const forward = b.forward || ((subjectSays === 'forward' || FORWARD_NOTE.test(top)) && words <= 12);
  if (depth < MAX_FORWARD_DEPTH && ((forward && words <= 20) || words === 0)) {
    return readForwarded(text.slice(b.bodyAt), depth);
  }
  // a longer note above an explicit forward: the seeker's own comment, read together with the forwarded message (which is
  // the employer's) — unless the subject makes the message a reply ("Re:", no "Fw:"): then the note on top is the newest
  // message of the thread (the employer's answer above the invitation it follows), and the forwarded block is its history
  // …and a recruiter's note under "Fw:" that points to the client's words below ("their note is below", "as per the note
  // below"), over an Outlook header block or an "Original Message" rule, is read with them the same way
  const pointsBelow = !b.forward && subjectSays === 'forward' && POINTS_BELOW.test(top);
  // a note written to the candidate ("Hello Samuel, …") above a forwarded older mail, the subject neither "Fw:" nor "Re:"
  // and the note pointing to nothing below: the note is the newest message, the forwarded mail its history
  const ownNote = b.forward && subjectSays === null && depth === 0 && words > 20 && GREETED.test(top) && !/\bbelow\b/i.test(top);
  if (depth < MAX_FORWARD_DEPTH && ((b.forward && subjectSays !== 'reply' && !ownNote) || pointsBelow)) {
    const inner = readForwarded(text.slice(b.bodyAt), depth);
    return { ...inner, body: `${top.trimEnd()}\n\n${inner.body}` };
  }
  // the history without the header lines of the quoted messages ("Subject: Interview invitation" names no step taken)
  const history = unquote(text.slice(b.bodyAt)).replace(QUOTE_MARK, '').split('\n').filter((line) => !FWD_HEADER.test(line)).join('\n');
  return { body: top, forwarded: false, history };
}
