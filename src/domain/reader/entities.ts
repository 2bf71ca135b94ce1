/**
 * Company, role and contact extraction from the subject, body, signature and
 * sender. Candidates are voted on; placeholders and generic words never win.
 */
import { PLACEHOLDER } from './clean.js';
import type { Sentence } from './types.js';
import { PatternGate } from './prefilter.js';
import { A_LETTER } from './sentences.js';

export interface Found {
  value: string;
  sentences: string[];
  confidence: number;
}

export interface Entities {
  company: Found | null;
  role: Found | null;
  contactName: Found | null;
  contactEmail: Found | null;
}

const NAME = String.raw`((?:[A-Z0-9][\w&'’.+-]*|[a-z]+[A-Z][\w&'.-]*)(?: (?:[A-Z0-9&][\w&'’.+-]*|of|and|de|du|la|&)){0,4}(?:,? (?:Inc\.?|Ltd\.?|LLC|GmbH|plc|AG|SA|BV|N\.V\.))?)`;
const ATS_DOMAINS = /(?:greenhouse|lever|workday|myworkday|myworkdayjobs|icims|jobvite|smartrecruiters|taleo|successfactors|ashbyhq|bamboohr|workable|recruitee|teamtailor|personio|breezy|jazzhr|avature|hirebridge|gr8people|brassring|kenexa|oraclecloud|linkedin|indeed|glassdoor|gmail|googlemail|outlook|hotmail|yahoo|icloud|aol|protonmail|example|mail|e-mail|email|sendgrid|mailchimp|list-manage|amazonses|hire|jobs|careers|recruiting|talent|notifications)$/i;
const STOP_NAMES = /^(?:thank|thanks|dear|hi|hello|hey|unfortunately|we|our|your|you|the|this|that|it|i|a|an|at|re|fw|fwd|update|application|applications|status|important|information|regarding|follow|following|interview|position|role|job|careers?|recruiting|recruitment|talent|team|hr|human resources|people|hiring|our team|us|me|them|they|please|note|subject|from|sent|to|date|linkedin|indeed|glassdoor|ref|candidate|applicant|sam|summer|fall|spring|winter|intern|internship|university|college|campus|global|early|yes|no|more|all|any|other|new)$/i;
const ROLE_WORDS = /\b(?:engineer|engineering|intern|internship|analyst|developer|scientist|manager|designer|associate|specialist|consultant|coordinator|director|lead|officer|assistant|representative|position|role|opening|programme|program|graduate|trainee|apprentice|administrator|architect|researcher|technician|nurse|teacher|accountant|executive|advisor|adviser|co-op|vacancy|training contracts?|schemes?|placements?|fellowships?|apprenticeships?|residency|residencies|clerkships?|traineeships?|pupillages?|rotations?|secondments?)\b/i;
const ORG_WORDS = /\b(?:team|recruiting|recruitment|recruiter|talent|acquisition|careers?|hr|human|resources|people|department|inc|ltd|llc|university|global|group|company|corporation|hiring|staffing|the|office|notifications?|no-?reply|jobs|support)\b/i;

