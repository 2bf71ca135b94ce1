/**
 * Campus recruiting mail (internships, co-op terms, new-grad programmes): withdrawals the student asked for, notices about a
 * posting, applications carried over to a new requisition, career-fair follow-ups, intern headcount frozen, places not yet
 * set, graduation dates and majors outside a programme's rule, one-way video interviews, the next cycle named as the door:
 * messages written for this test (not taken from any corpus part), each beside a message in nearby words that must still
 * read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('campus look-alikes that decline nobody', () => {
  it('reads a withdrawal the student asked for, confirmed "as you requested … has been withdrawn", as no rejection', () => {
    const r = read('Dear Tomas,\n\nAs you requested, your application for the Process Engineering Co-op position (Req 30117) at Larchmont Chemicals has been withdrawn. No further action will be taken.\n\nWe wish you all the best.\n\nLarchmont Chemicals Student Recruiting', 'Application withdrawn');
    expect(r.kind).toBe('other');
  });

  it('still reads a requisition withdrawn by the employer as a rejection', () => {
    const r = read('Dear Tomas,\n\nThe Process Engineering Co-op position (Req 30117) at Larchmont Chemicals has been withdrawn, and we will not be proceeding with your application.\n\nWe wish you all the best.\n\nLarchmont Chemicals Student Recruiting', 'Application update');
    expect(r.kind).toBe('rejection');
  });

  it('reads a closed-posting notice sent to everyone who viewed or saved it as no rejection', () => {
    const r = read('Hello,\n\nThe posting for 2027 Summer Analyst - Procurement (Req 5521) at Ferncliff Foods is no longer accepting applications.\n\nThis notice goes to everyone who viewed or saved this posting. Other student roles are listed on our careers site.\n\nFerncliff Foods Careers', 'Posting closed');
    expect(r.kind).toBe('other');
  });

  it('still reads a cancelled requisition told to the applicant as a rejection', () => {
    const r = read('Hello Dana,\n\nThe posting for 2027 Summer Analyst - Procurement (Req 5521) at Ferncliff Foods has been cancelled, so we will not be moving forward with your application.\n\nFerncliff Foods Careers', 'Your application');
    expect(r.kind).toBe('rejection');
  });

  it('reads an application transferred to a new requisition and still under consideration as no pause', () => {
    const r = read('Dear Lina,\n\nThe Data Engineering Intern posting you applied to has been re-posted under a new requisition number (R-88120) after a system upgrade. Your application has been transferred automatically and remains under consideration.\n\nNorthwind Logistics Talent Acquisition', 'Your application has moved');
    expect(r.kind).toBe('other');
  });

  it('still reads a transferred application whose interviews are paused as on hold', () => {
    const r = read('Dear Lina,\n\nYour application has been transferred automatically to the new requisition and remains under consideration. However, interviews for the program have been paused until the hiring budget is approved.\n\nNorthwind Logistics Talent Acquisition', 'Your application has moved');
    expect(r.kind).toBe('on_hold');
  });

  it('reads a career-fair follow-up that "can\'t guarantee an interview to everyone" as no rejection', () => {
    const r = read('Hi Ravi,\n\nLovely to meet you at the Waterloo tech career fair yesterday. Here is the link to our co-op postings.\n\nUnfortunately we can\'t guarantee an interview to everyone we met, but we\'ll keep you in mind as we shortlist.\n\nJune Park\nCampus Recruiter', 'Following up from the career fair');
    expect(r.kind).toBe('other');
  });

  it('still reads "we will not be offering you an interview" after the fair as a rejection', () => {
    const r = read('Hi Ravi,\n\nLovely to meet you at the Waterloo tech career fair yesterday. Unfortunately we will not be offering you an interview for the co-op role this term.\n\nJune Park\nCampus Recruiter', 'Following up from the career fair');
    expect(r.kind).toBe('rejection');
  });

  it('reads a form refused because the programme had closed for applications as no rejection', () => {
    const r = read('Dear Ada,\n\nThank you for your interest. Unfortunately the Graduate Engineer programme closed for applications on 15 October, so we could not submit your form.\n\nGraduate Recruitment', 'Graduate Engineer programme');
    expect(r.kind).toBe('other');
  });

  it('still reads a closed programme that declines the application as a rejection', () => {
    const r = read('Dear Ada,\n\nThank you for your interest. The Graduate Engineer programme has now closed and we have decided not to progress your application.\n\nGraduate Recruitment', 'Graduate Engineer programme');
    expect(r.kind).toBe('rejection');
  });
});

describe('intern headcount frozen and places not yet set', () => {
  it('reads intern headcount frozen and the intern req on hold as on hold, for a closed role', () => {
    const r = read('Hi Sam,\n\nAfter our recruiter call, a quick update: our org has frozen intern headcount for now, so the Summer 2027 intern req is on hold until further notice. You have not been declined.\n\nMaya, Recruiting', 'Intern req update');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toContain('role_closed');
  });

  it('still reads an intern req cancelled for good as a rejection', () => {
    const r = read('Hi Sam,\n\nAfter our recruiter call, a quick update: the Summer 2027 intern req has been cancelled and will not be reopened, so we won\'t be moving forward with your application.\n\nMaya, Recruiting', 'Intern req update');
    expect(r.kind).toBe('rejection');
  });

  it('reads a pause on all new-grad hiring as the role closed for now', () => {
    const r = read('Hi Noor,\n\nThank you for your patience since your onsite. The company has placed a pause on all new-grad hiring for the rest of the quarter. You are still in process with us, and I will reach out as soon as the pause lifts.\n\nUniversity Recruiting', 'Update on your process');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toContain('role_closed');
  });

  it('reads "have not yet finalised the number of co-op positions" as the role closed for now', () => {
    const r = read('Dear Felix,\n\nThank you for completing the online assessment. Our managers have not yet finalised the number of co-op positions for the summer term, so interview decisions will be delayed until January. You are still under consideration.\n\nStudent Recruitment', 'Timing update');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read a delay for the interviewers\' travel as the role closed', () => {
    const r = read('Dear Felix,\n\nThank you for completing the online assessment. Interview decisions will be delayed until January because two of our interviewers are travelling. You are still under consideration.\n\nStudent Recruitment', 'Timing update');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).not.toContain('role_closed');
  });
});

describe('the next cycle as the door, and "new grad" as a programme name', () => {
  it('reads "applications open in August, and we\'d like to see you apply then" as an open door', () => {
    const r = read('Hi Leo,\n\nThanks for applying to the Platform Engineering Intern role. We will not be advancing your application this year.\n\nApplications open in August, and we hope you apply then.\n\nUniversity Recruiting', 'Your application');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read the next cycle\'s dates alone as an open door', () => {
    const r = read('Hi Leo,\n\nThanks for applying to the Platform Engineering Intern role. We will not be advancing your application this year.\n\nApplications for new-grad roles open in August.\n\nUniversity Recruiting', 'Your application');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('does not read thanks for interviewing for the "new grad position" as an open door', () => {
    const r = read('Dear Amir,\n\nWe want to thank you for your time interviewing for the Backend Engineer, New Grad position at Quillfield.\n\nThe hiring team has made its decision and we will not be proceeding with your candidacy.\n\nQuillfield Talent', 'Backend Engineer, New Grad');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('still reads a hope that the student applies for new positions as an open door', () => {
    const r = read('Dear Amir,\n\nThe hiring team has made its decision and we will not be proceeding with your candidacy. We hope you will apply for new positions with us as they open.\n\nQuillfield Talent', 'Backend Engineer, New Grad');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });
});

describe('programme rules told about this student', () => {
  // (read as a named requirement until ADR 0088, which counts a graduation window as eligibility, with the location)
  it('reads a graduation date outside the programme\'s window as eligibility (location), with feedback', () => {
    const r = read('Dear Imani,\n\nThank you for applying to the 2027 Analyst Development Program. Your expected graduation date of December 2028 falls outside the window for this cohort, so we are unable to consider you for the program.\n\nEarly Careers', 'Analyst Development Program');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
    expect(r.feedback).toBe(true);
  });

  it('does not read a graduation date inside the window as a requirement missed', () => {
    const r = read('Dear Imani,\n\nThank you for applying to the 2027 Analyst Development Program. We received many strong applications and have decided to move forward with other candidates.\n\nEarly Careers', 'Analyst Development Program');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads a posting restricted to named majors, and the student registered in another, as a named requirement', () => {
    const r = read('Hi Owen,\n\nThank you for applying to the Controls Co-op (Winter 2027). This posting is restricted to students enrolled in Mechanical or Electrical Engineering, and our records show you are registered in Physics. For that reason we cannot consider your application.\n\nStudent Programs', 'Controls Co-op');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read a posting restricted to students of named universities as a skill missed', () => {
    const r = read('Hi Owen,\n\nThank you for applying to the Controls Co-op (Winter 2027). This posting is restricted to students enrolled at partner universities in Ontario, and you are enrolled in a university in Quebec. For that reason we cannot consider your application.\n\nStudent Programs', 'Controls Co-op');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads a role that leans on something the student "hasn\'t had much" of as a named requirement', () => {
    const r = read('Hi Kai,\n\nThe team decided not to move forward. Your coding was solid; this role leans heavily on embedded C and hardware bring-up, and you haven\'t had much hands-on exposure there yet.\n\nDev, Firmware Team', 'From your interviewer');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read a role described as leaning on something, with no word of the student, as a requirement missed', () => {
    const r = read('Hi Kai,\n\nThe team decided not to move forward. This role leans heavily on embedded C and hardware bring-up, and we had many strong candidates.\n\nDev, Firmware Team', 'From your interviewer');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('the stage a campus candidate reached', () => {
  it('reads a letter from "one of your interviewers" as after an interview', () => {
    const r = read('Hi Zoe,\n\nI was one of your interviewers on Thursday for the Data Platform Intern role. The team decided not to move forward, and I wanted to tell you myself.\n\nGood luck,\nIvan', 'From your interviewer');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('reads a recruiter call and "after thinking it over with the team" as a screen, not an interview', () => {
    const r = read('Hi Zoe,\n\nThanks for making time for our call about the Marketing Intern role. After thinking it over with the team, we don\'t think the role is the right match for your experience, so we are going to stop the process here.\n\nTalent Partner', 'Marketing Intern');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('screen');
  });

  it('still reads a call and a meeting with the team as an interview', () => {
    const r = read('Hi Zoe,\n\nThanks for making time for our call and for meeting with the team on Friday about the Marketing Intern role. We have decided not to move forward with your application.\n\nTalent Partner', 'Marketing Intern');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('reads "thank you for recording your video interview" as the assessment stage', () => {
    const r = read('Dear Mia,\n\nThank you for recording your video interview for the Tax Summer Intern role. Our team has reviewed your responses, and we will not be moving you forward to the next stage.\n\nCampus Recruiting', 'Video interview outcome');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('still reads thanks for a video interview with the team as an interview', () => {
    const r = read('Dear Mia,\n\nThank you for your video interview with the tax team on Monday for the Tax Summer Intern role. We will not be moving you forward to the next stage.\n\nCampus Recruiting', 'Video interview outcome');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });
});

describe('the handed-in work not taken far enough', () => {
  it('reads "the analysis didn\'t go deep enough into the cost data" as feedback', () => {
    const r = read('Dear Hana,\n\nThank you for completing the take-home case for the Operations Intern role. The model didn\'t go deep enough into the supplier data we provided, and we won\'t be moving you forward.\n\nTalent Team', 'Case study');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(true);
  });

  it('does not read a case that went deep into the data, and a plain decline, as feedback', () => {
    const r = read('Dear Hana,\n\nThank you for completing the take-home case for the Operations Intern role. We received many strong submissions, and we won\'t be moving you forward.\n\nTalent Team', 'Case study');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(false);
  });
});
