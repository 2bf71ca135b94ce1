/**
 * Table-driven checks of the two structural models: decision polarity for `kind` (polarity.ts) and
 * factual stage evidence (engine.ts `factualAt`, rules/stage.rules.ts).
 */
import { describe, expect, it } from 'vitest';
import { factualAt } from './engine.js';
import { readMessage } from './index.js';
import { declinePolarity } from './polarity.js';
import type { Kind, ReaderStage } from './types.js';

const wrap = (body: string): string => `Hi Sam,\n\n${body}\n\nBest,\nAlex`;

describe('kind: a negative decision about the candidate is a rejection, without stock phrases', () => {
  const rejections: string[] = [
    "I've gone back and forth on this, but I can't put you forward to the client this time.",
    "We've decided to go another way with this hire.",
    'Your SQL was not at the level we need for this role.',
    'The panel felt your experience is not quite what the role needs, so we will not take your application further.',
    "We're not going to continue with your candidacy.",
    'The hiring manager has chosen someone else for the position.',
    "After a long discussion the team won't be progressing you.",
    'The position has been given to another applicant.',
  ];
  it.each(rejections)('%s', (text) => {
    expect(readMessage({ text: wrap(text) }).kind).toBe('rejection');
  });

  const others: [string, Kind][] = [
    ["We can't do Tuesday after all, so we'd like to invite you to an interview on Thursday at 2pm. Could you confirm this time works?", 'interview_invite'],
    ['We have received your application. We are not able to respond to every applicant individually, but we will contact you if you are shortlisted.', 'application_received'],
    ["We're delighted to offer you the role! We can't offer relocation support, but the offer letter is attached.", 'offer'],
    ["Our newsletter: don't forget to update your profile so recruiters can find you.", 'other'],
    ["If you don't hear from us, please don't worry — we read every application.", 'other'],
  ];
  it.each(others)('%s → %s', (text, kind) => {
    expect(readMessage({ text: wrap(text) }).kind).toBe(kind);
  });

  it('scores polarity by decision, negation and who it is about', () => {
    expect(declinePolarity("we won't be moving forward with your application")).toBeGreaterThanOrEqual(1);
    expect(declinePolarity('the weather is not great today')).toBe(0);
    expect(declinePolarity("if we don't hear from you we will close your application")).toBe(0);
    expect(declinePolarity("we haven't made a decision yet")).toBe(0);
  });
});

describe('stage: only steps the candidate took count', () => {
  const cases: [string, ReaderStage][] = [
    // prospective / negated cues do not count
    ['The next stage would have been an interview with the team, but we have decided not to proceed with your application.', 'application'],
    ["Unfortunately we won't be inviting you to interview for this role.", 'application'],
    ['We are unable to progress you to the assessment stage on this occasion.', 'application'],
    ['The final round would have been an onsite with the CEO; unfortunately we will not be moving forward with your application.', 'application'],
    ['After reviewing your application we will not be moving you forward to a phone screen.', 'application'],
    // past cues count
    ['After reviewing your assessment, we have decided not to move forward.', 'assessment'],
    ['Thank you for completing the coding challenge. Unfortunately we will not proceed.', 'assessment'],
    ['Thank you for your time on the phone yesterday. Unfortunately we will not be moving forward.', 'screen'],
    ['Thanks for coming in to meet us last week. Unfortunately we have decided not to proceed.', 'interview'],
    ['Thank you for your time with the team on Friday. We have decided to go with another candidate.', 'interview'],
    ['We have decided not to proceed following your interview.', 'interview'],
    ['You were one of a shortlist of two, and it was a very close call, but we have offered the role to the other finalist.', 'final'],
    ['Thank you for attending the final round. Unfortunately we have decided to move forward with another candidate.', 'final'],
    ['Thank you for taking the time to chat with me on the phone. We have decided not to move forward.', 'screen'],
  ];
  it.each(cases)('%s → %s', (text, stage) => {
    const r = readMessage({ text: wrap(text) });
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe(stage);
  });

  const at = (norm: string, cue: string): boolean => factualAt(norm, norm.indexOf(cue), cue);
  it.each([
    ['after your interview with the team, we decided not to proceed', 'after your interview', true],
    ['we decided not to proceed following your interview', 'following your interview', true],
    ['the next stage would have been a technical interview', 'technical interview', false],
    ["we won't be inviting you to a phone screen", 'phone screen', false],
    ['if after your interview you have questions', 'after your interview', false],
    ['the final round would have been with our ceo', 'final round', false],
    ['you were not shortlisted for the final round', 'final round', false],
  ] as const)('factualAt(%j, %j) = %s', (norm, cue, want) => {
    expect(at(norm, cue)).toBe(want);
  });
});
