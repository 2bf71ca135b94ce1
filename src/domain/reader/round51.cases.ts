/**
 * Dotted abbreviations inside a sentence ("P.Eng.", "Ph.D.", "M.B.A.", "e.g.", "U.K.") no longer cut the
 * rules' "[^.;]" windows: the normalised sentence reads them without their dots, while a dot that ends the sentence
 * stays and the shown text is left as written. Messages written for this test (not taken from any corpus part), each
 * beside a message in nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';
import { foldForMatch, splitSentences } from './sentences.js';

const read = (text: string) => readMessage({ text }, null);
const wrap = (body: string): string => `Hello Priya,\n\n${body}\n\nWarm regards,\nOskar Lindqvist\nTalent Partner`;

describe('dotted abbreviations in the normalised sentence', () => {
  it('drops the inner and inner-sentence final dots of degrees and Latin abbreviations', () => {
    expect(foldForMatch('Once you finish your M.Sc., do write to us')).toBe('once you finish your msc, do write to us');
    expect(foldForMatch('She holds a Ph.D. and an M.B.A. from Leeds')).toBe('she holds a phd and an mba from leeds');
    expect(foldForMatch('Tools e.g. Excel, i.e. the basics')).toBe('tools eg excel, ie the basics');
    expect(foldForMatch('The call is at 10 a.m. in the U.K. office')).toBe('the call is at 10 a.m. in the uk office');
    // ("u.s." and "a.m." would become the words "us" and "am": they keep their dots)
    expect(foldForMatch('Our U.S. team will contact you')).toBe('our u.s. team will contact you');
  });

  it('keeps the dot that ends the sentence', () => {
    expect(foldForMatch('The post needs a B.Eng.')).toBe('the post needs a beng.');
    expect(foldForMatch('The post needs an M.B.A.')).toBe('the post needs an mba.');
  });

  it('leaves initials before a surname, addresses, files and numbers alone', () => {
    expect(foldForMatch('Ask j.okafor about it')).toBe('ask j.okafor about it');
    expect(foldForMatch('Write to m.ruiz@kelpworks.net today')).toBe('write to m.ruiz@kelpworks net today');
    expect(foldForMatch('I attached cv.pdf. ok')).toBe('i attached cv.pdf. ok');
    expect(foldForMatch('Version 2.4.1 is live')).toBe('version 2.4.1 is live');
  });

  it('changes the norm only, never the shown text', () => {
    const [s] = splitSentences('When you have your C.Eng., please get in touch with us again.');
    expect(s?.text).toBe('When you have your C.Eng., please get in touch with us again.');
    expect(s?.norm).toBe('when you have your ceng, please get in touch with us again.');
  });
});

describe('an open door behind a dotted abbreviation', () => {
  it('reads "once you have your C.Eng., please get in touch with us again" as a door', () => {
    const r = read(wrap('Thank you for the technical interview for the Structural Engineer post. The role needs a chartered engineer, which you are not yet, so we will not progress your application. Once you have your C.Eng., please get in touch with us again and we would be happy to talk.'));
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "once you have your C.Eng., please note the role will be closed" as a door', () => {
    const r = read(wrap('Thank you for the technical interview for the Structural Engineer post. The role needs a chartered engineer, which you are not yet, so we will not progress your application. Once you have your C.Eng., please note that this role will be closed.'));
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });
});
