import { describe, expect, it } from 'vitest';
import type { QuestionBankItem } from '../../src/contracts/debrief.js';
import type { Story } from '../../src/contracts/stories.js';
import { cli, freshDataDir } from '../support/cli.js';

describe('debrief stories and questions', { timeout: 180_000 }, () => {
  it('the sample search has stories linked to its questions, and they leave with it', async () => {
    const dataDir = freshDataDir();
    expect((await cli(['demo'], { dataDir })).status).toBe(0);
    const listed = await cli(['stories', '--json'], { dataDir });
    expect(listed.stderr).toBe('');
    const stories = JSON.parse(listed.stdout) as Story[];
    expect(stories.length).toBeGreaterThanOrEqual(2);
    expect(stories.every((s) => s.questions.length > 0)).toBe(true);
    const shown = await cli(['stories', 'show', stories[0]!.id.slice(0, 6)], { dataDir });
    expect(shown.stdout).toMatch(/Situation: .+\n/);
    expect(shown.stdout).toContain('answers: ');
    expect((await cli(['demo', '--remove'], { dataDir })).status).toBe(0);
    expect(JSON.parse((await cli(['stories', '--json'], { dataDir })).stdout)).toEqual([]);
  });

  it('adds your own questions by type, a story, and links them; bad input exits with 2', async () => {
    const dataDir = freshDataDir();
    const added = await cli(['questions', 'add', 'Tell me about a time you failed', '--stage', 'interview', '--json'], { dataDir });
    expect(added.stderr).toBe('');
    const q = JSON.parse(added.stdout) as QuestionBankItem;
    expect(q).toMatchObject({ kind: 'behavioural', stage: 'interview', own: true });
    expect((await cli(['questions', 'add', 'How do you measure success?', '--type', 'to_ask'], { dataDir })).stdout).toMatch(/as questions to ask them\.$/m);
    expect((await cli(['questions', 'add', 'x', '--type', 'trivia'], { dataDir })).status).toBe(2);
    expect((await cli(['questions', 'tag', q.id.slice(0, 6), 'case'], { dataDir })).stdout).toContain('is now case');
    expect((await cli(['questions', '--type', 'to_ask'], { dataDir })).stdout).toContain('How do you measure success?');

    const story = await cli(['stories', 'add', '--title', 'The failed launch', '--result', 'We shipped a month later, smaller.', '--json'], { dataDir });
    expect(story.stderr).toBe('');
    const { id } = JSON.parse(story.stdout) as Story;
    expect((await cli(['stories', 'add', '--situation', 'No title'], { dataDir })).status).toBe(2);
    expect((await cli(['stories', 'link', id], { dataDir })).status).toBe(2);
    const linked = await cli(['stories', 'link', id.slice(0, 6), '--question', q.id.slice(0, 6), '--theme', 'storytelling_star', '--json'], { dataDir });
    expect(linked.stderr).toBe('');
    expect(JSON.parse(linked.stdout)).toMatchObject({ questions: [{ id: q.id }], themes: [{ slug: 'storytelling_star' }] });
    expect((await cli(['stories'], { dataDir })).stdout).toMatch(/The failed launch {2}· 1 question · Storytelling/);

    expect((await cli(['questions', 'delete', q.id], { dataDir })).stdout).toContain('Deleted the question.');
  });
});
