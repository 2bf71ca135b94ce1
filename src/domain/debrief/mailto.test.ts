import { describe, expect, it } from 'vitest';
import { mailtoLink } from './mailto.js';

describe('mailtoLink', () => {
  it.each([
    [
      { to: 'priya@example.com', subject: 'Feedback & thanks', body: 'Hi,\nThank you.' },
      'mailto:priya@example.com?subject=Feedback%20%26%20thanks&body=Hi%2C%0D%0AThank%20you.',
    ],
    [{ to: null, subject: 'Café', body: '' }, 'mailto:?subject=Caf%C3%A9'],
    [{ to: 'a@x.com, b@y.com', subject: '', body: '100% sure?' }, 'mailto:a@x.com,b@y.com?body=100%25%20sure%3F'],
    [{ to: 'odd#name@x.com', subject: "It's (ok)", body: '' }, "mailto:odd%23name@x.com?subject=It%27s%20%28ok%29"],
  ])('%j', (input, link) => {
    expect(mailtoLink(input)).toBe(link);
  });

  it('decodes back to the original text', () => {
    const link = mailtoLink({ to: 'x@y.z', subject: 'Zoë — 12 November', body: 'a\r\nb\nc' });
    const url = new URL(link);
    expect(decodeURIComponent(url.search.split('&')[1]?.slice(5) ?? '')).toBe('a\r\nb\r\nc');
    expect(link).not.toMatch(/[ \n]/);
  });
});
