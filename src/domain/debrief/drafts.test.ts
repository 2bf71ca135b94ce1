import { describe, expect, it } from 'vitest';
import type { Draft, FeedbackRequestInput } from './draft-context.js';
import { rolePhrase } from './draft-context.js';
import { DEFAULT_QUESTIONS, FEEDBACK_QUESTIONS } from './draft-questions.js';
import { RECIPIENTS, TONES } from './draft-texts.js';
import { buildFeedbackRequest } from './drafts.js';
import { buildFollowUpForSpecifics } from './follow-up.js';
import { STAGES_REACHED } from './stage-reached.js';

const NAMES = [
  { applicantName: 'Sam Rivera', contactName: 'Priya Shah' },
  { applicantName: 'Sam Rivera', contactName: null },
  { applicantName: 'Sam Rivera', contactName: '   ' },
  { applicantName: '', contactName: undefined },
] as const;
const DATES = ['2026-11-12', null, 'next Tuesday'] as const;
const OFFERS = [null, 'call', 'any'] as const;
const PLACES = [
  { company: 'Northwind', roleTitle: 'Data Analyst' },
  {
    company: 'The Extremely Long and Distinguished International Consolidated Holdings Group of Companies Limited',
    roleTitle: 'Senior Principal Staff Software Engineering Lead for Distributed Platform Reliability and Observability',
  },
] as const;

function expectClean(draft: Draft, company: string, roleTitle: string): void {
  for (const text of [draft.subject, draft.body, draft.linkedin]) {
    expect(text).not.toMatch(/undefined|null|NaN|[{}[\]]/);
    expect(text).not.toMatch(/ {2}/);
    expect(text).not.toMatch(/…\./);
    expect(text).not.toMatch(/\s,|,\s*[,.?!;:]|,\s*$|\s[.?]/);
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (line.endsWith(',')) expect(i === 0 || i === lines.length - 2).toBe(true);
    });
    expect(text).not.toMatch(/\b(Hi|Dear|Hello) ,/);
    expect(text.trim()).toBe(text);
  }
  expect(draft.subject).not.toMatch(/\n/);
  expect(draft.body).toContain(company);
  expect(draft.body).toContain(roleTitle);
  expect(draft.linkedin.length).toBeLessThanOrEqual(300);
  expect(draft.linkedin).not.toMatch(/\n/);
}

const combos = STAGES_REACHED.flatMap((stageReached) =>
  RECIPIENTS.flatMap((recipient) =>
    TONES.flatMap((tone) =>
      NAMES.flatMap((names) =>
        DATES.flatMap((lastInterviewDate) =>
          OFFERS.flatMap((offer) => PLACES.map((place) => ({ stageReached, recipient, tone, lastInterviewDate, offer, ...names, ...place }))),
        ),
      ),
    ),
  ),
);

describe('every combination of stage × recipient × tone × names × date × offer', () => {
  it.each(combos)('$stageReached / $recipient / $tone / $contactName / $lastInterviewDate / $offer / $company', (base) => {
    const input: FeedbackRequestInput = { ...base, questionIds: DEFAULT_QUESTIONS[base.stageReached] };
    const request = buildFeedbackRequest(input);
    expectClean(request, base.company, base.roleTitle);
    const followUp = buildFollowUpForSpecifics(base);
    expectClean(followUp, base.company, base.roleTitle);
    expect(followUp.subject.startsWith('Re: ')).toBe(true);

    if (base.company === 'Northwind') expect(request.linkedin).toContain('Northwind');
    const named = base.contactName?.trim();
    if (named) expect(request.body.split('\n')[0]).toBe(base.tone === 'formal' ? `Dear ${named},` : `Hi ${named.split(' ')[0]},`);
    if (base.offer) expect(request.body).toMatch(/kind(ly)? offer/);
    else expect(request.body).not.toMatch(/offer/);
    if (base.applicantName) expect(request.body.endsWith(base.applicantName)).toBe(true);
  });
});

const base: FeedbackRequestInput = {
  applicantName: 'Sam Rivera',
  contactName: 'Priya Shah',
  recipient: 'interviewer',
  company: 'Northwind',
  roleTitle: 'Data Analyst',
  stageReached: 'interview',
  lastInterviewDate: '2026-11-12',
  tone: 'warm',
  questionIds: ['interview_performance', 'successful_candidate'],
};

