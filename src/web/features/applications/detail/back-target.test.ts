import { describe, expect, it } from 'vitest';
import { afterDelete, cameFrom, fromHere } from './back-target';

describe('the way back from an application page', () => {
  it.each([
    [{ from: '/board' }, { to: '/board', label: 'Board' }],
    [{ from: '/' }, { to: '/', label: 'Home' }],
    [{ from: '/applications' }, { to: '/applications', label: 'Applications' }],
    [{ from: '/applications?status=screen&page=2' }, { to: '/applications?status=screen&page=2', label: 'Applications' }],
  ])('returns to where the person came from: %j', (state, expected) => {
    expect(cameFrom(state)).toEqual(expected);
    expect(afterDelete(state)).toEqual(expected);
  });

  it.each([null, undefined, 'x', {}, { from: 3 }, { from: '/insights' }, { from: 'https://elsewhere.example/' }, { from: '/applications/abc' }])(
    'falls back to the board after a deletion when the origin is unknown or another page: %j',
    (state) => {
      expect(cameFrom(state)).toBeNull();
      expect(afterDelete(state)).toEqual({ to: '/board', label: 'Board' });
    },
  );

  it('records the current page, filters included', () => {
    expect(fromHere({ pathname: '/applications', search: '?tag=remote' })).toEqual({ from: '/applications?tag=remote' });
  });
});
