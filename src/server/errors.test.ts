import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { describeError, handleError } from './errors.js';

const withCode = (code: string, message: string): Error => Object.assign(new Error(message), { code });

describe('database errors over HTTP', () => {
  it('a busy database is a 503 that says to try again, never the engine text', () => {
    for (const err of [withCode('SQLITE_BUSY', 'database is locked'), withCode('SQLITE_BUSY_SNAPSHOT', 'database is locked'), withCode('40001', 'could not serialize access')]) {
      const { status, body } = describeError(err);
      expect(status).toBe(503);
      expect(body.error.code).toBe('busy');
      expect(body.error.message).toMatch(/try again/);
      expect(body.error.message).not.toMatch(/locked|serialize|SQLITE/i);
    }
  });

  it('a row saved twice at the same moment is a 409 conflict in plain words', () => {
    const { status, body } = describeError(withCode('SQLITE_CONSTRAINT_UNIQUE', 'UNIQUE constraint failed: mail_messages.owner_id'));
    expect(status).toBe(409);
    expect(body.error.code).toBe('conflict');
    expect(body.error.message).not.toMatch(/UNIQUE|constraint/);
  });

  it('tells the client when to try again', async () => {
    const app = new Hono();
    app.get('/', () => {
      throw withCode('SQLITE_BUSY', 'database is locked');
    });
    app.onError(handleError);
    const res = await app.request('/');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(await res.text()).not.toMatch(/locked/);
  });
});
