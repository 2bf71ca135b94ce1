/**
 * A coach's notes on a mock interview, an agency's "have said no on the job", "didn't make it through from your interview
 * to the assessment centre", texts written without capitals or in a phone's shorthand, and offers of feedback in new
 * words (a debrief "just say", a reply that brings feedback, the scoring sheets sent on asking, pointers run through on
 * the phone). Messages written for this test (not taken from any corpus part), each beside one in nearby words that must
 * read the other way.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const both = (text: string, subject?: string) => [read(text, subject), readMessage({ text, subject })];

describe('a rehearsal declines no one', () => {
  it('does not read a coach\'s notes on a mock interview as a decline', () => {
    const text = 'Hi Tom,\n\nGood session this morning. My notes from the mock interview for your Arup application:\n\n1. Your answer on the drainage project was too long - you lost the panel before the result.\n2. "Tell me about a time you failed" - you chose a failure that wasn\'t really a failure. Interviewers notice.\n3. "Why this firm?" - you didn\'t mention anything specific to them.\n\nSame time next week for the technical questions?\n\nBeth\nCareers Coach';
    for (const r of both(text, 'Mock interview notes')) expect(r.kind).not.toBe('rejection');
  });

  it('still reads a decline that names the interview and its faults as a decline', () => {
    const r = read('Hi Tom,\n\nThank you for the interview on Monday. Your answer on the drainage project was too long and you didn\'t mention anything specific to us, so we won\'t be taking your application further.\n\nBeth\nArup Recruitment');
    expect(r.kind).toBe('rejection');
  });
});

describe('declines told in an agency\'s words', () => {
  it('reads "Hendry Packaging have said no on the Maintenance Planner job after your interview" as a decline', () => {
    for (const r of both('Hi Craig,\n\nSorry, Hendry Packaging have said no on the Maintenance Planner job after your interview.\n\nCheers,\nLiam')) expect(r.kind).toBe('rejection');
  });

  it('does not read the candidate\'s own no ("you\'ve said no to the Leeds role") as a decline', () => {
    const r = read('Hi Craig,\n\nNo problem at all - I\'ve let them know you\'ve said no to the Leeds role because of the commute. I\'ll keep looking closer to home.\n\nCheers,\nLiam');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "you didn\'t make it through from your interview to the assessment centre" as a decline', () => {
    for (const r of both('Hi Leah,\n\nYou didn\'t make it through from your interview to the assessment centre for this year\'s programme, but it opens again in September.\n\nMariam')) expect(r.kind).toBe('rejection');
  });

  it('does not read "if you didn\'t make it to the interview, please rebook" as a decline', () => {
    const r = read('Hi Leah,\n\nIf you didn\'t make it to the interview because of the train strike, please rebook a slot using the link.\n\nMariam');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('texts without capitals or in shorthand', () => {
  it('reads the sentences of a text written without capitals apart: the pointers offered after the decline', () => {
    const r = read('hey priyanka - just off the phone with orbis. they\'re not going ahead, sorry. they gave me a few pointers though, do you want me to run through them on the phone? free after 4');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "thx for the call" as the call that happened and "will keep u posted" as the open door', () => {
    const r = read('hi sadia thx for the call today. after speaking with a few candidates we are going in a different direction for this role. will keep u posted if there is something else.');
    expect(r.stage).toBe('screen');
    expect(r.doorOpen).toBe(true);
  });

  it('keeps "u.s." and "e.g." as they are in a text without capitals', () => {
    const r = read('hi sam. thanks for applying. we can only hire people already authorised to work in the u.s. for this role, so we won\'t be moving forward.');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
  });
});

describe('offers of feedback in new words', () => {
  it('reads "if a debrief would help, just say - I\'d rather you had it than not" as an offer', () => {
    const r = read('Hi Nell,\n\nThanks for coming in to meet the team. We\'re not going to offer you the role.\n\nIf a debrief would help, just say - it\'d take twenty minutes and I\'d rather you had it than not.\n\nSaoirse');
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "reply to this email and your recruiter will get back to you with feedback" as an offer', () => {
    const r = read('Hi Zoe,\n\nThanks for chatting with our team. We\'ve decided not to move forward with your application.\n\nWant to know why? Reply to this email and your recruiter will get back to you with feedback within a week.\n\nThe Recruiting Team');
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads the assessors\' scoring sheets sent on asking as an offer', () => {
    const r = read('Hi Oluwaseun,\n\nUnfortunately we won\'t be offering you a place this year.\n\nI\'ve got the assessors\' scoring sheets for your group exercise and interview here, so if it\'s useful to see where the marks fell, let me know and I\'ll send them across.\n\nAnya');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read scoring sheets that cannot be shared, or a debrief that is not offered, as an offer', () => {
    const texts = [
      'Hi Oluwaseun,\n\nUnfortunately we won\'t be offering you a place this year. The assessors\' scoring sheets are confidential, so I\'m not able to send them across, even if you let me know you\'d like them.\n\nAnya',
      'Hi Nell,\n\nWe\'re not going to offer you the role. A debrief would not be possible, as the panel has disbanded.\n\nSaoirse',
      'Hi Zoe,\n\nWe\'ve decided not to move forward. Please don\'t reply to this email: we can\'t get back to you with feedback.\n\nThe Recruiting Team',
    ];
    for (const text of texts) expect(read(text).feedbackOffered).toBe(false);
  });
});
