import { describe, expect, it } from 'vitest';
import { colourWanted, tableStyle } from './format.js';

describe('colour in the terminal', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  it.each([
    [{}, tty, true],
    [{}, pipe, false],
    [{ NO_COLOR: '1' }, tty, false],
    [{ NO_COLOR: '' }, tty, true],
    [{ TERM: 'dumb' }, tty, false],
    [{ FORCE_COLOR: '1' }, pipe, true],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, pipe, true],
    [{ FORCE_COLOR: '0' }, tty, false],
  ])('env %o on %o: colour %s', (env, stream, expected) => {
    expect(colourWanted(env, stream)).toBe(expected);
  });

  it('draws plain tables without colour', () => {
    expect(tableStyle({ NO_COLOR: '1' }, tty)).toEqual({ head: [], border: [], compact: true });
    expect(tableStyle({}, tty).head).toEqual(['cyan']);
  });
});
