/**
 * Regretful words that decline nothing (a decline sent in error and taken back, a post not offered yet beside a contract, a
 * pay term refused beside another), reasons told in one clause of a longer letter (pay out of reach, a post let go, travel
 * the candidate cannot do, the case that decided, a step down, a requirement held firm, a skill's share of the role) and
 * doors in unusual words: messages written for this test (not taken from any corpus part), each beside a message in nearby
 * words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('a decline sent in error and taken back', () => {
  it('does not read "the email saying you were unsuccessful was sent in error" as a decline', () => {
    const r = read('Hi Tomasz,\n\nApologies: the message you got on Monday telling you that your application had been unsuccessful was sent in error by our recruitment system. You are still being considered for the Warehouse Planner role and we will be in touch after the shortlisting meeting.\n\nSorry for any worry this caused,\nPeople Team', 'Your application');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads a decline beside an invitation sent in error as a decline', () => {
    const r = read('Hi Tomasz,\n\nApologies: the interview invitation you got on Monday was sent in error by our recruitment system. Unfortunately your application for the Warehouse Planner role has been unsuccessful on this occasion.\n\nSorry for any confusion,\nPeople Team', 'Your application');
    expect(r.kind).toBe('rejection');
  });

  it('does not read "was unsuccessful — forwarded by mistake, please ignore" as a decline', () => {
    const r = read('Dear Ana,\n\nWe regret that your application for the Ward Clerk post was unsuccessful — forwarded by mistake, please ignore. That note was for a different applicant. You are invited to interview on Tuesday at 2pm.\n\nRecruitment', 'Ward Clerk');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('a post not offered yet, with a contract offered beside it', () => {
  it('does not read "not able to offer you the permanent role yet, but we would love you to start as a contractor" as a decline', () => {
    const r = read('Hi Priya,\n\nThanks for the conversations this month. We are not able to offer you the permanent Data Analyst role yet, as the headcount is still waiting for sign-off, but we would love you to join us on a three-month contract from February.\n\nLet me know,\nSam', 'An offer');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads "not able to offer you the role" with no other term as a decline', () => {
    const r = read('Hi Priya,\n\nThanks for the conversations this month. We are not able to offer you the permanent Data Analyst role, as we have gone with a candidate with more SQL experience.\n\nAll the best,\nSam', 'Data Analyst');
    expect(r.kind).toBe('rejection');
  });
});

describe('a pay term refused beside another offered', () => {
  it('does not read "the budget can\'t quite stretch to your figure, but we can offer" as a decline', () => {
    const r = read('Hi Marcus,\n\nWe would love to offer you the Store Manager role! Unfortunately the budget can\'t quite stretch to the £38k you mentioned, but we can offer £36k with a review after probation.\n\nBest,\nJo', 'Good news');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads "the budget can\'t quite stretch to your figure" with nothing offered as a decline', () => {
    const r = read('Hi Marcus,\n\nThank you for the interviews. Unfortunately the budget can\'t quite stretch to the £38k you mentioned, so we are not able to offer you the Store Manager role.\n\nBest,\nJo', 'Store Manager');
    expect(r.kind).toBe('rejection');
  });
});

describe('pay out of reach, told in one clause', () => {
  it('reads "we couldn\'t get close to the £80k you needed" as salary', () => {
    const r = read('Hi Ben,\n\nThanks for meeting us for the last round. We have decided not to go further: we couldn\'t get close to the £80k you needed to make the move worthwhile.\n\nBest,\nKate', 'Final round');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('salary');
  });

  it('reads "the salary you need and what we can pay are too far apart" as salary', () => {
    const r = read('Hi Ben,\n\nThanks for chatting with us. The salary you need and what we can pay for this post are too far apart, so we will stop here.\n\nBest,\nKate', 'Hatch');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('salary');
  });

  it('reads "the pay is less than half of what you told us you\'d need" as salary', () => {
    const r = read('Hi Ben,\n\nWe have decided not to take this further. The pay we talked about is less than half of what you told us you\'d need.\n\nBest,\nKate', 'Following up');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('salary');
  });

  it('does not read "we couldn\'t get close to the 80 hires we planned" as salary', () => {
    const r = read('Hi Ben,\n\nThanks for meeting us for the last round. We have decided not to go further: other candidates matched the role more closely, and this year we couldn\'t get close to the 80 hires we planned.\n\nBest,\nKate', 'Final round');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('salary');
  });
});

describe('a post let go, said as a decision not to fill it', () => {
  it('reads "the decision not to fill this position" as role_closed', () => {
    const r = read('Hi Owen,\n\nThank you for applying for the Learning Assistant post. We have taken the difficult decision not to fill this position at this time.\n\nRegards,\nHR', 'Learning Assistant');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read "the decision not to fill this position internally" as role_closed', () => {
    const r = read('Hi Owen,\n\nThank you for applying. We took the decision not to fill this position internally, and have offered it to another external candidate whose experience more closely matches the role.\n\nRegards,\nHR', 'Learning Assistant');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('role_closed');
  });
});

describe('travel the candidate cannot do', () => {
  it('reads "that level of travel would not be possible" as location', () => {
    const r = read('Hi Rae,\n\nThanks for interviewing. The post means visiting sites across Scotland most weeks, and you told us that level of travel would not be possible for you, so we won\'t take your application further.\n\nBest,\nIain', 'Field Trainer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
  });

  it('does not read "that level of detail would not be possible" as location', () => {
    const r = read('Hi Rae,\n\nThanks for interviewing. We won\'t take your application further: we were looking for someone with more experience of training adults, and that level of detail would not be possible to give in writing.\n\nBest,\nIain', 'Field Trainer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('location');
  });
});

describe('the test named as the part that decided', () => {
  it('reads "the presentation was the deciding part" as assessment', () => {
    const r = read('Dear Nia,\n\nThank you for the interview, which included a short presentation. The panel were unable to recommend you for appointment. The presentation was the deciding part, and the panel felt your recommendation was not persuasive.\n\nYours sincerely,\nRecruitment', 'Interview outcome');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('assessment');
  });

  it('does not read "experience was the deciding part" as assessment', () => {
    const r = read('Dear Nia,\n\nThank you for the interview. The panel were unable to recommend you for appointment. Experience of leading a team was the deciding part, and another candidate had more of it.\n\nYours sincerely,\nRecruitment', 'Interview outcome');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('assessment');
  });
});

describe('a step down, a requirement held firm, a skill\'s share of the role', () => {
  it('reads "we would be asking you to take a real step down" as overqualified', () => {
    const r = read('Hi Dan,\n\nGood to talk. I don\'t think the Team Leader post is right for you: you have managed four branches, and we would be asking you to take a real step down.\n\nBest,\nLou', 'Quick note');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('overqualified');
  });

  it('does not read "a step down in pay" as overqualified', () => {
    const r = read('Hi Dan,\n\nGood to talk. I don\'t think the Team Leader post is right for you, as it would mean taking a real step down in pay from what you earn now.\n\nBest,\nLou', 'Quick note');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('overqualified');
  });

  it('reads "the client is strict about needing X, and you have Y only" as skills_gap', () => {
    const r = read('Hi Femi,\n\nThanks for the call. The client is strict about needing a CSCS Gold card for this site, and you hold the Blue card only, so I can\'t submit you.\n\nRegards,\nRecruiter', 'Site role');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read "the client is strict about needing someone based in Leeds, and you are in Bristol" as skills_gap', () => {
    const r = read('Hi Femi,\n\nThanks for the call. The client is strict about needing someone based in Leeds, and you are in Bristol, so I can\'t submit you.\n\nRegards,\nRecruiter', 'Site role');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "the role is about 60% X, and you have only followed a course" as skills_gap', () => {
    const r = read('Hi Eli,\n\nSorry, we won\'t be moving you forward. The role is about 60% writing Terraform, and you said you\'ve only followed an online course so far.\n\nThanks,\nMo', 'Platform Engineer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads "not yet comfortable with X, which is needed for our first rotation" beside a test as skills_gap', () => {
    const r = read('Hi Kim,\n\nThank you for completing the online assessment for our graduate scheme. However, the coding section fell below the pass mark, and reviewers noted that you are not yet comfortable with SQL joins, which is needed for our first rotation. We won\'t be able to offer you an interview.\n\nEarly Careers', 'Your assessment');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('assessment');
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads a test failed with no skill named as assessment only', () => {
    const r = read('Hi Kim,\n\nThank you for completing the online assessment for our graduate scheme. However, the coding section fell below the pass mark. We won\'t be able to offer you an interview.\n\nEarly Careers', 'Your assessment');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('doors in unusual words', () => {
  it('reads "when you have a piece or two built, drop me a line" as a door', () => {
    const r = read('Dear Maya,\n\nThank you for coming in. We have chosen someone who already builds in Figma every day. When you have a case study or two built in Figma, drop me a line directly.\n\nWarmly,\nJen', 'UX Designer');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "when you have had a chance to read the feedback, drop me a line" as a door', () => {
    const r = read('Dear Maya,\n\nThank you for coming in. We have chosen someone who already builds in Figma every day. When you have had a chance to read the feedback, drop me a line with any questions.\n\nWarmly,\nJen', 'UX Designer');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "I would like to put your name forward when that opens" as a door', () => {
    const r = read('Dear Leon,\n\nThe role has gone to a colleague who covered it on secondment. We are setting up a second team in Leeds next year, and I would like to put your name forward when that opens.\n\nBest wishes,\nTalent', 'Outcome');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "I would not want to put your name forward when that opens" as a door', () => {
    const r = read('Dear Leon,\n\nThe role has gone to a colleague who covered it on secondment. We are setting up a second team in Leeds next year, but I would not want to put your name forward when that opens.\n\nBest wishes,\nTalent', 'Outcome');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });
});

describe('a decision held until the organisation changes', () => {
  it('reads "we are pausing the decision until her successor is in place" as role_closed', () => {
    const r = read('Hi Sam,\n\nAfter your final interview, the manager for the Analytics Lead role has resigned. We want her successor to have a say, so we are pausing the decision until the new head starts in March. You are still in the running.\n\nBest,\nTalent', 'An update');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read "pausing the decision until the panel is back after the holidays" as role_closed', () => {
    const r = read('Hi Sam,\n\nAfter your final interview, half the panel is away for the holidays, so we are pausing the decision until everyone is back in January. You are still in the running.\n\nBest,\nTalent', 'An update');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('reads "all senior appointments wait until the structure is reviewed" as role_closed', () => {
    const r = read('Dear Amir,\n\nI am sorry for the wait since your final interview. Our new chair has asked that all senior appointments wait until the board has reviewed the structure, and the Finance Lead post is one of them. The process is paused, not closed.\n\nWith best wishes,\nHR', 'Finance Lead');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toContain('role_closed');
  });
});

describe('others who scored more highly on the tests', () => {
  it('reads "we considered your results … other candidates scored more highly" after psychometric tests as assessment', () => {
    const r = read('Dear Mr Osei,\n\nThank you for completing the online tests for our graduate scheme. Having considered your results, we regret that other candidates scored more highly, and we will not be progressing your application.\n\nGraduate Recruitment', 'Graduate scheme');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('assessment');
  });

  it('does not read "other candidates scored more highly against the criteria" on the application as assessment', () => {
    const r = read('Dear Mr Osei,\n\nThank you for applying for our graduate scheme. Having considered your application, we regret that other candidates scored more highly against the criteria, and we will not be progressing your application.\n\nGraduate Recruitment', 'Graduate scheme');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('assessment');
  });
});

describe('a pause pressed until a commitment is confirmed', () => {
  it('reads "we need to press pause: until the contract is confirmed we can\'t commit to new headcount" as on hold', () => {
    const r = read('Dear Lena,\n\nThank you for meeting us on Monday. I\'m afraid we need to press pause: our funding renewal has slipped, and until it is confirmed we can\'t commit to new headcount on the project. We will pick this up with you again once it is signed.\n\nRegards,\nProgramme Director', 'Project Officer');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads "we can\'t commit to new headcount, so we will not take your application further" as a decline', () => {
    const r = read('Dear Lena,\n\nThank you for meeting us on Monday. I\'m afraid our funding renewal has fallen through, so we can\'t commit to new headcount on the project and will not be taking your application further.\n\nRegards,\nProgramme Director', 'Project Officer');
    expect(r.kind).toBe('rejection');
  });
});
