import { describe, expect, it } from 'vitest';
import { htmlToText, parseEmail, readMessage, readRaw } from './index.js';
import { decodePastedQuotedPrintable, fixMojibake } from './clean.js';

const REJECTION = 'Thank you for applying. Unfortunately, we have decided to move forward with other candidates whose experience more closely matches our needs.';

function eml(headers: Record<string, string>, body: string): string {
  const head = Object.entries({ From: 'Talent Team <jobs@quillmark.com>', To: 'me@example.org', Subject: 'Your application', Date: 'Tue, 4 Mar 2025 10:00:00 +0000', 'MIME-Version': '1.0', ...headers })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  return `${head}\r\n\r\n${body}`;
}

describe('parseEmail', () => {
  it('decodes quoted-printable', async () => {
    const raw = eml({ 'Content-Type': 'text/plain; charset=utf-8', 'Content-Transfer-Encoding': 'quoted-printable' },
      'We won=E2=80=99t be moving forward with your application for the Copy=\r\nwriter role.=0D=0A');
    const m = await parseEmail(raw);
    expect(m.text).toContain('We won\u2019t be moving forward with your application for the Copywriter role.');
    expect(m.subject).toBe('Your application');
    expect(m.from).toBe('jobs@quillmark.com');
    expect(m.fromName).toBe('Talent Team');
  });

  it('decodes base64', async () => {
    const body = Buffer.from(REJECTION, 'utf8').toString('base64');
    const m = await parseEmail(eml({ 'Content-Type': 'text/plain; charset=utf-8', 'Content-Transfer-Encoding': 'base64' }, body));
    expect(m.text?.trim()).toBe(REJECTION);
  });

  it('decodes ISO-8859-1 and Windows-1252 bodies given as bytes', async () => {
    const latin = Buffer.concat([
      Buffer.from(eml({ 'Content-Type': 'text/plain; charset=ISO-8859-1', 'Content-Transfer-Encoding': '8bit' }, ''), 'latin1'),
      Buffer.from('Your r\u00e9sum\u00e9 was reviewed. Unfortunately you were not selected.', 'latin1'),
    ]);
    expect((await parseEmail(new Uint8Array(latin))).text).toContain('r\u00e9sum\u00e9');
    const cp1252 = Buffer.concat([
      Buffer.from(eml({ 'Content-Type': 'text/plain; charset=windows-1252', 'Content-Transfer-Encoding': '8bit' }, ''), 'latin1'),
      Buffer.from([0x57, 0x65, 0x92, 0x72, 0x65, 0x20, 0x73, 0x6f, 0x72, 0x72, 0x79, 0x2e]), // We’re sorry.
    ]);
    expect((await parseEmail(new Uint8Array(cp1252))).text).toContain('We\u2019re sorry.');
  });

  it('reads multipart and HTML-only bodies', async () => {
    const html = '<html><head><style>p{color:red}</style><script>var x=1;</script></head><body><p>Dear&nbsp;Ana,</p><p>Thank you for interviewing with us.</p><p>Unfortunately we will not be offering you the role.</p><div>We&rsquo;ll keep your CV on file for future openings.</div></body></html>';
    const raw = eml({ 'Content-Type': 'multipart/alternative; boundary="b1"' }, `--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n--b1--\r\n`);
    const m = await parseEmail(raw);
    expect(m.html).toContain('<p>');
    const r = await readRaw(raw);
    expect(r).toMatchObject({ kind: 'rejection', stage: 'interview', doorOpen: true });
    expect(r.evidence.flatMap((e) => e.sentences).join(' ')).not.toMatch(/color|var x/);
  });

  it('treats text without a header block as plain text, taking a leading Subject: line', async () => {
    const m = await parseEmail('Subject: Update on your application\n\nHi Jo,\nWe regret to inform you that you were unsuccessful.');
    expect(m.subject).toBe('Update on your application');
    expect(m.text).toContain('We regret to inform you');
    expect(await parseEmail('Just a note.')).toEqual({ text: 'Just a note.' });
  });

  it('removes control characters (a NUL encoded or raw) from every field, keeping tabs and line breaks', async () => {
    const raw = eml(
      { From: '"Talent\u0000 Team" <jobs@quillmark.com>', Subject: '=?utf-8?B?AA==?= Your application', 'Message-ID': '<a\u0000b@quillmark.com>',
        'Content-Type': 'text/plain; charset=utf-8', 'Content-Transfer-Encoding': 'base64' },
      Buffer.from(`\u0000Hello\tJo,\r\n${REJECTION}\u001b`, 'utf8').toString('base64'),
    );
    const m = await parseEmail(raw);
    expect(m).toMatchObject({ subject: 'Your application', fromName: 'Talent Team', messageId: '<ab@quillmark.com>' });
    expect(m.text?.trim()).toBe(`Hello\tJo,\r\n${REJECTION}`);
    expect((await parseEmail(eml({ Subject: '=?utf-8?B?AA==?=' }, 'Hi'))).subject).toBeUndefined();
    expect(await parseEmail('Subject: Hi\u0000\nBody\u0000 text')).toEqual({ subject: 'Hi', text: 'Body text' });
  });
});

