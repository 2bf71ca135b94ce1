/**
 * The general rules of the eighth round (docs/decisions/0056), each on messages written for this test (not taken
 * from any corpus part). The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Dear Morgan,\n\n${body}\n\nBest wishes,\nIfeoma\nPeople Team`;

describe('steps the candidate never took', () => {
  it('reads steps set out for those who go further as no stage reached', () => {
    const r = read(wrap('Applicants chosen for the second stage will be asked to sit a short written exercise and then meet the partners; I am sorry to say your application has not been chosen.'));
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('reads a step quantified by "any" or placed "before" as no step taken', () => {
    expect(read(wrap('Each CV is read by two of us before any telephone interview is arranged. Having read yours, we will not be progressing it.')).stage).toBe('application');
  });

  it('still reads a step the candidate took in the same letter', () => {
    expect(read(wrap('Thank you for your telephone interview on Monday. We will not be progressing your application.')).stage).toBe('screen');
  });

  it('reads the people "whom you met" as an interview', () => {
    const r = read(wrap('I write for the selection committee, whom you met last Thursday. The committee has decided not to offer you the appointment.'));
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });
});

describe('decisions in other verbs', () => {
  it('reads a refused placing verb as a decline', () => {
    expect(read(wrap('Thanks for the chat yesterday. I won\'t be sending you through to the hiring manager for this one.')).kind).toBe('rejection');
    expect(read(wrap('Thank you for the voice sample. We won\'t be adding you to our roster of narrators this year.')).kind).toBe('rejection');
  });

  it('reads "not to offer you the appointment" as a job decision, not a time slot', () => {
    expect(read(wrap('The board has decided not to offer you the appointment.')).kind).toBe('rejection');
    expect(read(wrap('Sorry, we cannot offer you an appointment on Tuesday; would Wednesday work instead?')).kind).toBe('other');
  });
});

describe('declines told without a stock phrase', () => {
  it('reads a next step refused for this candidate as a decline', () => {
    const r = read(wrap('Usually we would now book a video call with the studio lead, but we won\'t be arranging one for this position.'));
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('reads a score under the bar as the test\'s result', () => {
    const r = read(wrap('Thank you for sitting the written paper. Your result came in below the required standard for the next round.'));
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
    expect(r.reasons).toEqual(['assessment']);
  });

  it('reads a search that goes on without the candidate as a decline, and a search update as none', () => {
    expect(read(wrap('Thanks for meeting the team. Sadly we have decided to keep looking.')).kind).toBe('rejection');
    expect(read(wrap('Thanks for meeting the team. We are still talking to a few people and will update everyone next week.')).kind).toBe('other');
  });
});

describe('enquiries answered with the state of hiring', () => {
  it('reads "not hiring at the moment, but we have your details" as no rejection', () => {
    const r = read(wrap('Thanks for asking about work in the shop. We are not recruiting at present, but I have kept your number and will ring you if anything opens up.'));
    expect(r.kind).toBe('other');
  });

  it('reads "not taking anyone on right now" the same way', () => {
    expect(read(wrap('Thanks for popping in with your CV. We are not taking anybody on right now, but it is in the drawer for the spring.')).kind).toBe('other');
  });

  it('still reads a role closed in the same words as a rejection', () => {
    const r = read(wrap('Thank you for applying for the Shop Assistant job. We are not recruiting for this post at present, and your application will not be taken further.'));
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });
});

describe('reasons', () => {
  it('reads "not a close enough fit" as a mismatch', () => {
    const r = read(wrap('Having read your application, we do not think it is a close enough match for the programme, so we will not take it further.'));
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('reads a fit "for the team\'s needs" as the role, not the culture', () => {
    const r = read(wrap('Thanks for meeting Ola and me. We have chosen to go ahead with someone who is a closer fit for the team\'s plans this year.'));
    expect(r.reasons).not.toContain('culture_fit');
    expect(r.feedback).toBe(false);
  });

  it('reads a working style that would clash with the culture as culture fit', () => {
    const r = read(wrap('Thanks for your interviews. The team felt your very independent style would clash with our consensus-driven culture, so we will not be proceeding.'));
    expect(r.reasons).toEqual(['culture_fit']);
    expect(r.feedback).toBe(true);
  });

  it('reads a bar not reached at the test stage as the test\'s result, and a named requirement as a gap', () => {
    const bar = read(wrap('Thank you for taking the audio typing test. Unfortunately you did not reach the standard required for the post, so we cannot take your application further.'));
    expect(bar.stage).toBe('assessment');
    expect(bar.reasons).toEqual(['assessment']);
    const named = read(wrap('Thank you for taking the audio typing test. The post needs a level 3 qualification in medical terminology, which you do not have, so we cannot take your application further.'));
    expect(named.reasons).toContain('skills_gap');
  });
});

describe('flags anywhere in the letter', () => {
  it('reads an offer to pass on the panel\'s view, in any words, as feedback offered', () => {
    const r = read(wrap('We will not be offering you the post.\n\nSome people like to hear the panel\'s impressions of their interview; I would be glad to pass them on in a short call.'));
    expect(r.feedbackOffered).toBe(true);
    const pointers = read(wrap('We won\'t be taking you further. If a couple of pointers from the interviewers would help, just reply and I will send them.'));
    expect(pointers.feedbackOffered).toBe(true);
  });

  it('does not read a refusal to share views as an offer', () => {
    expect(read(wrap('We will not be offering you the post. I am afraid we are not able to share the panel\'s views with candidates.')).feedbackOffered).toBe(false);
  });

  it('reads an encouragement to apply, however far the verb sits, as an open door', () => {
    const r = read(wrap('We have not been able to shortlist you this time.\n\nOur summer posts open in April, and we would encourage you to watch for them and then apply.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads work that did not do what it had to as specific feedback', () => {
    const r = read(wrap('Thank you for the design task. The checkout flow didn\'t account for guest users, which the brief asked for, so we will not be moving you forward.'));
    expect(r.feedback).toBe(true);
  });
});
