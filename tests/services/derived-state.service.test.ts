import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { insertEvents } from '../../src/db/repos/events.repo.js';
import { refreshApplicationState } from '../../src/db/repos/derived-state.js';
import { deriveStatus, type EventForStatus } from '../../src/domain/applications/status.js';
import { STAGES, type Stage } from '../../src/domain/applications/stages.js';
import { seededRandom } from '../../src/domain/demo/sample-search.js';
import { addDays } from '../../src/domain/time.js';
import type { Application } from '../../src/contracts/applications.js';
import * as apps from '../../src/services/applications.service.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';

/**
 * The status the database derives (application_state, for lists and the
 * board) must always equal what the domain derives from the same history,
 * today and on any later day, without a write in between (ADR 0004).
 */
describe.each(testDialects())('derived state on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  const view = (a: Application) => ({
    status: a.status,
    stageReached: a.stageReached,
    appliedOn: a.appliedOn,
    lastEventOn: a.lastEventOn,
    upcoming: a.upcoming,
  });
  const want = (events: EventForStatus[], today: string) => {
    const d = deriveStatus(events, today);
    return {
      status: d?.status,
      stageReached: d?.stageReached,
      appliedOn: d?.appliedOn,
      lastEventOn: d?.lastEventOn,
      upcoming: d?.nextEventOn && d.nextStage ? { stage: d.nextStage, occurredOn: d.nextEventOn } : null,
    };
  };

  it('matches the domain rules on 150 random histories (ties, out-of-order and booked-ahead days), also once days pass', async () => {
    const ctx = await testContext(database, { ownerId: 'u-random', now: '2026-06-04T10:00:00.000Z' });
    const r = seededRandom(7);
    const histories = new Map<string, EventForStatus[]>();
    for (let i = 0; i < 150; i++) {
      const app = await givenApplication(ctx, { date: '2026-06-01' });
      const events = Array.from({ length: Math.floor(r() * 6) }, (_, k) => ({
        id: `${app.id}-x${k}`,
        owner_id: ctx.ownerId,
        application_id: app.id,
        stage: STAGES[Math.floor(r() * STAGES.length)] as Stage,
        occurred_on: addDays('2026-06-01', Math.floor(r() * 14) - 3), // up to 9 days after "today"
        round: null,
        interview_type: null,
        note: null,
        created_at: new Date(Date.UTC(2026, 5, 4, 0, 0, Math.floor(r() * 5))).toISOString(), // ties on purpose
      }));
      await insertEvents(ctx.db, events);
      histories.set(
        app.id,
        [{ stage: 'applied' as Stage, occurredOn: '2026-06-01', seq: 1 }].concat(events.map((e, k) => ({ stage: e.stage, occurredOn: e.occurred_on, seq: k + 2 }))),
      );
    }
    await refreshApplicationState(ctx.db, ctx.ownerId, '2026-06-04');
    const list = async () => (await apps.listApplications(ctx, { sort: 'updated', order: 'desc', page: 1, pageSize: 200 })).items;

    const now = await list();
    expect(now).toHaveLength(150);
    expect(now.filter((a) => a.upcoming !== null).length).toBeGreaterThan(10);
    for (const a of now) expect(view(a), a.id).toEqual(want(histories.get(a.id) ?? [], '2026-06-04'));

    // Days pass with no write: the booked steps whose day came are read as happened.
    for (const day of ['2026-06-07', '2026-06-20']) {
      ctx.clock.set(`${day}T10:00:00.000Z`);
      const later = await list();
      for (const a of later) expect(view(a), `${a.id} on ${day}`).toEqual(want(histories.get(a.id) ?? [], day));
    }
  });
});
