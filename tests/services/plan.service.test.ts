import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import type { Stage } from '../../src/domain/applications/stages.js';
import { deleteApplication } from '../../src/services/applications.service.js';
import * as debrief from '../../src/services/debrief.service.js';
import { isServiceError } from '../../src/services/errors.js';
import { saveLessons } from '../../src/services/lessons.service.js';
import * as plan from '../../src/services/plan.service.js';
import { givenApplication } from '../support/builders.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';

type Ctx = Awaited<ReturnType<typeof testContext>>;

/** A rejected application whose debrief names `themes`, with a feedback excerpt as evidence. */
async function givenDebrief(ctx: Ctx, company: string, date: string, path: Stage[], themes: string[], reasons: { reason: 'internal_candidate' | 'skills_gap'; control?: 'within' | 'outside' }[] = []) {
  const app = await givenApplication(ctx, { company, title: 'Data Analyst', date }, path);
  await debrief.recordRejection(ctx, app.id, { channel: 'email', reasons });
  await saveLessons(ctx, app.id, { themes: themes.map((slug) => ({ slug, evidence: [{ kind: 'feedback', ref: 'feedback', excerpt: `${company}: ${slug} came up` }] })) });
  return app.id;
}

async function refused(p: Promise<unknown>): Promise<{ code: string; fields?: Record<string, string> }> {
  try {
    await p;
  } catch (e) {
    if (isServiceError(e)) return { code: e.code, ...(e.fields && { fields: e.fields }) };
    throw e;
  }
  throw new Error('expected a refusal');
}

