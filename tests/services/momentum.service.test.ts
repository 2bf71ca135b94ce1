import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { moveApplication, undoLastEvent } from '../../src/services/application-events.service.js';
import { recordRejection } from '../../src/services/debrief.service.js';
import { loadSampleSearch, removeSampleSearch } from '../../src/services/demo.service.js';
import { getGoals, setGoals } from '../../src/services/goals.service.js';
import { getHome } from '../../src/services/home.service.js';
import { saveLessons } from '../../src/services/lessons.service.js';
import { getReview, getReviewMarkdown } from '../../src/services/review.service.js';
import { updateSettings } from '../../src/services/settings.service.js';
import { addWin, deleteWin, listWins, markCelebrated } from '../../src/services/wins.service.js';
import { givenApplication } from '../support/builders.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';

describe.each(testDialects())('momentum on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('fills a goal from the applications logged, in the week of the user’s setting and time zone', async () => {
    // Wednesday 2 Dec 2026.
    const ctx = await testContext(database, { ownerId: 'u-goals', now: '2026-12-02T12:00:00.000Z' });
    const empty = await setGoals(ctx, { applications: 2, networking: 0 });
    expect(empty.targets).toEqual({ applications: 2 });
    expect(empty.progress).toMatchObject([{ kind: 'applications', done: 0, percent: 0, met: false }]);

    await givenApplication(ctx, { stage: 'applied', date: '2026-11-29' }); // the Sunday before: last week
    await givenApplication(ctx, { stage: 'applied', date: '2026-11-30' });
    expect((await getGoals(ctx)).progress[0]).toMatchObject({ done: 1, percent: 50 });
    await givenApplication(ctx, { stage: 'applied', date: '2026-12-02' });
    const full = await getGoals(ctx);
    expect(full.progress[0]).toMatchObject({ done: 2, percent: 100, met: true, text: '2 of 2 applications' });
    expect(full.streak.current).toBe(1);
    expect(full.heatmap.total).toBe(3);

    // Weeks starting on Sunday: the 29th now counts in this week.
    await updateSettings(ctx, { weekStartsOn: 'sunday' });
    const sunday = await getGoals(ctx);
    expect(sunday.week.start).toBe('2026-11-29');
    expect(sunday.activity.applications).toBe(3);

    // Goals are the user's own: another owner sees none of it.
    const other = await testContext(database, { ownerId: 'u-goals-other', now: '2026-12-02T12:00:00.000Z' });
    expect((await getGoals(other)).progress).toEqual([]);
    await expect(setGoals(ctx, { applications: 51 })).rejects.toMatchObject({ code: 'validation', fields: { applications: expect.any(String) } });
  });

  it('counts a finished debrief on the day it was in the user’s time zone, even a quarter-hour-offset zone near midnight', async () => {
    const ctx = await testContext(database, { ownerId: 'u-debrief-days', now: '2026-12-02T12:00:00.000Z' });
    await updateSettings(ctx, { timezone: 'Asia/Kathmandu' }); // UTC+05:45
    const late = await givenApplication(ctx, { stage: 'applied', date: '2026-11-10' }, ['rejected']);
    const later = await givenApplication(ctx, { stage: 'applied', date: '2026-11-10' }, ['rejected']);
    for (const a of [late, later]) await recordRejection(ctx, a.id, { reasons: [{ reason: 'generic' }] });
    // 23:59 on 1 December in Kathmandu, then 00:00 on the 2nd: one minute apart, either side of midnight.
    await ctx.db.updateTable('rejections').set({ debrief_completed_at: '2026-12-01T18:14:00.000Z' }).where('application_id', '=', late.id).execute();
    await ctx.db.updateTable('rejections').set({ debrief_completed_at: '2026-12-01T18:15:00.000Z' }).where('application_id', '=', later.id).execute();
    const goals = await getGoals(ctx);
    expect(goals.activity.debriefs).toBe(2);
    const day = (d: string) => goals.heatmap.days.find((x) => x.day === d)?.count;
    expect([day('2026-12-01'), day('2026-12-02')]).toEqual([1, 1]);
    expect(day('2026-11-10')).toBe(2); // the two applications sent
  });

  it('records a first interview as a win once, even after an undo and a redo', async () => {
    const ctx = await testContext(database, { ownerId: 'u-wins', now: '2026-12-02T12:00:00.000Z' });
    const app = await givenApplication(ctx, { company: 'Atlas Labs', stage: 'applied', date: '2026-11-20' }, ['screen']);
    await moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-12-01' });
    const first = await listWins(ctx);
    const interview = first.find((w) => w.kind === 'first_interview');
    expect(interview).toMatchObject({ title: 'Your first interview: Atlas Labs', celebrated: false });
    expect((await getHome(ctx)).celebrate?.id).toBe(first[0]?.id);
    await markCelebrated(ctx, first.map((w) => w.id));

    await undoLastEvent(ctx, app.id);
    expect((await listWins(ctx)).some((w) => w.kind === 'first_interview')).toBe(false);
    await moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-12-02' });
    const again = (await listWins(ctx)).filter((w) => w.kind === 'first_interview');
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ id: interview?.id, celebrated: true, occurredOn: '2026-12-02' });
    expect((await getHome(ctx)).celebrate).toBeNull();
  });

  it('keeps wins written by hand, refuses a future day, deletes only those, and respects celebrations turned off', async () => {
    const ctx = await testContext(database, { ownerId: 'u-manual', now: '2026-12-02T12:00:00.000Z' });
    const win = await addWin(ctx, { title: '  Finished my portfolio  ', note: 'Three case studies.' });
    expect(win).toMatchObject({ title: 'Finished my portfolio', occurredOn: '2026-12-02', source: 'manual', kind: 'manual' });
    await expect(addWin(ctx, { title: 'Later', date: '2026-12-09' })).rejects.toMatchObject({ code: 'validation', fields: { date: expect.stringMatching(/future/) } });
    await expect(addWin(ctx, { title: '' })).rejects.toThrow();
    const other = await testContext(database, { ownerId: 'u-manual-other', now: '2026-12-02T12:00:00.000Z' });
    await expect(deleteWin(other, win.id)).rejects.toMatchObject({ code: 'not_found' });
    await deleteWin(ctx, win.id);
    expect(await listWins(ctx)).toEqual([]);

    await givenApplication(ctx, { stage: 'applied', date: '2026-11-25' }, ['screen']);
    await updateSettings(ctx, { celebrations: false });
    const home = await getHome(ctx);
    expect(home.wins.map((w) => w.kind)).toEqual(['first_screen']);
    expect(home.celebrate).toBeNull();
  });

  it('lists the first ten items of the week on the home page, soonest first, and counts them all', async () => {
    const ctx = await testContext(database, { ownerId: 'u-busy-week', now: '2026-12-02T12:00:00.000Z' });
    const days = ['2026-12-08', '2026-12-03', '2026-12-07', '2026-12-04', '2026-12-06', '2026-12-05'];
    for (let i = 0; i < 12; i++) {
      const app = await givenApplication(ctx, { company: `Employer ${i + 1}`, stage: 'applied', date: '2026-11-20' });
      await moveApplication(ctx, app.id, { stage: 'interview', occurredOn: days[i % days.length]! });
    }
    const home = await getHome(ctx);
    expect(home.agendaCount).toBe(12);
    expect(home.agenda).toHaveLength(10);
    expect(home.agenda.map((a) => a.day)).toEqual(['2026-12-03', '2026-12-03', '2026-12-04', '2026-12-04', '2026-12-05', '2026-12-05', '2026-12-06', '2026-12-06', '2026-12-07', '2026-12-07']);
  });

  it('reviews a week: a rejection with its lesson, the goals, and next week’s agenda', async () => {
    const ctx = await testContext(database, { ownerId: 'u-review', now: '2026-12-02T12:00:00.000Z' });
    await setGoals(ctx, { applications: 1 }, { week: '2026-11-23' });
    const app = await givenApplication(ctx, { company: 'Quillon Software', title: 'Product Analyst', stage: 'applied', date: '2026-11-23' }, ['screen']);
    await moveApplication(ctx, app.id, { stage: 'rejected', occurredOn: '2026-11-26' });
    await recordRejection(ctx, app.id, { channel: 'email', reasons: [{ reason: 'skills_gap' }] });
    await saveLessons(ctx, app.id, { themes: [{ label: 'SQL window functions', evidence: [] }], outside: [], note: 'Practise timed SQL.' });
    const booked = await givenApplication(ctx, { company: 'Atlas Labs', stage: 'applied', date: '2026-11-24' });
    await moveApplication(ctx, booked.id, { stage: 'interview', occurredOn: '2026-12-03' });

    const review = await getReview(ctx, '2026-11-27');
    expect(review.week.label).toBe('23 – 29 Nov 2026');
    expect(review.goals).toMatchObject([{ kind: 'applications', done: 2, met: true }]);
    expect(review.rejections).toMatchObject([{ company: 'Quillon Software', reasons: ['A specific requirement was missing'], lessons: ['SQL window functions'], note: 'Practise timed SQL.' }]);
    // Next week's agenda is the agenda itself from today on: the booked interview, and the debrief still to finish.
    expect(review.agenda).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ day: '2026-12-03', what: 'Interview (round 1) at Atlas Labs', kind: 'interview' }),
        expect.objectContaining({ day: '2026-12-02', kind: 'debrief', applicationId: app.id }),
      ]),
    );
    const md = await getReviewMarkdown(ctx, '2026-11-27');
    expect(md).toMatch(/^# Weekly review: 23 – 29 Nov 2026/);
    expect(md).toContain('**Quillon Software**, Product Analyst (26 Nov)');
    expect(md).toContain('  - Lessons: SQL window functions');
    await expect(getReview(ctx, '2026-12-20')).rejects.toMatchObject({ code: 'validation' });
  });

  it('the sample search fills every part of the home page, and takes its goals and wins away with it', { timeout: 120_000 }, async () => {
    const ctx = await testContext(database, { ownerId: 'u-sample', now: '2026-12-02T15:00:00.000Z' });
    await loadSampleSearch(ctx);
    const home = await getHome(ctx);
    expect(home.firstRun).toBe(false);
    expect(home.goals.progress.length).toBeGreaterThan(0);
    expect(home.goals.streak.current).toBeGreaterThanOrEqual(2);
    expect(home.wins.length).toBeGreaterThanOrEqual(4);
    expect(home.wins.some((w) => w.source === 'manual')).toBe(true);
    expect(home.mood.some((m) => m.average !== null && m.average <= 2)).toBe(true);
    expect(home.debriefs.toFinish.length).toBeGreaterThan(0);
    expect(home.nextStep.kind).toBe('debrief');
    const md = await getReviewMarkdown(ctx, home.lastWeek);
    for (const part of ['## Activity against goals', '## Wins', '## Rejections and their lessons', '## Feedback received', '## Changes in your insights', "## Next week's agenda"]) {
      expect(md).toContain(part);
    }

    await removeSampleSearch(ctx);
    const after = await getHome(ctx);
    expect(after.firstRun).toBe(true);
    expect(after.goals.progress).toEqual([]);
    expect(after.wins).toEqual([]);
  });
});
