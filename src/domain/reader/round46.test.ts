/**
 * What is a rejection: short English declines that share their little words with other languages, and the kind of a
 * message beside its look-alikes. Messages written for this test (not taken from any corpus part), each beside a message
 * in nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('short English read as English', () => {
  it('reads a one-line English decline full of "I", "do" and "to" as English, and as a rejection', () => {
    const text = "Post's been cut by head office, sorry. Nothing I can do about it. J";
    expect(detectLanguage(text).language).toBe('en');
    expect(read(text, 'Re: Stores assistant').kind).toBe('rejection');
  });

  it('still reads a short Polish decline as Polish', () => {
    expect(detectLanguage('Dziękujemy za rozmowę. Niestety nie będziemy kontynuować procesu z Panią.').language).toBe('pl');
  });

  it('reads "I do want to say no to this, sorry" as English, not Polish', () => {
    expect(detectLanguage('I do not want to hold you up. It is a no to the Leeds role, sorry.').language).toBe('en');
  });

  it('still reads a short Danish decline as Danish, though "for" and "at" are English too', () => {
    expect(detectLanguage('Tak for din ansøgning. Desværre har vi valgt at gå videre med en anden kandidat.').language).toBe('da');
  });

  it('does not let the "e" of e-mail or the "o" of a surname make an English note Italian or Portuguese', () => {
    expect(detectLanguage("Per e-mail from O'Neill: the role is gone, I'm afraid. Sorry.").language).toBe('en');
  });

  it('still reads a short Italian decline as Italian', () => {
    expect(detectLanguage('Grazie per la sua candidatura. Purtroppo abbiamo scelto un altro profilo per il ruolo.').language).toBe('it');
  });
});
