/**
 * English written as a second language in Africa, Latin America and East and Southeast Asia: a profile "not aligned with
 * what the team needs", a candidate "not endorsed to the next step", "other ppl", the decision that "went to" another
 * candidate, a stage that was "not passed" without any test, group dynamics as a step, and the candidate hoped for "in
 * future processes": messages written for this test (not taken from any corpus part), each beside a message in nearby words
 * that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('declines in literal turns from Spanish, Portuguese and Philippine English', () => {
  it('reads a profile "not aligned with what the area is looking for" as a decline for the profile', () => {
    const r = read('Hello Joana,\n\nThank you for applying to the Data Analyst vacancy. After reading your CV carefully, we understand that for now it is not aligned with what the area is looking for.\n\nWe wish you success,\nPeople Team, Ipê Logística', 'Update on your process');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('does not read a profile aligned with what the area is looking for as a decline', () => {
    const r = read('Hello Joana,\n\nThank you for applying to the Data Analyst vacancy. After reading your CV carefully, we understand that it is aligned with what the area is looking for, and we will call you this week to schedule a conversation.\n\nPeople Team, Ipê Logística', 'Update on your process');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "you have not been endorsed to the next step" as a decline', () => {
    const r = read('Dear Ramon,\n\nThank you for the time you gave us at the initial HR interview. After evaluation, we regret that you have not been endorsed to the next step of the hiring process.\n\nRecruitment Team, Island Contact Solutions', 'Initial interview result');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('screen');
  });

  it('does not read a candidate endorsed to the next step as a decline', () => {
    const r = read('Dear Ramon,\n\nThank you for the time you gave us at the initial HR interview. You have been endorsed to the next step of the hiring process, and the account manager will call you to set the date.\n\nRecruitment Team, Island Contact Solutions', 'Initial interview result');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "we went with other ppl" in a text-speak note as a decline', () => {
    const r = read('hi Azlan, thx for sending ur CV. we went with other ppl for the forklift job, sorry. all the best\n\n- Farid, Warehouse, Pantai Freight');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a text-speak note asking for documents as a decline', () => {
    const r = read('hi Azlan, thx for sending ur CV. pls come for the forklift test on monday 9am and bring ur licence, other ppl will be there too\n\n- Farid, Warehouse, Pantai Freight');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "the final decision went to a candidate with …" as a decline', () => {
    const r = read('Dear Salma,\n\nThank you for your patience after the last interview for the Treasury Manager post. The final decision went to a candidate with more years in treasury operations.\n\nKind regards,\nTalent Acquisition, Sahel Commercial Bank', 'Treasury Manager - decision');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a decision that went to the board as a decline', () => {
    const r = read('Dear Salma,\n\nThank you for your patience after the last interview for the Treasury Manager post. The final decision went to the board yesterday and we expect to write to you next week.\n\nKind regards,\nTalent Acquisition, Sahel Commercial Bank', 'Treasury Manager - decision');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('a stage not passed, and group dynamics', () => {
  it('does not read "you did not pass the first interview" as a test result', () => {
    const r = read('Dear Ji-ho,\n\nThank you for attending the first interview at Hanbit Materials. We are sorry to inform you that you did not pass the first interview.\n\nHanbit Materials Recruiting', 'First interview result');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['generic']);
  });

  it('still reads "you did not pass the online test stage" as a test result', () => {
    const r = read('Dear Ji-ho,\n\nThank you for completing the online test for Hanbit Materials. We are sorry to inform you that you did not pass the online test stage.\n\nHanbit Materials Recruiting', 'Online test result');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['assessment']);
  });

  it('reads a group dynamic the candidate attended as an assessment step', () => {
    const r = read('Dear Camila,\n\nThank you for taking part in the group dynamic for our Trainee Programme last Tuesday. After evaluating all participants, we inform you that you were not selected on this occasion.\n\nTalent Attraction, Pampa Foods', 'Trainee Programme - result');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('does not read a group dynamic only announced for others as a step taken', () => {
    const r = read('Dear Camila,\n\nThank you for your application to our Trainee Programme. Unfortunately you were not selected for the next stage, where shortlisted candidates will be invited to a group dynamic.\n\nTalent Attraction, Pampa Foods', 'Trainee Programme - result');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });
});

describe('the door left open in future processes and roles of another kind', () => {
  it('reads "we would love to have you in future selection processes" as an open door', () => {
    const r = read('Hello Lucía,\n\nThank you for the first conversation with our team. We are sorry to tell you that we decided to continue with other candidates. We would love to have you in future selection processes.\n\nA hug,\nGestión Humana, Cafetera Digital', 'Update');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "we hope to see you at the assessment day" as an open door', () => {
    const r = read('Hello Lucía,\n\nThank you for the first conversation with our team. We are happy to tell you that you passed to the next stage. We hope to see you at the assessment day next Friday.\n\nGestión Humana, Cafetera Digital', 'Update');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "I\'ll come back to you with Lagos-based roles" as an open door', () => {
    const r = read('Hi Kofi,\n\nGood speaking yesterday. The client has confirmed the role must be based in Johannesburg from day one, so I am afraid I have to take you off this shortlist. I\'ll come back to you with Lagos-based roles as they open.\n\nBest,\nNaledi, Acacia Search', 'Update');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "I\'ll come back to you with the client\'s decision" as an open door', () => {
    const r = read('Hi Kofi,\n\nGood speaking yesterday. The client is still reviewing the shortlist for the role. I\'ll come back to you with the client\'s decision by Friday.\n\nBest,\nNaledi, Acacia Search', 'Update');
    expect(r.doorOpen).toBe(false);
  });
});

describe('a way of working, a new interview time and a work pass', () => {
  it('does not read "changing priorities" in a description of how the team works as a closed role', () => {
    const r = read('Hi Rafael,\n\nThank you for the conversations with our product team. We decided not to move forward. You told us you like a fixed plan, and our squads work with constant pair work and changing priorities. We think this way of working would not suit you.\n\nGood luck!\nTalent, Jacaranda Seguros', 'Product Designer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('culture_fit');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('still reads a role closed "due to changing priorities" as a closed role', () => {
    const r = read('Hi Rafael,\n\nThank you for the conversations with our product team. Due to changing priorities, the company has closed the Product Designer role, so we will not move forward with any candidate.\n\nTalent, Jacaranda Seguros', 'Product Designer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read an interview moved to a new day and hour as a paused process', () => {
    const r = read('Dear Mateo,\n\nKindly confirm whether you are still available. Due to administrative delays, the interview date was moved to next Thursday at 10am. We apologise for the inconvenience.\n\nHR, Minera Altiplano', 'Please confirm your availability');
    expect(r.kind).not.toBe('on_hold');
  });

  it('still reads interviews pushed back to next month as a paused process', () => {
    const r = read('Dear Mateo,\n\nDue to administrative delays, the interviews for the Internal Auditor position were pushed back to next month. We will write again as soon as we have new dates.\n\nHR, Minera Altiplano', 'Internal Auditor - update');
    expect(r.kind).toBe('on_hold');
  });

  it('does not read a work pass that would not pass the scoring as a test result', () => {
    const r = read('Dear Hiro,\n\nThank you for coming to the final interview. We regret that we will not be able to make you an offer. We learned that an Employment Pass at the proposed salary would likely not pass the current scoring.\n\nRegional HR, Kestrel Devices Asia', 'Final interview result');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('assessment');
  });

  it('still reads a test that did not pass the threshold as a test result', () => {
    const r = read('Dear Hiro,\n\nThank you for completing the online test. We regret that we will not be able to move forward: your test result did not pass the threshold for this role.\n\nRegional HR, Kestrel Devices Asia', 'Online test result');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('assessment');
  });
});

describe('a language level told by its certificate grade', () => {
  it('reads "your current level is N4, so we are unable to move forward" as a missing requirement', () => {
    const r = read('Dear Carla,\n\nThank you for applying to the Japanese-speaking Support Specialist role. This account serves clients in Osaka and asks for JLPT N2. Based on your form, your current level is N4, so we are unable to move forward.\n\nRecruitment, Northpoint Contact Centre, Makati', 'Application update');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['skills_gap']);
    expect(r.feedback).toBe(true);
  });

  it('does not read a language level that meets the bar as a missing requirement', () => {
    const r = read('Dear Carla,\n\nThank you for applying to the Japanese-speaking Support Specialist role. Your current level is N2, and we would like to invite you to a call with our team leader on Monday.\n\nRecruitment, Northpoint Contact Centre, Makati', 'Application update');
    expect(r.kind).not.toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "since your Korean is conversational, we have decided not to proceed" as a missing requirement', () => {
    const r = read('Dear Daisuke,\n\nThank you for the video call with our HR team. The role needs daily negotiation with suppliers in Busan. Since your Korean is conversational (around TOPIK 3), we have decided not to proceed.\n\nRecruitment, Hinode Trading', 'Result');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });
});

