import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportError } from './runtime.js';

const withCode = (code: string, message: string): Error => Object.assign(new Error(message), { code });

describe('database errors in the terminal', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it.each([
    ['SQLITE_BUSY', 'database is locked', /busy .*try again/],
    ['SQLITE_BUSY_SNAPSHOT', 'database is locked', /busy .*try again/],
    ['SQLITE_CONSTRAINT_UNIQUE', 'UNIQUE constraint failed: companies.owner_id', /same moment/],
  ])('%s prints a sentence and exits 1', (code, message, expected) => {
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
    reportError(withCode(code, message));
    expect(printed.join('\n')).toMatch(expected);
    expect(printed.join('\n')).not.toContain(message);
    expect(process.exitCode).toBe(1);
  });
});
