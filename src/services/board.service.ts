import type { ApplicationSummary, Board, BoardCard, BoardColumn, BoardColumnQuery, BoardFields, BoardQuery } from '../contracts/applications.js';
import { boardViews, type BoardColumnRows, type BoardCursor, type BoardRead } from '../db/repos/application-views.repo.js';
import { tagsFor } from '../db/repos/applications.repo.js';
import { BOARD_COLUMNS, OPEN_COLUMNS, type Stage } from '../domain/applications/stages.js';
import { readingRules } from './applications.service.js';
import { toApplicationSummary, toBoardCard, type MappingRules } from './application-mapper.js';
import type { ServiceContext } from './context.js';
import { invalid } from './errors.js';
import { packCursor, unpackCursor } from './list-cursor.js';

/**
 * The `after` cursor of a board column: the board's order key of the last card read (day of the
 * last step, last change, id) and its column, as base64url JSON. Opaque to clients; a cursor of
 * another column is refused rather than read as if it were this one's.
 */
export function encodeBoardCursor(status: Stage, at: BoardCursor): string {
  return packCursor([status, at.lastEventOn, at.updatedAt, at.id]);
}

export function decodeBoardCursor(text: string, status: Stage): BoardCursor {
  const fields = unpackCursor(text) ?? [];
  if (fields.length !== 4 || !fields.every((f) => typeof f === 'string')) {
    throw invalid('after', 'This link to more cards is not valid: open the column again from the board.');
  }
  const [column, lastEventOn, updatedAt, id] = fields as string[];
  if (column !== status) throw invalid('after', 'This link to more cards belongs to another column: open the column again from the board.');
  return { lastEventOn: lastEventOn!, updatedAt: updatedAt!, id: id! };
}

type Item = BoardCard | ApplicationSummary;

/**
 * The board as the read found it: each column's total and its first cards (one more than asked
 * was read, to know whether a next page follows), then their tags in one statement.
 */
async function columnsOf(ctx: ServiceContext, read: BoardRead, r: MappingRules): Promise<BoardColumn[]> {
  const found = read.fields === 'card'
    ? await boardViews(ctx.db, ctx.ownerId, { ...read, fields: 'card', perStatus: read.perStatus + 1 })
    : await boardViews(ctx.db, ctx.ownerId, { ...read, fields: 'summary', perStatus: read.perStatus + 1 });
  const shown = new Map<string, BoardColumnRows<unknown>['rows']>();
  for (const [status, column] of found) shown.set(status, column.rows.slice(0, read.perStatus));
  const ids = [...shown.values()].flatMap((rows) => rows.map((x) => (x.row as { id: string }).id));
  const tags = ids.length > 0 ? await tagsFor(ctx.db, ctx.ownerId, ids) : new Map<string, string[]>();
  return read.statuses.map((s) => {
    const status = s as Stage;
    const column = found.get(status);
    const rows = shown.get(status) ?? [];
    const loaded = read.withCards.includes(status);
    const last = rows[rows.length - 1];
    const items: Item[] = rows.map(({ row }) => {
      const id = (row as { id: string }).id;
      return read.fields === 'card'
        ? toBoardCard(row as Parameters<typeof toBoardCard>[0], tags.get(id) ?? [], r)
        : toApplicationSummary(row as Parameters<typeof toApplicationSummary>[0], tags.get(id) ?? [], r);
    });
    const more = (column?.rows.length ?? 0) > read.perStatus;
    return { status, total: column?.total ?? 0, loaded, items, nextCursor: loaded && more && last ? encodeBoardCursor(status, last.cursor) : null };
  });
}

/**
 * The board as the web app shows it (`GET /api/board`): every column's total, and the first
 * `perColumn` cards of the columns asked for — by default those of applications still moving, as
 * the ended ones are shown folded (docs/decisions/0048-the-board-sends-what-is-shown.md). Four
 * statements: settings, booked steps come due, the columns, their tags (none when no card is sent).
 */
export async function getBoardView(ctx: ServiceContext, query: BoardQuery): Promise<Board> {
  const r = await readingRules(ctx);
  const withCards = query.columns ?? OPEN_COLUMNS;
  return { columns: await columnsOf(ctx, { statuses: BOARD_COLUMNS, withCards, perStatus: query.perColumn, fields: query.fields }, r) };
}

/** One column's cards (`GET /api/board/columns/{status}`): the first ones, or those after a cursor, in the board's order. */
export async function getBoardColumn(ctx: ServiceContext, status: Stage, query: BoardColumnQuery): Promise<BoardColumn> {
  const after = query.after === undefined ? undefined : decodeBoardCursor(query.after, status);
  const r = await readingRules(ctx);
  const [column] = await columnsOf(ctx, { statuses: [status], withCards: [status], perStatus: query.limit, fields: query.fields, after }, r);
  return column!;
}

/** Every column with up to `perColumn` summaries each (the coach's view of a client's board, exports of it, tests). */
export async function getBoard(ctx: ServiceContext, perColumn = 50, fields: BoardFields = 'summary') {
  const board = await getBoardView(ctx, { perColumn, columns: [...BOARD_COLUMNS], fields });
  return {
    columns: board.columns.map(({ status, total, items }) => ({ status, total, items: items as ApplicationSummary[] })),
  };
}
