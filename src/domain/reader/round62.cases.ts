/**
 * Reasons said in passing after the conversations: the others compared on the whole role beside a named requirement, the
 * chosen person's closer background beside a filled role, salary figures told back, a team too small for what the candidate
 * led, doubts about collaboration, handed-in work that left its brief; and words that only look like a reason (a process
 * closed for everyone else, a postponed shortlisting, a pleasure to learn more, an offer to tell more about a test). Messages
 * written for this test (not taken from any corpus part), each beside a message in nearby words that must still read the
 * other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const letter = (body: string) => `Hi Priya,\n\nThank you for the conversations with the team last week.\n\n${body}\n\nBest,\nJonas\nRecruiting, Halvard Systems`;

describe('a comparison with the others beside a named requirement', () => {
  it('keeps "another applicant was better suited to the role" beside a named language as a second reason', () => {
    const r = read(letter('We will not be moving forward. The directors felt that another applicant was better suited to the role, and they also noted that the post needs fluent Portuguese for the Brazilian accounts, which you told us you do not speak.'));
    expect(r.reasons).toEqual(expect.arrayContaining(['skills_gap', 'profile_mismatch']));
  });

  it('keeps a comparison summed up with "overall" after the named requirement in the same sentence', () => {
    const r = read(letter('Two things came up: the role requires hands-on experience configuring Workday, which you told us you have only used as an end user, and overall the panel felt other candidates\' backgrounds fit the HR portfolio more closely.'));
    expect(r.reasons).toEqual(expect.arrayContaining(['skills_gap', 'profile_mismatch']));
  });

  it('folds a comparison added after the named requirement, with no summing-up, into the requirement', () => {
    const r = read(letter('Two things came up: the role requires hands-on experience configuring Workday, which you told us you have only used as an end user, and the other finalist had a background that matched more closely.'));
    expect(r.reasons).toContain('skills_gap');
    expect(r.reasons).not.toContain('profile_mismatch');
  });

  it('reads a comparison that names the domain itself as the requirement alone', () => {
    const r = read(letter('We will not be moving forward. The directors felt another applicant\'s background in treasury systems was a closer fit, since the post needs hands-on experience with treasury systems, which you have only seen as a user.'));
    expect(r.reasons).toContain('skills_gap');
    expect(r.reasons).not.toContain('profile_mismatch');
  });

  it('keeps "the other profiles were closer to the position" told on its own line beside a named certificate', () => {
    const r = read(letter('We will not move forward with your application.\n• A PRINCE2 Practitioner certification is a requirement for this role; we did not find it in your profile.\n• In general, the other profiles we received were closer to the position.'));
    expect(r.reasons).toEqual(expect.arrayContaining(['skills_gap', 'profile_mismatch']));
  });

  it('reads a comparison followed by "particularly in" a named area as the requirement alone', () => {
    const r = read(letter('We will not move forward. The panel felt another finalist was a stronger fit overall, particularly in warehouse robotics, and the role needs hands-on experience with robotic picking systems, which you have not yet used.'));
    expect(r.reasons).toContain('skills_gap');
    expect(r.reasons).not.toContain('profile_mismatch');
  });
});

describe('the chosen person\'s closer background beside a filled role', () => {
  it('keeps "her background was a closer match to what we need" beside an accepted offer', () => {
    const r = read(letter('We made an offer to the other finalist, which has been accepted. What decided it was that her background, running logistics for a founder at our stage, was a closer match to what we need this year.'));
    expect(r.reasons).toEqual(expect.arrayContaining(['position_filled', 'profile_mismatch']));
  });

  it('does not add a mismatch to an accepted offer with nothing compared', () => {
    const r = read(letter('We made an offer to the other finalist, which has been accepted. Her first day with us is in February.'));
    expect(r.reasons).toEqual(['position_filled']);
  });
});

describe('a critique of the task past the test stage', () => {
  it('reads "the totals didn\'t match" in a final-round presentation as the task\'s result alone', () => {
    const r = read('Dear Omar,\n\nThank you for presenting your case at the final round on Monday. The panel have decided not to offer you the position. While your delivery was calm, the numbers in your presentation didn\'t reconcile: the forecast on slide 3 didn\'t match the totals in your appendix.\n\nKind regards,\nTalent Team', 'Final round');
    expect(r.reasons).toEqual(['assessment']);
  });

  it('still reads others compared beside the critique as a second reason', () => {
    const r = read('Dear Omar,\n\nThank you for presenting your case at the final round on Monday. The panel have decided not to offer you the position. The numbers in your presentation didn\'t reconcile, and other candidates were a closer match for the role.\n\nKind regards,\nTalent Team', 'Final round');
    expect(r.reasons).toContain('profile_mismatch');
  });
});

describe('words that only look like a reason', () => {
  it('does not read "a pleasure to learn more about your background in X" as a missing skill', () => {
    const r = read('Hi Tomasz,\n\nThanks for the call on Monday, it was a pleasure to learn more about your background in cold-chain logistics.\n\nThe client has confirmed the role needs Australian citizenship, so as you hold a temporary visa we can\'t take your application further.\n\nRegards,\nMia');
    expect(r.reasons).toEqual(['location']);
  });

  it('still reads "we needed more experience in X" as a missing skill', () => {
    const r = read('Hi Tomasz,\n\nThanks for the call on Monday. The client has decided not to take your application further, as they needed more experience in cold-chain logistics for this role.\n\nRegards,\nMia');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read "closing the process for everyone else" as a closed role', () => {
    const r = read(letter('We had planned a further conversation, but we have decided to take another candidate forward and are closing the process for everyone else.'));
    expect(r.reasons).not.toContain('role_closed');
  });

  it('still reads a process closed because the role was cancelled as a closed role', () => {
    const r = read(letter('We are closing the process, as the role has been cancelled following the budget review.'));
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read an offer to tell more about the candidate\'s performance in the task as a test result', () => {
    const r = read('Dear Kavya,\n\nThank you for completing the aptitude test and the case task. We regret to inform you that your candidature has not been shortlisted for the interview round.\n\nP.S. Should you wish to know more about your performance in the task, you may write to us within 15 days.\n\nTalent Acquisition', 'Application status');
    expect(r.reasons).not.toContain('assessment');
  });

  it('still reads the performance in the task told as below the bar as a test result', () => {
    const r = read('Dear Kavya,\n\nThank you for completing the aptitude test and the case task. We regret to inform you that your candidature has not been shortlisted, as your performance in the task was below the required score.\n\nTalent Acquisition', 'Application status');
    expect(r.reasons).toContain('assessment');
  });

  it('does not read a postponed shortlisting as a role on hold', () => {
    const r = read('Dear Ifeoma,\n\nThank you for applying. The shortlisting for this role has been postponed because the panel chair is on leave, and we expect to finish it next week. Your application remains under consideration.\n\nHuman Resources');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('still reads a recruitment postponed for the budget as a role on hold', () => {
    const r = read('Dear Ifeoma,\n\nThank you for applying. The recruitment for this role has been postponed until the budget review is complete. Your application remains on file.\n\nHuman Resources');
    expect(r.reasons).toContain('role_closed');
  });
});

describe('salary told back with figures', () => {
  it('reads "you\'re looking for a base of around $150k, and the band tops out at $120k" as salary', () => {
    const r = read('Hi Dev,\n\nThanks for the intro call. I\'m afraid we can\'t take things further: you\'re looking for a base of around $150k, and the band for this role tops out at $120k.\n\nBest,\nCarla');
    expect(r.reasons).toContain('salary');
  });

  it('does not read a figure the employer agrees to as salary', () => {
    const r = read('Hi Dev,\n\nThanks for the intro call. You\'re looking for a base of around $150k and that works for us; the hiring manager has however gone with another candidate.\n\nBest,\nCarla');
    expect(r.reasons).not.toContain('salary');
  });

  it('reads "you mentioned a floor of £90k, and this role is banded at £75k" as salary', () => {
    const r = read(letter('We have agreed to leave it here. You mentioned a floor of £90k plus a car allowance, and this role is banded at £72–75k.'));
    expect(r.reasons).toContain('salary');
  });

  it('reads "we can\'t get close enough to the package you need" as salary', () => {
    const r = read(letter('We have agreed that we can\'t get close enough to the package you need, so we will leave it here.'));
    expect(r.reasons).toContain('salary');
  });

  it('does not read "we can\'t get close enough to a decision" as salary', () => {
    const r = read(letter('We can\'t get close enough to a decision this month, so we have gone with another candidate.'));
    expect(r.reasons).not.toContain('salary');
  });

  it('reads "the package you currently have is well above what we can offer" as salary', () => {
    const r = read(letter('We have decided not to make an offer. The package you currently have is well above what we can offer for this role.'));
    expect(r.reasons).toContain('salary');
  });
});

describe('overqualified and the way of working', () => {
  it('reads "having led forty people, you\'d find a team of four quite limiting" as overqualified', () => {
    const r = read(letter('We have decided not to make an offer. Having led a department of forty people, you\'d find a team of four that stays hands-on quite limiting.'));
    expect(r.reasons).toContain('overqualified');
  });

  it('does not read "you\'d find the commute quite limiting" as overqualified', () => {
    const r = read(letter('We have decided not to make an offer. We also wondered whether you\'d find the commute quite limiting.'));
    expect(r.reasons).not.toContain('overqualified');
  });

  it('reads "the hesitation was around collaboration" as culture fit', () => {
    const r = read(letter('The panel was impressed by your depth. The hesitation was around collaboration: several people felt you drove to your own answer rather than bringing others along. So we will not be extending an offer.'));
    expect(r.reasons).toContain('culture_fit');
  });

  it('does not read "the hesitation was around your SQL depth" as culture fit', () => {
    const r = read(letter('The hesitation was around your SQL depth, so we will not be extending an offer.'));
    expect(r.reasons).not.toContain('culture_fit');
  });

  it('reads "you prefer a very directive leadership style, while our teams are self-organising" as culture fit', () => {
    const r = read(letter('We decided not to make you an offer. We had the impression that you prefer a very directive leadership style, while our teams are self-organising.'));
    expect(r.reasons).toContain('culture_fit');
  });

  it('does not read praise of a clear leadership style as culture fit', () => {
    const r = read(letter('We decided not to make you an offer. You have an impressive background and a clear leadership style.'));
    expect(r.reasons).not.toContain('culture_fit');
  });
});

describe('tests, gaps and filled programmes', () => {
  it('reads "question 4 wasn\'t attempted" as the test\'s result', () => {
    const r = read('Hi Sam,\n\nThanks for the SQL exercise. We are not going to progress to the next stage. Questions 1 and 2 were fine, but question 4 wasn\'t attempted.\n\nOwen', 'SQL exercise');
    expect(r.reasons).toEqual(['assessment']);
  });

  it('does not read "section 2 of your form wasn\'t completed" as a test result', () => {
    const r = read('Hi Sam,\n\nThanks for applying. We are not able to progress your application, as section 2 of your application form wasn\'t completed.\n\nOwen', 'Your application');
    expect(r.reasons).not.toContain('assessment');
  });

  it('reads a writing sample that drifted away from the brief as the test\'s result', () => {
    const r = read('Hi Maeve,\n\nThanks for the writing sample. We have decided not to go further: the long-form piece drifted away from the audience in the brief and read as written for engineers.\n\nCormac', 'Your writing sample');
    expect(r.reasons).toEqual(['assessment']);
  });

  it('does not read a conversation that drifted from the brief as a test result', () => {
    const r = read(letter('We have decided not to go further. Our conversation drifted away from the brief, which was our fault, but the team has chosen another candidate.'));
    expect(r.reasons).not.toContain('assessment');
  });

  it('reads "all offers for the programme in X have now been made and accepted" as filled', () => {
    const r = read('Dear Arun,\n\nThank you for attending the assessment day. All offers for the 2027 Graduate Programme in Risk have now been made and accepted, so we are unable to extend an offer to you.\n\nCampus Recruiting', 'Assessment day outcome');
    expect(r.reasons).toContain('position_filled');
  });

  it('does not read offers still to be made as filled', () => {
    const r = read('Dear Arun,\n\nThank you for attending the assessment day. Unfortunately you have not been successful; offers for the 2027 Graduate Programme in Risk will be made in March.\n\nCampus Recruiting', 'Assessment day outcome');
    expect(r.reasons).not.toContain('position_filled');
  });

  it('reads "the main gap they identified was experience of X" as a missing skill', () => {
    const r = read('Dear Moses,\n\nThe panel has decided not to appoint you. The main gap they identified was experience of leading a team through a regulatory inspection.\n\nDirector of People', 'Final panel outcome');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read "the main gap was the two weeks between interviews" as a missing skill', () => {
    const r = read('Dear Moses,\n\nThe panel has decided not to appoint you. I apologise for the delay; the main gap was the two weeks between interviews.\n\nDirector of People', 'Final panel outcome');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads a design that "didn\'t deal with X, which is the heart of what this team builds" as a missing skill', () => {
    const r = read(letter('We have decided not to move forward. The panel felt your design for the billing service didn\'t deal with retries or idempotency, which is the heart of what this team builds.'));
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read "didn\'t deal with the bonus question, which is fine" as a missing skill', () => {
    const r = read(letter('We have decided to move forward with another candidate. You didn\'t deal with the bonus question, which is fine, as it was optional.'));
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "this one needs someone already qualified, as you\'re still part-way through your exams" as a missing skill', () => {
    const r = read('Hi Tanvir,\n\nGreat to speak on Monday. Unfortunately this one needs someone who\'s already CIMA qualified, so we can\'t take you forward as you\'re still part-way through your exams.\n\nHarriet');
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads "this one needs someone based in Leeds" as location, not a missing skill', () => {
    const r = read('Hi Tanvir,\n\nGreat to speak on Monday. Unfortunately this one needs someone based in Leeds five days a week, so we can\'t take you forward.\n\nHarriet');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads paused reqs as a role on hold', () => {
    const r = read('Hi Aarav,\n\nThanks for sending the take-home. We have just been told that all open reqs in the data org are paused while the company finalises its budget. I will reach out once I know more.\n\nMarisol', 'Data Engineer - a pause');
    expect(r.reasons).toContain('role_closed');
  });
});
