/**
 * The stage told only indirectly, in trades the corpus had little of (sites, ports, labs, newsrooms, charities): a call thanked
 * for with the day it was held, every shortlisted candidate met, the last of several talks held with the one at the top, the
 * final discussions, a day spent at a named place with the team; and reasons told in other words: the post not going ahead,
 * the appointment made, the pay asked against the budget, a right to work missing, a requirement not in the background, the
 * way the team works not suited, working alone set above the team, applicants earlier in their careers, a recruitment campaign paused.
 * Messages written for this test (not taken from any corpus part), each beside a message in nearby words that must still read
 * the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('a step reached, told in passing', () => {
  it('reads a call thanked for with the day it was held, from HR, as a screen', () => {
    const r = read('Hi Tomas,\n\nGracias for the chat yesterday. As we discussed, the Lab Technician post needs a current radiation safety certificate, which you do not hold yet, so we will not be taking your application further.\n\nBest,\nMarta Ruiz\nHR, Verdant Analytical', 'Lab Technician');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('screen');
  });

  it('still reads a call that was only pencilled in as no step reached', () => {
    const r = read('Hi Tomas,\n\nI had pencilled you in for the chat on Friday, but the Lab Technician post needs a current radiation safety certificate, which you do not hold yet, so we will not be taking your application further.\n\nBest,\nMarta Ruiz\nHR, Verdant Analytical', 'Lab Technician');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('reads a conversation thanked for with its day, from the one who hires, as an interview', () => {
    const r = read('Hi Lena,\n\nThank you sincerely for the conversation last Wednesday. We have decided to offer the Harbour Supervisor post to a candidate with more pilotage experience.\n\nRegards,\nKeith Barr\nOperations Manager, Port of Ardmore', 'Harbour Supervisor');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('reads every shortlisted candidate met as the last step', () => {
    const r = read('Dear Owen,\n\nNow that we have met all the shortlisted candidates, I am sorry to tell you that we will not be offering you the Groundskeeper post.\n\nKind regards,\nHR, Millbrook Rugby Club', 'Groundskeeper');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('final');
  });

  it('still reads every shortlisted candidate met, the candidate not among them, as no last step', () => {
    const r = read('Dear Owen,\n\nWe have now met all the shortlisted candidates. I am sorry to tell you that you were not among them, and we will not be taking your application for the Groundskeeper post further.\n\nKind regards,\nHR, Millbrook Rugby Club', 'Groundskeeper');
    expect(r.kind).toBe('rejection');
    expect(r.stage).not.toBe('final');
  });

  it('reads the last of several talks, held with the one at the top, as the last step', () => {
    const r = read('Dear Ines,\n\nThank you for the two conversations with us, the last of which was with our Chief Executive. We have appointed another candidate to the Policy Lead role.\n\nBest wishes,\nPeople Team, Open Fields Trust', 'Policy Lead');
    expect(r.stage).toBe('final');
  });

  it('still reads the first of the talks, with the recruiter, as no last step', () => {
    const r = read('Dear Ines,\n\nThank you for the two conversations with us, the first of which was with our recruiter. We have appointed another candidate to the Policy Lead role.\n\nBest wishes,\nPeople Team, Open Fields Trust', 'Policy Lead');
    expect(r.stage).not.toBe('final');
  });

  it('reads the final discussions with a panel as the last step', () => {
    const r = read('Dear Dr Rao,\n\nFurther to the final discussions with our board, we write to inform you that the post of Head of Quality has now been filled.\n\nRegards,\nCorporate HR', 'Head of Quality');
    expect(r.stage).toBe('final');
  });

  it('still reads the first discussions with a panel as no last step', () => {
    const r = read('Dear Dr Rao,\n\nFurther to the first discussions with our board, we write to inform you that the post of Head of Quality has now been filled.\n\nRegards,\nCorporate HR', 'Head of Quality');
    expect(r.stage).not.toBe('final');
  });

  it('reads a day spent at a named place with the team as the last step', () => {
    const r = read('Dear Alan,\n\nThank you for spending the day at Kinloss with the team. We are unable to offer you the Avionics Technician post.\n\nKind regards,\nCivilian Recruitment', 'Avionics Technician');
    expect(r.stage).toBe('final');
  });

  it('still reads an hour spent at a named place with the team as an interview, not the last step', () => {
    const r = read('Dear Alan,\n\nThank you for spending an hour at Kinloss with the team. We are unable to offer you the Avionics Technician post.\n\nKind regards,\nCivilian Recruitment', 'Avionics Technician');
    expect(r.stage).not.toBe('final');
  });
});

describe('the reasons told in other words', () => {
  const letter = (middle: string): string => `Hi Rosa,\n\nThank you for applying for the Site Engineer role. ${middle}\n\nBest,\nRecruitment, Harrow Civils`;

  it('reads the post not going ahead as the role closed', () => {
    expect(read(letter('We have now been told that the Site Engineer position is not going ahead, as the contract was lost. I am sorry.')).reasons).toContain('role_closed');
  });

  it('still reads the application not going ahead as no role closed', () => {
    expect(read(letter('I am sorry to say your application is not going ahead, as other applicants were a closer match.')).reasons).not.toContain('role_closed');
  });

  it('reads the appointment made to the role as the position filled', () => {
    expect(read(letter('We have now appointed to the Site Engineer role, so we will not be taking your application further.')).reasons).toContain('position_filled');
  });

  it('still reads an appointment to another role as no position filled', () => {
    expect(read(letter('We will not be taking your application further. Our graduates are appointed on fixed terms.')).reasons).not.toContain('position_filled');
  });

  it('reads a pay expectation beyond what can be paid as salary', () => {
    expect(read(letter('Unfortunately we will not progress your application: your expectation of EUR 70,000 is beyond what a firm of our size can pay.')).reasons).toContain('salary');
  });

  it('still reads a pay expectation within reach as no salary reason', () => {
    expect(read(letter('Your expectation of EUR 50,000 was fine. Unfortunately we will not progress your application, as another applicant had more tunnelling experience.')).reasons).not.toContain('salary');
  });

  it('reads the pay asked set beside the budget as salary', () => {
    expect(read(letter('We noticed your expected monthly salary of SGD 9,000 on the form; the budget for this position is SGD 6,000, so unfortunately we will not take this further.')).reasons).toContain('salary');
  });

  it('still reads the pay asked within the budget as no salary reason', () => {
    expect(read(letter('Your expected monthly salary of SGD 6,000 that you wrote down sits inside the budget for this position. However, we will not take this further, as another applicant had more tunnelling experience.')).reasons).not.toContain('salary');
  });

  it('reads the gap between the pay asked and the maximum as salary', () => {
    expect(read(letter('We could not close the gap between your expected base of $120k and our $100k maximum, so we will not be moving forward.')).reasons).toContain('salary');
  });

  it('reads a need to work there without a pass as location', () => {
    expect(read(letter('For this role you would need to be able to work in Singapore without a pass, and the client will not sponsor one, so we will not be moving forward.')).reasons).toContain('location');
  });

  it('still reads a right to work already held as no location reason', () => {
    expect(read(letter('You can already work in Singapore without a pass, so that was not the issue; we will not be moving forward, as another applicant had more tunnelling experience.')).reasons).not.toContain('location');
  });

  it('reads a requirement not yet in the background as a skills gap', () => {
    expect(read(letter('This post needs someone who has run tunnel boring works, and that is not yet in your background. We will not be offering you the role.')).reasons).toContain('skills_gap');
  });

  it('still reads a requirement already in the background as no skills gap', () => {
    expect(read(letter('Tunnelling is clearly in your background, but we have appointed a member of our existing team. We will not be offering you the role.')).reasons).not.toContain('skills_gap');
  });

  it('reads the way the team works, not suited, as culture fit', () => {
    expect(read(letter('Your approach did not quite suit the fast, scrappy way the news desk works, so we will not be offering you the role.')).reasons).toContain('culture_fit');
  });

  it('still reads the way the team works, suited, as no culture fit', () => {
    expect(read(letter('Your approach would suit the fast, scrappy way the news desk works, but the role has now been filled.')).reasons).not.toContain('culture_fit');
  });

  it('reads working alone set above working in the team as culture fit', () => {
    expect(read(letter('The foremen felt you would be happier working on your own than as part of a tight team, so we will not be offering you the role.')).reasons).toContain('culture_fit');
  });

  it('still reads working in the team set above working alone as no culture fit', () => {
    expect(read(letter('The foremen felt you would be happier as part of a tight team than working on your own. Sadly, another applicant had more tunnelling experience, so we will not be offering you the role.')).reasons).not.toContain('culture_fit');
  });

  it('reads applicants earlier in their careers chosen as overqualified', () => {
    expect(read(letter('Given your twelve years as a project director, we have chosen to progress applicants earlier in their careers.')).reasons).toContain('overqualified');
  });

  it('still reads applicants with more years chosen as no overqualified reason', () => {
    expect(read(letter('We have chosen to progress applicants with more years on major projects.')).reasons).not.toContain('overqualified');
  });

  it('reads a recruitment campaign paused as the role closed', () => {
    expect(read(letter('We have had to pause this campaign while the council confirms next year\'s budget, so we will not be progressing any applications for now.')).reasons).toContain('role_closed');
  });

  it('still reads a campaign that goes on as no role closed', () => {
    expect(read(letter('This campaign continues, but we will not be progressing your application, as other applicants were a closer match.')).reasons).not.toContain('role_closed');
  });
});
