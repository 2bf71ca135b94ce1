/**
 * A call, a chat or an interview: who the conversation was with decides the step. Two of the employer's people joined for
 * one conversation, or an hour with one of them and some managers, is an interview; a talk with someone else named, told by
 * one who signs as a recruiter, was with the one who hires; rounds the candidate is spared, or the recruiter's own HR
 * discussion, are no interview. And the reasons a recruiter tells after a call: the pay named and the limit, both as
 * figures; office days against a wish to stay remote; more time in a field sought; a step down; a way of working that
 * would not suit the team. Messages written for this test (not taken from any corpus part), each beside a message in
 * nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('who the conversation was with', () => {
  it('reads two people joined for one conversation as an interview', () => {
    const r = read('Hi Lotte,\n\nThank you for joining Ines and Bram for the conversation on Friday. They have decided to go with another candidate for the Data Engineer role.\n\nBest,\nFreya', 'Data Engineer');
    expect(r.stage).toBe('interview');
  });

  it('still reads a call joined with the recruiter alone as a screen', () => {
    const r = read('Hi Lotte,\n\nThank you for joining the call on Friday. We have decided to go with another candidate for the Data Engineer role.\n\nBest,\nFreya\nTalent Acquisition, Norrland Data', 'Data Engineer');
    expect(r.stage).toBe('screen');
  });

  it('reads an hour spent with the manager and two of the area managers as an interview', () => {
    const r = read('Hi Osman,\n\nAfter our first call I sent your CV to Helen, and you then spent an hour with her and two of the area managers. They have now decided to offer the post to someone else.\n\nKind regards,\nJo', 'Area Coordinator');
    expect(r.stage).toBe('interview');
  });

  it('still reads an hour spent on the phone with the recruiter as a screen', () => {
    const r = read('Hi Osman,\n\nThanks for the initial call and the hour you spent on the phone with me. We have now decided to offer the post to someone else.\n\nKind regards,\nJo', 'Area Coordinator');
    expect(r.stage).toBe('screen');
  });

  it('reads a talk with me and a colleague, told as a good conversation, as an interview', () => {
    const r = read('Hey Sami!\n\nThanks for hanging out with me and Lior on Tuesday, it was a great conversation. We have decided not to go ahead, but good luck.\n\n— Dana, co-founder', 'Orchard');
    expect(r.stage).toBe('interview');
  });

  it('still reads the time with me and a colleague, no conversation named, as no interview', () => {
    const r = read('Hey Sami!\n\nThanks for hanging out with me and Lior on Tuesday. We have decided not to go ahead, but good luck.\n\n— Dana, co-founder', 'Orchard');
    expect(r.stage).toBe('application');
  });

  it('reads a call with someone else named, from one who signs as a recruiter, as an interview', () => {
    const r = read('Hi Tomasz,\n\nThanks for the call with Agnieszka on Wednesday. We have decided not to move forward with your application.\n\nThanks,\nMarta Nowak\nRecruiting Coordinator, Vistula Freight', 'Logistics Planner');
    expect(r.stage).toBe('interview');
  });

  it('still reads a call with a named recruiter of the talent team as a screen', () => {
    const r = read('Hi Tomasz,\n\nThanks for the call with Agnieszka from our talent team on Wednesday. We have decided not to move forward with your application.\n\nThanks,\nMarta Nowak\nRecruiting Coordinator, Vistula Freight', 'Logistics Planner');
    expect(r.stage).toBe('screen');
  });

  it('still reads a call with someone named who signs below as a talent partner as a screen', () => {
    const r = read('Hi Tomasz,\n\nThanks for the call with Agnieszka on Wednesday. We have decided not to move forward with your application.\n\nThanks,\nMarta Nowak\nRecruiting Coordinator, Vistula Freight\n\nAgnieszka Lis | Senior Talent Partner | Vistula Freight', 'Logistics Planner');
    expect(r.stage).toBe('screen');
  });

  it('reads rounds the candidate is spared as no interview', () => {
    const r = read('Hi Cleo,\n\nGreat to speak with you on Thursday. The salary you need is well above our band, and it would not be fair to put you through four rounds knowing that, so we will stop here.\n\nBest,\nNina', 'Analyst');
    expect(r.stage).toBe('screen');
  });

  it('still reads rounds the candidate went through as an interview', () => {
    const r = read('Hi Cleo,\n\nThank you for going through all four rounds with us. We have decided to offer the role to another candidate.\n\nBest,\nNina', 'Analyst');
    expect(r.stage).not.toBe('screen');
    expect(['interview', 'final']).toContain(r.stage);
  });

  it('reads the time spent on the HR discussion as a screen', () => {
    const r = read('Hello Priya,\n\nThank you for the time you spent with us on the first-round HR discussion. We will not be taking your application further.\n\nRegards,\nHR Team', 'Business Analyst');
    expect(r.stage).toBe('screen');
  });

  it('still reads the time spent with the hiring manager as an interview', () => {
    const r = read('Hello Priya,\n\nThank you for the time you spent with us meeting the hiring manager. We will not be taking your application further.\n\nRegards,\nHR Team', 'Business Analyst');
    expect(r.stage).toBe('interview');
  });

  it('reads a talk to finance and the most we can pay as no interview', () => {
    const r = read('Hi Ben,\n\nThanks for the call on Monday. I spoke to payroll and the most we can pay is $70k, which is well short of the $90k you need, so we will stop here.\n\nBest,\nKim\nTalent, Northgate', 'Controller');
    expect(r.stage).toBe('screen');
  });

  it('still reads a talk with a named person and the team as an interview', () => {
    const r = read('Hi Ben,\n\nThanks for speaking with Carla and the finance team on Monday. We have decided not to proceed.\n\nBest,\nKim', 'Controller');
    expect(r.stage).toBe('interview');
  });
});

describe('the reasons told after a call', () => {
  it('reads the pay the candidate named against the limit, both as figures, as salary', () => {
    const r = read('Hi Ben,\n\nThanks for the call. The most we could offer is $70k base, a long way from the $90k you said you would need, so I will close your application here.\n\nBest,\nKim', 'Controller');
    expect(r.reasons).toContain('salary');
  });

  it('still reads two figures that are not the pay asked as no salary reason', () => {
    const r = read('Hi Ben,\n\nThanks for the call. The team grew from 40 to 70 people this year and the client chose a candidate who has run a $90k project budget, so I will close your application here.\n\nBest,\nKim', 'Controller');
    expect(r.reasons).not.toContain('salary');
  });

  it('reads office days asked against a wish to stay remote as location', () => {
    const r = read('Hi Ola,\n\nThanks for meeting the team. We now need everyone in the Bergen office three days a week, and you told us you want to stay fully remote, so we will not be moving forward.\n\nBest,\nSiv', 'Developer');
    expect(r.reasons).toContain('location');
  });

  it('still reads office days named with no clash as no location reason', () => {
    const r = read('Hi Ola,\n\nThanks for meeting the team. We work from the Bergen office three days a week. We have decided to go with another candidate whose experience was closer to the role.\n\nBest,\nSiv', 'Developer');
    expect(r.reasons).not.toContain('location');
  });

  it('reads someone with more time in a field sought as a skills gap', () => {
    const r = read('Hi Rhys,\n\nThanks for the call. The client is looking for someone who has spent more time on the buy side, so we will not put you forward.\n\nCheers,\nAmy', 'Analyst');
    expect(r.reasons).toContain('skills_gap');
  });

  it('still reads someone with more drive sought as no skills gap', () => {
    const r = read('Hi Rhys,\n\nThanks for the call. The client is looking for someone who is keen to grow with the business, and has decided to go with another candidate.\n\nCheers,\nAmy', 'Analyst');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads the role, described, as a step down as overqualified', () => {
    const r = read('Hello Ravi,\n\nGiven that you have led a department of 50, the Supervisor role, which looks after four people, would be a step down, so we will not proceed.\n\nRegards,\nHR', 'Supervisor');
    expect(r.reasons).toContain('overqualified');
  });

  it('still reads a step down in pay as no overqualification', () => {
    const r = read('Hello Ravi,\n\nThe Supervisor role, which looks after four people, would be a step down in pay for you, and the salary is fixed, so we will not proceed.\n\nRegards,\nHR', 'Supervisor');
    expect(r.reasons).not.toContain('overqualified');
  });

  it('reads a role not right for the candidate\'s level of expertise as overqualified', () => {
    const r = read('Dear Dr. Ellis,\n\nGiven your doctorate, we feel the Assistant role would not be the right fit for your level of expertise. We will not be progressing your application.\n\nHR', 'Assistant');
    expect(r.reasons).toContain('overqualified');
  });

  it('still reads expertise praised as no overqualification', () => {
    const r = read('Dear Dr. Ellis,\n\nWe admired your level of expertise, but we will not be progressing your application, as other candidates were a closer match.\n\nHR', 'Assistant');
    expect(r.reasons).not.toContain('overqualified');
  });

  it('reads a preference for working alone, where decisions are shared, as culture fit', () => {
    const r = read('Dear Tariq,\n\nThe panel felt your preference for working on your own would be hard in a team where every decision is made together. We will not be progressing your application.\n\nRegards', 'Officer');
    expect(r.reasons).toContain('culture_fit');
  });

  it('reads a way of leading that would be a big change for the crew as culture fit', () => {
    const r = read('Dear Tariq,\n\nThe team felt your management style, very much from behind a desk, would be a big change for a crew used to a foreman on the floor. We will not be offering you the role.\n\nRegards', 'Foreman');
    expect(r.reasons).toContain('culture_fit');
  });

  it('still reads years in a regulated environment as no culture fit', () => {
    const r = read('Hi Ana,\n\nThanks for the call. The team needs at least four years in a regulated pharma environment, and with your one year there I don\'t think you would get through.\n\nBest,\nLea', 'QA Engineer');
    expect(r.reasons).not.toContain('culture_fit');
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads an immediate start at the plant as no skills gap', () => {
    const r = read('Dear Mr Dube,\n\nFollowing the interview, you would need relocation support, which we cannot offer. As the role requires an immediate start at the Durban plant, we are unable to take your application further.\n\nRegards', 'Plant Manager');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads the onsite the candidate had as no location reason', () => {
    const r = read('Hi Ines,\n\nI spoke to the hiring team after your onsite on Monday, and I wanted to write this down too. They felt you had not yet managed a team, so they will not make an offer.\n\nCheers,\nPia', 'Engineering Manager');
    expect(r.reasons).not.toContain('location');
  });
});
