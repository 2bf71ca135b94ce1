/**
 * Steps named once in passing, and steps that belong to others or are only still to come: messages written for this test
 * (not taken from any corpus part), each beside a message in nearby words that must still read the other way. The rules
 * alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string) => readMessage({ text }, null);
const wrap = (body: string): string => `Hi Priyanka,\n\n${body}\n\nCheers,\nOwen\nTalent, Fernhollow`;

describe('a coffee or a meal with a senior person', () => {
  it('reads "thanks for lunch with our Head of Product last Thursday" as an interview', () => {
    const r = read(wrap('Thanks for lunch with our Head of Product last Thursday. He liked your ideas, but we are after someone with more B2B pricing work, so we won’t be going further.'));
    expect(r.stage).toBe('interview');
  });

  it('does not read "the next step would have been coffee with our founder" as an interview', () => {
    const r = read(wrap('Thank you for applying for the Growth Analyst role. The next step would have been coffee with our founder, but we have decided not to move forward with your application.'));
    expect(r.stage).toBe('application');
  });
});

describe('a call named by its day', () => {
  it('reads "thanks for Tuesday’s call" as a screen', () => {
    const r = read(wrap("thanks for tuesday's call. the shifts we need are weekends only and you said that won't work, so we won't be moving forward with your application."));
    expect(r.stage).toBe('screen');
  });

  it('does not read "Tuesday’s deadline" as a conversation', () => {
    const r = read(wrap("thanks for getting your CV in before tuesday's deadline. we've had a lot of interest and won't be taking yours further."));
    expect(r.stage).toBe('application');
  });
});

describe('the candidate’s interview told of in passing', () => {
  it('reads "Meera said your interview was one of the sharpest" as an interview', () => {
    const r = read(wrap('Meera said your interview was one of the sharpest she had this month, which makes this harder to write: we have offered the post to a candidate who can start at once.'));
    expect(r.stage).toBe('interview');
  });

  it('reads "after all your time in the interviews" as an interview', () => {
    const r = read(wrap('I am sorry to send this after all your time in the interviews. The board has frozen hiring for the rest of the year and the role has been withdrawn.'));
    expect(r.stage).toBe('interview');
  });

  it('does not read "your interview was scheduled for Friday" as an interview held', () => {
    const r = read(wrap('Your interview was scheduled for Friday, but the role has now been withdrawn after a budget review, so we have had to cancel it.'));
    expect(r.stage).not.toBe('interview');
  });

  it('does not read "your time during the phone interview" as more than a screen', () => {
    const r = read(wrap('Thank you for your time during the phone interview on Monday. We will not be proceeding with your application.'));
    expect(r.stage).toBe('screen');
  });
});

describe('final interviews someone else was in', () => {
  it('does not read "a candidate who was already in final interviews" as the candidate’s final round', () => {
    const r = read(wrap('Thanks again for the intro call last week. The hiring manager has since hired a candidate who was already in final interviews, so the role is closed.'));
    expect(r.stage).toBe('screen');
  });

  it('still reads "thank you for the final interviews on Monday" as a final round', () => {
    const r = read(wrap('Thank you for the final interviews on Monday. We have decided to offer the role to another candidate.'));
    expect(r.stage).toBe('final');
  });
});

describe('words that only look like a step', () => {
  it('does not read "everyone we speak with and may contact you" as a meeting with several people', () => {
    const r = read(wrap('Thanks for the quick chat on Friday. We will not proceed for this role, but we keep notes on everyone we speak with and may contact you again.'));
    expect(r.stage).toBe('screen');
  });

  it('still reads "thanks for meeting with Sunil and me" as an interview', () => {
    const r = read(wrap('Thanks for meeting with Sunil and me on Friday. We will not be taking your application further.'));
    expect(r.stage).toBe('interview');
  });

  it('does not read "still waiting on your test date" as a test taken', () => {
    const r = read(wrap('Thanks for the call this morning. The role needs a full forklift licence, and as you are still waiting on your test date we cannot move you forward yet.'));
    expect(r.stage).toBe('screen');
  });

  it('still reads "your test results were below what we need" as a test taken', () => {
    const r = read(wrap('Thank you for sitting the numeracy test. Your test results were below what we need for this role, so we will not be moving forward.'));
    expect(r.stage).toBe('assessment');
  });
});
