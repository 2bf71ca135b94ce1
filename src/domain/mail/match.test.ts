import { describe, expect, it } from 'vitest';
import { canonicalMessageId, guessCompany, matchMessage, MAX_THREAD_IDS, prepareCandidates, storedMessageKeys, threadReferences, type MailFacts } from './match.js';
import { compactSimilarity, domainLabel } from './names.js';
import { isFinalRoundInvitation, proposalFor } from './proposals.js';

const apps = prepareCandidates([
  { id: 'lark', company: 'Larkspur Labs', title: 'Senior Data Scientist' },
  { id: 'quill-pa', company: 'Quillon Software GmbH', title: 'Product Analyst' },
  { id: 'quill-de', company: 'Quillon Software GmbH', title: 'Data Engineer' },
  { id: 'north', company: 'Northwind Traders, Inc.', title: 'Analytics Engineer', status: 'rejected' },
  { id: 'acme', company: 'ACME', title: 'Backend Developer', contacts: ['jo@recruit-partners.com'] },
]);
/** Filed messages, as the import builds the map per batch from the database. */
const threads = new Map([[canonicalMessageId('<first@larkspurlabs.com>') ?? '', 'lark']]);

describe('matchMessage', () => {
  const cases: { name: string; facts: MailFacts; id: string | null; min?: number; max?: number; why?: RegExp }[] = [
    { name: 'sender domain ↔ company', facts: { from: 'talent@larkspurlabs.com', subject: 'Your application' }, id: 'lark', min: 0.8, why: /sender domain larkspurlabs\.com/ },
    { name: 'subdomain and country suffix', facts: { from: 'no-reply@mail.larkspurlabs.co.uk' }, id: 'lark', min: 0.8 },
    { name: 'thread reply beats everything', facts: { from: 'someone@gmail.com', inReplyTo: '<first@larkspurlabs.com>' }, id: 'lark', min: 1, why: /thread/ },
    { name: 'thread: References, no brackets, domain in capitals', facts: { from: 'someone@gmail.com', references: '<a@x.example> first@LarkspurLabs.COM' }, id: 'lark', min: 1, why: /thread/ },
    { name: 'thread: the local part keeps its case', facts: { from: 'someone@gmail.com', inReplyTo: '<FIRST@larkspurlabs.com>' }, id: null },
    { name: 'ATS domain: the display name decides', facts: { from: 'no-reply@greenhouse.io', fromName: 'Larkspur Labs Recruiting' }, id: 'lark', min: 0.75, why: /sender name/ },
    { name: 'ATS domain alone matches nothing', facts: { from: 'no-reply@greenhouse.io', fromName: 'Greenhouse' }, id: null },
    { name: 'gmail recruiter, company named by the reader', facts: { from: 'jane.doe@gmail.com', company: 'Larkspur Labs Inc.' }, id: 'lark', min: 0.8 },
    { name: 'legal suffix and a typo are forgiven', facts: { from: 'x@gmail.com', company: 'Quilon Software' , role: 'Product Analyst' }, id: 'quill-pa', min: 0.7 },
    { name: 'the role picks between two applications at one company', facts: { from: 'hr@quillonsoftware.de', role: 'Data Engineer' }, id: 'quill-de', min: 0.8, why: /role "Data Engineer" matches/ },
    { name: 'the subject picks the role when the reader found none', facts: { from: 'hr@quillon-software.de', subject: 'Your Product Analyst application' }, id: 'quill-pa', min: 0.8 },
    { name: 'two equal candidates lower the score', facts: { from: 'hr@quillonsoftware.de', subject: 'Thank you' }, id: 'quill-pa', max: 0.65, why: /as likely/ },
    { name: 'an ended application is matched less eagerly', facts: { from: 'careers@northwind.com', company: 'Northwind Traders' }, id: 'north', why: /already ended/ },
    { name: 'a known contact', facts: { from: 'Jo@recruit-partners.com' }, id: 'acme', min: 0.85 },
    { name: 'mention in the body', facts: { from: 'a@b-partners.com', body: 'We are writing about your application at Larkspur Labs.' }, id: 'lark', min: 0.6 },
    { name: 'nothing in common', facts: { from: 'news@medium.com', subject: 'Top stories for you' }, id: null },
  ];
  it.each(cases)('$name', ({ facts, id, min, max, why }) => {
    const r = matchMessage(facts, apps, threads);
    expect(r.applicationId).toBe(id);
    if (min !== undefined) expect(r.score).toBeGreaterThanOrEqual(min);
    if (max !== undefined) expect(r.score).toBeLessThanOrEqual(max);
    if (why) expect(r.why.join(' | ')).toMatch(why);
    expect(r.score).toBeLessThanOrEqual(1);
  });
});

describe('Message-IDs', () => {
  it.each([
    ['<abc@Mail.Example.COM>', '<abc@mail.example.com>'],
    ['  abc@mail.example.com ', '<abc@mail.example.com>'],
    ['<<AbC.12@X.io>>', '<AbC.12@x.io>'],
    ['no-domain', '<no-domain>'],
    ['', null],
    ['<>', null],
  ])('canonicalMessageId(%j) = %j', (id, expected) => {
    expect(canonicalMessageId(id)).toBe(expected);
  });
  it('looks a message up under its canonical key and as written before', () => {
    expect(storedMessageKeys('<A@X.IO>')).toEqual(['<A@x.io>', '<A@X.IO>']);
    expect(storedMessageKeys('a@x.io')).toEqual(['<a@x.io>']);
    expect(storedMessageKeys(undefined)).toEqual([]);
  });
  it('thread references: In-Reply-To first, then the newest References, bounded', () => {
    const refs = Array.from({ length: 100 }, (_, i) => `<r${i}@x.io>`).join(' ');
    const ids = threadReferences({ inReplyTo: '<p@x.io>', references: `${refs} <p@x.io>` });
    expect(ids[0]).toBe('<p@x.io>');
    expect(ids).toHaveLength(MAX_THREAD_IDS);
    expect(ids.at(-1)).toBe('<r99@x.io>');
  });
});

