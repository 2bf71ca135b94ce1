import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';
import { readMessage } from './read-message.js';

const texts = (body: string): string[] => splitSentences(body).map((s) => s.text);

describe('splitting a message into sentences', () => {
  it('ends a sentence after a contraction or a possessive, not only after a whole word', () => {
    expect(texts("The post needs Salesforce admin experience, which you haven't. Overall another candidate was closer.")).toEqual([
      "The post needs Salesforce admin experience, which you haven't.",
      'Overall another candidate was closer.',
    ]);
    expect(texts("The role is based at St Mary's. We are unable to offer remote work.")).toEqual(["The role is based at St Mary's.", 'We are unable to offer remote work.']);
    expect(texts('We could not meet the figure you quoted, which we didn’t expect. Thank you again.')).toHaveLength(2);
  });

  it('keeps initials and titles inside their sentence', () => {
    expect(texts('Please write to J. Okafor in HR. She will reply within a week.')).toEqual(['Please write to J. Okafor in HR.', 'She will reply within a week.']);
    expect(texts('It was Dr. Patel who chaired the panel. Thank you for your time.')).toEqual(['It was Dr. Patel who chaired the panel.', 'Thank you for your time.']);
  });
});

describe('footer sentences', () => {
  const footers = (body: string): boolean[] => splitSentences(body).map((s) => s.footer);

  it('keeps a promise to call about a suitable role, even inside a privacy sentence', () => {
    expect(footers('We will keep your details for six months in line with our privacy policy, and may contact you if a suitable role arises.')).toEqual([false]);
    expect(footers('We will keep your details for six months in line with our privacy policy.')).toEqual([true]);
  });

  it('reads the door the promise opens', () => {
    const text = 'Dear Sam,\n\nThank you for applying. We will not be taking your application further. We will retain your details for six months in line with our privacy policy, and may contact you if a suitable role arises.\n\nKind regards,\nResourcing';
    expect(readMessage({ text }, null).doorOpen).toBe(true);
  });
});
