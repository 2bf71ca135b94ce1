/**
 * The general rules of the fourth round (docs/decisions/0039), each on messages written for this test
 * (not taken from any corpus part): the rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { isJobDigest } from './alerts.js';
import { readMessage } from './read-message.js';
import type { Sentence } from './types.js';

const read = (text: string) => readMessage({ text }, null);
const wrap = (body: string): string => `Hi Jo,\n\n${body}\n\nBest,\nAli`;

describe('a requirement of the role stated as the reason is a skills gap, in any words', () => {
  it.each([
    "Thanks for the call. Since the role needs a chartered accountant and you're still studying for the exams, we'll pass for now.",
    'The position calls for more experience running payroll in Workday than you described, so we have decided not to continue.',
    'This post requires a forklift licence, which your application does not mention, so we are unable to progress it.',
    'Unfortunately we can only appoint nurses with current NMC registration, so we cannot take your application further.',
    'The panel felt you do not yet have the stakeholder experience the role needs from day one. We will not be offering you the position.',
  ])('%s', (text) => {
    const r = read(wrap(text));
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['skills_gap']);
    expect(r.feedback).toBe(true);
  });

  it('does not take "not what the team needs" or "someone closer to" for a named requirement', () => {
    expect(read(wrap('Unfortunately your background is not what this team needs at the moment, so we will not move forward.')).reasons).toEqual(['profile_mismatch']);
    expect(read(wrap('We feel the role needs someone closer to the sales side, so we will not take this further.')).reasons).not.toContain('generic');
  });

  it('leaves where and whether someone may work to location, not to skills', () => {
    expect(read(wrap('This role is only open to candidates who hold a UK work permit, which your application does not show, so we cannot consider it.')).reasons).toEqual(['location']);
    expect(read(wrap('The role needs someone on site in Leeds four days a week, so we are unable to continue with your application.')).reasons).toEqual(['location']);
  });
});

describe('stage: rounds named by their kind, and conversations only passed on', () => {
  it('reads "the technical and managerial rounds" as interviews', () => {
    expect(read(wrap('Thank you for appearing for the technical and managerial rounds. The panel has decided to go ahead with other candidates.')).stage).toBe('interview');
  });

  it('keeps a recruiter call a screen when the sender only passed the conversation on', () => {
    expect(read(wrap("Thanks for taking my call on Tuesday. I've shared our conversation with the founders and they have decided not to move forward.")).stage).toBe('screen');
  });
});

describe('stage: the steps behind a decision, in other words', () => {
  it.each([
    ['Thanks for your time on Zoom with Nadia and Felix last week. We have decided not to move forward.', 'interview'],
    ['It was lovely getting to know you over the past few weeks. We have chosen another candidate.', 'interview'],
    ['Thank you for the discussion with our head of finance on Monday. We will not be progressing your application.', 'interview'],
    ['Following our call on Tuesday, I have decided not to take your application further.', 'screen'],
  ])('%s', (text, stage) => {
    const r = read(wrap(text));
    expect([r.kind, r.stage]).toEqual(['rejection', stage]);
  });

  it('does not take "time and effort" for a meeting with two people', () => {
    expect(read(wrap('We know each application takes time and effort, and we are grateful. Unfortunately we will not be moving forward.')).stage).toBe('application');
  });
});

describe('doors opened in other words', () => {
  it.each([
    "I'll be sure to flag your profile to colleagues hiring in similar teams.",
    "There will be more roles like this next spring, and I'd love to see your application then.",
    "We'll hold on to your details and be in touch if something comes up that suits you.",
    "Please don't be discouraged from applying for other roles with us.",
  ])('%s', (door) => {
    expect(read(wrap(`We have decided not to move forward with your application. ${door}`)).doorOpen).toBe(true);
  });
});

describe('the last handful: mismatch said softly, what the job turns on, left out of the group', () => {
  it('reads others whose work "sits closer to" ours as a profile mismatch', () => {
    expect(read(wrap('We heard from many writers whose portfolios sit closer to our kind of work, so we will not move forward.')).reasons).toEqual(['profile_mismatch']);
  });

  it('reads what the job turns on, missing from the application, as a skills gap', () => {
    const r = read(wrap('Fluent contract drafting is central to this role, and that did not come through in your application, so we will not progress it.'));
    expect([r.reasons, r.feedback]).toEqual([['skills_gap'], true]);
  });

  it('reads "yours was not among the ones we took forward" as a rejection', () => {
    expect(read(wrap("We had 400 applications for three places, and I'm sorry to say yours wasn't among the ones we took forward.")).kind).toBe('rejection');
  });

  it('reads where the role must sit as location', () => {
    expect(read(wrap('The role must sit in our Dublin office, and as you plan to stay in Madrid we cannot continue.')).reasons).toEqual(['location']);
  });
});

describe('culture: the way the team works set against the candidate', () => {
  it('reads a preference that differs from how the teams work as culture fit', () => {
    const r = read(wrap('We have decided not to proceed. We felt your preference for clear hierarchy differs from the flat way our teams work.'));
    expect(r.reasons).toEqual(['culture_fit']);
  });
});

describe('flags buried in long closings', () => {
  it('finds a door opened with the condition far from the promise', () => {
    expect(read(wrap('We have decided not to offer you the role. Should an opening come up that is a genuinely good match for your experience, we will reach out to you.')).doorOpen).toBe(true);
    expect(read(wrap('The panel has decided to go with other candidates. We shall retain your profile and connect with you for suitable openings in future.')).doorOpen).toBe(true);
  });

  it('takes an offer to discuss the panel\'s view as an offer of feedback', () => {
    expect(read(wrap("Unfortunately we will not be offering you the role. If you would like to discuss the panel's view further, please let me know.")).feedbackOffered).toBe(true);
  });

  it('does not take thanks for "throwing your hat in the ring" for an invitation to apply again', () => {
    expect(read(wrap("Thanks for throwing your hat in the ring. We're going with people whose track record lines up better with the role.")).doorOpen).toBe(false);
  });
});

describe('job alerts and digests decline nobody', () => {
  const sentence = (text: string, footer = false): Sentence => ({ text, norm: text.toLowerCase(), footer, subject: false });

  it('is a digest when the sorry words are about matches and nothing speaks of an application', () => {
    const sorry = sentence("We're sorry, we couldn't find more matches for \"data analyst\".");
    expect(isJobDigest([sentence('Jobs you may be interested in:'), sorry], [sorry])).toBe(true);
    expect(read("Jobs you may be interested in:\n\nAnalyst – Kestrel – Remote\n\nWe're sorry, we couldn't find more matches for \"data analyst\". Try widening your search.\n\nUnsubscribe").kind).toBe('other');
  });

  it('is no digest when a real decision speaks of the application, whatever the footer says', () => {
    const decline = sentence('Unfortunately we will not be moving forward with your application.');
    expect(isJobDigest([decline, sentence('You are receiving this because you created a job alert.', true)], [decline])).toBe(false);
    expect(read(wrap("Sadly we've gone with someone else this time. Sign up for job alerts to hear about similar jobs.")).kind).toBe('rejection');
  });

  it('does not read a policy on individual results as a decline', () => {
    expect(read(wrap('Thank you for completing the assessment. We have received your answers and the team will review them next week. Unfortunately we cannot give individual results at this stage.')).kind).not.toBe('rejection');
  });
});
