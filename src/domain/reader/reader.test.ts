import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { EXAMPLES, type Example } from './examples.fixture.js';
import { EXAMPLES_BLIND_1 } from './examples-blind-1.fixture.js';
import { EXAMPLES_BLIND_2 } from './examples-blind-2.fixture.js';
import { EXAMPLES_BLIND_3 } from './examples-blind-3.fixture.js';
import { EXAMPLES_BLIND_4 } from './examples-blind-4.fixture.js';
import { EXAMPLES_BLIND_5 } from './examples-blind-5.fixture.js';
import { EXAMPLES_BLIND_6 } from './examples-blind-6.fixture.js';
import { EXAMPLES_BLIND_7 } from './examples-blind-7.fixture.js';
import { EXAMPLES_BLIND_8 } from './examples-blind-8.fixture.js';
import { EXAMPLES_BLIND_9 } from './examples-blind-9.fixture.js';
import { normaliseText } from './clean.js';
import { looksLikeHtml } from './html.js';
import { looksLikeMime, readMessage, readText } from './index.js';

/** blind batches: written before looking at the rules, then used to fix misses in a general way */
const BLIND_BATCHES: readonly (readonly Example[])[] = [
  EXAMPLES_BLIND_1,
  EXAMPLES_BLIND_2,
  EXAMPLES_BLIND_3,
  EXAMPLES_BLIND_4,
  EXAMPLES_BLIND_5,
  EXAMPLES_BLIND_6,
  EXAMPLES_BLIND_7,
  EXAMPLES_BLIND_8,
  EXAMPLES_BLIND_9,
];
const ALL_EXAMPLES: readonly Example[] = [...EXAMPLES, ...BLIND_BATCHES.flat()];

/** A raw mail (headers) goes through the CLI's path (MIME parsing); anything else straight to readMessage. */
async function read(e: Example) {
  return looksLikeMime(e.text) ? readText(e.text, e.subject) : readMessage({ text: e.text, subject: e.subject, from: e.from });
}

async function reportOn(examples: readonly Example[]) {
  const got = await Promise.all(examples.map(read));
  return evaluate(examples.map((e, i) => ({ expected: { ...e }, got: got[i]! })));
}

