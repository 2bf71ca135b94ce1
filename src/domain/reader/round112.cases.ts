/**
 * Early-career letters and long letters: a programme or an intake not run at all; a place kept for the employer's own
 * interns, apprentices or staff; a named colleague appointed after years in the team; a fit said only of the pay; a
 * culture fit explained after a colon about how a desk works, and one told only as "it came down to fit"; a decline
 * taken back as sent in error, and an application said to go on beside a failed upload or a lost test; a post withdrawn
 * with its funding. Messages written for this test (not taken from any corpus part), each beside a message in nearby
 * words that must read the other way. The rules alone (`null`) must read them, and the model must not undo them.
 */
import { describe, expect, it } from 'vitest';
import { bareFit } from './learned.js';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const both = (text: string, subject?: string) => [read(text, subject), readMessage({ text, subject })];

describe('a programme or an intake not run at all', () => {
  it('reads "we have decided not to run the Graduate Programme in 2027" as the role closed', () => {
    for (const r of both('Dear Imogen,\n\nThank you for applying to the Supply Chain Graduate Programme at Weldmoor Foods.\n\nAfter reviewing our plans for next year, we have made the decision not to run the Supply Chain Graduate Programme in 2027. All applications have been closed, and no candidates will be taken further.\n\nWe are sorry to bring you this news.\n\nGraduate Recruitment, Weldmoor Foods')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toEqual(['role_closed']);
    }
  });

  it('does not read a programme that will run, with this candidate not chosen, as the role closed', () => {
    for (const r of both('Dear Imogen,\n\nThank you for applying to the Supply Chain Graduate Programme at Weldmoor Foods.\n\nWe will run the programme in 2027 as planned, and we received many strong applications. Unfortunately, we will not be taking your application further on this occasion.\n\nGraduate Recruitment, Weldmoor Foods')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).not.toContain('role_closed');
    }
  });
});

describe('the place kept for the employer\'s own people', () => {
  it('reads one of the current apprentices moving across into the role as an internal candidate', () => {
    const r = read('Hi Callum,\n\nThank you for your interview for the Finance placement year at Brackenridge.\n\nSince then, one of our current apprentices in the finance team has asked to move across into the placement, and we have agreed. We won\'t be progressing your application.\n\nBest,\nStudent Recruitment');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['internal_candidate']);
  });

  it('reads the places offered to the employer\'s own interns, converting to full-time roles, as internal candidates', () => {
    const r = read('Dear Rohan,\n\nThank you for applying for the Associate Analyst – Fresher position at Sarvodaya Retail.\n\nThe positions for this year have been offered to students from our current internship programme, who will be converting into full-time roles. We will therefore not be processing external applications.\n\nRegards,\nTalent Acquisition');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
    // "would like to inform you" is no invitation to apply again
    expect(r.doorOpen).toBe(false);
  });

  it('still reads an invitation to the employer\'s internship programme as an open door', () => {
    const r = read('Dear Rohan,\n\nThank you for applying for the Associate Analyst position at Sarvodaya Retail. We will not be taking your application further.\n\nWe would like to invite you to apply for our summer internship programme, which opens in March.\n\nRegards,\nTalent Acquisition');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('reads a named colleague appointed after years leading the team\'s own work as an internal candidate', () => {
    const r = read('Hi Mei,\n\nThank you for the three conversations and the presentation for the Head of Operations role.\n\nAfter the final presentations we have decided to appoint Daniel, who has been running our northern depots for the last four years, into the role.\n\nI\'m sorry this is not the news you hoped for.\n\nWarm regards,\nRuth');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['internal_candidate']);
  });

  it('does not read a role folded into a director\'s remit, and so not filled externally, as an internal candidate', () => {
    const r = read('Dear Tomasz,\n\nThank you for attending the final interview for the Head of Data role.\n\nFollowing a reorganisation, the Head of Data role has been folded into an existing director\'s remit, so the position won\'t be filled externally.\n\nKind regards,\nPeople Team');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['role_closed']);
  });
});

describe('a fit said only of the pay', () => {
  it('reads "it isn\'t a fit on compensation" with the figures as salary alone', () => {
    for (const r of both('Hi Lotte,\n\nThanks for the call this morning.\n\nI\'ve spoken to the hiring manager and unfortunately it isn\'t a fit on compensation: the €80,000 you mentioned is well above the band, which tops out at €64,000. So we won\'t be moving forward.\n\nBest,\nJoris\nRecruiter')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toEqual(['salary']);
      expect(r.feedback).toBe(true);
    }
  });
});

