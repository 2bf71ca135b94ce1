import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { DERIVED_TABLES, KEPT_TABLES, LINKED_TABLES, OWNED_TABLES } from '../../src/db/repos/deleted-applications.repo.js';
import * as apps from '../../src/services/applications.service.js';
import * as boards from '../../src/services/board.service.js';
import * as events from '../../src/services/application-events.service.js';
import * as debrief from '../../src/services/debrief.service.js';
import * as feedback from '../../src/services/feedback-request.service.js';
import { getJournal, saveDebriefCheckIn } from '../../src/services/journal.service.js';
import { listThemes, saveLessons } from '../../src/services/lessons.service.js';
import { listQuestionBank, saveReflection } from '../../src/services/reflection.service.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';

describe.each(testDialects())('undoing a deletion on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('brings an application back with its timeline, notes, tags and whole debrief', async () => {
    const ctx = await testContext(database, { ownerId: 'u-restore' });
    const app = await givenApplication(
      ctx,
      { company: 'Fernhill', title: 'Backend Engineer', tags: ['remote', 'fintech'], fit: 4, notes: 'Met them at a meetup.' },
      ['screen', 'interview'],
    );
    await events.addNote(ctx, app.id, 'Second round went well.');
    await debrief.recordRejection(ctx, app.id, {
      date: '2026-11-12',
      message: 'Thank you for your time…',
      reasons: [{ reason: 'skills_gap' }, { reason: 'internal_candidate' }],
    });
    await saveDebriefCheckIn(ctx, app.id, { mood: 2, feelings: ['disappointed'], note: 'Rough week.' });
    await feedback.saveFeedbackRequest(ctx, app.id, { recipient: 'hiring_manager', tone: 'warm', questionIds: ['interview_performance'], contactName: 'Ana Ruiz' });
    await feedback.markRequestSent(ctx, app.id, '2026-11-13');
    await saveReflection(ctx, app.id, {
      answers: [
        { promptId: 'went_well.main', value: 'I explained the caching design clearly.' },
        { promptId: 'struggled_questions.list', value: '- How would you shard this table?' },
      ],
    });
    await saveLessons(ctx, app.id, {
      themes: [{ slug: 'system_design', evidence: [{ kind: 'reflection', ref: 'struggled_questions.list' }] }],
      outside: [{ text: 'They hired someone internal in the end.', reason: 'internal_candidate' }],
    });

    const before = await apps.getApplication(ctx, app.id);
    const debriefBefore = await debrief.getDebrief(ctx, app.id);
    const journalBefore = await getJournal(ctx);
    const questionsBefore = await listQuestionBank(ctx);

    await apps.deleteApplication(ctx, app.id);
    await expect(apps.getApplication(ctx, app.id)).rejects.toMatchObject({ code: 'not_found' });
    expect((await listQuestionBank(ctx)).every((q) => q.applicationId === null)).toBe(true);
    expect((await listThemes(ctx)).find((t) => t.slug === 'system_design')?.applications ?? 0).toBe(0);

    ctx.clock.set('2026-11-20T10:05:00.000Z');
    const restored = await apps.restoreApplication(ctx, app.id);
    expect(restored.status).toBe('rejected');
    expect(await apps.getApplication(ctx, app.id)).toEqual(before);
    expect(await debrief.getDebrief(ctx, app.id)).toEqual(debriefBefore);
    expect(await getJournal(ctx)).toEqual(journalBefore);
    expect(await listQuestionBank(ctx)).toEqual(questionsBefore);
    expect((await listThemes(ctx)).find((t) => t.slug === 'system_design')?.applications).toBe(1);
    expect((await boards.getBoard(ctx)).columns.find((c) => c.status === 'rejected')?.items.map((a) => a.id)).toContain(app.id);
  });

  it('keeps what an ending cancelled through a deletion, so the ending can still be undone', async () => {
    const ctx = await testContext(database, { ownerId: 'u-restore-booked', now: '2026-12-02T10:00:00.000Z' });
    const app = await givenApplication(ctx, { date: '2026-11-01' }, ['screen']);
    const booked = await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-12-09' });
    await events.moveApplication(ctx, app.id, { stage: 'withdrawn' });
    await apps.deleteApplication(ctx, app.id);
    await apps.restoreApplication(ctx, app.id);
    const undone = await events.undoLastEvent(ctx, app.id);
    expect(undone.application).toMatchObject({ status: 'screen', upcoming: { stage: 'interview', occurredOn: '2026-12-09' } });
    expect((await apps.getApplication(ctx, app.id)).events.find((e) => e.stage === 'interview')?.id).toBe(booked.event?.id);
  });

  it('restores once, only for its owner, and only within a day', async () => {
    const alice = await testContext(database, { ownerId: 'u-restore-alice' });
    const bob = await testContext(database, { ownerId: 'u-restore-bob' });
    const app = await givenApplication(alice, {}, ['screen']);
    await apps.deleteApplication(alice, app.id);
    await expect(apps.restoreApplication(bob, app.id)).rejects.toMatchObject({ code: 'not_found' });
    await apps.restoreApplication(alice, app.id);
    await expect(apps.restoreApplication(alice, app.id)).rejects.toMatchObject({ code: 'conflict' });

    await apps.deleteApplication(alice, app.id);
    alice.clock.set('2026-11-21T10:00:01.000Z');
    await expect(apps.restoreApplication(alice, app.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('brings the company back when it went away meanwhile', async () => {
    const ctx = await testContext(database, { ownerId: 'u-restore-company' });
    const app = await givenApplication(ctx, { company: 'Solitary Systems' });
    await apps.deleteApplication(ctx, app.id);
    await database.db.deleteFrom('companies').where('owner_id', '=', ctx.ownerId).execute();
    const restored = await apps.restoreApplication(ctx, app.id);
    expect(restored.company).toBe('Solitary Systems');
  });

  it('covers every table that points at an application', async () => {
    const tables = await database.db.introspection.getTables();
    const known = new Set([
      ...OWNED_TABLES.map((t) => t.table),
      ...LINKED_TABLES.map((t) => t.table),
      ...DERIVED_TABLES,
      ...KEPT_TABLES,
      'applications',
      'deleted_applications',
    ]);
    const pointing = tables
      .filter((t) => t.columns.some((c) => ['application_id', 'rejection_id', 'lesson_id'].includes(c.name)))
      .map((t) => t.name)
      .filter((name) => !name.startsWith('kysely_'));
    expect(pointing.filter((name) => !known.has(name))).toEqual([]);
  });
});
