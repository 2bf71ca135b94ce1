/**
 * The general rules of the sixth round (docs/decisions/0050), each on messages written for this test (not
 * taken from any corpus part). The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { extractNewest } from './clean.js';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Hi Robin,\n\n${body}\n\nBest wishes,\nMarta\nPeople Team`;
const quoted = (body: string): string => body.split('\n').map((l) => `> ${l}`).join('\n');

describe('stage from the quoted thread', () => {
  it('keeps the history of a reply apart from the newest message, without the quoted header lines', () => {
    const newest = extractNewest('Sorry, it is a no.\n\nFrom: Robin\nSent: 3 May\nSubject: Interview invitation\n\nThanks for the interview today.');
    expect(newest.body.trim()).toBe('Sorry, it is a no.');
    expect(newest.history).toContain('Thanks for the interview today.');
    expect(newest.history).not.toContain('Subject:');
  });

  it('reads a step the candidate took from the quoted message the rejection answers', () => {
    const text = `${wrap("I'm sorry to say we have decided not to take your application further.")}\n\nOn Tue, 8 Apr 2025 at 17:02, Robin <robin@example.org> wrote:\n${quoted('Hi Marta,\nThanks for organising the interview with Idris and Joy this morning, I enjoyed meeting them.\nRobin')}`;
    const r = read(text, 'Re: This morning');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
    expect(r.evidence.find((e) => e.label === 'stage')?.sentences.join(' ')).toMatch(/organising the interview/);
  });

  it('reads a test sent in the quoted history as the assessment stage', () => {
    const text = `${wrap('Thank you for your patience. We will not be moving forward with your application.')}\n\n-----Original Message-----\nFrom: Robin\nSent: 2 June 2025\nSubject: Exercise\n\nHi Marta, I have sent the written exercise back through the portal.`;
    expect(read(text).stage).toBe('assessment');
  });

  it('does not take a step the candidate only asked about in the history', () => {
    const text = `${wrap('We have decided not to progress your application.')}\n\nOn Mon, 3 Mar 2025, Robin wrote:\n${quoted('Hi Marta, is there any update about the interview with the hiring manager?\nRobin')}`;
    expect(read(text).stage).toBe('application');
  });

  it('does not let the history change a message that is not a decline', () => {
    const text = `Hi Robin, thanks for your note. We are still reviewing applications and will write next week.\n\nOn Mon, 3 Mar 2025, Robin wrote:\n${quoted('Thanks for the final interview yesterday, I really enjoyed it.')}`;
    const r = read(text);
    expect(r.kind).not.toBe('rejection');
    expect(r.stage).toBeNull();
  });
});

describe('stage', () => {
  it('reads a discussion with the panel and the time spent talking with the team as interviews', () => {
    expect(read(wrap('Following your discussion with the selection panel, I am sorry to say you have not been successful.')).stage).toBe('interview');
    expect(read(wrap('Thank you for the time you spent talking with our product team on video. We will not be moving forward.')).stage).toBe('interview');
    expect(read(wrap('We thank you for the meeting at our Leeds office last week. We have chosen another applicant.')).stage).toBe('interview');
  });

  it('reads a call with the sender as a screen, and interviews with the team that never happened as no interview', () => {
    const r = read(wrap('Thanks for making time for a call with me on Monday. We will not be putting you forward to the interviews with the team.'));
    expect(r.stage).toBe('screen');
  });

  it('reads a conversation reviewed with the hiring manager as the recruiter’s screen', () => {
    expect(read(wrap('Thank you for the introductory call with me. Having reviewed our conversation with the hiring manager, we will not proceed.')).stage).toBe('screen');
  });

  it('reads a refused place at an assessment day as the application stage', () => {
    expect(read(wrap('We are sorry that we are unable to offer you a place at our assessment centre this year.')).stage).toBe('application');
  });

  it('reads a case named by its kind as a test taken', () => {
    expect(read(wrap('Thank you for completing the business case. We will not be inviting you to interview.')).stage).toBe('assessment');
  });
});

describe('reasons and flags', () => {
  it('reads needing someone in the office as location, not a missing skill', () => {
    const r = read(wrap('We need someone who can be in our Bristol office every day, which does not fit with your plans, so we will not proceed.'));
    expect(r.reasons).toEqual(['location']);
  });

  it('reads living outside the area as location', () => {
    const r = read(wrap('This post is open only to applicants who already live within the county. As your address is outside the area, we cannot consider your application.'));
    expect(r.reasons).toContain('location');
    expect(r.feedback).toBe(true);
  });

  it('reads parts of the work left undone as specific feedback', () => {
    const r = read(wrap('Thank you for the coding task. The validation was not implemented and the endpoint returned an error for empty input, so we will not continue.'));
    expect(r.feedback).toBe(true);
    expect(read(wrap('Thank you for the case study. The reviewers felt the pricing section did not justify its numbers, so we will not continue.')).feedback).toBe(true);
    expect(read(wrap('Thank you for the written task. The memo did not give a recommendation, so we will not invite you to interview.')).feedback).toBe(true);
  });

  it('reads offers to chat it through and to share feedback if helpful as feedback offered', () => {
    expect(read(wrap('We have gone with another candidate. Glad to chat through it if that is useful.')).feedbackOffered).toBe(true);
    expect(read(wrap('We have gone with another candidate. If some feedback would be useful, I am happy to send it.')).feedbackOffered).toBe(true);
    expect(read(wrap('We have gone with another candidate. Unfortunately we cannot share feedback.')).feedbackOffered).toBe(false);
    expect(read(wrap('We have gone with another candidate. If you want to go through how the interview went, I can set up a call.')).feedbackOffered).toBe(true);
  });

  it('does not take a role named Data Protection Officer for a privacy footer', () => {
    expect(read(wrap('Thank you for interviewing for the Data Protection Officer post. We have appointed another candidate.')).stage).toBe('interview');
  });
});

describe('kind', () => {
  it('reads a search on ice as paused, and its return as no door to other roles', () => {
    const r = read(wrap('The client has put the search on ice until the new budget is agreed. You are still in the running and I will be in touch when it moves again.'));
    expect(r.kind).toBe('on_hold');
    expect(r.doorOpen).toBe(false);
  });

  it('reads an update with nothing paused or delayed as other, and a delayed decision as on hold', () => {
    expect(read(wrap('We are seeing two more people this week and expect to make a decision by Thursday. I will let you know either way.')).kind).toBe('other');
    expect(read(wrap('We are still interviewing and will get back to you once we have news.')).kind).toBe('other');
    expect(read(wrap('The decision has been delayed until the new budget is approved; you are still in the process.')).kind).toBe('on_hold');
  });

  it('does not read a notice of a delay as a rejection', () => {
    expect(read(wrap('Unfortunately the hiring manager is away, so there may be a slight delay before we can get back to you.')).kind).not.toBe('rejection');
  });

  it('does not read the confirmation of an offer accepted elsewhere as a rejection', () => {
    expect(read(wrap('Congratulations on the new job, and thanks for telling us you have accepted another offer. We have closed your application at your request.')).kind).not.toBe('rejection');
  });
});
