/**
 * The general rules of the ninth round, each on messages written for this test (not taken from any corpus part).
 * The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Dear Robin,\n\n${body}\n\nKind regards,\nTemitope\nHiring Team`;

describe('stage: steps taken and steps for others', () => {
  it('reads a limit on how many move on to a named step as a process for others', () => {
    const r = read(wrap('With so many applicants we could only bring a handful of people through to the video interview stage, and I am afraid you were not one of them.'));
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('reads the British "at interview" as an interview that happened', () => {
    expect(read(wrap('Thank you for the care you took over your answers at interview. We have decided not to appoint you to the post.')).stage).toBe('interview');
  });

  it('still reads "invited to interview" as no interview', () => {
    expect(read(wrap('We received many strong applications and regret that you have not been invited to interview.')).stage).toBe('application');
  });

  it('reads a step shared with another candidate as the candidate\'s own', () => {
    expect(read(wrap('The hospital has appointed a nurse they interviewed on the same day as you, so this one has not worked out.')).stage).toBe('interview');
  });

  it('reads a talk beside "we have finished our interviews" as an interview', () => {
    const r = read(wrap('It was good to talk with you on Tuesday. We have now completed all of our interviews and have chosen another applicant.'));
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });
});

describe('reasons: the test, the way of working, a need', () => {
  it('reads a shortfall "of what we need" at the test stage as the test\'s result', () => {
    const r = read(wrap('Thank you for the sample translation. It came short of what we need, especially in the rendering of the legal terms, so we cannot add you to our panel.'));
    expect(r.stage).toBe('assessment');
    expect(r.reasons).toEqual(['assessment']);
  });

  it('reads a critique of the task done beside interviews as the test\'s result', () => {
    const r = read(wrap('Thank you for the interview and for preparing the case study. The panel felt the case study did not answer the question of pricing, so we will not be making you an offer.'));
    expect(r.stage).toBe('interview');
    expect(r.reasons).toEqual(['assessment']);
    expect(r.feedback).toBe(true);
  });

  it('reads "after someone with a different background" as a mismatch, not a named requirement', () => {
    const r = read(wrap('Thanks for the call. The client is after someone with a different background for this contract, so they will not take your CV further.'));
    expect(r.reasons).toEqual(['profile_mismatch']);
    expect(r.feedback).toBe(false);
  });

  it('reads "someone who\'s …" as a named need', () => {
    const r = read(wrap('Thank you for interviewing with us. We need someone who\'s already run payroll across several countries, but your experience is in one, so we will not move forward.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('reads hesitation about a way of working as culture fit', () => {
    const r = read(wrap('Thank you for meeting the team. Our reservations were about the way of working: everyone here rotates through support, and you said you would rather not. We will not be offering you the role.'));
    expect(r.reasons).toContain('culture_fit');
    expect(r.feedback).toBe(true);
  });
});

describe('flags: a shortcoming singled out, an eye kept out for the candidate', () => {
  it('reads a shortfall with the shortcoming after "particularly" / "mainly because of" as specific feedback', () => {
    expect(read(wrap('Thank you for the written test. Your paper did not reach the mark we need, in particular on the questions about contract law. We will not progress your application.')).feedback).toBe(true);
    expect(read(wrap('Thanks for the data exercise. Your model fell a little short, mostly because of the way missing values were dropped, so we will not be moving you forward.')).feedback).toBe(true);
  });

  it('does not read a shortfall blamed on the field as specific feedback', () => {
    expect(read(wrap('Thank you for applying. Your application did not quite make it, mainly because of the number of applicants this year.')).feedback).toBe(false);
  });

  it('reads the sender looking out for other openings, or putting the candidate forward for them, as an open door', () => {
    expect(read(wrap('Thanks for your time today. The client has decided not to go further, but I will keep my eyes open for other roles that fit.')).doorOpen).toBe(true);
    expect(read(wrap('The client went with someone else. I will be putting you forward for similar positions as they come in.')).doorOpen).toBe(true);
  });

  it('does not read an application kept on file until a paused process resumes as an open door', () => {
    const r = read(wrap('Recruitment for the Trainee Surveyor post has been paused. Your application remains on file and we will write to you when the process resumes.'));
    expect(r.kind).toBe('on_hold');
    expect(r.doorOpen).toBe(false);
  });
});

describe('second go: the process ended, the others met, a process still running', () => {
  it('reads the sender ending the candidate\'s process as a decline, not a closed role', () => {
    const r = read(wrap('Thank you for the coding exercise. It did not reach the level we need, particularly on input validation, so we will end the process with you at this point.'));
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['assessment']);
  });

  it('reads "the other candidate they met" and "our conversation with <name>" as an interview', () => {
    expect(read(wrap('The client has chosen the other applicant they interviewed, so I am afraid this one has not come off.')).stage).toBe('interview');
    expect(read(wrap('Thank you again for our call with Deborah last week. We have decided not to progress your application.')).stage).toBe('interview');
  });

  it('reads a talk beside all the shortlisted candidates spoken with as an interview, not a final', () => {
    const r = read(wrap('It was good to discuss the post with you on Monday. Having met each of the shortlisted applicants, we have appointed another candidate.'));
    expect(r.stage).toBe('interview');
  });
});

describe('third go: days on site, the effort given, work judged, a step re-dated', () => {
  it('reads coming on site without an article as the final day', () => {
    expect(read(wrap('Thanks for coming onsite on Wednesday to meet the studio. We have decided not to make you an offer.')).stage).toBe('final');
  });

  it('reads the effort put into the interviews as interviews taken part in', () => {
    expect(read(wrap('We appreciate the energy you brought to our interview rounds this month. The role has gone to another applicant.')).stage).toBe('interview');
  });

  it('reads the handed-in work judged at the test stage as the test\'s result, not a missing skill', () => {
    const r = read(wrap('Thanks for returning the pricing task. The forecast did not go deep enough for this role, chiefly in the lack of a sensitivity check, so we will not invite you to interview.'));
    expect(r.stage).toBe('assessment');
    expect(r.reasons).toEqual(['assessment']);
  });

  it('still reads a requirement of the person named beside the work as a skills gap', () => {
    const r = read(wrap('Thanks for returning the pricing task. The work was tidy, but we need someone with five years of experience in insurance pricing, so we will not go further.'));
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads a step moved to a new day as an arrangement, not a pause', () => {
    const r = read(wrap('A small change: the panel chair has been delayed abroad, so we have moved your interview from Tuesday to Thursday at 2pm. Apologies for the shuffle.'));
    expect(r.kind).not.toBe('on_hold');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads a process put on hold as a pause, even when a call is moved', () => {
    const r = read(wrap('The hiring for this role is on hold while the budget is reviewed, so we have postponed your interview until further notice.'));
    expect(r.kind).toBe('on_hold');
  });

  it('reads someone who already works there as an internal appointment, and "think of us again" as an open door', () => {
    const r = read(wrap('We interviewed you last week and enjoyed it, but we have appointed someone who already works in our Glasgow branch. Please think of us again when you next see one of our roles.'));
    expect(r.reasons).toEqual(['internal_candidate']);
    expect(r.doorOpen).toBe(true);
  });

  it('reads "applying with us again" as an open door, and a happier-elsewhere judgement as culture fit', () => {
    expect(read(wrap('We have decided not to move forward. We hope you will consider applying with us again.')).doorOpen).toBe(true);
    const r = read(wrap('Thanks for spending the day with the team. We think you would probably be happier in a more structured organisation than ours, so we will not be offering you the role.'));
    expect(r.reasons).toEqual(['culture_fit']);
  });
});
