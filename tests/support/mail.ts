/** Builders for raw mail and mailboxes, for mail-import tests and the mail benchmark. */

export interface EmailInput {
  from?: string;
  fromName?: string;
  to?: string;
  subject?: string;
  body?: string;
  html?: string;
  /** Left out when null: a message without a Message-ID. */
  messageId?: string | null;
  date?: string;
  inReplyTo?: string;
  /** A References header, as written (full ids with their brackets). */
  references?: string;
  encoding?: '7bit' | 'base64' | 'quoted-printable';
}

let n = 0;

function qp(text: string): string {
  return Buffer.from(text, 'utf8')
    .toString('latin1')
    .split('\n')
    .map((line) =>
      line
        .replace(/[=\u0080-\u00ff]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
        .replace(/(.{70})/g, '$1=\n'),
    )
    .join('\n');
}

function encodeBody(text: string, encoding: EmailInput['encoding']): string {
  if (encoding === 'base64') return Buffer.from(text, 'utf8').toString('base64').replace(/(.{76})/g, '$1\n');
  if (encoding === 'quoted-printable') return qp(text);
  return text;
}

/** One RFC 5322 message with sensible defaults (LF line ends). */
export function buildEmail(input: EmailInput = {}): string {
  n += 1;
  const from = input.from ?? 'talent@example.com';
  const encoding = input.encoding ?? '7bit';
  const headers = [
    `From: ${input.fromName ? `"${input.fromName}" <${from}>` : from}`,
    `To: ${input.to ?? 'me@example.net'}`,
    `Subject: ${input.subject ?? `Message ${n}`}`,
    `Date: ${new Date(input.date ?? '2026-11-10T09:00:00Z').toUTCString()}`,
  ];
  if (input.messageId !== null) headers.push(`Message-ID: <${input.messageId ?? `m${n}.${Date.now()}`}@mail.test>`);
  if (input.inReplyTo) headers.push(`In-Reply-To: <${input.inReplyTo}@mail.test>`);
  if (input.references) headers.push(`References: ${input.references}`);
  headers.push('MIME-Version: 1.0');
  if (input.html !== undefined) {
    headers.push(`Content-Type: text/html; charset=utf-8`, `Content-Transfer-Encoding: ${encoding}`);
    return `${headers.join('\n')}\n\n${encodeBody(input.html, encoding)}\n`;
  }
  headers.push('Content-Type: text/plain; charset=utf-8', `Content-Transfer-Encoding: ${encoding}`);
  return `${headers.join('\n')}\n\n${encodeBody(input.body ?? 'Hello.', encoding)}\n`;
}

/** Body lines starting with "From " are quoted (mboxrd), as mail clients write them. */
export function mboxEntry(raw: string, sender = 'MAILER-DAEMON', date = 'Tue Nov 10 09:00:00 2026'): string {
  return `From ${sender} ${date}\n${raw.replace(/^(>*From )/gm, '>$1')}\n`;
}

export function toMbox(raws: readonly string[]): string {
  return raws.map((r) => mboxEntry(r)).join('');
}

export const SAMPLE_TEXTS = {
  rejection: (company: string, role: string) =>
    `Dear Alex,\n\nThank you for your interest in the ${role} position at ${company} and for the time you spent interviewing with our team.\n\nAfter careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs.\n\nWe wish you the best of luck in your job search.\n\nKind regards,\nThe ${company} Recruiting Team`,
  interview: (company: string, role: string) =>
    `Hi Alex,\n\nThanks for applying for the ${role} role at ${company}. We were impressed with your background and would like to invite you to an interview with our hiring manager.\n\nPlease use the link below to pick a time that works for you next week.\n\nBest,\nSam from ${company}`,
  received: (company: string, role: string) =>
    `Hi Alex,\n\nThank you for applying to the ${role} position at ${company}. We have received your application and our team will review it shortly. If your experience matches what we are looking for, we will be in touch.\n\nBest regards,\n${company} Talent Acquisition`,
  assessment: (company: string, role: string) =>
    `Hello Alex,\n\nAs the next step for the ${role} role at ${company}, we would like you to complete a take-home coding assessment. You will receive a link to the HackerRank test; please complete it within 5 days.\n\nThanks,\n${company} Hiring`,
  newsletter: () =>
    `This week in tech: ten articles you should read.\n\n1. Why Rust is eating the world\n2. A guide to remote work\n\nYou are receiving this because you subscribed. Unsubscribe here.`,
};
