import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { buildEml, encodeWords, quotedPrintable, rfc5322Date } from './eml.js';

const body = 'Hi Zoë,\n\nThank you for the interview on 12 November — it meant a lot.\n' + 'A long line '.repeat(20) + '\nPrice = 5 ';

describe('buildEml', () => {
  const eml = buildEml({
    from: { name: 'Sam Rivera', address: 'sam@example.com' },
    to: { name: 'Zoë Müller', address: 'zoe@example.org' },
    subject: 'Feedback on my Data Analyst interview — Café Zürich, with a subject long enough to fold',
    body,
    date: '2026-11-12T09:30:00Z',
  });

  it('has the headers an unsent draft needs, with CRLF line endings', () => {
    expect(eml).toContain('MIME-Version: 1.0\r\n');
    expect(eml).toContain('Content-Type: text/plain; charset=utf-8\r\n');
    expect(eml).toContain('Content-Transfer-Encoding: quoted-printable\r\n');
    expect(eml).toContain('X-Unsent: 1\r\n');
    expect(eml).toContain('Date: Thu, 12 Nov 2026 09:30:00 +0000\r\n');
    expect(eml).toMatch(/^Subject: =\?UTF-8\?B\?/m);
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    expect([...eml].every((c) => c.charCodeAt(0) < 128)).toBe(true);
  });

  it('round-trips through a real MIME parser', async () => {
    const parsed = await PostalMime.parse(eml);
    expect(parsed.subject).toBe('Feedback on my Data Analyst interview — Café Zürich, with a subject long enough to fold');
    expect(parsed.from?.address).toBe('sam@example.com');
    expect(parsed.to?.[0]).toMatchObject({ name: 'Zoë Müller', address: 'zoe@example.org' });
    expect(parsed.text?.replace(/\r\n/g, '\n').replace(/\n$/, '')).toBe(body);
    expect(parsed.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
  });

  it('leaves out From and To when not given and keeps plain ASCII subjects readable', async () => {
    const plain = buildEml({ subject: 'Request for feedback', body: 'Hello,', date: new Date(Date.UTC(2026, 0, 5)) });
    expect(plain).not.toMatch(/^(From|To):/m);
    expect(plain).toContain('Subject: Request for feedback\r\n');
    expect((await PostalMime.parse(plain)).text?.trim()).toBe('Hello,');
  });

  it('strips line breaks from headers so nothing can be injected', () => {
    const eml2 = buildEml({ to: 'a@example.com\r\nBcc: x@example.com', subject: 'Hi\r\nBcc: y@example.com', body: '', date: '2026-11-12' });
    expect(eml2).not.toMatch(/^Bcc:/m);
  });

  it('explains a bad date', () => {
    expect(() => buildEml({ subject: 's', body: 'b', date: 'someday' })).toThrow(/valid date/);
  });
});

describe('encoding helpers', () => {
  it.each([
    ['plain', 'plain'],
    ['a=b', 'a=3Db'],
    ['café', 'caf=C3=A9'],
    ['ends with space ', 'ends with space=20'],
    ['line\nbreak', 'line\r\nbreak'],
  ])('quotedPrintable(%j)', (input, output) => {
    expect(quotedPrintable(input)).toBe(output);
  });

  it('never splits a character across encoded-words', () => {
    const words = encodeWords('ü'.repeat(40) + '🚀'.repeat(20));
    for (const w of words) expect(w.length).toBeLessThanOrEqual(75);
    const decoded = words.map((w) => Buffer.from(w.slice(10, -2), 'base64').toString('utf8')).join('');
    expect(decoded).toBe('ü'.repeat(40) + '🚀'.repeat(20));
  });

  it('formats dates per RFC 5322', () => {
    expect(rfc5322Date(new Date(Date.UTC(2026, 1, 3, 4, 5, 6)))).toBe('Tue, 3 Feb 2026 04:05:06 +0000');
  });
});
