import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { isDatabaseBusy } from '../../src/db/errors.js';
import * as events from '../../src/services/application-events.service.js';
import { getInsights } from '../../src/services/insights.service.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';
import { counted } from '../support/statements.js';


/**
 * Moves and undos of one seeker's applications at the same moment, as ten open tabs (or the scale
 * bench's ten clients) send them. Each write changes the counts the database keeps (ADR 0029): a
 * move takes an application out of one (stage, outcome) row and into another, its undo the other
 * way round. On PostgreSQL two such writes used to lock the same count rows in opposite orders and
 * one of them was cancelled as a deadlock (a 503 "busy" for the user); none may be now.
 */
describe.each(testDialects())('moves and undos at the same moment on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('moves some applications forward while others are taken back, without a deadlock', async () => {
    const ctx = await testContext(database, { ownerId: 'u-concurrent', now: '2026-11-20T10:00:00.000Z' });
    // The same segment values for all, so every write touches the same count rows.
    const apps = [];
    for (let i = 0; i < 12; i++) apps.push(await givenApplication(ctx, { date: '2026-10-01', source: 'network', fit: 4 }, ['screen']));
    const before = await getInsights(ctx, { recompute: true });
    // Half stand at interview, so that they can be taken back while the others move there.
    const moved = new Map<string, string>();
    for (const app of apps.slice(0, 6)) moved.set(app.id, (await events.moveApplication(ctx, app.id, { stage: 'interview' })).event!.id);
    for (let round = 0; round < 6; round++) {
      const results = await Promise.allSettled(apps.map(async (app) => {
        const eventId = moved.get(app.id);
        if (eventId) {
          await events.undoEvent(ctx, app.id, eventId);
          moved.delete(app.id);
        } else {
          moved.set(app.id, (await events.moveApplication(ctx, app.id, { stage: 'interview' })).event!.id);
        }
      }));
      const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      expect(failed.filter(isDatabaseBusy)).toEqual([]);
      expect(failed).toEqual([]);
    }
    for (const [id, eventId] of moved) await events.undoEvent(ctx, id, eventId);
    expect(await getInsights(ctx)).toEqual(before);
  });

  it('writes one of two identical moves of the same application sent together, and one of two undos, never busy', async () => {
    const ctx = await testContext(database, { ownerId: 'u-same-app', now: '2026-11-20T10:00:00.000Z' });
    const app = await givenApplication(ctx, { date: '2026-10-01' }, ['screen']);
    for (let round = 0; round < 5; round++) {
      const [a, b] = await Promise.allSettled([
        events.moveApplication(ctx, app.id, { stage: 'final' }),
        events.moveApplication(ctx, app.id, { stage: 'final' }),
      ]);
      expect([a.status, b.status]).toEqual(['fulfilled', 'fulfilled']);
      const written = [a, b].flatMap((r) => (r.status === 'fulfilled' && r.value.event ? [r.value.event.id] : []));
      expect(written).toHaveLength(1);
      const undos = await Promise.allSettled([events.undoEvent(ctx, app.id, written[0]!), events.undoEvent(ctx, app.id, written[0]!)]);
      const refused = undos.flatMap((r) => (r.status === 'rejected' ? [r.reason as { code?: string }] : []));
      // One undo takes the event back; the other finds it gone (404), never a busy database.
      expect(refused.map((e) => e.code)).toEqual(['not_found']);
    }
    expect((await getInsights(ctx)).funnel.find((f) => f.stage === 'final')?.reached).toBe(0);
    expect(await getInsights(ctx)).toEqual(await getInsights(ctx, { recompute: true }));
  });

  it('moves to an interview and takes it back in eight statements each', async () => {
    const ctx = await testContext(database, { ownerId: 'u-move-cost', now: '2026-11-20T10:00:00.000Z' });
    const app = await givenApplication(ctx, { date: '2026-10-01' }, ['screen']);
    const { db, take } = counted(database.db);
    const counting = { ...ctx, db };
    const moved = await events.moveApplication(counting, app.id, { stage: 'interview' });
    // settings; lock, history, the event, the state, the change mark; the application, its tags
    expect(take()).toBe(8);
    expect(moved.application.version).toBe(app.version + 1);
    const undone = await events.undoEvent(counting, app.id, moved.event!.id);
    // settings; lock, history, the delete, the state, the change mark; the application, its tags
    expect(take()).toBe(8);
    // One change mark per write.
    expect(undone.version).toBe(app.version + 2);
    expect(undone).toMatchObject({ status: 'screen' });
  });
});

