import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

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