describe('htmlToText', () => {
  it('drops style/script, keeps paragraphs, decodes entities', () => {
    const t = htmlToText('<style>.a{}</style><p>One&nbsp;&amp;&#160;two</p><p>Three&#8217;s<br>four</p><ul><li>five</li></ul>');
    expect(t).toBe('One & two\n\nThree\u2019s\nfour\n\n\u2022 five');
  });
});

describe('mail structure', () => {
  it('reads only the newest message of a reply thread', () => {
    const text = 'Thanks for letting me know, and good luck with the hire!\n\nOn Mon, 3 Mar 2025 at 09:12, Jane Park <jane@acme.io> wrote:\n> Unfortunately we have decided not to move forward with your application.\n> We will keep your CV on file.';
    expect(readMessage({ text }).kind).toBe('other');
    const outlook = 'Great, thank you for the update.\n\n-----Original Message-----\nFrom: HR\nSent: Monday\nUnfortunately you were not selected.';
    expect(readMessage({ text: outlook }).kind).toBe('other');
    const fromSent = 'Thanks, understood.\n\nFrom: Jane Park <jane@acme.io>\nSent: Monday, March 3, 2025 9:12 AM\nTo: Me\nSubject: Your application\n\nUnfortunately you were not selected.';
    expect(readMessage({ text: fromSent }).kind).toBe('other');
  });

  it('reads the forwarded message when the top is empty or just FYI', () => {
    const text = 'FYI\n\n---------- Forwarded message ---------\nFrom: Jane Park <jane.park@acme.io>\nDate: Mon, 3 Mar 2025\nSubject: Your application for Data Analyst at Acme\nTo: me@example.org\n\nHi,\n\nThank you for taking the time to interview with us. Unfortunately we have decided to move forward with another candidate.\n\nBest,\nJane Park';
    const r = readMessage({ text, subject: 'Fwd: Your application for Data Analyst at Acme' });
    expect(r).toMatchObject({ kind: 'rejection', stage: 'interview', company: 'Acme', role: 'Data Analyst', contactEmail: 'jane.park@acme.io' });
  });

  it('does not let footers and signatures trigger labels', () => {
    const text = `${REJECTION}\n\nBest,\nThe Quillmark Team\n\n--\nYou are receiving this email because you applied for a job. Unsubscribe or manage your email preferences. Please do not reply to this message; this mailbox is not monitored.\nPrivacy notice: we keep your personal data for 12 months in accordance with GDPR.\nEqual Opportunity Employer.`;
    const r = readMessage({ text });
    expect(r).toMatchObject({ kind: 'rejection', doorOpen: false, feedbackOffered: false, reasons: ['profile_mismatch'] });
  });

  it('does not guess labels for a message that is not in English', () => {
    const r = readMessage({ text: 'Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Unternehmen. Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben. Wir wünschen Ihnen für Ihre Zukunft alles Gute.\n\nMit freundlichen Grüßen\nIhr Personalteam' });
    expect(r.notEnglish).toBe(true);
    expect(r.language).toBe('de');
    expect(r.confidence).toBeLessThan(0.5);
    expect(r.feedback || r.feedbackOffered || r.doorOpen).toBe(false);
  });

  // (a guard against a hang, not a measure of speed: `npm run bench -- reader` measures that)
  it('copes with a 200 KB message', { timeout: 20_000 }, () => {
    const legal = 'This communication is confidential and intended only for the named recipient. '.repeat(2600);
    const text = `${REJECTION}\n\n${legal}`;
    expect(text.length).toBeGreaterThan(200_000);
    const r = readMessage({ text });
    expect(r.kind).toBe('rejection');
  });
});

describe('pasted-text repairs', () => {
  it('decodes quoted-printable left in a pasted text, and only then', () => {
    expect(decodePastedQuotedPrintable('after care=\nful review we=E2=80=99ve de=\ncided')).toBe('after careful review we’ve decided');
    expect(decodePastedQuotedPrintable('We=92ve decided=20\nnot to continue')).toBe('We’ve decided \nnot to continue');
    expect(decodePastedQuotedPrintable('salary = 50k, a=b and x=\nthat')).toBe('salary = 50k, a=b and x=\nthat');
  });

  it('repairs UTF-8 read as Windows-1252 and keeps real accents', () => {
    expect(fixMojibake('Weâ€™re sorry â€“ your rÃ©sumÃ©')).toBe('We’re sorry – your résumé');
    expect(fixMojibake('Zoë from São Paulo, Ärger')).toBe('Zoë from São Paulo, Ärger');
  });

  it('reads the forwarded message under a short note above an Outlook header block', () => {
    const r = readMessage({
      text: 'Forwarding for my records.\n\n________________________________\nFrom: Mia <mia@q.example>\nSent: Friday, January 17, 2025 3:05 PM\nSubject: Follow-up\n\nHi Ben,\n\nWe have decided to pursue other candidates.\n\nMia',
    });
    expect(r.kind).toBe('rejection');
  });

  it('does not read a conditional "assume you were unsuccessful" as a rejection', () => {
    const r = readMessage({
      text: 'Dear Liam,\n\nWe have received your application. If you have not heard from us within 10 working days, please assume that your application has been unsuccessful.\n\nRecruitment',
    });
    expect(r.kind).not.toBe('rejection');
  });
});