describe('specific wording', () => {
  it.each([
    [{ tone: 'formal', contactName: null, recipient: 'hiring_manager' }, /^Dear Hiring Team,/],
    [{ tone: 'formal', contactName: null, recipient: 'recruiter' }, /^Dear Recruitment Team,/],
    [{ tone: 'warm', contactName: null }, /^Hello,/],
    [{ tone: 'brief', contactName: '  Priya   Shah ' }, /^Hi Priya,/],
    [{ tone: 'formal' }, /^Dear Priya Shah,/],
  ] as const)('greeting %j', (patch, pattern) => {
    expect(buildFeedbackRequest({ ...base, ...patch }).body).toMatch(pattern);
  });

  it('renders the interview date readably', () => {
    expect(buildFeedbackRequest(base).body).toContain('on 12 November');
    expect(buildFeedbackRequest(base).linkedin).toContain('on 12 November');
    expect(buildFeedbackRequest({ ...base, lastInterviewDate: '2026-02-30' }).body).not.toMatch(/ on \d/);
    expect(buildFeedbackRequest({ ...base, stageReached: 'application' }).body).not.toContain('November');
  });

  it('varies by stage, recipient and tone', () => {
    const bodies = new Set(
      combos
        .filter((c) => c.contactName === 'Priya Shah' && c.lastInterviewDate === null && c.offer === null && c.company === 'Northwind')
        .map((c) => buildFeedbackRequest({ ...c, questionIds: DEFAULT_QUESTIONS[c.stageReached] }).body),
    );
    expect(bodies.size).toBe(5 * 3 * 3);
    expect(buildFeedbackRequest({ ...base, stageReached: 'application' }).body).toMatch(/my application/);
    expect(buildFeedbackRequest({ ...base, stageReached: 'final' }).body).toMatch(/final round/);
    expect(buildFeedbackRequest({ ...base, stageReached: 'assessment' }).body).toMatch(/assessment/);
  });

  it('asks the chosen questions, dropping ones that do not fit the stage', () => {
    const body = buildFeedbackRequest({
      ...base,
      stageReached: 'application',
      questionIds: ['interview_moments', 'resume', 'skill_to_develop'],
    }).body;
    expect(body).toContain(FEEDBACK_QUESTIONS.resume.text);
    expect(body).toContain(FEEDBACK_QUESTIONS.skill_to_develop.text);
    expect(body).not.toMatch(/moment/);
    const bullets = buildFeedbackRequest({ ...base, questionIds: ['resume'] }).body.match(/^- /gm) ?? [];
    expect(bullets).toHaveLength(2);
  });

  it('only mentions interviewing when there was an interview', () => {
    const early = buildFeedbackRequest({ ...base, tone: 'formal', stageReached: 'application' }).body;
    expect(early).not.toMatch(/interview/i);
    expect(buildFeedbackRequest({ ...base, tone: 'formal' }).body).toMatch(/as one of my interviewers/);
  });

  it('puts brief questions in one sentence', () => {
    const body = buildFeedbackRequest({ ...base, tone: 'brief' }).body;
    expect(body).toContain('could you share how my answers came across and what the successful candidate brought');
    expect(body).not.toMatch(/^- /m);
  });

  it('does not say "role" twice', () => {
    expect(rolePhrase('Graduate Programme')).toBe('the Graduate Programme');
    expect(rolePhrase('Product Designer')).toBe('the Product Designer role');
    expect(rolePhrase('The Analyst Position')).toBe('the Analyst Position');
  });

  it('keeps LinkedIn under 300 characters with huge names and emoji', () => {
    const long = buildFeedbackRequest({
      ...base,
      tone: 'formal',
      contactName: 'Maximiliane Alexandra Theodora von und zu Hohenzollern-Sigmaringen 🌻',
      applicantName: 'Sam 🌟 '.repeat(30),
      company: '🚀'.repeat(200),
      roleTitle: 'Engineer '.repeat(40),
    });
    expect(long.linkedin.length).toBeLessThanOrEqual(300);
    expect(long.linkedin).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(long.linkedin).toMatch(/…/);
  });

  it('says what is missing instead of drafting nonsense', () => {
    expect(() => buildFeedbackRequest({ ...base, company: ' ' })).toThrow(/company name/);
    expect(() => buildFollowUpForSpecifics({ ...base, roleTitle: '' })).toThrow(/role title/);
  });

  it('follow-up asks for specifics fitting the stage', () => {
    expect(buildFollowUpForSpecifics({ ...base, stageReached: 'application' }).body).toMatch(/résumé/);
    expect(buildFollowUpForSpecifics(base).body).toMatch(/moment in the interview/);
    expect(buildFollowUpForSpecifics({ ...base, tone: 'brief' }).body).toMatch(/Could you tell me/);
  });
});
