import { describe, expect, it } from 'vitest';
import type { FeedbackRequestInput } from './draft-context.js';
import { draftInterviewDate, feedbackOfferFrom, greetingName, type TimelineEvent } from './draft-facts.js';
import { buildFeedbackRequest } from './drafts.js';
import { buildFollowUpForSpecifics } from './follow-up.js';
import type { StageReached } from './stage-reached.js';

describe('greetingName', () => {
  it.each([
    ['Hannah Okafor', 'warm', 'Hannah'],
    ['Hannah Okafor', 'brief', 'Hannah'],
    ['Hannah Okafor', 'formal', 'Hannah Okafor'],
    ['  Hannah   Okafor ', 'warm', 'Hannah'],
    ['Hannah', 'warm', 'Hannah'],
    ['Dr Hannah Okafor', 'warm', 'Dr Okafor'],
    ['Dr. Okafor', 'brief', 'Dr. Okafor'],
    ['Prof. Ada Lovelace-King', 'formal', 'Prof. Lovelace-King'],
    ['Ms Priya Shah', 'warm', 'Ms Shah'],
    ['Okafor, Hannah', 'warm', 'Hannah'],
    ['Okafor, Hannah', 'formal', 'Hannah Okafor'],
    ['Hannah Okafor (she/her)', 'warm', 'Hannah'],
    ['Hannah Okafor (she/her)', 'formal', 'Hannah Okafor'],
    ['J. Okafor', 'warm', 'J. Okafor'],
    ['Mary-Jane van der Berg', 'warm', 'Mary-Jane'],
    ['José Álvarez', 'brief', 'José'],
    ['', 'warm', ''],
    [null, 'formal', ''],
  ] as const)('%j (%s) → %j', (name, tone, expected) => {
    expect(greetingName(name, tone)).toBe(expected);
  });
});

describe('draftInterviewDate', () => {
  const history: TimelineEvent[] = [
    { stage: 'applied', occurredOn: '2026-10-01' },
    { stage: 'screen', occurredOn: '2026-10-05' },
    { stage: 'interview', occurredOn: '2026-10-12' },
    { stage: 'interview', occurredOn: '2026-10-20T00:00:00.000Z' },
    { stage: 'rejected', occurredOn: '2026-11-02' },
  ];
  it.each<[string, readonly TimelineEvent[], StageReached, string | null, string | null]>([
    ['the last interview event, for an interview', history, 'interview', '2026-11-02', '2026-10-20'],
    ['the screen event, for a screen', history, 'screen', '2026-11-02', '2026-10-05'],
    ['no final event on the timeline: no date for a final round', history, 'final', '2026-11-02', null],
    ['never for an application', history, 'application', '2026-11-02', null],
    ['never for an assessment', [...history, { stage: 'assessment', occurredOn: '2026-10-08' }], 'assessment', '2026-11-02', null],
    ['stage set by hand beyond the timeline: no date', [{ stage: 'applied', occurredOn: '2026-10-01' }], 'interview', '2026-11-02', null],
    [
      'a card moved to Interview and Rejected on one day: not an interview date',
      [{ stage: 'applied', occurredOn: '2026-11-20' }, { stage: 'interview', occurredOn: '2026-12-02' }, { stage: 'rejected', occurredOn: '2026-12-02' }],
      'interview',
      '2026-12-02',
      null,
    ],
    ['an interview booked after the rejection is not thanked for', [...history, { stage: 'interview', occurredOn: '2026-11-10' }], 'interview', '2026-11-02', '2026-10-20'],
    ['an impossible day is ignored', [{ stage: 'interview', occurredOn: '2026-02-30' }], 'interview', '2026-11-02', null],
  ])('%s', (_name, events, stage, rejectedOn, expected) => {
    expect(draftInterviewDate(events, stage, rejectedOn)).toBe(expected);
  });
});

