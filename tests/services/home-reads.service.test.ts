import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/connect.js';
import type { DB } from '../../src/db/schema.js';
import { lastActivityDay } from '../../src/db/repos/check-ins.repo.js';
import { insertNewWins, winsInOrder } from '../../src/db/repos/momentum.repo.js';
import { moveApplication, undoLastEvent } from '../../src/services/application-events.service.js';
import { loadMomentum } from '../../src/services/goals.service.js';
import { agendaBetween, AGENDA_DAYS, getHome, HOME_AGENDA_ITEMS, HOME_WINS } from '../../src/services/home.service.js';
import { updateSettings } from '../../src/services/settings.service.js';
import { addWin, listWins, markCelebrated, winToCelebrate } from '../../src/services/wins.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { addDays } from '../../src/domain/time.js';
import { seedScaleOwner } from '../../bench/support/scale-data.js';
import { givenApplication } from '../support/builders.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';

/**
 * The home page reads less than it used to (the newest wins' rows only, the debriefs once for the page
 * and its agenda, the last day of activity by one seek per stage), and answers the same: each part is
 * held equal to what the whole reads give (every win, the agenda read on its own, every event).
 */
describe.each(testDialects())('the home page’s reads on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
    await database.db.transaction().execute(async (trx) => {
      await seedScaleOwner(trx, 'local', 400, '2026-11-20', 3);
      await seedScaleOwner(trx, 'other', 100, '2026-11-20', 4);
    });
    await sql`analyze`.execute(database.db);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  /** The parts of the home page as they were composed from the whole reads. */
  async function homeFromWholeReads(ctx: ServiceContext) {
    const facts = await loadMomentum(ctx);
    const wins = await listWins(ctx, facts);
    const agenda = await agendaBetween(ctx, facts.today, addDays(facts.today, AGENDA_DAYS));
    return { wins: wins.slice(0, HOME_WINS), celebrate: winToCelebrate(wins, facts), agenda: agenda.slice(0, HOME_AGENDA_ITEMS), agendaCount: agenda.length };
  }

  async function expectSameHome(ctx: ServiceContext): Promise<void> {
    const home = await getHome(ctx);
    expect({ wins: home.wins, celebrate: home.celebrate, agenda: home.agenda, agendaCount: home.agendaCount }).toEqual(await homeFromWholeReads(ctx));
  }

  /** What lastActivityDay read before: the newest event that is not an employer's ending, over every event. */
  async function lastActivityOverEveryEvent(db: Kysely<DB>, ownerId: string): Promise<string | null> {
    const r = await db.selectFrom('stage_events').select((eb) => eb.fn.max('occurred_on').as('day'))
      .where('owner_id', '=', ownerId).where('stage', 'not in', ['rejected', 'ghosted']).executeTakeFirst();
    return r?.day ?? null;
  }

  it('shows the newest wins and the one to celebrate as the whole list gives them: many wins of one day, recorded at one moment', async () => {
    const ctx = await testContext(database, { ownerId: 'local', now: '2026-11-21T10:00:00.000Z' });
    const first = await getHome(ctx); // the first visit records every milestone, all at one moment
    const all = await listWins(ctx);
    expect(all.length).toBeGreaterThan(50);
    const days = all.slice(0, 20).map((w) => w.occurredOn);
    expect(new Set(days).size).toBeLessThan(days.length); // ties of day among the newest
    expect(first.wins).toHaveLength(HOME_WINS);
    await expectSameHome(ctx);
    // A few days after the newest win: several are candidates to celebrate.
    ctx.clock.set(`${addDays(all[0]!.occurredOn, 3)}T10:00:00.000Z`);
    expect((await getHome(ctx)).celebrate).not.toBeNull();
    await expectSameHome(ctx);
  });

  it('with wins written by hand on the same days, some celebrated, a win whose day moved, and celebrations off', async () => {
    const ctx = await testContext(database, { ownerId: 'local', now: '2026-11-21T10:00:00.000Z' });
    const newest = (await listWins(ctx)).slice(0, 8);
    ctx.clock.set(`${addDays(newest[0]!.occurredOn, 3)}T10:00:00.000Z`);
    for (const w of newest.slice(0, 3)) await addWin(ctx, { title: `By hand on ${w.occurredOn}`, date: w.occurredOn });
    await markCelebrated(ctx, newest.filter((_, i) => i % 2 === 0).map((w) => w.id));
    await expectSameHome(ctx);

    // A final round recorded on one day, then undone and booked again later: the win stands for the later day.
    const app = await givenApplication(ctx, { company: 'Moved Day Works', stage: 'applied', date: '2026-10-01' }, ['screen']);
    await moveApplication(ctx, app.id, { stage: 'final', occurredOn: '2026-10-10' });
    await getHome(ctx);
    await undoLastEvent(ctx, app.id);
    const today = (await loadMomentum(ctx)).today;
    await moveApplication(ctx, app.id, { stage: 'final', occurredOn: today });
    const home = await getHome(ctx);
    expect(home.wins[0]).toMatchObject({ title: expect.stringContaining('Moved Day Works'), occurredOn: today });
    await expectSameHome(ctx);

    await updateSettings(ctx, { celebrations: false });
    expect((await getHome(ctx)).celebrate).toBeNull();
    await expectSameHome(ctx);
    await updateSettings(ctx, { celebrations: true });
  });

  it('a person with no wins, or fewer than the page shows', async () => {
    const ctx = await testContext(database, { ownerId: 'u-few-wins', now: '2026-11-21T10:00:00.000Z' });
    await expectSameHome(ctx);
    await givenApplication(ctx, { stage: 'applied', date: '2026-11-10' }, ['screen']);
    await addWin(ctx, { title: 'Sent my portfolio', date: '2026-11-10' });
    expect((await getHome(ctx)).wins).toHaveLength(2);
    await expectSameHome(ctx);
  });

  it('the last day of activity is the newest event that is not an employer’s ending, steps booked ahead included', async () => {
    const ctx = await testContext(database, { ownerId: 'u-activity', now: '2026-11-21T10:00:00.000Z' });
    expect(await lastActivityDay(ctx.db, ctx.ownerId)).toBeNull();
    const a = await givenApplication(ctx, { stage: 'applied', date: '2026-11-01' });
    expect(await lastActivityDay(ctx.db, ctx.ownerId)).toBe('2026-11-01');
    await moveApplication(ctx, a.id, { stage: 'rejected', occurredOn: '2026-11-15' });
    expect(await lastActivityDay(ctx.db, ctx.ownerId)).toBe('2026-11-01');
    const b = await givenApplication(ctx, { stage: 'saved', date: '2026-11-05' });
    await moveApplication(ctx, b.id, { stage: 'interview', occurredOn: '2026-11-28' }); // booked ahead
    expect(await lastActivityDay(ctx.db, ctx.ownerId)).toBe('2026-11-28');
    for (const owner of ['u-activity', 'local', 'other']) {
      expect(await lastActivityDay(ctx.db, owner)).toBe(await lastActivityOverEveryEvent(ctx.db, owner));
    }
  });

  it('records more new wins at once than one statement can carry (a long search\u2019s first visit), each once', async () => {
    const ctx = await testContext(database, { ownerId: 'u-many-wins' });
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      id: `many-win-${i}`, owner_id: ctx.ownerId, key: `offer:many-${i}`, kind: 'offer', title: `An offer ${i}`, note: 'Well done.',
      occurred_on: '2026-11-01', application_id: null, source: 'detected', celebrated_at: null, created_at: '2026-11-20T10:00:00.000Z',
    }));
    await insertNewWins(ctx.db, rows);
    await insertNewWins(ctx.db, [...rows.slice(0, 1200).map((r) => ({ ...r, id: `again-${r.id}` })), { ...rows[0]!, id: 'one-more', key: 'offer:one-more' }]);
    const count = await ctx.db.selectFrom('wins').select((eb) => eb.fn.countAll<number>().as('n')).where('owner_id', '=', ctx.ownerId).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(3001);
  });

  it('the order of the wins is read by the same plan as the whole rows, so ties come out alike', async () => {
    const db = database.db;
    const plan = async (query: CompiledQuery): Promise<string> => {
      const prefix = dialect === 'sqlite' ? 'explain query plan ' : 'explain (costs off) ';
      const found = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(prefix + query.sql, [...query.parameters]));
      return found.rows.map((r) => String(r.detail ?? r['QUERY PLAN'] ?? '')).join('\n');
    };
    const whole = await plan(winsInOrder(db, 'local').selectAll().compile());
    const order = await plan(winsInOrder(db, 'local').select(['id', 'key', 'source', 'occurred_on']).compile());
    expect(order).toBe(whole);
    const rows = await winsInOrder(db, 'local').selectAll().execute();
    const keys = await winsInOrder(db, 'local').select(['id', 'key', 'source', 'occurred_on']).execute();
    expect(keys.map((r) => r.id)).toEqual(rows.map((r) => r.id));
  });
});
