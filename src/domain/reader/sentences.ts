/**
 * A sentence splitter for mail bodies: paragraphs first, then line structure
 * (hard-wrapped prose vs. signature/list lines), then sentence punctuation with
 * an abbreviation guard. Footer/legal/unsubscribe sentences are flagged.
 */
import { withoutSlotMarks } from './clean.js';
import { GatedPatterns } from './prefilter.js';
import type { Sentence } from './types.js';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'inc', 'ltd', 'co', 'corp', 'llc', 'plc',
  'e.g', 'i.e', 'etc', 'vs', 'approx', 'dept', 'no', 'u.s', 'u.k', 'a.m', 'p.m', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed',
  'thu', 'fri', 'sat', 'sun', 'ph.d', 'b.sc', 'm.sc', 'msc', 'bsc', 'hon', 'gmbh', 'n.v', 'b.v',
]);

/** Footer, legal and mailing-list boilerplate: never evidence for a label. */
const FOOTER_RES: readonly RegExp[] = [
  /unsubscribe|opt[ -]out|stop receiving|no longer wish to receive|e-?mail preferences|update your preferences|manage (?:your )?(?:subscription|notification)s?/,
  /(?:do not|don't|please don't|please do not) reply|no-?reply|not monitored|unattended|undeliverable|cannot (?:receive|accept) replies|post only e-?mail/,
  /this (?:e-?mail|message) (?:was|is|has been) (?:sent|intended|generated|delivered)|intended (?:only )?for (?:the )?(?:named |intended )?(?:recipient|addressee)|intended for [^\s@]+@/,
  /confidential|privileged|if you (?:have )?received (?:this|it) in error|(?:not|are not) the intended recipient/,
  /withdraw (?:your )?consent|retention (?:schedule|policy|period)|privacy (?:portal|team|office)|how we (?:use|process|handle) your (?:personal )?data|delete your (?:personal )?data|(?:personal|candidate) data (?:is|are) (?:processed|stored|held)/,
  /equal (?:opportunity|employment)|affirmative action|without regard to|discriminat|protected (?:veteran|category|characteristic)/,
  /privacy (?:policy|notice|statement|centre|center)|(?<!\b(?:lead|leads|leading|led|work|works|working|worked|experience|expertise|background|specialism|focus) (?:on|in|with) )data protection(?! (?:officer|manager|lead|analyst|specialist|adviser|advisor|counsel|coordinator|role|position|post|vacancy))|\bgdpr\b|personal (?:data|information) (?:will|may|is|are)|in accordance with (?:applicable|data)/,
  /all rights reserved|\u00a9|\(c\) ?\d{4}|trademarks? of|registered (?:office|in england)|company (?:no|number|registration)/,
  /^(?:follow|like|find|connect with|join) us on|view (?:this|the) (?:e-?mail|message) in (?:your|a) browser|powered by|sent from my (?:iphone|ipad|android|mobile)/,
  /how (?:are|did) we do|candidate (?:experience )?(?:survey|feedback survey)|rate your (?:candidate )?experience|provide your (?:honest )?(?:candidate )?feedback (?:here|on|about)/,
];

/** the footer patterns behind one literal filter (every sentence is tested) */
const FOOTER = new GatedPatterns(FOOTER_RES);

/** Sentences that mention future roles are never treated as footer, even in a privacy paragraph. */
const FUTURE_ROLE = /future (?:roles?|opportunit|openings?|vacanc|positions?)|consider you for|other (?:roles|opportunities|positions)|talent (?:pool|community|network)|(?:suitable|similar|relevant|matching) (?:role|position|vacancy|opening|opportunity) (?:arises|comes up|becomes available|opens)/;

/**
 * A sign-up call in a footer (an ATS template's "Join our Talent Network to hear about new jobs", "Stay in the loop!
 * Join the Talent Community"): a footer even though it names the talent network, unless it names the candidate or future roles.
 */
const SIGNUP_CALL = /^(?:(?:stay in the loop|want to hear about new (?:jobs|roles))[!?.] )?(?:please )?(?:join|sign up (?:to|for)|subscribe to|register (?:with|for)) (?:our|the) (?:[\w&'-]+ ){0,2}talent (?:network|community)\b(?![^.;]{0,80}\b(?:future (?:roles?|opportunit|openings?|vacanc|positions?)|consider you|your (?:cv|resume|profile|details)))/;

/** Sentences that mention future roles, and are not a footer's sign-up call, stay out of the footer. */
const keepsOutOfFooter = (norm: string): boolean => FUTURE_ROLE.test(norm) && !SIGNUP_CALL.test(norm);

/** anything outside printable ASCII that folding may change (most sentences have none) */
const FOLDABLE = /[^\x20-\x7e]|`/;

const DOT_INSIDE = /\.\S/;

export function foldForMatch(s: string): string {
  const lower = s.toLowerCase();
  const plain = FOLDABLE.test(lower)
    ? // a template slot's marks (clean.ts, readSlots) dropped: the rules read the slot's words
      withoutSlotMarks(lower)
        // accents folded so "résumé" matches the plain-ASCII patterns
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[\u2018\u2019\u201b\u2032`\u00b4]/g, "'")
        .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
        .replace(/[\u2010-\u2015]/g, '-')
        .replace(/\s+/g, ' ')
    : lower.includes('  ')
      ? lower.replace(/ {2,}/g, ' ')
      : lower;
  return withDottedWords(CHAT_SHORTHAND.test(plain) ? plain.replace(CHAT_SHORTHAND_ALL, (w) => SHORTHAND[w] ?? w) : plain);
}

