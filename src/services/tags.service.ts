import { listTags as listTagRows } from '../db/repos/applications.repo.js';
import type { ServiceContext } from './context.js';

export async function listTags(ctx: ServiceContext): Promise<{ tag: string; count: number }[]> {
  return (await listTagRows(ctx.db, ctx.ownerId)).map((r) => ({ tag: r.tag, count: Number(r.count) }));
}
