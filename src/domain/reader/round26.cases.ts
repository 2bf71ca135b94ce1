/**
 * The rules of the twenty-sixth round (rejections from many employers, at every stage): an application not picked, a
 * promise to ping the candidate when a role opens, feedback offered "in case you wish" or as "any more detail", code
 * that failed the test cases, results not within the required range, experience not yet deep enough, a responsibility
 * never held, a panel sat last week, a delay announced before the next step, offers held off, working style set against
 * the team's, the role not the right fit for the candidate's experience, others who came with more of a named thing,
 * a measured result under a required minimum, a grant not renewed, flaws counted in the work by what they are, others
 * chosen because they had already done a named thing and experience that sits more on another side — each on messages written for this test (not taken from any corpus
 * part), beside a message in nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Hi Robin,\n\n${body}\n\nBest wishes,\nPeople Team`;

describe('kind: an application not picked', () => {
  it('reads "your application wasn\'t picked for the next round" as a rejection', () => {
    expect(read(wrap("Thanks for applying for the kitchen porter job. Sadly your application wasn't picked for the next round this time.")).kind).toBe('rejection');
  });

  it('still reads a parcel not picked up as no rejection', () => {
    expect(read(wrap("The welcome pack we posted to you wasn't picked up from the depot, so we'll send it again on Monday ahead of your first shift.")).kind).not.toBe('rejection');
  });
});

describe('doorOpen: a promise to ping the candidate when a role opens', () => {
  it('reads "if a role opens that suits you I\'ll drop you a line" as an open door', () => {
    expect(read(wrap("We've decided not to take your application further. If a role opens up that suits your background, I'll drop you a line.")).doorOpen).toBe(true);
  });

  it('still reads a promise to email about the outcome alone as no open door', () => {
    expect(read(wrap("We've decided not to take your application further. If you have any questions about this decision, just email me.")).doorOpen).toBe(false);
  });
});

describe('feedbackOffered: "in case you wish" and "any more detail"', () => {
  it('reads "in case you wish to get some feedback, reply to this mail" as an offer', () => {
    expect(read(wrap('We will not be moving your profile forward for the Store Manager post. In case you wish to get some feedback on the discussion, kindly reply to this mail.')).feedbackOffered).toBe(true);
  });

  it('reads "if you\'d like any more detail, I\'m happy to set up a call" as an offer', () => {
    expect(read(wrap("The panel have decided not to progress you this time. If you'd like any more detail, I'm happy to set up a short call.")).feedbackOffered).toBe(true);
  });

  it('still reads a refusal of feedback as no offer', () => {
    expect(read(wrap('The panel have decided not to progress you this time. We are not able to provide feedback to candidates at this stage.')).feedbackOffered).toBe(false);
  });
});

describe('assessment: code that failed the test cases, results not within range', () => {
  it('reads "the solutions failed most of the hidden test cases" as an assessment result with feedback', () => {
    const got = read(wrap('Thanks for sitting the coding round. Your last two solutions failed most of the hidden test cases, so we will not be moving you to interviews.'));
    expect(got.reasons).toContain('assessment');
    expect(got.feedback).toBe(true);
  });

  it('reads "your results were not within the required range" as an assessment result', () => {
    expect(read(wrap('Thank you for completing the numerical reasoning tests. Your results were not within the range we require, so we cannot progress your application.')).reasons).toContain('assessment');
  });

  it('still reads a passed test followed by an interview decision without an assessment reason', () => {
    expect(read(wrap('You passed the online test comfortably, and the team enjoyed the interview, but we have decided to go with another candidate.')).reasons).not.toContain('assessment');
  });
});

describe('skills_gap: experience not yet deep enough, a responsibility never held', () => {
  it('reads "your experience with Terraform wasn\'t yet deep enough" as a skills gap', () => {
    expect(read(wrap("After the interview we felt your experience with Terraform wasn't yet deep enough for the platform work, so we won't be progressing.")).reasons).toContain('skills_gap');
  });

  it('reads "you mentioned you hadn\'t been responsible for a budget" as a skills gap', () => {
    expect(read(wrap("The role owns a seven-figure budget, and in our chat you mentioned you hadn't been responsible for a budget before, so we have decided not to go further.")).reasons).toContain('skills_gap');
  });

  it('still reads "if you haven\'t managed a team yet, apply for the lead role" as no skills gap', () => {
    expect(read(wrap("We have decided to go with another candidate. If you haven't managed a team yet, our associate lead programme opens in May.")).reasons).not.toContain('skills_gap');
  });
});

describe('stage: a panel sat, stages gone through', () => {
  it('reads "including the panel last Tuesday" as an interview', () => {
    expect(read(wrap('Thank you for your time across all three stages of the process, including the panel last Tuesday. We have offered the role to someone else.')).stage).toBe('interview');
  });

  it('still reads an application with no step taken as the application stage', () => {
    expect(read(wrap('Thank you for applying for the planner role. The shortlisting panel will not be taking your application forward.')).stage).toBe('application');
  });
});

describe('on_hold: a delay announced before the next step', () => {
  it('reads "there will be a short delay before we confirm next steps" as a paused process', () => {
    expect(read(wrap('Thanks for the call on Friday. The director is travelling, so there will be a short delay before we can confirm the next steps. Your application is still with us.')).kind).toBe('on_hold');
  });

  it('still reads a delay followed by a decline as a rejection', () => {
    expect(read(wrap('Apologies, there was a short delay before we could review applications. Unfortunately we will not be progressing yours.')).kind).toBe('rejection');
  });
});

describe('role_closed: offers held off', () => {
  it('reads "we have to hold off on all new hiring" as the role closed for now', () => {
    expect(read(wrap('Thanks for meeting the team. Our board has asked us to hold off on all new hiring until the spring, so we are pausing the process and will update you then.')).reasons).toContain('role_closed');
  });

  it('still reads "hold off on booking travel" as no closed role', () => {
    expect(read(wrap('Unfortunately we will not be progressing your application. Please hold off on booking travel for the assessment day, which you no longer need to attend.')).reasons).not.toContain('role_closed');
  });
});

describe('culture_fit: working style set against the team', () => {
  it('reads "you do your best work with lots of structure, which isn\'t something we can offer" as culture fit', () => {
    expect(read(wrap("From our call it sounded like you do your best work with lots of structure around you, which isn't something we can offer as a five-person company, so we'll pass.")).reasons).toContain('culture_fit');
  });

  it('reads "more directive than the collaborative way we run reviews" as culture fit', () => {
    expect(read(wrap('The team felt your style in the review exercise was more directive than the collaborative way we run design reviews, so we have decided not to make an offer.')).reasons).toContain('culture_fit');
  });

  it('does not read "the way you like to work" as a skills gap', () => {
    expect(read(wrap('We felt that the way you like to work, mostly on your own, doesn\'t suit this role, which is built around daily pairing, so we will not proceed.')).reasons).not.toContain('skills_gap');
  });

  it('still reads a named technical gap in the interview as a skills gap', () => {
    expect(read(wrap('The interviewers felt your answers on database indexing were mostly theoretical, so we will not proceed.')).reasons).toContain('skills_gap');
  });
});

describe('profile_mismatch and skills_gap: the right fit, others who came with more', () => {
  it('reads "the role is not the right fit for your background" as a profile mismatch', () => {
    expect(read(wrap("We don't think the job as it stands is the right fit for your background, so we won't move to the next step.")).reasons).toContain('profile_mismatch');
  });

  it('still reads "we hope you find a role that is the right fit for your background" as no profile mismatch', () => {
    expect(read(wrap('We have chosen another applicant. We hope you find a role that is the right fit for your background soon.')).reasons).not.toContain('profile_mismatch');
  });

  it('reads "other applicants came with more hospital pharmacy experience" as a skills gap', () => {
    expect(read(wrap('Other applicants came with more hospital pharmacy experience, so we are not taking your application forward.')).reasons).toContain('skills_gap');
  });

  it('still reads "other applicants came with more relevant experience" as a profile mismatch', () => {
    const got = read(wrap('Other applicants came with more relevant experience, so we are not taking your application forward.'));
    expect(got.reasons).not.toContain('skills_gap');
  });
});

describe('assessment: a measured result under the minimum', () => {
  it('reads "your score was 52 against a pass mark of 60" as an assessment result with feedback', () => {
    const got = read(wrap('Thank you for sitting the bookkeeping test. The minimum needed to progress is 60, and your score was 52, so we cannot take you forward.'));
    expect(got.reasons).toContain('assessment');
    expect(got.feedback).toBe(true);
  });

  it('still reads a score given with an invitation as no rejection', () => {
    expect(read(wrap('Great news: your score was 81 on the bookkeeping test, well above the minimum, and we would like to invite you to interview.')).kind).not.toBe('rejection');
  });
});

describe('role_closed: a grant not renewed', () => {
  it('reads "our grant was not renewed, so the post will not go ahead" as the role closed', () => {
    expect(read(wrap('Thank you for applying for the outreach worker post. Our lottery grant was not renewed, so the post will not go ahead and we cannot progress applications.')).reasons).toContain('role_closed');
  });

  it('still reads a grant-writing skill the candidate lacks as no closed role', () => {
    expect(read(wrap('Thank you for applying. The role needs someone who has written grant bids before, and your CV does not show this, so we will not progress your application.')).reasons).not.toContain('role_closed');
  });
});

describe('feedback: flaws counted in the work', () => {
  it('reads "the reviewers noted several incorrect figures" as specific feedback', () => {
    expect(read(wrap('Thank you for the modelling exercise. The reviewers noted several incorrect figures in the cash-flow tab, so we will not be taking your application further.')).feedback).toBe(true);
  });

  it('still reads "we noted several strong applications" as no feedback', () => {
    expect(read(wrap('We noted several strong applications for this role and have decided not to take yours further.')).feedback).toBe(false);
  });
});

describe('skills_gap: others chosen for what they had already done, experience on another side', () => {
  it('reads "we chose the other finalist because they had already launched a product in Japan" as a skills gap', () => {
    expect(read(wrap('It was close, but we chose the other finalist because they had already launched a consumer app in Japan, which is our next market.')).reasons).toContain('skills_gap');
  });

  it('reads "your experience sits more on the retail side than the wholesale work" as a skills gap', () => {
    expect(read(wrap('The team felt your experience sits more on the retail side than the wholesale account work this role covers, so we will not progress.')).reasons).toContain('skills_gap');
  });

  it('still reads "your experience is more in line with our other team than this one" as no skills gap', () => {
    expect(read(wrap('We felt your experience is more in line with our other team than this one, so we will not progress this application.')).reasons).not.toContain('skills_gap');
  });
});
