import { describe, expect, it } from 'vitest';
import { isBookableStage, questionsToAsk, researchPrompts } from './prepare.js';

describe('preparation', () => {
  it('fills the company into the research prompts and adds the stage’s own', () => {
    const prompts = researchPrompts('Acme', 'final');
    expect(prompts[0]?.prompt).toBe('What does Acme make or sell, and for whom?');
    expect(prompts.some((p) => p.id === 'close')).toBe(true);
    expect(prompts.some((p) => p.id === 'pitch')).toBe(false);
    expect(new Set(prompts.map((p) => p.id)).size).toBe(prompts.length);
  });

  it('gives general preparation when no stage is booked', () => {
    const prompts = researchPrompts('Acme', null);
    expect(prompts.map((p) => p.id)).toEqual(expect.arrayContaining(['what_they_do', 'pitch', 'format', 'people', 'decision']));
    expect(questionsToAsk(null).length).toBeGreaterThanOrEqual(3);
  });

  it('offers questions to ask per stage', () => {
    expect(questionsToAsk('interview')).toContain('What is the hardest problem the team is working on?');
    expect(isBookableStage('interview')).toBe(true);
    expect(isBookableStage('applied')).toBe(false);
  });
});
