import { describe, expect, it } from 'vitest';
import { withTitle } from './web-app.js';

describe('the page sent names itself', () => {
  it('writes the page\'s name into the head\'s title, escaped', () => {
    const head = '<!doctype html>\n<html><head>\n    <meta charset="UTF-8" />\n    <title>Debrief</title>\n  </head><body><div id="root"';
    expect(withTitle(head, 'Home · Debrief')).toContain('<title>Home · Debrief</title>');
    expect(withTitle(head, 'Q&A <draft> · Debrief')).toContain('<title>Q&amp;A &lt;draft&gt; · Debrief</title>');
    expect(withTitle(head, 'Home · Debrief').replace('<title>Home · Debrief</title>', '<title>Debrief</title>')).toBe(head);
  });

  it('leaves a head without a title as it is', () => {
    expect(withTitle('<head></head>', 'Home · Debrief')).toBe('<head></head>');
  });
});
