/**
 * Public service and hourly work: a score set against a pass mark, an assessor's faults on a practical or a drive, the
 * distance from home to a site, leave to work that stops short of the hours, an age bar, pay below the candidate's own
 * figure, a clearance not held, an essential qualification not obtained, a posting taken down, the federal certificate
 * closed behind a selection, an offer to put the candidate forward for other roles, shifts the candidate cannot cover,
 * checks run on the candidate, the senior jobs pointed at, and a review running late: messages written for this test (not
 * taken from any corpus part), each beside a message in nearby words that must still read the other way. The rules alone
 * (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('a score set against the pass mark', () => {
  it('reads "you have secured 58.25 marks" below the cut-off as feedback', () => {
    const r = read('Dear Candidate,\n\nThe result of the written test for the post of Record Keeper has been declared. The cut-off for your category was 63.00 and you have secured 58.25 marks, so you have not qualified for the interview.\n\nRecruitment Cell', 'Result of written test');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(true);
  });

  it('reads a score on its own line ("Your score: 61.00") as feedback', () => {
    const r = read('Dear Candidate,\n\nThank you for sitting the written examination for Police Dispatcher.\n\nYour score: 61.00\nPassing score: 75.00\n\nYour name will not be placed on the eligible list.\n\nCity Personnel Board', 'Examination result');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(true);
  });

  it('does not read a bare "your score did not reach the cut-off" as feedback', () => {
    const r = read('Dear Candidate,\n\nThe result of the written test for the post of Record Keeper has been declared. Your score did not reach the cut-off for your category, so you have not qualified for the interview.\n\nRecruitment Cell', 'Result of written test');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(false);
  });
});

describe("an assessor's faults on a practical or a drive", () => {
  it('reads "the assessor recorded three serious faults" as assessment with feedback', () => {
    const r = read('Hi Priya,\n\nThanks for coming to the depot for the van driver role. On the assessed drive the assessor recorded three serious faults, including a missed mirror check at the roundabout. We are unable to offer you the job.\n\nFleetway Recruitment', 'Van driver');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('assessment');
    expect(r.feedback).toBe(true);
  });

  it('reads "thanks for doing the pallet truck practical" as the assessment stage', () => {
    const r = read('Hi Owen,\n\nThanks for doing the pallet truck practical at our Wigan site. The assessor failed you on the loading bay section, so we cannot offer you this assignment.\n\nNorthgate Staffing', 'Pallet truck practical');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
    expect(r.reasons).toContain('assessment');
  });

  it('does not read an assessor who only signed the form as a failed assessment', () => {
    const r = read('Hi Owen,\n\nThanks for applying to Northgate Staffing. The assessor who covers the Wigan site has signed off all places for this month, so we cannot offer you this assignment.\n\nNorthgate Staffing', 'Pallet truck operative');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('assessment');
  });
});

describe('the distance from home to the site', () => {
  it('reads "the depot is 42 miles from your address" as location', () => {
    const r = read('Hi Kai, thanks for applying! Our Eastfield depot is 42 miles from your address and the first shift starts at 5am. Because of that we will not be taking your application further. - Depot Hiring', 'Eastfield depot');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
  });

  it('does not read "the depot is 2 miles from the station" as location', () => {
    const r = read('Hi Kai, thanks for applying! Our Eastfield depot is 2 miles from the station and the roles went quickly this week. We will not be taking your application further. - Depot Hiring', 'Eastfield depot');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('location');
  });
});

describe('leave to work that stops short of the hours', () => {
  it('reads "your documents do not give you permission to work more than 20 hours" as location', () => {
    const r = read('Hi Mina,\n\nThanks for coming to the open day. Your documents do not give you permission to work more than 20 hours a week during term, and the stockroom shifts are 30 hours. We cannot offer you the job as things stand.\n\nStore Team', 'Stockroom assistant');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
  });

  it('does not read shifts given to people with till experience as location', () => {
    const r = read('Hi Mina,\n\nThanks for coming to the open day. We have given the stockroom shifts to people who have worked a till before. We cannot offer you the job as things stand.\n\nStore Team', 'Stockroom assistant');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('location');
  });
});

describe('an age bar', () => {
  it('reads "couriers must be 23 or over" as location (eligibility)', () => {
    const r = read('Hi Leo,\n\nThanks for your interest in riding with Zoomline. Our insurance means couriers must be 23 or over, and from the date of birth you gave you are not eligible yet, so we cannot continue with your application.\n\nZoomline Onboarding', 'Courier application');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
  });

  it('does not read "23 riders" as an age bar', () => {
    const r = read('Hi Leo,\n\nThanks for your interest in riding with Zoomline. We have now taken on 23 riders for the season and cannot continue with your application.\n\nZoomline Onboarding', 'Courier application');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('location');
  });
});

describe("pay below the candidate's own figure", () => {
  it('reads "the grade is well below your current salary" as salary', () => {
    const r = read('Dear Alan,\n\nThank you for meeting us for the Caretaker post. The grade (Scale 2) is well below your current salary, and we have decided not to offer you the post.\n\nKind regards\nSchool Office', 'Caretaker');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('salary');
  });

  it('does not read "well below the standard" as salary', () => {
    const r = read('Dear Alan,\n\nThank you for meeting us for the Caretaker post. Your practical task was well below the standard we set, and we have decided not to offer you the post.\n\nKind regards\nSchool Office', 'Caretaker');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('salary');
  });
});

describe('a clearance not held and an essential qualification not obtained', () => {
  it('reads "you do not currently hold an SC clearance" as skills_gap', () => {
    const r = read('Hello Ravi,\n\nThank you for applying to the Network Engineer role. The contract needs an active SC clearance from day one, and you do not currently hold an SC clearance, so we are unable to progress your application.\n\nTalent Team', 'Network Engineer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads "the essential qualification (B.Sc. in Nursing) was not obtained" as skills_gap', () => {
    const r = read('Dear Candidate,\n\nYour application for the post of Staff Nurse has been rejected on scrutiny: the essential qualification (B.Sc. in Nursing) was not obtained by the last date.\n\nRecruitment Board', 'Rejection on scrutiny');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read a fee not paid by the last date as skills_gap', () => {
    const r = read('Dear Candidate,\n\nYour application for the post of Staff Nurse has been rejected on scrutiny: the application fee was not paid by the last date.\n\nRecruitment Board', 'Rejection on scrutiny');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('a posting taken down and a federal certificate closed', () => {
  it('reads "this job posting, Night Picker (Kingsway), is no longer available" as role_closed', () => {
    const r = read('This job posting, Night Picker (Kingsway Distribution Centre), is no longer available and is not accepting applications. Your application has been closed.', 'Job posting closed');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });

  it('reads "accepted the tentative job offer and the certificate has been closed" as position filled only', () => {
    const r = read('Dear Ms. Ortiz,\n\nThank you for interviewing for the Budget Analyst (GS-0560-09) position. The selecting official has chosen a candidate who has accepted the tentative job offer, and the certificate has been closed.\n\nHuman Resources', 'Budget Analyst - Selection');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('position_filled');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('still reads "the vacancy has been closed" as role_closed', () => {
    const r = read('Dear Ms. Ortiz,\n\nThank you for applying for the Budget Analyst (GS-0560-09) position. The vacancy has been closed because of a hiring freeze, and no selection will be made.\n\nHuman Resources', 'Budget Analyst');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });
});

describe('other roles the sender offers to put the candidate forward for', () => {
  it('reads "happy to put your CV forward for those" as an open door', () => {
    const r = read("Hi Dana,\n\nThanks for applying for the Test Engineer role. The programme needs DV clearance, which you could not get in time, so we can't take this further. We do have unclassified roles in our civil team and I'd be happy to put your CV forward for those.\n\nRecruitment", 'Test Engineer');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "we put your CV forward to the manager" as an open door', () => {
    const r = read('Hi Dana,\n\nThanks for applying for the Test Engineer role. We put your CV forward to the hiring manager, who has decided to go with candidates whose testing experience is closer to the brief.\n\nRecruitment', 'Test Engineer');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });
});

describe('shifts the candidate cannot cover', () => {
  it('reads "your availability shows weekends only" against weekday shifts as skills_gap with feedback', () => {
    const r = read("Hi Jess! Thanks for applying to Team Member at Corner Pizza #112. Unfortunately we need people for weekday lunch shifts and your availability shows weekends only. We won't be moving forward right now. Reply STOP to opt out.", 'Corner Pizza');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
    expect(r.feedback).toBe(true);
  });

  it('does not read "if your availability changes" as a reason', () => {
    const r = read('Hi Jess! Thanks for applying to Team Member at Corner Pizza #112. Unfortunately we have filled our weekday lunch shifts. If your availability changes to nights only, let us know. Reply STOP to opt out.', 'Corner Pizza');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('checks run on the candidate', () => {
  it('reads "your security vetting is taking longer" as the assessment stage', () => {
    const r = read('Dear Ms Okafor,\n\nYour security vetting is taking longer than expected because of checks with an overseas police force. Nothing has been decided and your conditional offer still stands. We will be in touch when it is complete.\n\nVetting Unit', 'Vetting update');
    expect(r.kind).toBe('on_hold');
    expect(r.stage).toBe('assessment');
  });

  it('does not read "your security vetting would only start once an offer is made" as the assessment stage', () => {
    const r = read('Dear Ms Okafor,\n\nThank you for applying for the Call Handler post. Hiring for this campaign has been paused while the budget is confirmed, and nothing has been decided on your application yet. Your security vetting would only start once an offer is made. We will be in touch in the new year.\n\nVetting Unit', 'Campaign paused');
    expect(r.kind).toBe('on_hold');
    expect(r.stage).toBe('application');
  });

  it('reads "your result on the Oral Proficiency Test is C" as the assessment stage', () => {
    const r = read('Hello Ms Roy,\n\nYour result on the Second Language Evaluation - Oral Proficiency Test is C. The position requires level B, so you are eliminated from this selection process.\n\nStaffing Services', 'Selection process result');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('does not read "based in whole or in part on your consumer report" as location', () => {
    const r = read('Dear Sam Lee,\n\nThis notice is to inform you that Harbor Freightways has made a final decision not to proceed with your employment based in whole or in part on information in your consumer report obtained from Clearview Screening.\n\nHuman Resources', 'Notice of Adverse Action');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
    expect(r.reasons).not.toContain('location');
  });

  it('still reads "a role based in Leeds" the candidate cannot take as location', () => {
    const r = read('Dear Sam Lee,\n\nThank you for applying to Harbor Freightways. The role is based in Leeds and you told us you cannot relocate, so we will not proceed with your application.\n\nHuman Resources', 'Your application');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
  });
});

describe('the candidate pointed at the senior jobs', () => {
  it('reads "you\'d be better suited to our supervisor roles" as overqualified', () => {
    const r = read("Hi Nadia, thanks for applying to the kitchen porter role. Your CV shows years running a hotel kitchen - this job is washing up on the late shift and we think you'd be better suited to our supervisor roles. We'll pass on this one. Harbour Hotel", 'Kitchen porter');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('overqualified');
  });

  it('does not read "better suited to the late shift" of another candidate as overqualified', () => {
    const r = read("Hi Nadia, thanks for applying to the kitchen porter role. We met someone whose experience was better suited to the late shift, so we'll pass on this one. Harbour Hotel", 'Kitchen porter');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('overqualified');
  });
});

describe('a review running late', () => {
  it('reads "shortlisting is running about three weeks behind" as on hold', () => {
    const r = read('Hi Tom, thanks for applying to Shunter at Greenway Buses. We have had a big response and shortlisting is running about three weeks behind. Your application has not been looked at yet - nothing to worry about. Greenway People Team', 'Your application');
    expect(r.kind).toBe('on_hold');
  });

  it('reads "the team hasn\'t been able to review applications yet" as on hold', () => {
    const r = read("Hi Ana, this is HireBot for Salt & Smoke. The hiring team hasn't been able to review applications yet because of the Christmas rush. Your application is still active and we'll text you when they do.", 'Application update');
    expect(r.kind).toBe('on_hold');
  });

  it('does not read a plain acknowledgement that the team will review applications as on hold', () => {
    const r = read("Hi Ana, this is HireBot for Salt & Smoke. Thanks for applying! The hiring team will review applications after the closing date and we'll text you if they'd like to meet.", 'Application received');
    expect(r.kind).toBe('other');
  });
});
