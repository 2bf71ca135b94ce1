import { describe, expect, it } from 'vitest';
import { guessQuestionKind, isQuestionKind } from './question-kinds.js';

describe('question kinds', () => {
  it.each([
    ['Tell me about a time you disagreed with your manager', 'behavioural'],
    ['What are your salary expectations?', 'salary'],
    ['Design a URL shortener that scales', 'technical'],
    ['How many petrol stations are there in France?', 'case'],
    ['Why do you want to work here?', 'about_you'],
    ['Walk me through your résumé', 'about_you'],
    ['What did you have for lunch', null],
  ])('guesses %s as %s', (question, kind) => {
    expect(guessQuestionKind(question)).toBe(kind);
  });

  it('knows its kinds', () => {
    expect(isQuestionKind('to_ask')).toBe(true);
    expect(isQuestionKind('trivia')).toBe(false);
    expect(isQuestionKind(null)).toBe(false);
  });
});
