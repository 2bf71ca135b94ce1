/**
 * A student's internship season: the candidate's own withdrawal and a place turned down, right-to-work questions that leave
 * the application going on, a start held for screening, a reserve list while places are all taken, a named test's score
 * below the bar, a feedback report put within reach, the next programme put to the candidate, a requirement not found in
 * the transcript, a questionnaire, another office "a better fit for your circumstances", notes on the candidate's responses
 * offered: messages written for this test (not taken from any corpus part), each beside a message in nearby words that must
 * still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('the candidate\'s own withdrawal and a place turned down', () => {
  it('does not read the candidate accepting a placement elsewhere as a decline', () => {
    const r = read('Hi Priya,\n\nThanks so much for the invitation to the assessment centre on the 14th. I\'ve accepted a year-long industrial placement offer with another firm, and it wouldn\'t be right to take a seat another applicant could use.\n\nAll the best,\nTom Hale', 'Re: Assessment centre invitation');
    expect(r.kind).toBe('other');
  });

  it('still reads the employer\'s decline that names another candidate', () => {
    const r = read('Hi Tom,\n\nThanks for coming to the assessment centre on the 14th. We\'ve offered the industrial placement to another candidate, and it wouldn\'t be right to keep you waiting, so we won\'t be taking your application further.\n\nAll the best,\nPriya', 'Assessment centre outcome');
    expect(r.kind).toBe('rejection');
  });

  it('does not read "I won\'t be able to take the place up" from the candidate as a decline', () => {
    const r = read('Dear Mr Ross,\n\nThank you for letting me know a spot has opened on the insight week. Unfortunately I won\'t be able to take the place up, as I\'ve accepted a summer internship and the dates overlap.\n\nKind regards,\nAmira', 'Re: Insight week place');
    expect(r.kind).toBe('other');
  });

  it('still reads "we won\'t be able to offer you a place" from the employer as a decline', () => {
    const r = read('Dear Amira,\n\nThank you for applying to our insight week. Unfortunately we won\'t be able to offer you a place this year, as we had far more applications than spots.\n\nKind regards,\nMr Ross', 'Insight week application');
    expect(r.kind).toBe('rejection');
  });

  it('does not read "I\'m withdrawing my application" as a decline', () => {
    const r = read('Hello,\n\nI\'m withdrawing my application for the Risk Summer Internship, including the interview on Monday. Thank you for your time and for the chance to apply.\n\nBest,\nJonah', 'Withdrawal');
    expect(r.kind).toBe('other');
  });
});

describe('a right-to-work question that leaves the application going on', () => {
  it('does not read a sponsorship policy asked about, with the application going on, as a decline', () => {
    const r = read('Dear Lena,\n\nThanks for applying to the Graduate Analyst Internship in Amsterdam. Unfortunately we cannot sponsor work permits for internships. Can you let us know whether you already have the right to work in the Netherlands? This is a routine check and does not affect your application.\n\nBest regards,\nRecruitment Team', 'A question about your right to work');
    expect(r.kind).toBe('other');
  });

  it('does not read it as a decline when the application will continue to be reviewed', () => {
    const r = read('Dear Lena,\n\nThanks for applying to the Graduate Analyst Internship in Amsterdam. Unfortunately we cannot sponsor work permits for internships. Can you confirm your right to work in the Netherlands? Your application will continue to be reviewed in the meantime.\n\nBest regards,\nRecruitment Team', 'A question about your right to work');
    expect(r.kind).toBe('other');
  });

  it('still reads the sponsorship policy applied to the candidate as a decline', () => {
    const r = read('Dear Lena,\n\nThanks for applying to the Graduate Analyst Internship in Amsterdam. Unfortunately we cannot sponsor work permits for internships, and as you need sponsorship we are unable to take your application further.\n\nBest regards,\nRecruitment Team', 'Your application');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
  });
});

describe('a start held until screening is complete', () => {
  it('does not read "we cannot confirm your start date until the checks are complete" as a decline', () => {
    const r = read('Dear Kofi,\n\nYour pre-employment vetting for the summer placement has begun. Please upload your documents this week. Regrettably, we cannot confirm your start date until the vetting is complete.\n\nPeople Services', 'Vetting');
    expect(r.kind).toBe('other');
  });

  it('still reads "we are unable to confirm your placement" as a decline', () => {
    const r = read('Dear Kofi,\n\nYour pre-employment vetting for the summer placement is now complete. Regrettably, we are unable to confirm your placement and have withdrawn the offer.\n\nPeople Services', 'Vetting outcome');
    expect(r.kind).toBe('rejection');
  });
});

describe('a reserve list while places are all taken', () => {
  it('reads places all taken with the candidate put on the reserve list as a pause, with no door', () => {
    const r = read('Dear Sam,\n\nThank you for applying for our Summer Insight Programme. Our places are all taken at present, but we have put you on our reserve list. Should a place free up before May, we will be in touch.\n\nInsight Team', 'Insight Programme');
    expect(r.kind).toBe('on_hold');
    expect(r.doorOpen).toBe(false);
  });

  it('does not read a waiting list for an event as a pause', () => {
    const r = read('Dear Sam,\n\nThe CV workshop sessions are all full at present, but we have put you on our reserve list. Should a seat free up, we will be in touch.\n\nCareers Team', 'CV workshop');
    expect(r.kind).toBe('other');
  });
});

describe('a named test\'s score below the bar', () => {
  it('reads "your numerical result fell short of the mark" as feedback', () => {
    const r = read('Hi Dan,\n\nThanks for completing the online tests. I\'m sorry to say your numerical result fell short of the mark we need, so we won\'t be taking your application further.\n\nEarly Careers', 'Online tests');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(true);
  });

  it('reads "the threshold score in the logical reasoning section" as feedback', () => {
    const r = read('Hi Dan,\n\nThanks for completing the online tests. Unfortunately you did not reach the threshold score in the logical reasoning section, so we cannot progress your application.\n\nEarly Careers', 'Online tests');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(true);
  });

  it('does not read a test result told only as not successful as feedback', () => {
    const r = read('Hi Dan,\n\nThanks for completing the online tests. Unfortunately you were not successful at this stage, so we cannot progress your application.\n\nEarly Careers', 'Online tests');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(false);
  });
});

describe('a feedback report put within reach', () => {
  it('reads a feedback report to download from the portal as an offer of feedback', () => {
    const r = read('Dear Chloe,\n\nThank you for taking our game-based assessment. Regrettably your application will not progress further this year. A personalised feedback report can be downloaded from your applicant portal until the end of the month.\n\nGraduate Recruitment', 'Assessment outcome');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read a feedback report that is not available as an offer of feedback', () => {
    const r = read('Dear Chloe,\n\nThank you for taking our game-based assessment. Regrettably your application will not progress further this year. Feedback reports are not available for this stage.\n\nGraduate Recruitment', 'Assessment outcome');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(false);
  });
});

describe('the next programme put to the candidate', () => {
  it('reads "consider our graduate programme when it opens" as an open door', () => {
    const r = read('Dear Ollie,\n\nThank you for attending our assessment centre. After careful thought, we will not be offering you a place on the internship. We hope you will consider our graduate programme when it opens in the autumn.\n\nStudent Recruitment', 'Assessment centre outcome');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('reads "look out for our next placement round" as an open door', () => {
    const r = read('Dear Ollie,\n\nThank you for applying. I\'m sorry, we can\'t take your application forward this time. Do look out for our next placement round in January.\n\nStudent Recruitment', 'Your application');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read thanks for applying to the programme as an open door', () => {
    const r = read('Dear Ollie,\n\nThank you for applying to our 2027 graduate programme. I\'m sorry, we can\'t take your application forward this time.\n\nStudent Recruitment', 'Your application');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });
});

describe('a requirement not found in what the candidate sent', () => {
  it('reads a requirement not seen in the transcript as a skills gap with feedback', () => {
    const r = read('Dear Noor,\n\nThank you for applying for the Data Science Internship. The role requires at least one module in machine learning, and we could not find this in your transcript. We will not be progressing your application.\n\nTalent Team', 'Data Science Internship');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
    expect(r.feedback).toBe(true);
  });

  it('does not read a decline that names no requirement as a skills gap', () => {
    const r = read('Dear Noor,\n\nThank you for applying for the Data Science Internship. We were unable to progress your application, as many strong candidates applied.\n\nTalent Team', 'Data Science Internship');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('a questionnaire is no doubt about fit', () => {
  it('does not read a work-style questionnaire as culture fit', () => {
    const r = read('Dear Ellis,\n\nThank you for completing the personality and work-style questionnaire. Your answers did not meet the level required, so you will not move on to the interview stage.\n\nCareers Team', 'Questionnaire result');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('culture_fit');
  });

  it('still reads a doubt about the candidate\'s working style as culture fit', () => {
    const r = read('Dear Ellis,\n\nThank you for interviewing with us. We were not sure your working style would suit the pace of the desk, so you will not move on to the final round.\n\nCareers Team', 'Interview result');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('culture_fit');
  });
});

describe('another office a better fit for the candidate\'s circumstances', () => {
  it('does not read "a better fit for your circumstances" as a mismatch', () => {
    const r = read('Dear Femi,\n\nThank you for applying. Regrettably the Toronto programme is only open to those with the right to work in Canada, which you do not have, so we cannot proceed with your application. Our Manchester office may be a better fit for your circumstances.\n\nCampus Team', 'Toronto programme');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
    expect(r.reasons).not.toContain('profile_mismatch');
  });

  it('still reads other applicants who were a better fit as a mismatch', () => {
    const r = read('Dear Femi,\n\nThank you for applying. Regrettably we have chosen applicants whose experience was a better fit for the programme, so we cannot proceed with your application.\n\nCampus Team', 'Toronto programme');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('profile_mismatch');
  });
});

describe('notes on the candidate\'s responses offered', () => {
  it('reads an offer to send a short summary of the notes on the candidate\'s answers as an offer, not feedback', () => {
    const r = read('Hi Grace,\n\nThanks for completing the online interview. Sadly we won\'t be inviting you to the final round this time. If you\'d like, just reply and I\'ll send a brief summary of the reviewer notes on your answers.\n\nBest,\nMia', 'Online interview');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(true);
    expect(r.feedback).toBe(false);
  });

  it('does not read a summary of the day\'s agenda as an offer of feedback', () => {
    const r = read('Hi Grace,\n\nThanks for completing the online interview. Sadly we won\'t be inviting you to the final round this time. I\'ve attached a brief summary of the programme for next year.\n\nBest,\nMia', 'Online interview');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(false);
  });
});
