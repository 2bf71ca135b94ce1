/**
 * Mail damaged in transit, repaired once in the cleaning step so that every rule reads the words as a person would: an
 * entity escaped twice ("won&amp;#39;t"), markup pasted as escaped text ("&lt;p&gt;"), currency entities ("&pound;"), a
 * style block or a line of CSS left in a plain-text body, an image's alt text ("[cid:image001.png@…]"), a line that is only a
 * tracking link or "View this email in your browser"; and a hiring freeze that says nothing has been decided against the
 * candidate. Messages written for this test (not taken from any corpus part), each beside a message in nearby words that
 * must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { normaliseText } from './clean.js';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('entities escaped twice and markup pasted as text', () => {
  it('reads a decline in escaped markup with apostrophes escaped twice as a rejection', () => {
    const r = read('&lt;p&gt;Hello Tomasz,&lt;/p&gt;&lt;p&gt;Thanks for applying for the Office Coordinator role. Our budget for next year has been cut and all hiring is on hold, so we won&amp;#39;t be taking any applications further, including yours.&lt;/p&gt;&lt;p&gt;Marrowby Print&lt;/p&gt;', 'Office Coordinator');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
    expect(r.evidence.some((e) => e.sentences.some((s) => /&|<p>/.test(s)))).toBe(false);
  });

  it('still reads a pause in the same markup, with nobody declined, as on hold', () => {
    const r = read('&lt;p&gt;Hello Tomasz,&lt;/p&gt;&lt;p&gt;Thanks for applying for the Office Coordinator role. Our budget for next year is still being agreed and all hiring is on hold, so we&amp;#39;ve paused the process and we&amp;#39;ll be in touch as soon as it reopens.&lt;/p&gt;&lt;p&gt;Marrowby Print&lt;/p&gt;', 'Office Coordinator');
    expect(r.kind).toBe('on_hold');
  });

  it('reads "&amp;nbsp;", "&amp;rsquo;" and "&pound;" as the characters they stand for', () => {
    expect(normaliseText('We&amp;rsquo;re sorry.&amp;nbsp;The budget tops out at &pound;52k and &euro;60k.')).toBe('We\u2019re sorry. The budget tops out at \u00a352k and \u20ac60k.');
  });

  it('leaves an ampersand escaped once, as text, alone', () => {
    expect(normaliseText('Tell us about R&amp;D at Smith &amp; Sons.')).toBe('Tell us about R&D at Smith & Sons.');
  });
});

describe('leftovers of markup and of the mail client in a plain-text body', () => {
  it('drops a style block, a line of CSS, image alt text and a line that is only a tracking link', () => {
    const text = normaliseText('View this email in your browser https://click.example.net/ls/click?upn=aB3-2Fx\nHi Nadia,\n\nWe won\u2019t be moving forward.\n\n[cid:image001.png@01DA11B2.3C4D5E60]\nPeople Team\n<style>.sig{font-family:Arial;color:#777}</style>\n.footer { color: #999; }\nhttps://click.example.net/ls/click?upn=Zz9-2Fq');
    expect(text).not.toMatch(/font-family|color:|cid:|https?:|browser/);
    expect(text).toContain('We won\u2019t be moving forward.');
    expect(text).toContain('People Team');
  });

  it('keeps a link inside a sentence, a placeholder in braces and words about a browser', () => {
    const text = normaliseText('You can see other roles at https://jobs.example.org/open and we will write to {FirstName} soon.\nThe test runs in your browser.');
    expect(text).toContain('https://jobs.example.org/open');
    expect(text).toContain('The test runs in your browser.');
  });
});

describe('a hiring freeze that decides nothing against the candidate', () => {
  it('reads "nothing has been decided against you" beside a freeze as on hold', () => {
    const r = read('Hi Ilka,\n\nI know you have been waiting since the final interview. A hiring freeze came down from the group this week, which pauses every offer until March. You are still our first choice and nothing has been decided against you. I will keep you posted.\n\nBest,\nRuth', 'Final round');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads a decision against the application beside a freeze as a rejection', () => {
    const r = read('Hi Ilka,\n\nI know you have been waiting since the final interview. A hiring freeze came down from the group this week, and with it the panel has decided against your application. I am sorry to send this news.\n\nBest,\nRuth', 'Final round');
    expect(r.kind).toBe('rejection');
  });
});

describe('words of an ordinary letter, read whole after the damage is repaired', () => {
  it('reads candidates told to assume they were not shortlisted, in an acknowledgement, as no decline', () => {
    const r = read('Dear Ms Quist,\n\nWe acknowledge receipt of your application for the post of Lecturer in Geography (Ref: GE-118). The closing date is 2 March. Applicants who have not been contacted within three weeks of the closing date may assume that their application has not been shortlisted.\n\nHuman Resources, Wexcombe College', 'Acknowledgement: GE-118');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads "you have not been shortlisted" after the closing date as a rejection', () => {
    const r = read('Dear Ms Quist,\n\nThank you for your application for the post of Lecturer in Geography (Ref: GE-118). Shortlisting has now taken place and I am sorry to tell you that you have not been shortlisted on this occasion.\n\nHuman Resources, Wexcombe College', 'GE-118');
    expect(r.kind).toBe('rejection');
  });

  it('reads the interview panel thanking the candidate for their time as an interview', () => {
    const r = read('On behalf of the interview panel, thank you for your time on Tuesday. I am sorry to say that on this occasion you were not successful.\n\nRegards,\nCopperfield Infant School', 'Class Teacher');
    expect(r.stage).toBe('interview');
  });

  it('still reads a panel that only shortlisted, in the same words, as the application', () => {
    const r = read('On behalf of the shortlisting panel, thank you for your application. I am sorry to say that on this occasion you were not successful.\n\nRegards,\nCopperfield Infant School', 'Class Teacher');
    expect(r.stage).toBe('application');
  });

  it('reads a decline after a background screening as no test result', () => {
    const r = read('Hello Marek,\n\nThank you for your patience while we completed the pre-employment background screening for the Payments Analyst role. Based on the results of the screening, we are unable to proceed with your application.\n\nVetting Team, Holloway Bank', 'Payments Analyst - screening');
    expect(r.reasons).toEqual(['generic']);
  });

  it('still reads a decline on the results of a test as the test result', () => {
    const r = read('Hello Marek,\n\nThank you for completing the numerical reasoning test for the Payments Analyst role. Based on the results of your test, we are unable to proceed with your application.\n\nRecruitment, Holloway Bank', 'Payments Analyst - test');
    expect(r.reasons).toContain('assessment');
  });

  it('reads an exercise that showed a difficulty as the test result', () => {
    const r = read('Hi Saoirse,\n\nThank you for the interview and the data exercise on the day. We have decided not to progress your application. The exercise showed some difficulty with SQL joins, and the role needs strong SQL from the start.\n\nBest,\nOwen', 'Data Analyst interview');
    expect(r.reasons).toContain('assessment');
  });

  it('still reads an exercise that went well, beside a missing skill, as no test result', () => {
    const r = read('Hi Saoirse,\n\nThank you for the interview and the data exercise on the day. We have decided not to progress your application. The exercise went well, but the role needs someone with five years of SQL and you have two.\n\nBest,\nOwen', 'Data Analyst interview');
    expect(r.reasons).not.toContain('assessment');
  });

  it('reads the working style noted beside a team that works in pairs as a culture fit', () => {
    const r = read('Hey Lior,\n\nThanks for the full day with us. A couple of people noted that you preferred to work through problems alone, and we work almost entirely in pairs, so we have decided not to make an offer.\n\nDana', 'final round');
    expect(r.reasons).toContain('culture_fit');
  });

  it('still reads a team that works in pairs, with nothing noted of the candidate, as no culture fit', () => {
    const r = read('Hey Lior,\n\nThanks for the full day with us. We work almost entirely in pairs, and we have decided to offer the role to someone with more Rust experience.\n\nDana', 'final round');
    expect(r.reasons).not.toContain('culture_fit');
  });

  it('reads a credential the director felt the candidate would need as a missing requirement', () => {
    const r = read('Dear Tobias,\n\nThank you for attending the final interview. I am afraid we will not be offering you the position. The director felt you would need chartered status before taking on sign-off responsibility.\n\nKind regards,\nPractice Manager', 'Final interview');
    expect(r.reasons).toContain('skills_gap');
  });

  it('still reads a credential the candidate would need only after joining as no missing requirement', () => {
    const r = read('Dear Tobias,\n\nThank you for attending the final interview. I am afraid we will not be offering you the position; we have offered it to another candidate. You would need to renew your site pass at reception when you visit again.\n\nKind regards,\nPractice Manager', 'Final interview');
    expect(r.reasons).not.toContain('skills_gap');
  });
});