/** a text's shorthand from a phone or a chat, read as the words it stands for: "thx for the call", "will keep u posted" */
const CHAT_SHORTHAND = /(?<![\w.'-])(?:thx|thnx|thanx|u|ur|pls|plz)(?![\w.'-])/;
const CHAT_SHORTHAND_ALL = new RegExp(CHAT_SHORTHAND.source, 'g');
const SHORTHAND: Readonly<Record<string, string>> = { thx: 'thanks', thnx: 'thanks', thanx: 'thanks', u: 'you', ur: 'your', pls: 'please', plz: 'please' };

function withDottedWords(plain: string): string {
  // (without a dot before a character there is no address to change)
  if (!DOT_INSIDE.test(plain)) return plain;
  return plain
    // dots inside web addresses would end "[^.]" windows early: "www.acme.com/jobs" → "www acme com/jobs"
    .replace(/\b(?:https?:\/\/\S+|www\.\S+|[\w-]+\.(?:com|org|net|io|jobs|co|uk|de|ai|careers)\b\S*)/g, (u) => u.replace(/\.(?=\S)/g, ' '))
    // dotted abbreviations cut them too: "your p.eng., please" → "your peng, please", "e.g. python" → "eg python";
    // the dot that ends the sentence stays ("a ph.d." → "a phd.")
    .replace(DOTTED_ABBREVIATION, (a: string, offset: number, all: string) => {
      const letters = a.replace(/\./g, '');
      // ("u.s." and "a.m." would fold into the words "us" and "am": they keep their dots)
      if (letters === 'us' || letters === 'am') return a;
      const end = offset + a.length;
      // (only a few closing marks may follow the sentence's last dot: no long slice on a long paste)
      return a.endsWith('.') && all.length - end <= 3 && /^["')\]]*$/.test(all.slice(end)) ? `${letters}.` : letters;
    });
}

/**
 * a dotted abbreviation: single letters ("e.g", "u.k.", "m.b.a.", "a.m.") or a short head and a closing dot
 * ("p.eng.", "ph.d.", "b.sc."); not a name's initial before a surname ("j.smith"), an address or a file ("cv.pdf")
 */
const DOTTED_ABBREVIATION =
  /(?<![\w.@/-])(?:[a-z](?:\.[a-z]){1,3}\.?|[a-z]{1,2}\.(?:[a-z]{1,4}\.){1,2}(?<!\.(?:pdf|doc|docx|txt|png|jpg|zip|htm|html)\.))(?![\w@/-])/g;

export function isFooter(norm: string): boolean {
  if (FUTURE_ROLE.test(norm)) return false;
  if (/^(?:https?:\/\/|www\.)\S+$/.test(norm)) return true;
  return FOOTER.some(norm);
}

/** a closing line: "Kind regards,", "Best wishes", "Sincerely," */
const SIGN_OFF = /^(?:(?:kind|best|warm|warmest|many|with (?:best|kind)|all the) )?(?:regards|wishes|sincerely|cheers|thanks|thank you|best|yours (?:sincerely|faithfully|truly)|take care)[,!.]?$/;

const SENTENCE_END = /[.!?:;]["')\]]*$/;

/** Joins hard-wrapped lines of a paragraph; keeps short/list lines apart. */
function paragraphUnits(paragraph: string): string[] {
  const lines = paragraph.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const units: string[] = [];
  let cur = '';
  for (const line of lines) {
    if (cur === '') {
      cur = line;
      continue;
    }
    const prevShort = cur.length < 45 && !/[.,;]$/.test(cur) && !/^[a-z]/.test(line);
    const bullet = /^(?:[-*\u2022\u25aa\u25cf]|\d{1,2}[.)])\s/.test(line);
    if (SENTENCE_END.test(cur) || prevShort || bullet || /,$/.test(cur) && cur.length < 40) {
      units.push(cur);
      cur = line;
    } else {
      cur += ' ' + line;
    }
  }
  if (cur) units.push(cur);
  return units;
}

function splitUnit(unit: string): string[] {
  // glued sentences from HTML conversion: "application.We are", "Hi Sam,Thank you"
  const glued = unit.replace(/([a-z)]{2}[.!?])([A-Z][a-z])/g, '$1 $2');
  const text = startsLikeGreeting(glued) ? glued.replace(/^((?:hi|hello|dear|hey)\s[\p{L}' -]{1,40},)(?=\S)/iu, '$1 ') : glued;
  const out: string[] = [];
  // a unit written without capitals (a text from a phone: "they're not going ahead, sorry. they gave me a few pointers")
  // ends its sentences before a small letter too
  const re = LOWER_CASE_STOP.test(text) && !UPPER_CASE_STOP.test(text) ? ANY_STOP : STOP;
  re.lastIndex = 0;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const before = text.slice(start, m.index + 1);
    // the word before the stop, with its apostrophes: "haven't." ends a sentence, "J." is an initial
    const lastWord = LAST_WORD.exec(before)?.[1]?.toLowerCase() ?? '';
    if (ABBREVIATIONS.has(lastWord) || ONE_LETTER.test(lastWord)) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  out.push(text.slice(start).trim());
  // a greeting glued to the first sentence ("Hi Sam, Thank you for …"), split in place
  for (let i = 0; i < out.length; i++) {
    const s = out[i] as string;
    const g = startsLikeGreeting(s) ? GLUED_GREETING.exec(s) : null;
    if (g && g[1] && g[2]) out.splice(i++, 1, g[1], g[2]);
  }
  return out;
}

// expressions of the loops below, made once (a literal in a loop is a new object each time it is reached)
const STOP = /[.!?]+["')\]\u201d\u2019]*\s+(?=["'(\u201c\u2018]?[\p{Lu}\d])/gu;
const ANY_STOP = /[.!?]+["')\]\u201d\u2019]*\s+(?=["'(\u201c\u2018]?[\p{Lu}\p{Ll}\d])/gu;
const LOWER_CASE_STOP = /\p{Ll}{2}[.!?]+\s+\p{Ll}/u;
const UPPER_CASE_STOP = /[.!?]+["')\]\u201d\u2019]*\s+["'(\u201c\u2018]?\p{Lu}/u;
const LAST_WORD = /([\p{L}.'\u2019]+)\.$/u;
const ONE_LETTER = /^\p{L}$/u;
const THREE_LETTERS = /\p{L}{3}/u;
/** a letter of any script */
export const A_LETTER = /\p{L}/u;

const GLUED_GREETING = /^((?:hi|hello|dear|hey|good (?:morning|afternoon))\b[^,.!?\n]{0,40}[,!:])\s+(\p{Lu}.*)$/iu;

/** whether a text can start with a greeting word (hi, hello, hey, dear, good …): its first letter is an h, a d or a g */
function startsLikeGreeting(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return c === 0x68 || c === 0x64 || c === 0x67;
}

/** Splits a body into sentences; `subject`, when given, becomes the first sentence. */
export function splitSentences(body: string, subject?: string): Sentence[] {
  const result: Sentence[] = [];
  if (subject && subject.trim()) {
    const text = subject.trim();
    result.push({ text, norm: foldForMatch(text), footer: false, subject: true });
  }
  let inFooter = false;
  let signedOff = false;
  for (const paragraph of body.split(/\n[ \t]*\n/)) {
    const first = result.length;
    // a separator line of stars/equals/underscores starts a legal footer block
    if (/^[ \t]*[*=_~#+-]{8,}[ \t]*$/m.test(paragraph) && !THREE_LETTERS.test(paragraph.split('\n')[0] ?? '')) {
      inFooter = true;
    }
    for (const unit of paragraphUnits(paragraph)) {
      if (/^[*=_~#+-]{4,}$/.test(unit)) continue;
      for (const text of splitUnit(unit)) {
        if (!text || !A_LETTER.test(text)) continue;
        const norm = foldForMatch(text);
        result.push({ text, norm, footer: isFooter(norm) || (inFooter && !keepsOutOfFooter(norm)), subject: false });
        if (SIGN_OFF.test(norm)) signedOff = true;
      }
    }
    // after the sign-off, a paragraph with any legal/footer sentence is a footer block as a whole
    const block = result.slice(first);
    const legal = block.some((x) => x.footer);
    if (signedOff && legal) for (const x of block) if (!keepsOutOfFooter(x.norm)) x.footer = true;
    // a talent-network sign-up call in the same paragraph as unsubscribe or legal lines is the template's, signed off or not
    if (legal) for (const x of block) if (SIGNUP_CALL.test(x.norm)) x.footer = true;
  }
  return result;
}
