import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { getApplication, listApplications } from '../../src/services/applications.service.js';
import { getDebrief, listDebriefs, recordRejection } from '../../src/services/debrief.service.js';
import { loadSampleSearch, removeSampleSearch, sampleStatus } from '../../src/services/demo.service.js';
import { createAction, getPlan } from '../../src/services/plan.service.js';
import { getInsights } from '../../src/services/insights.service.js';
import { addJournalEntry, getJournal } from '../../src/services/journal.service.js';
import { listQuestionBank, saveReflection } from '../../src/services/reflection.service.js';
import { listCompanies } from '../../src/services/companies.service.js';
import { updateSettings } from '../../src/services/settings.service.js';
import { givenApplication } from '../support/builders.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';

describe.each(testDialects())('the sample job search on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('tells the whole story: finished and unfinished debriefs, recurring themes, a mood curve, practised questions', { timeout: 60_000 }, async () => {
    const ctx = await testContext(database, { ownerId: 'u-story', now: '2026-12-02T15:00:00.000Z' });
    const loaded = await loadSampleSearch(ctx);
    expect(loaded.created).toBe(60);
    expect(await sampleStatus(ctx)).toEqual({ loaded: true, applications: 60 });

    const rejected = await listApplications(ctx, { status: ['rejected'], sort: 'updated', order: 'desc', page: 1, pageSize: 200 });
    const debriefs = [];
    for (const a of rejected.items) {
      try {
        debriefs.push(await getDebrief(ctx, a.id));
      } catch {
        // Not every rejection has been debriefed, as in a real search.
      }
    }
    const finished = debriefs.filter((d) => d.progress.complete);
    const unfinished = debriefs.filter((d) => !d.progress.complete);
    expect(finished.length).toBeGreaterThanOrEqual(6);
    expect(unfinished.length).toBeGreaterThanOrEqual(3);
    // Not every rejection has been debriefed, as in a real search (opening one starts nothing).
    expect(debriefs.filter((d) => !d.progress.startedAt).length).toBeGreaterThan(0);

    // Feedback: one generic (with a follow-up), several specific, one still awaited past its reminder.
    const verdicts = debriefs.map((d) => d.feedbackRequest.verdict).filter(Boolean);
    expect(verdicts).toContain('generic');
    expect(verdicts).toContain('specific');
    const list = await listDebriefs(ctx);
    expect(list.toFinish.length).toBe(unfinished.length);
    expect(list.remindersDue.length).toBeGreaterThanOrEqual(1);

    // Each finished debrief went through the check-in, the message and the lessons.
    for (const d of finished) {
      expect(d.checkIn).not.toBeNull();
      expect(d.rejection.reasons.length).toBeGreaterThan(0);
      expect(d.lessons.themes.length + d.lessons.outside.length).toBeGreaterThan(0);
    }

    // Themes recur across rejections, and some reasons were outside the seeker's control.
    const insights = await getInsights(ctx);
    const recurring = insights.themes.themes.filter((t) => t.applications >= 2);
    expect(recurring.length).toBeGreaterThanOrEqual(2);
    expect(insights.reasons.outsideControlShare).toBeGreaterThan(0);
    expect(insights.reasons.outsideControlShare).toBeLessThan(1);

    // The journal dips and recovers.
    const journal = await getJournal(ctx);
    const moods = [...journal.entries].sort((a, b) => a.date.localeCompare(b.date)).map((e) => e.mood);
    expect(moods.length).toBeGreaterThanOrEqual(15);
    const low = Math.min(...moods);
    const lowAt = moods.indexOf(low);
    expect(low).toBeLessThanOrEqual(2);
    expect(moods[0]).toBeGreaterThan(low);
    expect(Math.max(...moods.slice(lowAt))).toBeGreaterThanOrEqual(4);
    expect(journal.entries.every((e) => e.date <= '2026-12-02')).toBe(true);

    // Struggled questions are in the bank, and some were practised on several days.
    const bank = await listQuestionBank(ctx);
    expect(bank.length).toBeGreaterThanOrEqual(5);
    expect(bank.filter((q) => q.practiceCount >= 2).length).toBeGreaterThanOrEqual(2);

    // A growth plan with actions in every status, built on the themes its debriefs raise.
    const plan = await getPlan(ctx);
    expect(new Set(plan.actions.map((a) => a.status))).toEqual(new Set(['planned', 'doing', 'done', 'dropped']));
    expect(plan.actions.every((a) => a.evidence.length > 0)).toBe(true);
    expect(plan.actions.find((a) => a.status === 'done')?.help?.verdict).not.toBe('not_done');
    expect(plan.themes[0]?.recurring).toBe(true);
  });

  it('is the same story every time it is loaded', { timeout: 90_000 }, async () => {
    const summary = async (ownerId: string) => {
      const ctx = await testContext(database, { ownerId, now: '2026-12-02T15:00:00.000Z' });
      await loadSampleSearch(ctx);
      const page = await listApplications(ctx, { sort: 'applied', order: 'asc', page: 1, pageSize: 200 });
      const journal = await getJournal(ctx);
      const apps = page.items.map((a) => [a.company, a.title, a.status, a.appliedOn].join(' | ')).sort();
      return { apps, moods: journal.entries.map((e) => `${e.date} ${e.mood}`).sort() };
    };
    expect(await summary('u-same-1')).toEqual(await summary('u-same-2'));
  });

  it('is refused a second time instead of doubling', { timeout: 60_000 }, async () => {
    const ctx = await testContext(database, { ownerId: 'u-twice', now: '2026-12-02T15:00:00.000Z' });
    await loadSampleSearch(ctx);
    await expect(loadSampleSearch(ctx)).rejects.toMatchObject({ code: 'conflict' });
    expect((await sampleStatus(ctx)).applications).toBe(60);
  });

  it('is removed in one action, leaving the user’s own applications, debriefs, entries and companies', { timeout: 90_000 }, async () => {
    const ctx = await testContext(database, { ownerId: 'u-remove', now: '2026-12-02T15:00:00.000Z' });
    await updateSettings(ctx, { timezone: 'Pacific/Kiritimati' });
    const own = await givenApplication(ctx, { company: 'Northwind Analytics', title: 'My own role', date: '2026-11-02' }, ['screen']);
    await recordRejection(ctx, own.id, { channel: 'email', message: 'Not this time.', reasons: [{ reason: 'generic' }] });
    await saveReflection(ctx, own.id, { answers: [{ promptId: 'struggled_questions.list', value: 'My own hard question' }] });
    const entry = await addJournalEntry(ctx, { mood: 3, note: 'My own entry' });
    const mine = await createAction(ctx, { type: 'reading', title: 'My own action' });

    await loadSampleSearch(ctx);
    expect((await listApplications(ctx, { sort: 'updated', order: 'desc', page: 1, pageSize: 200 })).total).toBe(61);

    const removed = await removeSampleSearch(ctx);
    expect(removed.applications).toBe(60);
    expect(await sampleStatus(ctx)).toEqual({ loaded: false, applications: 0 });

    const left = await listApplications(ctx, { sort: 'updated', order: 'desc', page: 1, pageSize: 200 });
    expect(left.items.map((a) => a.id)).toEqual([own.id]);
    expect((await getApplication(ctx, own.id)).events.map((e) => e.stage)).toEqual(['applied', 'screen', 'rejected']);
    expect((await getDebrief(ctx, own.id)).rejection.message).toBe('Not this time.');
    expect((await getJournal(ctx)).entries.map((e) => e.id)).toEqual([entry.checkIn.id]);
    expect((await listQuestionBank(ctx)).map((q) => q.question)).toEqual(['My own hard question']);
    expect((await getPlan(ctx)).actions.map((a) => a.id)).toEqual([mine.id]);
    expect((await listCompanies(ctx)).map((c) => c.name)).toEqual(['Northwind Analytics']);
    expect((await listDebriefs(ctx)).toFinish.map((d) => d.applicationId)).toEqual([own.id]);

    // And it can be loaded again afterwards.
    expect((await loadSampleSearch(ctx)).created).toBe(60);
  });
});
