/**
 * Praise in general words and comparisons, as what specific feedback rests on: "you came across well, but another
 * candidate was slightly stronger", "the panel felt other candidates performed more strongly", "the team noted your
 * enthusiasm", "there wasn't one thing that let you down". Messages written for this test (not taken from any corpus
 * part), each beside one in nearby words that must read the other way.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const both = (text: string, subject?: string) => [read(text, subject), readMessage({ text, subject })];

describe('praise in general words and comparisons are no specific feedback', () => {
  it('does not read "you came across well, but they felt another candidate was slightly stronger" as feedback', () => {
    for (const r of both('Hi Dom,\n\nJust heard back from Arbour Homes on the Site Manager job. They said you came across well, but they felt another candidate was slightly stronger overall, so it\'s a no this time.\n\nCheers,\nKelly')) {
      expect(r.kind).toBe('rejection');
      expect(r.feedback).toBe(false);
    }
  });

  it('still reads "you came across well, but you hadn\'t run a site over £5m" as feedback', () => {
    const r = read('Hi Dom,\n\nJust heard back from Arbour Homes on the Site Manager job. They said you came across well, but you hadn\'t run a site over £5m, which the role needs, so it\'s a no this time.\n\nCheers,\nKelly');
    expect(r.feedback).toBe(true);
  });

  it('does not read "other candidates performed more strongly" or "noted your enthusiasm" as feedback', () => {
    const texts = [
      'Dear Ms Kaur,\n\nThank you for attending the interview. We saw four candidates on the day and, after a long discussion, the panel felt that other candidates performed more strongly, so we will not be offering you the position.\n\nYours sincerely,\nHR',
      'Hi Ola,\n\nThanks for coming in on Friday. The team noted your enthusiasm and really enjoyed meeting you, but we\'ve decided to go with someone else.\n\nBest,\nSam',
    ];
    for (const text of texts) for (const r of both(text)) expect(r.feedback).toBe(false);
  });

  it('still reads "you did well on verbal reasoning, but the numerical test came in at the 31st percentile" as feedback', () => {
    for (const r of both('Hi Callum,\n\nI\'ve got the results back from the online tests. You did well on verbal reasoning but the numerical test came in at the 31st percentile against a cut-off of the 50th, so they won\'t be taking your application further.\n\nImogen')) expect(r.feedback).toBe(true);
  });

  it('does not read "there wasn\'t one thing that let you down" as feedback, and still reads "the one thing that let you down"', () => {
    expect(read('Hi Fiona,\n\nThank you for interviewing with us. Honestly, the panel felt you interviewed well and there wasn\'t one thing that let you down; it was very close, and we went with someone else.\n\nLorna').feedback).toBe(false);
    expect(read('Hi Fiona,\n\nThank you for interviewing with us. Honestly, the one thing that let you down was the consolidation question: you didn\'t get to the eliminations, so we won\'t be offering you the role.\n\nLorna').feedback).toBe(true);
  });
});
