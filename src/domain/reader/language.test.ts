/**
 * The language guess decides whether the English rules read a message or only the best-effort cues of another
 * language do: these tests hold what a person would expect of it.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it('reads an ordinary English rejection as English, with most words counted', () => {
    const g = detectLanguage('Thank you for your interest in the role. We have decided not to move forward with your application at this time.');
    expect(g.language).toBe('en');
    expect(g.englishShare).toBeGreaterThan(0.3);
  });

  it('reads German with umlauts as German', () => {
    expect(detectLanguage('Vielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.').language).toBe('de');
  });

  it('reads Swedish with å/ä/ö as Swedish', () => {
    expect(detectLanguage('Tack för din ansökan. Tyvärr har vi valt att gå vidare med en annan kandidat som är bättre lämpad för tjänsten.').language).toBe('sv');
  });

  it('keeps English when a German mail is mostly English', () => {
    expect(detectLanguage('Thank you for your application to the Senior Engineer role with us. Unfortunately we will not move forward. Vielen Dank und viel Erfolg.').language).toBe('en');
  });

  it('says unknown for too little text', () => {
    expect(detectLanguage('Thanks!').language).toBe('unknown');
    expect(detectLanguage('').language).toBe('unknown');
  });

  it('counts words outside the basic plane and long words without mistaking them for stop words', () => {
    const g = detectLanguage('𝐓𝐡𝐚𝐧𝐤 you for the application and for the interview with our team at the office');
    expect(g.language).toBe('en');
    // 15 words, of which "you for the and for the with our at the" are English stop words (and "𝐓𝐡𝐚𝐧𝐤" is not "thank")
    expect(g.englishShare).toBeCloseTo(10 / 15, 5);
    expect(detectLanguage('Rückmeldungsverfahrensbeschreibung Bewerbungsunterlagenzusammenstellung').language).toBe('unknown');
  });
});
