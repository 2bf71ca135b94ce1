/**
 * Drafts for the agenda: a thank-you after an interview, a follow-up on an
 * application with no news, a reconnect with a company or a person. Each
 * greets people by first name, names only what is on the timeline (the real
 * date of an interview, the day you applied), and comes with a short
 * variant that fits a LinkedIn message.
 */
import { firstName } from './contacts.js';

export interface Person {
  name: string;
  email: string | null;
}

export interface NetworkDraft {
  to: Person[];
  subject: string;
  body: string;
  /** At most LINKEDIN_LIMIT characters. */
  linkedin: string;
}

/** LinkedIn caps a connection note at 300 characters. */
export const LINKEDIN_LIMIT = 300;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Tuesday 1 December" (a day, read as a calendar day). */
export function spokenDay(day: string, withWeekday = true): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
  return `${withWeekday ? `${weekday} ` : ''}${d} ${MONTHS[m - 1] ?? ''}`;
}

/** "Ana", "Ana and Ben", "Ana, Ben and Chloé"; "" for nobody. */
export function greetingNames(people: readonly Person[]): string {
  const names = [...new Set(people.map((p) => firstName(p.name)).filter(Boolean))];
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

function greeting(people: readonly Person[]): string {
  const names = greetingNames(people);
  return names ? `Hi ${names},` : 'Hello,';
}

function signed(body: string, yourName: string): string {
  const name = yourName.trim();
  return name ? `${body}\n\nBest wishes,\n${name}` : `${body}\n\nBest wishes`;
}

function short(text: string): string {
  if (text.length <= LINKEDIN_LIMIT) return text;
  const cut = text.slice(0, LINKEDIN_LIMIT - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 0)).replace(/[,;:\s]+$/, '')}…`;
}

const INTERVIEW_WORDS: Record<string, string> = {
  recruiter_screen: 'call',
  technical: 'technical interview',
  behavioural: 'interview',
  panel: 'panel interview',
  case: 'case interview',
  presentation: 'presentation',
  onsite: 'on-site interview',
};

export interface ThankYouFacts {
  people: Person[];
  company: string;
  title: string;
  /** The day of the interview, as on the timeline. */
  interviewOn: string;
  interviewType: string | null;
  stage: string;
  yourName: string;
}

/** A thank-you for an interview that is on the timeline, naming its real day. */
export function thankYouDraft(f: ThankYouFacts): NetworkDraft {
  const what = f.stage === 'screen' ? 'call' : (INTERVIEW_WORDS[f.interviewType ?? ''] ?? 'interview');
  const when = spokenDay(f.interviewOn);
  const body = signed(
    `${greeting(f.people)}\n\nThank you for your time on ${when} for the ${what} about the ${f.title} role at ${f.company}. ` +
      `I enjoyed the conversation and came away even more interested in the work.\n\n` +
      `If anything else would help you, I am glad to send it.`,
    f.yourName,
  );
  const names = greetingNames(f.people);
  return {
    to: f.people,
    subject: `Thank you — ${f.title} ${what}`,
    body,
    linkedin: short(`${names ? `Hi ${names}, t` : 'T'}hank you for the ${what} on ${when} about the ${f.title} role at ${f.company}. I enjoyed our conversation and would be glad to stay in touch.`),
  };
}

export interface FollowUpFacts {
  people: Person[];
  company: string;
  title: string;
  /** The last step on the timeline and its day. */
  lastStage: string;
  lastOn: string;
  appliedOn: string | null;
  yourName: string;
}

const CONVERSATION_STAGES = ['screen', 'assessment', 'interview', 'final'];

/** A polite nudge on an application with no news, naming only the last real step. */
export function followUpDraft(f: FollowUpFacts): NetworkDraft {
  const since = CONVERSATION_STAGES.includes(f.lastStage)
    ? `Following our ${f.lastStage === 'assessment' ? 'assessment' : 'conversation'} on ${spokenDay(f.lastOn)} about the ${f.title} role, I wanted to ask where things stand.`
    : f.appliedOn
      ? `I applied for the ${f.title} role at ${f.company} on ${spokenDay(f.appliedOn)} and wanted to ask where things stand.`
      : `I wanted to ask where things stand with the ${f.title} role at ${f.company}.`;
  const body = signed(`${greeting(f.people)}\n\n${since} I am still very interested, and happy to share anything that helps.\n\nThank you for your time.`, f.yourName);
  const names = greetingNames(f.people);
  return {
    to: f.people,
    subject: `${f.title} — checking in`,
    body,
    linkedin: short(`${names ? `Hi ${names}, ` : ''}${since} I am still very interested. Thank you!`),
  };
}

export interface ReconnectFacts {
  people: Person[];
  company: string;
  /** The role you were turned down for, when the reconnect follows a rejection. */
  title: string | null;
  rejectedOn: string | null;
  yourName: string;
}

/** A friendly hello some months after a "no" that left the door open. */
export function reconnectDraft(f: ReconnectFacts): NetworkDraft {
  const back = f.title && f.rejectedOn
    ? `We were in touch about the ${f.title} role, and you kindly said the door was open for future roles.`
    : `I am still keen on ${f.company} and would love to hear about future roles.`;
  const body = signed(
    `${greeting(f.people)}\n\nI hope things are going well at ${f.company}. ${back} ` +
      `I have kept learning since then and would be glad to hear if a role that fits comes up.\n\nThank you, and I hope to speak again.`,
    f.yourName,
  );
  const names = greetingNames(f.people);
  return {
    to: f.people,
    subject: `Keeping in touch — ${f.company}`,
    body,
    linkedin: short(`${names ? `Hi ${names}, ` : ''}I hope all is well at ${f.company}. ${back} I would be glad to hear if a role that fits comes up.`),
  };
}

export interface TouchFacts {
  person: Person;
  company: string | null;
  /** The last interaction logged, if any: what it was (in words) and its day. */
  last: { kind: string; on: string } | null;
  yourName: string;
}

/** A stay-in-touch note, mentioning the last contact only when it was logged. */
export function stayInTouchDraft(f: TouchFacts): NetworkDraft {
  const since = f.last ? `It has been a while since our ${f.last.kind.toLowerCase()} on ${spokenDay(f.last.on, false)}, and I wanted to say hello.` : 'I wanted to say hello and see how you are.';
  const body = signed(`${greeting([f.person])}\n\n${since} How are things${f.company ? ` at ${f.company}` : ''}?\n\nI would love to catch up when you have a moment.`, f.yourName);
  return {
    to: [f.person],
    subject: 'Catching up',
    body,
    linkedin: short(`Hi ${firstName(f.person.name)}, ${since.charAt(0).toLowerCase()}${since.slice(1)} Would love to catch up when you have a moment.`),
  };
}