describe('feedbackOfferFrom', () => {
  const offered = (sentence: string) => ({ feedbackOffered: true, evidence: [{ label: 'feedbackOffered', sentences: [sentence] }] });
  it.each([
    ['no labels', null, null, null],
    ['not offered', { feedbackOffered: false, evidence: [] }, null, null],
    ['an offered call', offered('I would be happy to set up a short call to share more detailed feedback.'), null, 'call'],
    ['happy to chat', offered('Happy to chat through the panel’s notes if useful.'), null, 'call'],
    ['feedback by reply', offered('If you would like feedback on your interviews, just reply to this email.'), null, 'any'],
    ['the seeker unticked it', offered('I would be happy to set up a short call.'), { feedbackOffered: false }, null],
    ['the seeker ticked it', { feedbackOffered: false, evidence: [] }, { feedbackOffered: true }, 'any'],
  ] as const)('%s', (_name, labels, corrections, expected) => {
    expect(feedbackOfferFrom(labels, corrections)).toBe(expected);
  });
});

describe('drafts say only what is true', () => {
  const base: FeedbackRequestInput = {
    applicantName: 'Sam Rivera',
    contactName: 'Hannah Okafor',
    recipient: 'recruiter',
    company: 'Larkspur Labs',
    roleTitle: 'Data Analyst',
    stageReached: 'interview',
    lastInterviewDate: null,
    tone: 'warm',
    questionIds: ['interview_performance', 'successful_candidate'],
  };

  it.each([
    ['email', (i: FeedbackRequestInput) => buildFeedbackRequest(i).body, true],
    ['LinkedIn', (i: FeedbackRequestInput) => buildFeedbackRequest(i).linkedin, true],
    ['follow-up', (i: FeedbackRequestInput) => buildFollowUpForSpecifics(i).body, false],
  ] as const)('%s: greets by first name and names no date without an interview event', (_kind, text, dated) => {
    const out = text(base);
    expect(out).toMatch(/^Hi Hannah[,]/);
    expect(out).not.toContain('Okafor');
    expect(out).not.toMatch(/ on \d{1,2} [A-Z]/);
    expect(text({ ...base, contactName: 'Dr Hannah Okafor' })).toMatch(/^Hi Dr Okafor[,]/);
    if (dated) expect(text({ ...base, lastInterviewDate: '2026-10-20' })).toMatch(/(interview|interviewing me) on 20 October/);
  });

  it.each([
    ['warm', /You kindly offered to talk me through some feedback, and I would love to take you up on it\. Would a short call suit you/],
    ['formal', /Thank you also for your kind offer to share feedback\. I would welcome a short call/],
    ['brief', /You kindly offered to share feedback: I would welcome a short call\. Could we cover how my answers came across/],
  ] as const)('an offered call is taken up (%s email)', (tone, expected) => {
    const body = buildFeedbackRequest({ ...base, tone, offer: 'call' }).body;
    expect(body).toMatch(expected);
    expect(body).not.toMatch(/If you (are able|have a few minutes)|If it is possible to share|Even a line or two/);
  });

  it('an offer of feedback in any form is taken up without inventing a call', () => {
    const body = buildFeedbackRequest({ ...base, offer: 'any' }).body;
    expect(body).toMatch(/You kindly offered to share feedback, and I would love to take you up on it\./);
    expect(body).not.toMatch(/call/);
  });

  it.each(['warm', 'brief', 'formal'] as const)('LinkedIn takes up the offer within 300 characters (%s)', (tone) => {
    const call = buildFeedbackRequest({ ...base, tone, offer: 'call', lastInterviewDate: '2026-10-20' }).linkedin;
    expect(call).toMatch(/offer(ed|ing) feedback/);
    expect(call).toMatch(/short call/);
    expect(call.length).toBeLessThanOrEqual(300);
    const any = buildFeedbackRequest({ ...base, tone, offer: 'any' }).linkedin;
    expect(any).toMatch(/offer(ed|ing) feedback/);
    expect(any).not.toMatch(/call/);
  });

  it.each(['warm', 'brief', 'formal'] as const)('the follow-up reminds them of the offered call (%s)', (tone) => {
    expect(buildFollowUpForSpecifics({ ...base, tone, offer: 'call' }).body).toMatch(/call/);
    expect(buildFollowUpForSpecifics({ ...base, tone }).body).not.toMatch(/call/);
  });
});
