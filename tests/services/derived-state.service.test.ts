import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { insertEvents } from '../../src/db/repos/events.repo.js';
import { refreshApplicationState } from '../../src/db/repos/derived-state.js';
import { deriveStatus } from '../../src/domain/applications/status.js';
import { STAGES, type Stage } from '../../src/domain/applications/stages.js';
import { seededRandom } from '../../src/domain/demo/sample-search.js';
import { addDays } from '../../src/domain/time.js';
import * as apps from '../../src/services/applications.service.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';

/**
 * The status the database derives (application_state, for lists and the
 * board) must always equal what the domain derives from the same history.
 */
describe.each(testDialects())('derived state on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('matches the domain rules on 150 random histories, ties and out-of-order days included', async () => {
    const ctx = await testContext(database, { ownerId: 'u-random' });
    const r = seededRandom(7);
    const expected = new Map<string, ReturnType<typeof deriveStatus>>();
    for (let i = 0; i < 150; i++) {
      const app = await givenApplication(ctx, { date: '2026-06-01' });
      const events = Array.from({ length: Math.floor(r() * 6) }, (_, k) => ({
        id: `${app.id}-x${k}`,
        owner_id: ctx.ownerId,
        application_id: app.id,
        stage: STAGES[Math.floor(r() * STAGES.length)] as Stage,
        occurred_on: addDays('2026-06-01', Math.floor(r() * 10) - 3),
        round: null,
        interview_type: null,
        note: null,
        created_at: new Date(Date.UTC(2026, 6, 1, 0, 0, Math.floor(r() * 5))).toISOString(),
      }));
      await insertEvents(ctx.db, events);
      const all = [{ stage: 'applied' as Stage, occurredOn: '2026-06-01', createdAt: '2026-11-20T10:00:00.000Z' }].concat(
        events.map((e) => ({ stage: e.stage, occurredOn: e.occurred_on, createdAt: e.created_at })),
      );
      expected.set(app.id, deriveStatus(all));
    }
    await refreshApplicationState(ctx.db, ctx.ownerId);
    const page = await apps.listApplications(ctx, { sort: 'updated', order: 'desc', page: 1, pageSize: 200 });
    expect(page.total).toBe(150);
    for (const a of page.items) {
      const want = expected.get(a.id);
      expect({ status: a.status, stageReached: a.stageReached, appliedOn: a.appliedOn, lastEventOn: a.lastEventOn }).toEqual({
        status: want?.status,
        stageReached: want?.stageReached,
        appliedOn: want?.appliedOn,
        lastEventOn: want?.lastEventOn,
      });
    }
  });
});
