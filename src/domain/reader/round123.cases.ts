/**
 * The interview told in an agency's or a small employer's words: a call back from the client "about Tuesday",
 * "Wednesday's second stage", a trial shift worked, coffee with the company's CTO. Messages written for this test (not
 * taken from any corpus part), each beside one in nearby words that must read the other way.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('the interview told in other words', () => {
  it('reads a call back from the client about the day, a day\'s second stage, a trial worked and coffee with the CTO as the interview', () => {
    const texts = [
      'Morning Jason,\n\nHad a call back from Steve at Pennine Haulage about Tuesday. They\'re not going to offer you the planner job, sorry.\n\nLee',
      'Hi Ryan,\n\nJust had an update from Tessa at Halcyon on Wednesday\'s second stage. I\'m afraid it\'s a no this time.\n\nBen',
      'Hey Jade, thanks heaps for the trial this morning. Gonna be honest, it\'s a no from us - the shots were running slow once the rush hit.',
      'Hey Priyanka - thanks for grabbing coffee with Aaron (our CTO) last week. We\'ve decided not to move ahead for the Staff Engineer role.\n\nLauren',
    ];
    for (const text of texts) {
      const r = read(text);
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('interview');
    }
  });

  it('does not read a call from HR about a deadline, a trial shift not offered or a second stage not reached as the interview', () => {
    const texts = [
      'Morning Jason,\n\nHad a call back from the HR team at Pennine Haulage about Tuesday\'s closing date. They\'re not going to take your application further, sorry.\n\nLee',
      'Hey Jade, thanks for applying. Gonna be honest, we won\'t be offering you a trial shift - we need someone with barista experience.',
      'Hi Ryan,\n\nThanks for applying to Halcyon. I\'m afraid you haven\'t been selected for the second stage this time.\n\nBen',
    ];
    for (const text of texts) {
      const r = read(text);
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('application');
    }
  });
});
