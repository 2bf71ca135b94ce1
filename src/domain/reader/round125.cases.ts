/**
 * The interview told by what was said in it or by whom was met: "your answer about how you rebuilt the returns process
 * stuck with all three of us", "Claire said you were the most natural communicator they saw". Messages written for this
 * test (not taken from any corpus part), each beside one in nearby words that must read the other way.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('the interview told by what was said in it', () => {
  it('reads an answer about how the candidate did something, and the best one they saw, as the interview', () => {
    const texts = [
      'Hi Marisol,\n\nWe extended an offer for the Warehouse Supervisor role to another candidate, and she accepted this morning. Your answer about how you rebuilt the returns process stuck with all three of us.\n\nJim',
      'Hi Marcus,\n\nNews from Northway Rail on the Employee Relations Manager role. Claire said you were the most natural communicator they saw, but they\'ve gone with someone else.\n\nSandeep',
    ];
    for (const text of texts) {
      const r = read(text);
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('interview');
    }
  });

  it('does not read answers on an application form, or the strongest CV they saw, as the interview', () => {
    const texts = [
      'Hi Marisol,\n\nThank you for applying. Your answers to the application form questions were thoughtful, but we have offered the Warehouse Supervisor role to another candidate.\n\nJim',
      'Hi Marcus,\n\nNews from Northway Rail on the Employee Relations Manager role. Yours was not the strongest CV they saw, and they\'ve gone with someone else.\n\nSandeep',
    ];
    for (const text of texts) {
      const r = read(text);
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('application');
    }
  });
});