function clean(value: string): string {
  let v = value
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“‘(\-–—:|,]+|[\s"'”’\-–—:|,!.?]+$/g, '')
    .replace(/(?:\s(?:and|or|of|de|&|at|in|for|the))+$/i, '')
    .replace(/['’]s$/, '')
    .trim();
  // a trailing ")" only goes when it has no "(" to close
  while (v.endsWith(')') && (v.match(/\(/g)?.length ?? 0) < (v.match(/\)/g)?.length ?? 0)) v = v.slice(0, -1).trim();
  if ((v.match(/\(/g)?.length ?? 0) > (v.match(/\)/g)?.length ?? 0)) v += ')';
  return v;
}

/** "AT&T College" (from "AT&T College Recruiting") → "AT&T"; "Northmoor Early" (from "Northmoor Early Careers") → "Northmoor" */
function trimOrgSuffix(v: string): string {
  return v.replace(/(?:\s(?:college|university|campus|global|graduate|early careers?|early|careers?|talent|recruiting|recruitment|hr))+$/i, '').trim();
}

const CAPITALISED = /^[\p{Lu}][\p{L}'’.-]*$/u;

function validCompany(value: string): boolean {
  if (value.length < 2 || value.length > 50 || value.includes(PLACEHOLDER)) return false;
  if (/[@/\\]|https?:|www\./i.test(value)) return false;
  const first = value.split(' ')[0] ?? '';
  // a name ending in a year is a programme's intake, not an employer: "Training Contract 2028", "Analyst Class 2027/28"
  if (/\b(?:19|20)\d\d(?:[/-]\d{2,4})?$/.test(value)) return false;
  return !STOP_NAMES.test(value) && !STOP_NAMES.test(first) && !ROLE_WORDS.test(value) && A_LETTER.test(value);
}

/** the characters `\s` stands for */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The last run of non-space characters of a text ("" when it is all space). */
function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** the words a sign-off such as "Acme Talent Acquisition Team" ends with */
const TEAM_WORD = /^(?:recruiting|recruitment|acquisition|talent|careers|hr|resources|people|hiring|team|department|group|partner)$/i;

interface EntityPattern {
  re: RegExp;
  w: number;
  subjectOnly?: boolean;
  /** a role found by this pattern must name a kind of job ("Training Contract 2028", "Data Analyst") */
  roleWord?: boolean;
  /**
   * for a pattern the literal pre-filter cannot see into (written case-insensitive): a cheap test that any text it
   * matches passes, so that the others are not run through the expression
   */
  may?: (text: string) => boolean;
}

/** company names, strongest patterns first; each adds its weight to the vote */
const COMPANY_PATTERNS: readonly EntityPattern[] = [
  { re: new RegExp(String.raw`\b(?:at|with|from)\s${NAME}\s*[!.]?\s*$`), w: 3, subjectOnly: true },
  { re: new RegExp(String.raw`\b(?:your|the)\s${NAME}\s(?:application|candidacy|interview|job application)\b`), w: 3, subjectOnly: true },
  { re: new RegExp(String.raw`^${NAME}\s(?:application|applicant|candidate|careers|recruiting)\b`), w: 2.5, subjectOnly: true },
  { re: new RegExp(String.raw`^${NAME}\s?(?:-|–|—|\|)\s`), w: 2, subjectOnly: true },
  { re: new RegExp(String.raw`\b(?:interest in|interested in|applying to|applied to|application to|application with|apply to|joining|to join|career (?:with|at)|careers at|for considering|opportunities (?:at|with)|employment (?:with|at)|(?:position|role|job|opening|internship|vacancy) (?:at|with)|here at|team at|work(?:ing)? (?:at|for)|thank you from|update from|within|follow[- ]up from|news from|message from)\s${NAME}`), w: 2 },
  { re: new RegExp(String.raw`^(?:the\s|your\s)?${NAME}\s(?:(?:university|campus|global|early careers?|college|graduate|tech(?:nical)?|corporate)\s)?(?:recruiting|recruitment|talent acquisition|talent|careers|hr|human resources|people|hiring)(?:\s(?:team|department|group|partner))?\s*$`, 'i'), w: 2.5, may: (t) => TEAM_WORD.test(lastWord(t)) },
  { re: new RegExp(String.raw`^the\s${NAME}\steam\s*$`, 'i'), w: 2, may: (t) => lastWord(t).toLowerCase() === 'team' },
  // the client's answer relayed by an agency, whose own signature ("Gemma Holt Recruitment") reads like a recruiting team:
  // "Feedback from Ostler Veterinary on Thursday's interview", "I heard back from Redwater Energy on your interview"
  // (the whole name or nothing: it may not stop inside a word or before a further capitalised word, end on a joining word,
  // nor be a person told by title, by "at <company>", ", who" or "and me")
  { re: new RegExp(String.raw`\b(?:[Ff]eedback from|[Hh]eard back from|[Ww]ord back from|(?:[Mm]y|[Oo]ur) client,?)\s(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Round|Stage|Part)\b)${NAME}(?<! and| of| de| du| la| &)(?![\w&'’.+-])(?! (?:[A-Z0-9&][\w&'’.+-]*| and\b))(?!\s+(?:at|from|of|who|and|below|above|in|on behalf)\b|\s*,|\s*\d)`), w: 3 },
  { re: new RegExp(String.raw`^(?:recruiting|recruitment|talent acquisition|hr)\s\|\s${NAME}\s*$`, 'i'), w: 2, may: (t) => t.includes('|') },
];

const ROLE_PATTERNS: readonly EntityPattern[] = [
  { re: /\b(?:application|applying|interest|candidacy|applied)\s(?:for|to|as)\s(?:the\s|our\s|a\s|an\s)?(?:position of\s|role of\s)?(.{3,90}?)\s(?:at|with)\s[A-Z0-9]/, w: 3, subjectOnly: true },
  { re: /\b(?:position|role|post|vacancy) of\s(?:an?\s)?([A-Z0-9][^.;,\n]{2,80}?)(?:\s(?:at|with|here|in our|within|position|and|but|which|that|has|have|is|was|were|will)\b|[.;,\n]|$)/, w: 2.5 },
  { re: /\b(?:for|to|in|about|into|regarding|with|on)\s(?:the|our|this|your)\s((?:[A-Z0-9(][^.;\n]{1,90}?)?)\s(?:position|role|opening|opportunity|vacancy|job|post|req(?:uisition)?)\b/, w: 2 },
  { re: /\b(?:application|applying|applied)\sfor\s(?:the\s)?([A-Z][^.;\n]{2,80}?)(?:\s(?:at|with|-|–)\s|[.;!]|$)/, w: 1.5 },
  { re: /^(?:re:\s*)?(?:ref|re|job|position|role)\s*:\s*(.{3,90})$/i, w: 1.5, may: (t) => t.includes(':') },
  // the subject's head before an outcome or an update: "Training Contract 2028 - Application Outcome", "Application
  // update: Software Engineer II", "Northwind Legal | Vacation Scheme 2027"
  { re: /^(?:(?:re|fwd?):\s*)?([A-Z0-9][^|:–—]{2,80}?)\s(?:-|–|—|\|)\s(?:(?:[Yy]our\s)?[Aa]pplication\s)?(?:[Oo]utcome|[Uu]pdate|[Ss]tatus|[Dd]ecision|[Rr]esult|[Ff]eedback|[Aa]pplication)\b/, w: 1.5, subjectOnly: true, roleWord: true },
  { re: /^(?:(?:re|fwd?):\s*)?(?:(?:your\s)?application\s)?(?:outcome|update|status|decision|result)\s?(?::|-|–|—|\|)\s([A-Z0-9][^|:–—]{2,80}?)\s*$/i, w: 1.5, subjectOnly: true, roleWord: true, may: (t) => /[:|–—-]/.test(t) },
  { re: /^[A-Z0-9][^|]{1,50}?\s\|\s([A-Z0-9][^|]{2,80}?)\s*$/, w: 1.5, subjectOnly: true, roleWord: true },
];

/** the literal pre-filter of the company and role patterns (those written case-insensitive always run) */
const ENTITY_GATE = new PatternGate([...COMPANY_PATTERNS, ...ROLE_PATTERNS].map((p) => p.re));

function vote(
  tally: Map<string, { value: string; score: number; sentences: string[] }>,
  raw: string,
  w: number,
  sentence: string,
  valid: (v: string) => boolean,
): void {
  const value = valid === validCompany ? trimOrgSuffix(clean(raw)) : clean(raw);
  if (!valid(value)) return;
  const key = value.toLowerCase();
  const entry = tally.get(key) ?? { value, score: 0, sentences: [] };
  entry.score += w;
  if (!entry.sentences.includes(sentence) && entry.sentences.length < 3) entry.sentences.push(sentence);
  tally.set(key, entry);
}

function winner(tally: Map<string, { value: string; score: number; sentences: string[] }>): Found | null {
  let best: { value: string; score: number; sentences: string[] } | null = null;
  for (const entry of tally.values()) if (!best || entry.score > best.score) best = entry;
  if (!best) return null;
  return { value: best.value, sentences: best.sentences, confidence: Math.min(0.95, 0.35 + best.score / 8) };
}

function titleCase(s: string): string {
  return s.replace(/\p{L}+/gu, (w) => (w[0] ?? '').toUpperCase() + w.slice(1).toLowerCase());
}

function companyFromDomain(address: string | undefined): string | null {
  const domain = /@([\w.-]+)/.exec(address ?? '')?.[1]?.toLowerCase();
  if (!domain) return null;
  const parts = domain.split('.').filter((p) => !/^(?:com|co|org|net|io|ai|uk|de|fr|nl|jobs|careers|mail|email|e|hr|recruiting|talent|us|eu|edu|gov|info|biz|app|tech|dev)$/.test(p));
  const name = parts[parts.length - 1];
  if (!name || ATS_DOMAINS.test(name) || name.length < 2) return null;
  return titleCase(name.replace(/-/g, ' '));
}

function validRole(value: string): boolean {
  if (value.length < 3 || value.length > 90 || value.includes(PLACEHOLDER)) return false;
  if (!/^[A-Z0-9(]/.test(value) || /^(?:above|same|this|that|following|aforementioned)\b/i.test(value)) return false;
  return !/\b(?:thank|unfortunately|we have|we've|decided)\b/i.test(value);
}

const SIGN_OFF = /(?:^|[.!]\s+)(?:best|best regards|kind regards|warm regards|warmest regards|regards|sincerely|yours sincerely|yours truly|yours faithfully|many thanks|thanks(?: again)?|thank you|cheers|all the best|best wishes|warmly|respectfully|with (?:kind |best )?regards|with thanks|take care|talk soon|enjoy the \w+|speak soon|all best)[,!.]?$/i;

function personName(line: string): string | null {
  const value = clean(line.replace(/\s*[|,–—-]\s.*$/, ''));
  if (value.length < 2 || value.length > 40 || value.includes(PLACEHOLDER)) return null;
  if (ORG_WORDS.test(value) || ROLE_WORDS.test(value) || /[@\d:/]/.test(value)) return null;
  const words = value.split(' ');
  if (words.length > 4 || !words.every((w) => CAPITALISED.test(w))) return null;
  if (STOP_NAMES.test(words[0] ?? '')) return null;
  return value === value.toUpperCase() && value.length > 3 ? titleCase(value) : value;
}

/** a job title in a signature line: "Head of Design", "Talent Partner", "VP Sales" */
const TITLE = /\b(?:head|vp|svp|evp|vice president|director|manager|recruiter|partner|lead|coordinator|specialist|advis[oe]r|officer|chief|ceo|cto|coo|cfo|cpo|founder|co-founder|president|owner|principal|engineer|designer|consultant|associate|executive|talent|recruitment|recruiting|sourcer|analyst|administrator|assistant|generalist|hr|people)\b/i;

/**
 * The company in a signature under the sign-off: "Head of Design, Fernwood",
 * "Dana | Talent Partner | Fernwood Ltd", "Senior Recruiter at Lumen Health". A weak vote:
 * it only wins when the body names no company.
 */
function signatureCompany(lines: readonly string[], add: (value: string, line: string) => void): void {
  let start = lines.length - 1;
  while (start >= 0 && !SIGN_OFF.test(lines[start] ?? '')) start--;
  // no recognised sign-off ("Wishing you the best in your search,"): the last few lines
  if (start < 0) start = Math.max(0, lines.findLastIndex((l) => l !== '') - 3);
  {
    const i = start;
    for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) {
      const line = lines[j] ?? '';
      if (!line || line.length > 90 || /[@:/]/.test(line)) continue;
      const parts = line.split(/\s+[|\u2022\u00b7]\s+/);
      if (parts.length >= 2) {
        const last = parts[parts.length - 1] ?? '';
        if (parts.slice(0, -1).some((p) => TITLE.test(p)) && !TITLE.test(last)) add(last, line);
        continue;
      }
      const m = /^([^,]{2,50}?)(?:,|\s(?:at|@)\s)\s*([^,]{2,50})$/.exec(line);
      if (m?.[1] && m[2] && TITLE.test(m[1]) && !TITLE.test(m[2])) add(m[2], line);
    }
  }
}

/** Finds company, role and contact in the newest message. */
export function extractEntities(
  sentences: readonly Sentence[],
  body: string,
  from: string | undefined,
  fromName: string | undefined,
): Entities {
  const companies = new Map<string, { value: string; score: number; sentences: string[] }>();
  const roles = new Map<string, { value: string; score: number; sentences: string[] }>();
  for (const s of sentences) {
    if (s.footer) continue;
    // only the patterns whose words are in the sentence, companies first, each in the order of its list
    for (const i of ENTITY_GATE.candidates(s.text)) {
      const company = i < COMPANY_PATTERNS.length;
      const p = company ? COMPANY_PATTERNS[i] : ROLE_PATTERNS[i - COMPANY_PATTERNS.length];
      if (!p || (p.subjectOnly && !s.subject) || (p.may && !p.may(s.text))) continue;
      const m = p.re.exec(s.text);
      if (m?.[1] && (!p.roleWord || ROLE_WORDS.test(m[1]))) vote(company ? companies : roles, m[1], p.w, s.text, company ? validCompany : validRole);
    }
  }
  // the body's lines, trimmed, for the signature and the contact under the sign-off
  const lines = body.split('\n').map((l) => l.trim());
  signatureCompany(lines, (value, line) => vote(companies, value, 1, line, validCompany));
  const domainCompany = companyFromDomain(from);
  if (domainCompany) vote(companies, domainCompany, 1.5, from ?? '', validCompany);
  const displayCompany = fromName ? clean(fromName.replace(/\b(?:recruiting|recruitment|talent acquisition|talent|careers|hiring|hr|jobs|team|people|no-?reply|via \w+)\b/gi, ' ')) : '';
  if (displayCompany && fromName && ORG_WORDS.test(fromName)) vote(companies, displayCompany, 1.5, fromName, validCompany);

  // a company name that is also a role candidate is not a role (and vice versa)
  const company = winner(companies);
  if (company) roles.delete(company.value.toLowerCase());
  return {
    company,
    role: winner(roles),
    contactName: findContactName(lines, fromName, company?.value),
    contactEmail: findContactEmail(body, from),
  };
}

function findContactName(lines: readonly string[], fromName: string | undefined, company: string | undefined): Found | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!SIGN_OFF.test(lines[i] ?? '')) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      const line = lines[j] ?? '';
      if (!line || /^[-_*=~]{1,}$/.test(line)) continue;
      const name = personName(line);
      if (name && name.toLowerCase() !== company?.toLowerCase()) {
        return { value: name, sentences: [line], confidence: 0.7 };
      }
      break;
    }
  }
  const fromPerson = fromName ? personName(fromName) : null;
  if (fromPerson && fromPerson.toLowerCase() !== company?.toLowerCase()) {
    return { value: fromPerson, sentences: [fromName ?? ''], confidence: 0.55 };
  }
  return null;
}

const NO_REPLY = /no-?reply|do-?not-?reply|donotreply|notifications?@|mailer|bounce|postmaster|jobs-noreply|automated/i;

function findContactEmail(body: string, from: string | undefined): Found | null {
  const fromAddress = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/.exec(from ?? '')?.[0];
  if (fromAddress && !NO_REPLY.test(fromAddress)) return { value: fromAddress, sentences: [from ?? ''], confidence: 0.8 };
  for (const line of body.split('\n')) {
    // (an address has an "@")
    if (!line.includes('@') || /(?:sent|intended|delivered) (?:to|for)|unsubscribe|address book/i.test(line)) continue;
    const m = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/.exec(line);
    if (m && !NO_REPLY.test(m[0])) return { value: m[0], sentences: [line.trim()], confidence: 0.6 };
  }
  return null;
}
