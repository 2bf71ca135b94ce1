import { describe, expect, it } from 'vitest';
import { REFLECTION_SECTION_IDS, REFLECTION_SECTIONS, type ReflectionSection } from './reflection-prompts.js';
import { groupBySection, questionBankItems, reflectionPromptsFor } from './reflection.js';
import { STAGES_REACHED, type StageReached } from './stage-reached.js';

const sections = (stage: StageReached, rounds?: number): Set<ReflectionSection> =>
  new Set(reflectionPromptsFor(stage, rounds === undefined ? {} : { interviewRounds: rounds }).map((p) => p.section));

describe('reflectionPromptsFor', () => {
  it.each<[StageReached, ReflectionSection[], ReflectionSection[]]>([
    ['application', ['research', 'preparation', 'follow_up', 'went_well', 'could_be_better', 'learned', 'fit'], ['screen', 'interview_round', 'final_round', 'struggled_questions', 'rapport', 'technical_prep', 'balance', 'assessment']],
    ['screen', ['screen', 'struggled_questions', 'rapport'], ['interview_round', 'final_round', 'technical_prep', 'balance', 'assessment']],
    ['assessment', ['assessment', 'technical_prep', 'struggled_questions'], ['interview_round', 'final_round', 'balance']],
    ['interview', ['interview_round', 'balance', 'technical_prep', 'rapport'], ['final_round', 'assessment']],
    ['final', ['interview_round', 'final_round', 'balance', 'technical_prep', 'rapport', 'struggled_questions'], ['assessment']],
  ])('%s includes %j and leaves out %j', (stage, included, excluded) => {
    const got = sections(stage);
    for (const s of included) expect(got.has(s)).toBe(true);
    for (const s of excluded) expect(got.has(s)).toBe(false);
  });

  it('gives a final-round rejection every section except a separate assessment', () => {
    const got = sections('final');
    expect(REFLECTION_SECTION_IDS.filter((s) => !got.has(s))).toEqual(['assessment']);
    expect(new Set(reflectionPromptsFor('final', { hadAssessment: true }).map((p) => p.section)).size).toBe(REFLECTION_SECTION_IDS.length);
  });

  it('repeats the round prompts per interview round', () => {
    const prompts = reflectionPromptsFor('interview', { interviewRounds: 3 });
    const rounds = prompts.filter((p) => p.section === 'interview_round');
    expect(rounds.map((p) => p.id)).toEqual([
      'interview_round.1.notes',
      'interview_round.1.replay',
      'interview_round.2.notes',
      'interview_round.2.replay',
      'interview_round.3.notes',
      'interview_round.3.replay',
    ]);
    expect(rounds[2]?.prompt).toMatch(/^Round 2:/);
    expect(reflectionPromptsFor('interview')[0]?.id).toBe('research.company');
    expect(reflectionPromptsFor('interview').find((p) => p.round === 1)?.prompt).toMatch(/^The interview:/);
  });

  it.each([
    ['interview', 0, 1],
    ['interview', -2, 1],
    ['interview', 2.7, 2],
    ['interview', 99, 10],
    ['final', 0, 0],
    ['final', undefined, 1],
    ['screen', 4, 0],
  ] as const)('%s with %s rounds → %i round blocks', (stage, rounds, expected) => {
    const prompts = reflectionPromptsFor(stage, rounds === undefined ? {} : { interviewRounds: rounds });
    expect(prompts.filter((p) => p.section === 'interview_round').length).toBe(expected * 2);
  });

  it('keeps ids unique, sections in order and kinds right', () => {
    for (const stage of STAGES_REACHED) {
      const prompts = reflectionPromptsFor(stage, { interviewRounds: 2 });
      expect(new Set(prompts.map((p) => p.id)).size).toBe(prompts.length);
      const order = prompts.map((p) => REFLECTION_SECTION_IDS.indexOf(p.section));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      for (const p of prompts) {
        expect(p.prompt).not.toMatch(/[{}]|undefined/);
        expect(p.help.length).toBeGreaterThan(10);
        expect(REFLECTION_SECTIONS[p.section]).toBeTruthy();
      }
    }
    const final = reflectionPromptsFor('final');
    expect(final.find((p) => p.section === 'struggled_questions')?.kind).toBe('list');
    expect(final.find((p) => p.section === 'fit')?.kind).toBe('rating');
  });

  it('ids do not change between calls (stable)', () => {
    expect(reflectionPromptsFor('screen').map((p) => p.id)).toMatchInlineSnapshot(`
      [
        "research.company",
        "research.role",
        "preparation.resume",
        "preparation.conversations",
        "screen.notes",
        "follow_up.thanks",
        "went_well.main",
        "could_be_better.main",
        "struggled_questions.list",
        "rapport.main",
        "learned.wants",
        "fit.rating",
      ]
    `);
  });
});

describe('groupBySection', () => {
  it('groups consecutive prompts', () => {
    const groups = groupBySection(reflectionPromptsFor('application'));
    expect(groups.map((g) => g.section)).toEqual(['research', 'preparation', 'follow_up', 'went_well', 'could_be_better', 'learned', 'fit']);
    expect(groups[0]?.prompts).toHaveLength(2);
  });
});

describe('questionBankItems', () => {
  it.each([
    ['Tell me about a conflict\n\n- Why us?\n* why us?\n2) Walk me through a project  ', ['Tell me about a conflict', 'Why us?', 'Walk me through a project']],
    [['  Design a URL shortener ', '', '• Biggest weakness'], ['Design a URL shortener', 'Biggest weakness']],
    ['', []],
  ] as const)('%j', (answer, items) => {
    expect(questionBankItems(answer)).toEqual(items);
  });
});
