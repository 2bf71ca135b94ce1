import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText, htmlToTextDetailed, looksLikeHtml, MAX_HTML_CHARS } from './html.js';
import { readMessage } from './read-message.js';

/**
 * Hostile markup must cost linear time: the old regex pipeline took 5 s on
 * 64 KB of "<" and did not finish 512 KB in 200 s. These tests have a
 * generous time limit as their failure mode, and bound the output by the input.
 */
const KB = 1024;
const LIMIT_MS = 30_000;

/** Each tag adds at most a short break ("\n\n>>QUOTE-START<<\n\n" for a 12-character <blockquote>). */
const bounded = (input: string, output: string) => expect(output.length).toBeLessThanOrEqual(2 * input.length + 32);

const HOSTILE: Record<string, string> = {
  'a run of "<"': '<'.repeat(512 * KB),
  '"<" and text': 'a <'.repeat(170 * KB),
  'unclosed comments': '<!--'.repeat(128 * KB),
  'unclosed scripts': '<script>'.repeat(64 * KB),
  'script openings without ">"': '<script'.repeat(73 * KB),
  'closings without openings': '</style >'.repeat(56 * KB),
  'tags without ">"': '<div class="x'.repeat(40 * KB),
  'deep nesting': `${'<div><blockquote>'.repeat(30 * KB)}Unfortunately we will not move forward.${'</blockquote></div>'.repeat(30 * KB)}`,
  'entities without ";"': '&amp'.repeat(128 * KB),
  'whitespace between tags': `${'<p>   \n\t '.repeat(50 * KB)}`,
};

describe('htmlToText on hostile markup', () => {
  for (const [name, html] of Object.entries(HOSTILE)) {
    it(`finishes on ${Math.round(html.length / KB)} KB of ${name}`, () => {
      const text = htmlToText(html);
      bounded(html, text);
      expect(looksLikeHtml(html)).toBeTypeOf('boolean');
    }, LIMIT_MS);
  }

  it('finishes on any mix of hostile fragments, repeated to hundreds of kilobytes', () => {
    const fragment = fc.constantFrom('<', '>', '<!--', '-->', '<script>', '</script', '<style', '<div', '<p>', '</td>', '<li>', '<br/>', '<blockquote>', '&', '&#', '&amp;', '"', 'text ', '\n', ' ');
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 1, maxLength: 64 }), fc.integer({ min: 1, max: 4000 }), (pieces, times) => {
        const html = pieces.join('').repeat(times);
        const text = htmlToText(html);
        bounded(html, text);
        expect(text).not.toMatch(/<(script|style)>/i);
      }),
      { numRuns: 60 },
    );
  }, LIMIT_MS * 2);

  it('reads a whole message built on a hostile body', () => {
    const html = `<p>Unfortunately we will not be moving forward with your application.</p>${'<'.repeat(512 * KB)}`;
    expect(readMessage({ html, subject: 'Your application' }).kind).toBe('rejection');
  }, LIMIT_MS);

  it('reads only the first MAX_HTML_CHARS of markup, and says so', () => {
    const html = `<p>Thank you for applying.</p>${'<p>more</p>'.repeat(MAX_HTML_CHARS / 10)}`;
    const cut = htmlToTextDetailed(html);
    expect(cut.truncated).toBe(true);
    expect(cut.text.startsWith('Thank you for applying.')).toBe(true);
    expect(htmlToTextDetailed('<p>short</p>')).toEqual({ text: 'short', truncated: false });
  }, LIMIT_MS);
});

describe('htmlToText keeps what a reader needs', () => {
  it('drops hidden content, keeps blocks, list items, cells and line breaks', () => {
    expect(htmlToText('<head><title>T</title></head><p>Dear Ana,</p><table><tr><td>a</td><td>b</td></tr></table><ul><li>one</li></ul><p>x<br>y</p>'))
      .toBe('Dear Ana,\n\na b\n\n\u2022 one\n\nx\ny');
    expect(htmlToText('a < b and c > d')).toBe('a d');
    expect(htmlToText('5 < 6')).toBe('5 < 6');
    expect(htmlToText('<p>before</p><!-- a note --><p>after</p>')).toBe('before\n\nafter');
    expect(htmlToText('<script>if (a < b) alert(1)</script><p>Hi</p>')).toBe('Hi');
  });

  it('puts the start of quoted history on its own line, where the reader cuts it', () => {
    expect(htmlToText('<div>Thanks!</div><blockquote>Unfortunately we went with another candidate.</blockquote>'))
      .toBe('Thanks!\n\n>>QUOTE-START<<\n\nUnfortunately we went with another candidate.');
  });
});