describe('a culture fit explained, and one told only as fit', () => {
  it('reads a fit explained after a colon about how the desk works as a culture fit with specific feedback', () => {
    for (const r of both('Hi Ben,\n\nThanks for coming in to meet the sports team for the Digital Producer role.\n\nWe\'ve decided not to offer you the job. We don\'t think it\'s the right match for how this desk works: you told us you do your best work with a clear brief and a few days to polish, and here the brief is a message in the group chat and the deadline is in forty minutes.\n\nThanks again,\nNell')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toEqual(['culture_fit']);
      expect(r.feedback).toBe(true);
    }
  });

  it('reads "you said you\'d rather work alone" beside a fit as the way of working, not a skill missing', () => {
    const r = read('Dear Farah,\n\nThank you for your two interviews for the Features Writer role.\n\nWe don\'t think you\'d be the right fit for the team – you said you\'d rather work alone on long pieces and have your editor step in only at the end, and here every feature is written in pairs.\n\nBest wishes,\nRowan');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['culture_fit']);
    expect(r.feedback).toBe(true);
  });

  it('reads "it did come down to fit with the team, I\'m afraid" as a culture fit without specific feedback', () => {
    for (const r of both('Hi Priya,\n\nThank you for meeting the whole team at the final stage for the Account Director role.\n\nWe won\'t be moving forward. It did come down to fit with the team, I\'m afraid.\n\nAll the best,\nMarcus')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toEqual(['culture_fit']);
      expect(r.feedback).toBe(false);
    }
  });

  it('tells a fit said in general from one said of this candidate', () => {
    expect(bareFit('after a lot of discussion, we felt that the team dynamics weren\'t quite right for this particular role, so we won\'t be moving forward.')).toBe(true);
    expect(bareFit('we really enjoyed meeting you, but the culture fit wasn\'t quite there for this particular team.')).toBe(true);
    expect(bareFit('the team felt it wasn\'t the right fit with how the team works together.')).toBe(true);
    expect(bareFit('the team dynamics weren\'t right: you interrupted the others in the group exercise.')).toBe(false);
  });

  it('does not read frequent changes of direction in how a team works as the role closed', () => {
    const r = read('Hi Ananya,\n\nThanks for the interviews last week about the Frontend Engineer role.\n\nWe\'ve decided not to go ahead. You told us you prefer to plan a sprint ahead and find frequent changes of direction draining, which is fair, but it\'s exactly what this team lives with.\n\nBest,\nSam');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('still reads a change of direction in the business as the role closed', () => {
    const r = read('Hi Ananya,\n\nThanks for the interviews last week about the Frontend Engineer role.\n\nDue to a change of direction in our product strategy, the role has been withdrawn and we will not be hiring for it.\n\nBest,\nSam');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read the budget the role holds as the role closed', () => {
    const r = read('Dear Kwame,\n\nThank you for interviewing for the Programme Manager role.\n\nThe panel felt another candidate\'s experience was a closer match. In particular, the panel was looking for someone who had managed a large budget directly; in the examples you gave, the budget was held by your manager.\n\nWith best wishes,\nDeborah');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('role_closed');
  });
});

describe('a decline taken back, and an application that goes on', () => {
  it('reads "please disregard the email … unsuccessful; it was sent in error" with the application under review as no rejection', () => {
    for (const r of both('Dear Grace,\n\nPlease disregard the email you received from us this morning telling you that your application for the Graduate Marketing Scheme was unsuccessful. It was sent to a group of candidates in error.\n\nYour application is still under review, and you will hear from us about the next stage by 14 November.\n\nWe are very sorry for any confusion.\n\nGraduate Recruitment')) {
      expect(r.kind).toBe('other');
    }
  });

  it('still reads a decline that says the earlier invitation was sent in error as a rejection', () => {
    const r = read('Dear Grace,\n\nThe interview invitation you received this morning was sent in error. I\'m sorry to say that your application for the Graduate Marketing Scheme was unsuccessful on this occasion.\n\nGraduate Recruitment');
    expect(r.kind).toBe('rejection');
  });

  it('reads a failed document upload, with the application still in progress, as no rejection', () => {
    for (const r of both('Dear Applicant,\n\nYour document upload was unsuccessful. The file could not be uploaded because it exceeds the 5 MB limit; please upload it again from your candidate account.\n\nYour application for Summer Internship 2026 – Technology remains in progress.\n\nThis is an automated message.')) {
      expect(r.kind).toBe('other');
    }
  });

  it('reads lost test results to be resubmitted, with the application kept open, as no rejection', () => {
    for (const r of both('Hi Sienna,\n\nSadly we could not find your results for the numerical reasoning test – the session timed out before your answers were submitted.\n\nPlease retake the test using the link below before Sunday. Your application will stay open in the meantime.\n\nGraduate Recruitment')) {
      expect(r.kind).toBe('other');
    }
  });

  it('still reads a decline that keeps the application on file for future roles as a rejection', () => {
    const r = read('Hi Sienna,\n\nUnfortunately your application for the Graduate Analyst role has not been successful. Your application will remain on file for future roles.\n\nGraduate Recruitment');
    expect(r.kind).toBe('rejection');
  });
});

describe('a post withdrawn with its funding', () => {
  it('reads a post withdrawn and no appointment made as a rejection, not a pause, though a new grant is awaited', () => {
    for (const r of both('Dear Dr Varga,\n\nThank you for interviewing for the Research Software Engineer post on 9 June.\n\nThe funding for this post has not been approved. The University has therefore withdrawn the post, and we will not be making an appointment.\n\nWe have resubmitted the grant application, and a decision is expected in the new year.\n\nYours sincerely,\nProfessor Alan Whitfield')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toEqual(['role_closed']);
    }
  });

  it('still reads a post whose funding is awaited, with no appointment yet, as a pause', () => {
    for (const r of both('Dear Dr Varga,\n\nThank you for interviewing for the Research Software Engineer post on 9 June.\n\nThe funding for this post has not yet been approved, so we will not be making an appointment until the research council decides. We expect to hear in the new year and will be in touch then; you remain on our shortlist.\n\nYours sincerely,\nProfessor Alan Whitfield')) {
      expect(r.kind).toBe('on_hold');
    }
  });
});

describe('a recruiter\'s call and the hiring manager consulted afterwards', () => {
  it('reads "having thought it over with the hiring manager" after a recruiter\'s call as a screen', () => {
    for (const r of both('Hi Léa,\n\nThanks for the call on Monday.\n\nHaving thought it over with the hiring manager, we don\'t think this role is the right fit for your experience, so we won\'t be moving you to the next stage.\n\nKerry\nRecruitment, Tollgate Software')) {
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('screen');
    }
  });

  it('still reads a call with the hiring manager as an interview', () => {
    const r = read('Hi Léa,\n\nThanks for the call on Monday with our hiring manager.\n\nWe don\'t think this role is the right fit for your experience, so we won\'t be moving you to the next stage.\n\nKerry\nRecruitment, Tollgate Software');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });
});

describe('others who would slot into the team', () => {
  it('reads "the other candidates would slot into the team more naturally" as a culture fit without specific feedback', () => {
    for (const r of both('Hey Ollie,\n\nThanks for coming in on Wednesday to meet the crew.\n\nThe reason I\'m writing is simple: fit. We felt the other candidates would slot into the team a bit more naturally, so we\'re going to pass this time.\n\nAll the best,\nKit')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toEqual(['culture_fit']);
      expect(r.feedback).toBe(false);
    }
  });
});

describe('a programme open to students graduating in a window', () => {
  it('reads an expected graduation date outside the programme\'s window as eligibility (location), not a skill missing', () => {
    for (const r of both('Dear Luke,\n\nThank you for applying to the Fenwick Partners Graduate Analyst Scheme.\n\nThe scheme is open to final-year students graduating in summer 2026 and to recent graduates. Your application shows an expected graduation date of June 2028, so we are not able to consider you for this intake.\n\nKind regards,\nGraduate Recruitment')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toEqual(['location']);
      expect(r.feedback).toBe(true);
    }
  });

  it('reads "you are not yet eligible for this cohort" beside the degree dates as location alone', () => {
    for (const r of both('Hello Marisol,\n\nThank you for applying to the 2026 New Graduate Program at Corvel Health.\n\nThis program is open to candidates who will have completed a bachelor\'s or master\'s degree between December 2025 and August 2026. Based on the graduation date on your application (May 2027), you are not yet eligible for this cohort, so we are unable to move forward with your application.\n\nThank you for your interest.')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toEqual(['location']);
    }
  });

  it('still reads a level of degree the role asks for as a skills gap', () => {
    const r = read('Dear Arjun,\n\nThank you for applying to the Research Intern position.\n\nFor this internship we are only considering students currently enrolled in a PhD programme, as the project involves independent research. As you are completing a bachelor\'s degree, we won\'t be able to consider your application.\n\nKind regards,\nResearch Recruiting');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['skills_gap']);
  });
});

