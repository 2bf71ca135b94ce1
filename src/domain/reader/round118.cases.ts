/**
 * Mail that uses a decline's words without declining the candidate (a prize draw, a webinar's waitlist, a job board's
 * ranking, a newsletter quoting a decline, a request to a referee, the rival who pulled out, a decline taken back), and
 * long letters whose process paragraphs must not turn into a step, a reason or feedback (checks every appointment is
 * subject to, the practice of keeping scores, the way to complain). Messages written for this test (not taken from any
 * corpus part), each beside a message in nearby words that must read the other way. The rules alone (`null`) must read
 * them, and the model must not undo them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const both = (text: string, subject?: string) => [read(text, subject), readMessage({ text, subject })];

describe('a decline\'s words that decline no one', () => {
  it('does not read a prize draw, a webinar\'s waitlist or a board\'s "Top Applicant" as a decline', () => {
    const texts = [
      'Hi Leo,\n\nThanks for completing our Salary Survey! Every response entered our prize draw. Unfortunately, you were not selected as a winner this time. The results will be published on our blog in April.\n\nThe TalentMatch Team',
      'Hi Grace,\n\nThank you for registering for our live webinar on salary negotiation. The session was heavily oversubscribed, and unfortunately you were not selected from the waitlist for one of the live places. Everyone who registered will receive the recording.\n\nCareers Service',
      'Hi Kate,\n\nYour application for Senior Bookkeeper at Hallam Accountants was not selected as a Top Applicant. Upgrade to Premium and your applications will always be highlighted.\n\nJobBoost',
    ];
    for (const text of texts) for (const r of both(text)) expect(r.kind).not.toBe('rejection');
  });

  it('still reads "your application was not selected for the role" as a decline', () => {
    const r = read('Hi Kate,\n\nThank you for applying for Senior Bookkeeper at Hallam Accountants. Unfortunately, your application was not selected for the role.\n\nHallam Accountants');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a newsletter quoting "unfortunately, we\'ve decided to move forward with other candidates" as a decline', () => {
    for (const r of both('The Monday Shortlist - issue 118\n\nLet\'s be honest: nobody enjoys the "unfortunately, we\'ve decided to move forward with other candidates" email. This week three hiring managers tell us what they notice when a candidate replies.\n\nIn this issue:\n- Why "not selected" rarely means "not good enough"\n- How to ask for feedback', 'Handling rejection')) {
      expect(r.kind).not.toBe('rejection');
    }
  });

  it('still reads "the "unfortunately" email was about your application: the team has decided to move ahead with others" as a decline', () => {
    const r = read('Hi Ben,\n\nI\'m sorry - the "unfortunately" email was about your application: the Data Engineer team has decided to move ahead with other applicants.\n\nRosa', 'Re: Am I still in the process?');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a request to a referee, "we are unable to make an offer without two references", as a decline', () => {
    const r = read('Dear Ms Ito,\n\nTom Akande has applied for the post of Senior Administrator and has given your name as a referee. Please return the attached form by 4 April. Unfortunately we are unable to make an offer without two references, so a prompt reply would be much appreciated.\n\nHR Team', 'Reference request: Tom Akande');
    expect(r.kind).not.toBe('rejection');
  });

  it('does not read "the candidate they offered the job to has pulled out" as a decline', () => {
    for (const r of both('Hi Abena,\n\nSome news you might not expect: the candidate Tollbridge offered the Logistics Manager job to has pulled out - he\'s accepted a counter-offer from his current employer. Gavin has asked whether you\'re still interested, as you were his close second.\n\nGive me a call!\n\nKarl')) {
      expect(r.kind).not.toBe('rejection');
    }
  });

  it('still reads "the job has been pulled" as the role closed', () => {
    const r = read('Hi Abena,\n\nSorry to say the Logistics Manager job has been pulled by Tollbridge after their restructure, so I can\'t take your application further.\n\nKarl');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read a decline taken back, with the application still under consideration, as a decline or a pause', () => {
    for (const r of both('Dear Ibrahim,\n\nPlease ignore the email below, which was sent to you in error by our system this morning. Your application for the Electrical Design Engineer role is still under consideration, and you remain shortlisted for interview.\n\nTalent Acquisition\n\n-----Original Message-----\nFrom: no-reply@harrowfield.example\nSubject: Your application\n\nDear Ibrahim,\nUnfortunately we will not be progressing your application.', 'RE: Your application')) {
      expect(r.kind).toBe('other');
    }
  });
});

describe('the process paragraphs of a long letter', () => {
  const letter = (middle: string) => `Dear Ms Andrade,\n\nThank you for attending interview for the Clinical Nurse Specialist post on Thursday 27 February. ${middle}\n\nAppointments to the Trust are subject to satisfactory pre-employment checks, including a DBS check and two satisfactory references. These checks are only started once a conditional offer has been made and accepted.\n\nOur practice is to keep interview notes and scores for the purpose of responding to any queries, but we do not routinely release them. If you have a concern about the way your interview was conducted, please write to the Recruitment Manager within 14 days.\n\nRecruitment Team`;

  it('reads "we will not be offering you the post" as a decline at the interview, with no reference step, no filled post and no feedback', () => {
    for (const r of both(letter('I am sorry to tell you that the panel has decided that we will not be offering you the post.'))) {
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('interview');
      expect(r.reasons).not.toContain('position_filled');
      expect(r.feedback).toBe(false);
    }
  });

  it('reads the same letter with the outcome still to come as no decline', () => {
    for (const r of both(letter('The panel\'s scoring has been completed for all candidates, and I will write to you again as soon as there is news.'))) {
      expect(r.kind).not.toBe('rejection');
    }
  });

  it('still reads references taken up after the final interview as the final stage', () => {
    const r = read('Dear Ms Andrade,\n\nThank you for attending the final interview. We contacted your referees last week, and I am sorry to tell you that we will not be offering you the post.\n\nRecruitment Team');
    expect(r.stage).toBe('final');
  });
});

describe('a bar on a further application', () => {
  it('does not read "we are unable to consider a further application from you to any of our 2026 programmes" as an open door', () => {
    for (const r of both('Dear Sam,\n\nThank you for completing the online assessments for the Marlowe & Finch Graduate Programme. Your scores did not reach the level needed to progress. This means that we are unable to consider a further application from you to any of our 2026 programmes, including those with later closing dates.\n\nEarly Careers Team')) {
      expect(r.kind).toBe('rejection');
      expect(r.doorOpen).toBe(false);
    }
  });
});

