import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';

export interface ExportEventRow {
  application_id: string;
  seq: number;
  stage: string;
  occurred_on: string;
  round: number | null;
  interview_type: string | null;
  note: string | null;
}

/** The stage events of these applications, in the order of each history. */
export async function eventsOfApplications(db: Kysely<DB>, ownerId: string, ids: readonly string[]): Promise<ExportEventRow[]> {
  const out: ExportEventRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('stage_events')
      .select(['application_id', 'seq', 'stage', 'occurred_on', 'round', 'interview_type', 'note'])
      .where('owner_id', '=', ownerId)
      .where('application_id', 'in', ids.slice(i, i + 500))
      .orderBy('application_id')
      .orderBy('occurred_on')
      .orderBy('seq')
      .execute();
    out.push(...rows.map((r) => ({ ...r, seq: Number(r.seq) })));
  }
  return out;
}