describe.each(testDialects())('the growth plan on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('starts empty and kind', async () => {
    const ctx = await testContext(database, { ownerId: 'g-empty' });
    const p = await plan.getPlan(ctx);
    expect(p).toMatchObject({ themes: [], actions: [], debriefed: 0, outside: { reasons: [], notes: [] }, counts: { planned: 0, overdue: 0 } });
  });

  it('ranks recurring themes with the reason, suggests actions, and keeps outside-control reasons apart', async () => {
    const ctx = await testContext(database, { ownerId: 'g-rank', now: '2026-11-20T10:00:00.000Z' });
    await givenDebrief(ctx, 'Acme', '2026-10-01', ['screen', 'interview', 'rejected'], ['concise_answers', 'company_research']);
    await givenDebrief(ctx, 'Globex', '2026-10-20', ['screen', 'interview', 'rejected'], ['concise_answers'], [{ reason: 'internal_candidate' }]);
    await givenDebrief(ctx, 'Initech', '2026-11-10', ['screen', 'interview', 'rejected'], ['concise_answers', 'system_design']);
    await givenDebrief(ctx, 'Umbrella', '2026-06-01', ['rejected'], ['resume_tailoring'], [{ reason: 'internal_candidate' }]);

    const p = await plan.getPlan(ctx);
    expect(p.debriefed).toBe(4);
    expect(p.themes.map((t) => t.slug)).toEqual(['concise_answers', 'system_design', 'company_research', 'resume_tailoring']);
    const [top] = p.themes;
    expect(top).toMatchObject({ rank: 1, count: 3, stage: 'interview', recurring: true, lastOn: '2026-11-13' });
    expect(top?.why).toBe('Raised in 3 of your last 3 interview-stage rejections; most recently 7 days ago.');
    expect(top?.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(top?.suggestions.every((s) => s.fromCatalogue)).toBe(true);
    expect(top?.evidence.map((e) => e.company)).toEqual(['Initech', 'Globex', 'Acme']);
    expect(top?.evidence[0]?.excerpts).toEqual([{ kind: 'feedback', text: 'Initech: concise_answers came up' }]);
    // Outside your control: counted apart, never a theme with homework.
    expect(p.outside.reasons).toEqual([{ reason: 'internal_candidate', label: expect.any(String), count: 2, lastOn: '2026-10-23' }]);
    expect(p.themes.some((t) => t.slug === 'internal_candidate')).toBe(false);
  });

  it('suggestions are the user’s to edit, add and remove; a removed one does not come back', async () => {
    const ctx = await testContext(database, { ownerId: 'g-suggest' });
    await givenDebrief(ctx, 'Acme', '2026-10-01', ['screen', 'rejected'], ['salary_expectations']);
    const before = (await plan.getPlan(ctx)).themes[0]?.suggestions ?? [];
    const [first, second] = before;
    if (!first || !second) throw new Error('expected suggestions');
    await plan.updateSuggestion(ctx, first.id, { title: 'Ask two friends in the field what they earn' });
    await plan.removeSuggestion(ctx, second.id);
    const own = await plan.addSuggestion(ctx, { themeSlug: 'salary_expectations', type: 'reading', title: 'Read the salary survey of my trade union' });
    expect(own.fromCatalogue).toBe(false);
    const after = (await plan.getPlan(ctx)).themes[0]?.suggestions.map((s) => s.title);
    expect(after).toEqual(['Ask two friends in the field what they earn', 'Read the salary survey of my trade union']);
    expect(await refused(plan.addSuggestion(ctx, { themeSlug: 'no_such_theme', type: 'reading', title: 'x' }))).toMatchObject({ code: 'validation', fields: { themes: expect.any(String) } });
    expect(await refused(plan.updateSuggestion(ctx, second.id, { title: 'again' }))).toMatchObject({ code: 'not_found' });
  });

  it('adopting a suggestion makes an action with its evidence; done says "too early to tell"', async () => {
    const ctx = await testContext(database, { ownerId: 'g-adopt', now: '2026-11-20T10:00:00.000Z' });
    await givenDebrief(ctx, 'Acme', '2026-10-01', ['screen', 'interview', 'rejected'], ['storytelling_star']);
    const theme = (await plan.getPlan(ctx)).themes[0];
    const suggestion = theme?.suggestions[0];
    if (!suggestion) throw new Error('expected a suggestion');
    const action = await plan.createAction(ctx, {
      type: suggestion.type, title: suggestion.title, suggestionId: suggestion.id, themes: ['storytelling_star'], targetStage: 'interview', dueOn: '2026-11-10',
    });
    expect(action).toMatchObject({ status: 'planned', overdue: true, dueOn: '2026-11-10', doneOn: null, themes: [{ slug: 'storytelling_star', deleted: false }], lost: [] });
    expect(action.evidence.map((e) => e.company)).toEqual(['Acme']);
    expect(action.help).toMatchObject({ verdict: 'not_done', targetLabel: 'Interview → offer' });

    const noted = await plan.addActionNote(ctx, action.id, 'Wrote three stories');
    expect(noted.notes.map((n) => n.body)).toEqual(['Wrote three stories']);
    const done = await plan.updateAction(ctx, action.id.slice(0, 6), { status: 'done' });
    expect(done).toMatchObject({ status: 'done', doneOn: '2026-11-20', overdue: false });
    expect(done.help).toMatchObject({ verdict: 'too_early', before: { outcomes: 1, converted: 0 }, after: { outcomes: 0 }, moreNeeded: 15 });
    expect(done.help?.summary).toMatch(/^Too early to tell: about 15 more outcomes needed/);
    const p = await plan.getPlan(ctx);
    expect(p.counts).toMatchObject({ done: 1, planned: 0, overdue: 0 });
    expect(p.themes[0]?.actions).toBe(1);
    // Back to doing: the day done is forgotten.
    expect(await plan.updateAction(ctx, action.id, { status: 'doing' })).toMatchObject({ doneOn: null, overdue: true });
  });

  it('refuses bad input with a message per field', async () => {
    const ctx = await testContext(database, { ownerId: 'g-bad' });
    expect(await refused(plan.createAction(ctx, { type: 'course', title: '   ' }))).toMatchObject({ code: 'validation' });
    expect(await refused(plan.createAction(ctx, { type: 'course', title: 'A course', link: 'javascript:alert(1)' }))).toMatchObject({ code: 'validation' });
    expect(await refused(plan.createAction(ctx, { type: 'course', title: 'A course', link: 'ftp://example.com/x' }))).toMatchObject({ code: 'validation' });
    expect(await refused(plan.createAction(ctx, { type: 'course', title: 'A course', themes: ['nope'] }))).toMatchObject({ fields: { themes: expect.any(String) } });
    expect(await refused(plan.createAction(ctx, { type: 'course', title: 'A course', status: 'done', doneOn: '2030-01-01' }))).toMatchObject({ fields: { doneOn: expect.any(String) } });
    const ok = await plan.createAction(ctx, { type: 'course', title: 'A course', link: 'https://example.com/course' });
    expect(ok).toMatchObject({ link: 'https://example.com/course', themes: [], evidence: [], help: null });
    expect(await refused(plan.updateAction(ctx, ok.id, { doneOn: '2026-11-01' }))).toMatchObject({ fields: { doneOn: expect.any(String) } });
    // Another owner sees nothing of it.
    const other = await testContext(database, { ownerId: 'g-bad-other' });
    expect(await refused(plan.getAction(other, ok.id))).toMatchObject({ code: 'not_found' });
    expect(await refused(plan.deleteAction(other, ok.id))).toMatchObject({ code: 'not_found' });
    await plan.deleteAction(ctx, ok.id);
    expect(await refused(plan.getAction(ctx, ok.id))).toMatchObject({ code: 'not_found' });
  });

  it('a deleted rejection is named on the action that it motivated; the action stays', async () => {
    const ctx = await testContext(database, { ownerId: 'g-lost' });
    const acme = await givenDebrief(ctx, 'Acme', '2026-10-01', ['screen', 'rejected'], ['language']);
    await givenDebrief(ctx, 'Globex', '2026-10-05', ['screen', 'rejected'], ['language']);
    const action = await plan.createAction(ctx, { type: 'course', title: 'German course', themes: ['language'], targetStage: 'screen' });
    expect(action.evidence).toHaveLength(2);
    await deleteApplication(ctx, acme);
    const after = await plan.getAction(ctx, action.id);
    expect(after.evidence.map((e) => e.company)).toEqual(['Globex']);
    expect(after.lost).toEqual(['The rejection from Acme — Data Analyst (2026-10-03) was deleted since this action was made.']);
  });

  it('did it help? compares the target stage before and after the day it was done', async () => {
    const ctx = await testContext(database, { ownerId: 'g-help', now: '2026-12-20T10:00:00.000Z' });
    const ends = async (date: string, end: Stage, n: number) => {
      for (let i = 0; i < n; i += 1) await givenApplication(ctx, { date }, ['screen', 'interview', end]);
    };
    await ends('2026-09-01', 'rejected', 9);
    await ends('2026-09-01', 'offer', 1);
    await ends('2026-11-05', 'offer', 7);
    await ends('2026-11-05', 'rejected', 2);
    await givenApplication(ctx, { date: '2026-11-10' }, ['screen', 'interview']); // still waiting: not counted
    const action = await plan.createAction(ctx, { type: 'mock_interview', title: 'Three mock interviews', targetStage: 'interview', status: 'done', doneOn: '2026-10-15' });
    expect(action.help).toMatchObject({
      verdict: 'higher_after', doneOn: '2026-10-15', moreNeeded: 0,
      before: { converted: 1, outcomes: 10, open: 0 }, after: { converted: 7, outcomes: 9, open: 1 },
    });
    expect(action.help?.pValue).toBeLessThan(0.05);
    expect(action.help?.summary).toContain('"after", not "because"');
  });
});
