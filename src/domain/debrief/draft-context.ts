/**
 * What every draft needs from its input: cleaned names, the role phrase,
 * a readable date, greetings and sign-offs, and the LinkedIn squeeze.
 */
import { formatDayMonth } from './dates.js';
import { greetingName, type FeedbackOffer } from './draft-facts.js';
import type { FeedbackQuestionId } from './draft-questions.js';
import { GREETINGS, LINKEDIN, LINKEDIN_MAX, SIGN_OFFS, type ContactDepth, type Recipient, type Tone } from './draft-texts.js';
import { hadConversation, type StageReached } from './stage-reached.js';
import { charLength, cleanText, fillTemplate, truncateText } from './text.js';

export interface DraftBaseInput {
  applicantName: string;
  contactName?: string | null;
  recipient: Recipient;
  company: string;
  roleTitle: string;
  stageReached: StageReached;
  /**
   * ISO `YYYY-MM-DD` of the conversation to thank them for; ignored at the
   * application stage or when not a real date. Take it from `draftInterviewDate`,
   * so that it is the day of a real event of the stage reached, or null.
   */
  lastInterviewDate?: string | null;
  tone: Tone;
  /** The employer offered feedback (a call, or in any form): the draft takes up the offer (`feedbackOfferFrom`). */
  offer?: FeedbackOffer | null;
}

export interface FeedbackRequestInput extends DraftBaseInput {
  /** Two or three ids; invalid ones are dropped and the stage defaults fill the gap. */
  questionIds: readonly FeedbackQuestionId[];
}

export interface Draft {
  subject: string;
  body: string;
  /** At most 300 characters. */
  linkedin: string;
}

export interface DraftContext {
  tone: Tone;
  recipient: Recipient;
  stage: StageReached;
  depth: ContactDepth;
  applicant: string;
  /** The name to greet by: a first name, or the full name in formal drafts (see `greetingName`). */
  contact: string;
  company: string;
  roleTitle: string;
  /** "12 November", or "" when there is no usable date. */
  date: string;
  offer: FeedbackOffer | null;
}

const ROLE_NOUN = /\b(role|position|job|post|internship|programme|program|placement|opening|vacancy|traineeship)$/i;

/** "the Data Analyst role"; "the Graduate Programme" when the title already names the kind of post. */
export function rolePhrase(roleTitle: string, maxLength = Infinity): string {
  const title = truncateText(roleTitle, maxLength);
  const bare = title.replace(/^the\s+/i, '');
  return ROLE_NOUN.test(bare) ? `the ${bare}` : `the ${bare} role`;
}

/** Problems that stop a draft from being written, in words a person can act on. */
export function draftInputProblems(input: DraftBaseInput): string[] {
  const problems: string[] = [];
  if (cleanText(input.company) === '') problems.push('Add the company name so the message says who it is for.');
  if (cleanText(input.roleTitle) === '') problems.push('Add the role title so the message says which role it is about.');
  return problems;
}

export function draftContext(input: DraftBaseInput): DraftContext {
  const problems = draftInputProblems(input);
  if (problems.length > 0) throw new Error(problems.join(' '));
  const stage = input.stageReached;
  const date = stage === 'application' ? null : formatDayMonth(input.lastInterviewDate);
  return {
    tone: input.tone,
    recipient: input.recipient,
    stage,
    depth: hadConversation(stage) ? 'talked' : 'early',
    applicant: cleanText(input.applicantName),
    contact: greetingName(input.contactName, input.tone),
    company: cleanText(input.company),
    roleTitle: cleanText(input.roleTitle),
    date: date ?? '',
    offer: input.offer ?? null,
  };
}

/** Slot values for the email templates. */
export function slots(ctx: DraftContext, extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  return {
    role: rolePhrase(ctx.roleTitle),
    roleTitle: ctx.roleTitle,
    company: ctx.company,
    date: ctx.date,
    name: ctx.contact,
    ...extra,
  };
}

export function greeting(ctx: DraftContext): string {
  const g = GREETINGS[ctx.tone];
  return ctx.contact ? fillTemplate(g.named, { name: ctx.contact }) : g.anonymous[ctx.recipient];
}

export function signOff(ctx: DraftContext): string {
  return ctx.applicant ? `${SIGN_OFFS[ctx.tone]},\n${ctx.applicant}` : SIGN_OFFS[ctx.tone];
}

/** "a, b and c" */
export function joinPhrases(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases.join('');
  return `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1) ?? ''}`;
}

export interface LinkedinShape {
  /** Builds the message from the (possibly shortened) parts. */
  compose(parts: LinkedinParts): string;
  asks: readonly string[];
}

export interface LinkedinParts {
  greeting: string;
  role: string;
  company: string;
  date: string;
  asks: readonly string[];
  withClose: boolean;
  signOff: string;
}

/**
 * Squeezes a LinkedIn message under 300 characters, giving things up in
 * order of least value: the closing line, the third and second questions, the date, then
 * shortened role and company, and long names; a final trim is the safety net.
 */
export function fitLinkedin(ctx: DraftContext, shape: LinkedinShape): string {
  const lg = LINKEDIN.greeting[ctx.tone];
  const build = (o: { close: boolean; asks: number; date: boolean; role: number; company: number; name: number }): string => {
    // A name is never cut: past the limit the greeting turns anonymous and the
    // sign-off goes (LinkedIn shows the sender anyway).
    const name = charLength(ctx.contact) <= o.name ? ctx.contact : '';
    const applicant = charLength(ctx.applicant) <= o.name ? ctx.applicant : '';
    return shape.compose({
      greeting: name ? fillTemplate(lg.named, { name }) : lg.anonymous,
      role: rolePhrase(ctx.roleTitle, o.role),
      company: truncateText(ctx.company, o.company),
      date: o.date ? ctx.date : '',
      asks: shape.asks.slice(0, o.asks),
      withClose: o.close,
      signOff: applicant ? fillTemplate(LINKEDIN.signOff[ctx.tone], { name: applicant }) : '',
    });
  };
  const all = shape.asks.length;
  const attempts = [
    { close: true, asks: all, date: true, role: 80, company: 60, name: 40 },
    { close: false, asks: all, date: true, role: 80, company: 60, name: 40 },
    { close: true, asks: 2, date: true, role: 80, company: 60, name: 40 },
    { close: false, asks: 2, date: true, role: 80, company: 60, name: 40 },
    { close: false, asks: 1, date: true, role: 80, company: 60, name: 40 },
    { close: false, asks: 1, date: false, role: 60, company: 40, name: 30 },
    { close: false, asks: 1, date: false, role: 40, company: 30, name: 24 },
    { close: false, asks: 1, date: false, role: 24, company: 20, name: 16 },
  ];
  for (const attempt of attempts) {
    const text = build(attempt).replace(/…\./g, '…');
    if (text.length <= LINKEDIN_MAX) return text;
  }
  const last = attempts.at(-1) ?? { close: false, asks: 1, date: false, role: 24, company: 20, name: 16 };
  // truncateText counts code points; slicing by UTF-16 length keeps a surrogate pair whole.
  let text = truncateText(build(last).replace(/…\./g, '…'), LINKEDIN_MAX);
  while (text.length > LINKEDIN_MAX) text = truncateText(text, Array.from(text).length - 1);
  return text;
}