describe('names', () => {
  it.each([
    ['talent@larkspurlabs.com', 'larkspurlabs'],
    ['a@jobs.example.co.uk', 'example'],
    ['a@x.io', 'x'],
    ['nobody', null],
  ])('domainLabel(%s) = %s', (addr, label) => {
    expect(domainLabel(addr)?.label ?? null).toBe(label);
  });
  it.each([
    ['larkspurlabs', 'larkspurlabs', 1],
    ['larkspur', 'larkspurlabs', 0.9],
    ['quilonsoftware', 'quillonsoftware', 0.93],
    ['acme', 'zenith', 0],
  ] as const)('compactSimilarity(%s, %s) ≈ %s', (a, b, v) => {
    expect(compactSimilarity(a, b)).toBeCloseTo(v, 1);
  });
});

describe('guessCompany', () => {
  it.each([
    [{ company: 'Brightwave' }, 'Brightwave'],
    [{ company: 'Copperwave GmbH. We' }, 'Copperwave GmbH'],
    [{ from: 'no-reply@lever.co', fromName: 'Brightwave Hiring Team' }, 'Brightwave'],
    [{ from: 'jobs@brightwave.io' }, 'Brightwave'],
    [{ from: 'someone@gmail.com' }, null],
  ] as [MailFacts, string | null][])('%j → %s', (facts, expected) => {
    expect(guessCompany(facts)).toBe(expected);
  });
});

describe('proposalFor', () => {
  it.each([
    ['rejection', { action: 'stage', stage: 'rejected' }],
    ['interview_invite', { action: 'stage', stage: 'interview' }],
    ['assessment_invite', { action: 'stage', stage: 'assessment' }],
    ['application_received', { action: 'stage', stage: 'applied' }],
    ['offer', { action: 'stage', stage: 'offer' }],
    ['on_hold', { action: 'note' }],
    ['other', { action: 'skip', reason: 'not_job_mail' }],
  ] as const)('%s → %j', (kind, expected) => {
    expect(proposalFor(kind)).toEqual(expected);
  });
  it('says when a message was skipped for its language', () => {
    expect(proposalFor('other', true)).toEqual({ action: 'skip', reason: 'not_english' });
  });
});

describe('two applications at one company with the same title', () => {
  const facts: MailFacts = { from: 'talent@larkspurlabs.com', subject: 'Your application: Data Analyst', company: 'Larkspur Labs', role: 'Data Analyst' };
  it.each(['rejected', 'withdrawn', 'ghosted', 'accepted'])('prefers the open one over one that was %s, in either order', (ended) => {
    for (const order of [0, 1]) {
      const both = [
        { id: 'old', company: 'Larkspur Labs', title: 'Data Analyst', status: ended },
        { id: 'open', company: 'Larkspur Labs', title: 'Data Analyst', status: 'interview' },
      ];
      const r = matchMessage(facts, prepareCandidates(order === 0 ? both : [...both].reverse()));
      expect(r.applicationId).toBe('open');
      expect(r.why.join(' | ')).not.toMatch(/as likely/);
    }
  });
  it('still files a thread reply under the ended one it belongs to', () => {
    const index = prepareCandidates([
      { id: 'old', company: 'Larkspur Labs', title: 'Data Analyst', status: 'ghosted' },
      { id: 'open', company: 'Larkspur Labs', title: 'Data Analyst', status: 'applied' },
    ]);
    const filed = new Map([[canonicalMessageId('<old@larkspurlabs.com>') ?? '', 'old']]);
    expect(matchMessage({ ...facts, inReplyTo: '<old@larkspurlabs.com>' }, index, filed).applicationId).toBe('old');
  });
});

describe('final-round invitations', () => {
  it.each([
    ['Final round interview: Data Analyst', 'We would like to invite you to the next step.', true],
    ['Next steps', 'Thanks for the technical interview. We would love to invite you to a final interview with our CEO on Thursday.', true],
    ['Invitation', 'You are through to the last stage: a panel with the head of data.', true],
    ['Invitation', 'We would like to invite you to the final-round panel next week.', true],
    ['Interview invitation', 'We would like to invite you to an interview for the Data Analyst role.', false],
    ['Interview invitation', 'This is not the final round; there will be a case study after it.', false],
    ['Interview invitation', 'We would like to invite you to a first interview.\n\nOn 3 Nov, Alex wrote:\n> Is there a final round as well?', false],
    ['Interview invitation', 'Please pick a slot.\n> Looking forward to the final interview', false],
  ])('%s / %j → %s', (subject, body, expected) => {
    expect(isFinalRoundInvitation(subject, body)).toBe(expected);
  });
  it('an interview invitation to the final round is proposed as final', () => {
    expect(proposalFor('interview_invite', false, { finalRound: true })).toEqual({ action: 'stage', stage: 'final' });
    expect(proposalFor('rejection', false, { finalRound: true })).toEqual({ action: 'stage', stage: 'rejected' });
  });
});
