import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import * as debrief from '../../src/services/debrief.service.js';
import { saveDebriefCheckIn } from '../../src/services/journal.service.js';
import { saveLessons } from '../../src/services/lessons.service.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';

describe.each(testDialects())('the lessons step on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  async function rejectedWithEarlierStepsDone(owner: string) {
    const ctx = await testContext(database, { ownerId: owner });
    const app = await givenApplication(ctx, { company: 'Brightwater', title: 'Data Analyst' }, ['interview']);
    // a reason the seeker controls: nothing is pre-filled as "outside your control"
    await debrief.recordRejection(ctx, app.id, { channel: 'email', message: 'We went with someone with more SQL.', reasons: [{ reason: 'skills_gap' }] });
    await saveDebriefCheckIn(ctx, app.id, { mood: 3, feelings: [] });
    await debrief.skipStep(ctx, app.id, 'feedback_request');
    await debrief.skipStep(ctx, app.id, 'reflection');
    return { ctx, id: app.id };
  }

  it('saving it with no themes, nothing outside and no note marks it done and finishes the debrief', async () => {
    const { ctx, id } = await rejectedWithEarlierStepsDone('u-lessons-empty');
    expect((await debrief.listDebriefs(ctx)).toFinish.map((i) => i.next)).toEqual(['lessons']);

    await saveLessons(ctx, id, { themes: [], outside: [], note: '' });

    const d = await debrief.getDebrief(ctx, id);
    expect(d.progress.steps.find((s) => s.step === 'lessons')?.status).toBe('done');
    expect(d.progress).toMatchObject({ complete: true, next: null, percent: 100 });
    expect(d.progress.completedAt).not.toBeNull();
    expect(d.lessons).toEqual({ themes: [], outside: [], note: null });
    expect((await debrief.listDebriefs(ctx)).toFinish).toEqual([]);
  });

  it('a body with only the required fields (no note) is saved as done too', async () => {
    const { ctx, id } = await rejectedWithEarlierStepsDone('u-lessons-bare');
    await saveLessons(ctx, id, { themes: [] });
    expect((await debrief.getDebrief(ctx, id)).progress.complete).toBe(true);
    expect((await debrief.listDebriefs(ctx)).toFinish).toEqual([]);
  });

  it('before the step is saved, the debrief stays in the list at the lessons step', async () => {
    const { ctx, id } = await rejectedWithEarlierStepsDone('u-lessons-unsaved');
    const d = await debrief.getDebrief(ctx, id);
    expect(d.progress).toMatchObject({ complete: false, next: 'lessons' });
  });
});