describe('readMessage on the team’s labelled examples', { timeout: 60_000 }, () => {
  it('gives the same labels through the CLI path (readText) as through readMessage', async () => {
    const key = (r: Awaited<ReturnType<typeof read>>) => [r.kind, r.stage, [...r.reasons].sort(), r.feedback, r.feedbackOffered, r.doorOpen];
    for (const e of ALL_EXAMPLES) {
      if (e.from || looksLikeMime(e.text)) continue;
      expect([e.id, ...key(await readText(e.text, e.subject))]).toEqual([e.id, ...key(readMessage({ text: e.text, subject: e.subject }))]);
    }
  });

  it.each(EXAMPLES.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    const r = readMessage({ text: e.text, subject: e.subject, from: e.from });
    expect({ kind: r.kind, stage: r.stage, reasons: [...r.reasons].sort() }).toEqual({
      kind: e.kind,
      stage: e.stage,
      reasons: [...e.reasons].sort(),
    });
    expect({ feedback: r.feedback, feedbackOffered: r.feedbackOffered, doorOpen: r.doorOpen }).toEqual({
      feedback: e.feedback,
      feedbackOffered: e.feedbackOffered,
      doorOpen: e.doorOpen,
    });
    if (e.company) expect(r.company).toBe(e.company);
    if (e.role) expect(r.role).toBe(e.role);
    if (e.contactName) expect(r.contactName).toBe(e.contactName);
  });

  it('reads the company every labelled example names (subject, body or signature line)', () => {
    for (const e of ALL_EXAMPLES) {
      if (!e.company || e.from || looksLikeMime(e.text)) continue;
      expect([e.id, readMessage({ text: e.text, subject: e.subject }).company]).toEqual([e.id, e.company]);
    }
    // a template signature "[Job Title], [Company Name]" is no company
    expect(readMessage({ text: EXAMPLES_BLIND_9.find((e) => e.id === 'b9-33')?.text ?? '' }).company).toBeNull();
  });

  it('has unique example ids across all sets', () => {
    const ids = ALL_EXAMPLES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('meets the quality targets in aggregate on all own examples', async () => {
    const report = await reportOn(ALL_EXAMPLES);
    expect(report.kindAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(report.stageAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.reasonsMicroF1).toBeGreaterThanOrEqual(0.95);
    expect(report.reasonsExactSet).toBeGreaterThanOrEqual(0.93);
    expect(report.feedbackAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(report.doorOpenAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it.each(BLIND_BATCHES.map((b, i) => [i + 1, b] as const))('meets the hidden-set targets on blind batch %i', async (_n, batch) => {
    const report = await reportOn(batch);
    expect(report.kindAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.stageAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.reasonsMicroF1).toBeGreaterThanOrEqual(0.9);
    expect(report.reasonsExactSet).toBeGreaterThanOrEqual(0.8);
    expect(report.feedbackAccuracy).toBeGreaterThanOrEqual(0.93);
    expect(report.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.93);
    expect(report.doorOpenAccuracy).toBeGreaterThanOrEqual(0.93);
  });

  it('gives evidence sentences for every label it sets', () => {
    for (const e of ALL_EXAMPLES) {
      const r = readMessage({ text: e.text, subject: e.subject });
      const labels = r.evidence.map((x) => `${x.label}:${x.value}`);
      expect(labels).toContain(`kind:${r.kind}`);
      if (r.stage) expect(labels).toContain(`stage:${r.stage}`);
      for (const reason of r.reasons) expect(labels).toContain(`reason:${reason}`);
      for (const flag of ['feedback', 'feedbackOffered', 'doorOpen'] as const) {
        if (r[flag]) expect(labels).toContain(`${flag}:true`);
      }
      for (const ev of r.evidence) {
        expect(ev.confidence).toBeGreaterThanOrEqual(0);
        expect(ev.confidence).toBeLessThanOrEqual(1);
        if (ev.label !== 'kind' || r.kind !== 'other') expect(ev.sentences.length).toBeGreaterThan(0);
        const plain = !looksLikeHtml(e.text) && !looksLikeMime(e.text);
        // the cleaned text (quoted-printable, mojibake and entities decoded, "> " quoting removed), line wraps as spaces
        const source = normaliseText(`${e.subject ?? ''}\n${e.text}`)
          .replace(/^[ \t]*>[ \t]?/gm, '')
          .replace(/\s+/g, ' ');
        for (const s of ev.sentences) if (plain && ev.label !== 'contactEmail' && ev.label !== 'company') expect(source).toContain(s.replace(/\s+/g, ' '));
      }
    }
  });
});

describe('negations and boilerplate', () => {
  const cases: [string, string, Partial<Record<'feedback' | 'feedbackOffered' | 'doorOpen', boolean>>][] = [
    ['refused feedback is not an offer', 'Unfortunately we will not move forward. We are unable to provide individual feedback to applicants.', { feedbackOffered: false }],
    ['feedback will not be shared', 'We have decided to pursue other candidates. Feedback on applications will not be shared.', { feedbackOffered: false }],
    ['a survey asking for the candidate’s feedback is not an offer', 'We will not be progressing your application. How did we do? Please share your feedback on our hiring process in this short survey.', { feedbackOffered: false }],
    ['an explicit offer', 'We will not be progressing your application, but if you would like feedback, please reply and I will arrange a call.', { feedbackOffered: true }],
    ['a refusal to keep the CV', 'We regret that you were not selected. We will not keep your CV on file after this process.', { doorOpen: false }],
    ['a GDPR retention notice is not a door', 'You were not selected for this role. In accordance with GDPR we will retain your data for 6 months, after which it will be deleted.', { doorOpen: false }],
    ['a talent pool is a door', 'You were not selected for this role, but we have added your profile to our talent pool for future vacancies.', { doorOpen: true }],
    ['praise is not feedback', 'While your background is impressive, we have decided to move forward with other candidates.', { feedback: false }],
  ];
  it.each(cases)('%s', (_name, text, want) => {
    const r = readMessage({ text });
    expect(r.kind).toBe('rejection');
    for (const [k, v] of Object.entries(want)) expect(r[k as keyof typeof want]).toBe(v);
  });
});

describe('entities', () => {
  it('reads company, role and contact from subject and signature', () => {
    const r = readMessage({
      subject: 'Your application for Product Designer at Lattice & Loom',
      from: 'Ruth Adeyemi <ruth.adeyemi@latticeloom.com>',
      text: 'Hi Sam,\n\nThank you for applying for the Product Designer position. Unfortunately we have decided to move forward with other candidates.\n\nBest regards,\nRuth Adeyemi\nTalent Partner',
    });
    expect(r.company).toBe('Lattice & Loom');
    expect(r.role).toBe('Product Designer');
    expect(r.contactName).toBe('Ruth Adeyemi');
    expect(r.contactEmail).toBe('ruth.adeyemi@latticeloom.com');
  });

  it('ignores no-reply senders and template placeholders', () => {
    const r = readMessage({
      subject: 'Your application for {{job_title}}',
      from: 'no-reply@greenhouse.io',
      text: 'Dear [Candidate Name],\n\nThank you for your interest in the %JOB_TITLE% role at {{company}}. We regret to inform you that you have not been selected.\n\nRegards,\n[Recruiter Name]',
    });
    expect(r.kind).toBe('rejection');
    expect(r.role).toBeNull();
    expect(r.company).toBeNull();
    expect(r.contactName).toBeNull();
    expect(r.contactEmail).toBeNull();
  });

  it('takes a programme and its year in the subject for the role, never for the company', () => {
    const text = 'Dear Sam,\n\nThank you for attending our assessment centre last Wednesday. Unfortunately, we have decided not to offer you a training contract on this occasion.\n\nKind regards,\nGraduate Recruitment';
    const read = (subject: string) => readMessage({ subject, text });
    expect([read('Training Contract 2028 - Application Outcome').company, read('Training Contract 2028 - Application Outcome').role]).toEqual([null, 'Training Contract 2028']);
    expect([read('Northwind Legal | Vacation Scheme 2027').company, read('Northwind Legal | Vacation Scheme 2027').role]).toEqual(['Northwind Legal', 'Vacation Scheme 2027']);
    expect(read('Application update: Software Engineer II').role).toBe('Software Engineer II');
    expect(read('Graduate Programme 2027/28 - outcome').company).toBeNull();
    // a subject's head that names no kind of job is no role: the company there is still the company
    expect([read('Northwind Legal - Application Outcome').company, read('Northwind Legal - Application Outcome').role]).toEqual(['Northwind Legal', null]);
    expect(read('Summer party - update').role).toBeNull();
  });

  it('reads "the X team" and "position of X"', () => {
    const r = readMessage({ text: 'Hello,\n\nThank you for your interest in the position of Warehouse Shift Lead. We have filled the role.\n\nThe Harbor Freight Co team' });
    expect(r.role).toBe('Warehouse Shift Lead');
    expect(r.company).toBe('Harbor Freight Co');
  });
});
