/**
 * Regretful look-alikes and real pauses: a step itself on pause, a panel not yet able to meet, the candidate asked to hold on a
 * little longer, a search paused under its name, a budget sent back for approval; and mail that regrets something other than a
 * decline — an interviewer's own emergency, a data policy about a class of applicants, the candidate's own choice to stay or to
 * step back, confirmed. Messages written for this test (not taken from any corpus part), each beside a message in nearby words
 * that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('round 101', () => {
  describe('a real pause in plain words', () => {
    it('reads a step on pause until someone is back as on hold', () => {
      const r = read('Hi Tariq,\n\nShort note: our head of design is on a conference trip this week, so the second round is on pause until he returns. Nothing has changed on your side and I will write again around the 12th.\n\nBest,\nMaren', 'Second round');
      expect(r.kind).toBe('on_hold');
    });

    it('still reads a round no longer on pause, with interviews booked, as no pause', () => {
      const r = read('Hi Tariq,\n\nGood news: the second round is no longer on pause. Please pick a time for your interview with our head of design on Thursday or Friday.\n\nBest,\nMaren', 'Second round');
      expect(r.kind).not.toBe('on_hold');
    });

    it('reads a panel not yet able to meet to decide as on hold', () => {
      const r = read('Dear Mr Baptiste,\n\nWe are sorry for the wait since your interview. The selection committee has not yet been able to meet to reach a decision, as two members are travelling. We hope to write to all candidates by 3 March.\n\nHR Office', 'Archivist post');
      expect(r.kind).toBe('on_hold');
    });

    it('still reads a panel that met and did not select the candidate as a rejection', () => {
      const r = read('Dear Mr Baptiste,\n\nThe selection committee met last week to reach a decision, and unfortunately you were not selected for the Archivist post.\n\nHR Office', 'Archivist post');
      expect(r.kind).toBe('rejection');
    });

    it('reads the candidate asked to hold on a bit longer as on hold', () => {
      const r = read('Hi Dana,\n\nI know you hoped to hear from us today. Our founder wants to speak to the two people left before we decide, and she is away until Tuesday. Could you hang on a little longer? You are very much still in it.\n\nCheers,\nPaul', 'Update');
      expect(r.kind).toBe('on_hold');
    });

    it('still reads an invitation with no wait in it as no pause', () => {
      const r = read('Hi Dana,\n\nOur founder would like to speak to you before we decide. Could you do a call on Tuesday at 10am?\n\nCheers,\nPaul', 'Update');
      expect(r.kind).not.toBe('on_hold');
    });

    it('reads final interviews paused as on hold', () => {
      const r = read('Hello Sven,\n\nA quick update: we have paused remaining interviews for the Product Owner role while the team structure is agreed. Your application stays active.\n\nJana, Talent', 'Product Owner');
      expect(r.kind).toBe('on_hold');
    });
  });

  describe('the reason of a pause', () => {
    it('reads a search paused under its name as the role closed', () => {
      const r = read('Hi Ola,\n\nApologies for the silence. The client has paused the Platform Engineer search for a month while their funding round closes. You are still in the running.\n\nKit @ Northbeam Search', 'Platform Engineer');
      expect(r.kind).toBe('on_hold');
      expect(r.reasons).toContain('role_closed');
    });

    it('reads a hire paused at the client\'s request as on hold, the role closed', () => {
      const r = read('Hi Noel,\n\nAfter your second interview, the client asked us to pause the Operations Lead hire while their merger completes. We are keeping you on the shortlist and will update you once we know more.\n\nThanks,\nBex, Fairline Recruitment', 'Operations Lead');
      expect(r.kind).toBe('on_hold');
      expect(r.reasons).toContain('role_closed');
    });

    it('reads the budget for the hire being re-approved as the role closed', () => {
      const r = read('Hi Ola,\n\nThe budget for the Analyst hire is being re-approved after the half-year review, so we have put the final interviews on hold for now. Your application is still active.\n\nKit, Talent', 'Analyst');
      expect(r.kind).toBe('on_hold');
      expect(r.reasons).toContain('role_closed');
    });

    it('still reads a pause for a manager on leave with no reason of the role', () => {
      const r = read('Hi Ola,\n\nThe hiring manager is on leave, so the next round is on pause until she is back next week. Your application is still active.\n\nKit, Talent', 'Analyst');
      expect(r.kind).toBe('on_hold');
      expect(r.reasons).not.toContain('role_closed');
    });

    it('reads a role on hold while reviews of applications stop for the moment as the role closed', () => {
      const r = read('Hi Bea,\n\nThank you for applying for the Site Surveyor vacancy. The role is currently on hold while we wait for planning permission, so we are not reviewing applications for the moment. We will contact you when the vacancy reopens.\n\nRegards,\nRecruitment', 'Site Surveyor');
      expect(r.kind).toBe('on_hold');
      expect(r.reasons).toContain('role_closed');
    });
  });

  describe('a regret that declines nobody', () => {
    it('reads an interview cancelled for the interviewer\'s emergency as no decline', () => {
      const r = read('Hi Jonas,\n\nUnfortunately Ms Patel has had to cancel your interview this afternoon due to a family emergency. We are very sorry. Could you send us a few times next week so we can rebook?\n\nReception, Eastgate Clinic', 'Interview cancelled');
      expect(r.kind).not.toBe('rejection');
    });

    it('still reads an interview cancelled because the role was filled as a rejection', () => {
      const r = read('Hi Jonas,\n\nUnfortunately we have had to cancel your interview this afternoon because the position has been filled by another candidate. We are very sorry.\n\nReception, Eastgate Clinic', 'Interview cancelled');
      expect(r.kind).toBe('rejection');
    });

    it('reads a data policy about unsuccessful applicants as no decline', () => {
      const r = read('Hello,\n\nWe have changed how long we hold records. From next month we will delete rejected candidates\' details after 9 months rather than 2 years. You do not need to do anything.\n\nPrivacy Team, Halcyon Labs', 'Privacy update');
      expect(r.kind).toBe('other');
    });

    it('still reads a decline that mentions the data kept as a rejection', () => {
      const r = read('Hello,\n\nThank you for applying. Unfortunately we will not be taking your application further. We will keep your details for 9 months.\n\nPrivacy Team, Halcyon Labs', 'Your application');
      expect(r.kind).toBe('rejection');
    });

    it('reads the candidate\'s choice to stay, answered with the application closed, as no decline', () => {
      const r = read('Hi Ana,\n\nSorry to hear you have decided to remain in your current role, but I completely understand. I have closed your application on our side. Best of luck and keep in touch.\n\nLeo, Talent Partner', 'Re: Next steps');
      expect(r.kind).toBe('other');
    });

    it('reads the candidate withdrawn from the process on their note as no decline', () => {
      const r = read('Hi Ana,\n\nThanks for letting me know, totally understand, and sorry the timing did not work out. I have withdrawn you from the process for the Data Engineer role. Take care.\n\nLeo, Talent Partner', 'Re: Withdrawing');
      expect(r.kind).toBe('other');
    });

    it('still reads a candidate withdrawn after the panel chose another as a rejection', () => {
      const r = read('Hi Ana,\n\nThanks for your time on Monday. The panel has decided to go with another candidate, so I have withdrawn you from the process for the Data Engineer role.\n\nLeo, Talent Partner', 'Data Engineer');
      expect(r.kind).toBe('rejection');
    });
  });

  describe('a reason in plain words', () => {
    it('reads a colleague promoted into the role as an internal candidate', () => {
      const r = read('Hi Rafa,\n\nYou were one of the last three for the Operations Director role. In the end the trustees decided to promote our existing Head of Logistics into the role. We would like to keep in touch.\n\nBest,\nMira', 'Operations Director');
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toContain('internal_candidate');
    });

    it('still reads a promise to promote from within later as no internal candidate', () => {
      const r = read('Hi Rafa,\n\nThank you for your interview. Unfortunately the panel has decided not to offer you the Operations Director role, as others had more sector experience. We hope you will apply again.\n\nBest,\nMira', 'Operations Director');
      expect(r.reasons).not.toContain('internal_candidate');
    });

    it('reads a budget fixed below the ask as the salary', () => {
      const r = read('Hi Tom,\n\nThanks for the chat on Monday. We won\'t be moving forward: you mentioned you would need 85k, and the budget for this position is capped at 70k.\n\nCheers,\nAnya', 'Backend role');
      expect(r.reasons).toContain('salary');
    });

    it('reads a salary not close to the current package as the salary', () => {
      const r = read('Dear Ms Ito,\n\nThank you for meeting the panel. We are unable to offer a package anywhere near your current one, and we have decided not to proceed.\n\nHR', 'Head of Legal');
      expect(r.reasons).toContain('salary');
    });

    it('still reads a decline with no word of pay as no salary', () => {
      const r = read('Dear Ms Ito,\n\nThank you for meeting the panel. The reason for our decision is the depth of litigation experience we need, and we have decided not to proceed.\n\nHR', 'Head of Legal');
      expect(r.reasons).not.toContain('salary');
    });

    it('reads a role that would not make full use of the experience as overqualified', () => {
      const r = read('Dear Dr Hahn,\n\nThank you for your time. We feel the Analyst post would not make full use of your research experience, and have decided not to take your application further.\n\nRecruitment', 'Analyst');
      expect(r.reasons).toContain('overqualified');
    });

    it('still reads experience that would not cover the role as no overqualification', () => {
      const r = read('Dear Dr Hahn,\n\nThank you for your time. We feel your research experience would not cover the commercial side of the Analyst post, and have decided not to take your application further.\n\nRecruitment', 'Analyst');
      expect(r.reasons).not.toContain('overqualified');
    });
  });
});
