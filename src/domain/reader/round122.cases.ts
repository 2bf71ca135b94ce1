/**
 * How the candidate came across in an interview, with no requirement named, as the reason of a decline: "your answers
 * were quite general", "you seemed a little disengaged", "we didn't get a clear sense of why you want this role", "other
 * candidates performed more strongly on the day" (LABELS.md's profile_mismatch: the candidate not a fit, others
 * stronger). The same words in a coach's notes or a recruiter's notes before a second interview decline no one. Messages
 * written for this test (not taken from any corpus part), each beside one in nearby words that must read the other way.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const both = (text: string, subject?: string) => [read(text, subject), readMessage({ text, subject })];

describe('how the candidate came across, as the reason of a decline', () => {
  it('reads answers that stayed general, a candidate who seemed disengaged and no clear sense of why as a profile mismatch', () => {
    const texts = [
      'Dear Mr Rao,\n\nWe thank you for attending the interview for the post of Credit Officer. We regret to inform you that you have not been selected. Many of your answers were general in nature and did not draw on your own cases.\n\nHR Department',
      'Hi Jess,\n\nThanks for coming in on Thursday. We have decided not to progress your application. Throughout the interview you seemed a little disengaged, and you didn\'t have any questions for us at the end.\n\nMark',
      'Hi Ruth,\n\nThank you for meeting us. We have decided not to offer you the position: we didn\'t get a clear sense of why you want this role, or why you want to work for a housing charity.\n\nRuth Adeleke',
      'Hi Ben,\n\nThanks for coming in on Wednesday. We\'re not offering you the Junior Designer role. Other candidates performed more strongly on the day.\n\nMel',
    ];
    for (const text of texts) for (const r of both(text)) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toContain('profile_mismatch');
      expect(r.reasons).not.toContain('generic');
    }
  });

  it('still reads a decline that says nothing of how the candidate came across as generic', () => {
    const r = read('Hi Ben,\n\nThanks for coming in on Wednesday. We\'re not offering you the Junior Designer role; it was a strong field.\n\nMel');
    expect(r.reasons).toEqual(['generic']);
  });

  it('does not read a coach\'s notes or a recruiter\'s notes before a second interview as a decline', () => {
    const texts = [
      'Hi Georgia,\n\nGreat session today - my notes from the practice run, so you have them in writing.\n\n1. Your answers were quite brief.\n2. You seemed less confident in the second half.\n\nLet\'s do one more before the real one next week.\n\nAnita\nCareer Coach',
      'Hi Grace,\n\nGreat news - they want you back for a second interview with the Ops Director next Thursday at 2pm! The only thing he flagged was that you seemed a little reserved in the first half, so go in with a couple of strong examples.\n\nCan you confirm the time works?\n\nHarriet',
    ];
    for (const text of texts) for (const r of both(text)) expect(r.kind).not.toBe('rejection');
  });
});
