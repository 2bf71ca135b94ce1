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

describe('the last step named in other words', () => {
  it('reads "thanks for a full day with our operations team" as a final round', () => {
    const r = read(wrap('Thanks for a full day with our operations team on Wednesday. It was close, but we will not be offering you the role.'));
    expect(r.stage).toBe('final');
  });

  it('does not read "the manager will make the final call" as a final round', () => {
    const r = read(wrap('Thanks for the chat with our CTO last week. Our new Head of Engineering will make the final call on this hire, so we are pausing the role until she starts.'));
    expect(r.stage).toBe('interview');
  });

  it('reads "the final design session with Ola" as a final round', () => {
    const r = read(wrap('Thanks for doing the final design session with Ola on Friday. We have decided not to make you an offer.'));
    expect(r.stage).toBe('final');
  });

  it('reads "your visit to campus and your seminar" as a final round', () => {
    const r = read(wrap('Thank you for your visit to campus in March and for your seminar. The committee has offered the position to another candidate.'));
    expect(r.stage).toBe('final');
  });
});

describe('a visit to the workplace', () => {
  it('reads "many thanks for visiting the kitchen" as an interview', () => {
    const r = read(wrap('Many thanks for visiting the kitchen on Thursday and walking the line with Hugo. We have decided not to offer you the role.'));
    expect(r.stage).toBe('interview');
  });

  it('does not read "thanks for coming out to the depot to sit the driving test" as more than a test', () => {
    const r = read(wrap('Thanks for coming out to the depot on Monday to sit the driving test. You did not pass the reversing section, so we will not be going further.'));
    expect(r.stage).toBe('assessment');
  });
});

describe('conversations and interviews that are no one’s', () => {
  it('does not read "we have paused all interviews for the role" as an interview', () => {
    const r = read(wrap('We have paused all interviews for the Data Engineer role while the budget is reviewed. Your application is still with us and we will be in touch.'));
    expect(r.stage).toBe('application');
  });

  it('does not read "all the calls from the first stage" as interviews', () => {
    const r = read(wrap('Thanks for your time on the phone last week. We have now reviewed all the calls from the first stage and will not be taking you forward.'));
    expect(r.stage).toBe('screen');
  });

  it('still reads "after all the conversations with the team" as an interview', () => {
    const r = read(wrap('After all the conversations with the team, we have decided not to make you an offer.'));
    expect(r.stage).toBe('interview');
  });
});

describe('a call whose word was carried to the manager', () => {
  it('reads "having taken your notice period back to the hiring manager" after a call as a screen', () => {
    const r = read(wrap('Thanks for the call on Friday. Having taken your notice period back to the hiring manager, I am afraid three months is too long for this project, so we will not be proceeding.'));
    expect(r.stage).toBe('screen');
  });

  it('reads "I did check with the team" after a call as a screen', () => {
    const r = read(wrap('Thanks for the call earlier. I did check with the team about sponsorship, and they cannot sponsor a visa for this role, so they will not take your profile forward.'));
    expect(r.stage).toBe('screen');
  });
});

describe('a financial model handed in', () => {
  it('reads "thank you for the valuation model you built for us" as a test', () => {
    const r = read(wrap('Thank you for the valuation model you built for us. We have compared all submissions and will not be progressing your application.'));
    expect(r.stage).toBe('assessment');
  });

  it('does not read "experience with financial models" as a test', () => {
    const r = read(wrap('Thank you for applying. We are looking for someone with more experience with financial models in private equity and will not be progressing your application.'));
    expect(r.stage).toBe('application');
  });
});
