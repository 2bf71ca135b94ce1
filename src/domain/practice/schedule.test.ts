import { describe, expect, it } from 'vitest';
import { dueInWords, newCard, previewRatings, rateCard, type PracticeCard } from './schedule.js';

const now = new Date('2026-12-02T09:00:00Z');
const later = (card: PracticeCard) => new Date(card.due).getTime();

describe('spaced practice (ts-fsrs)', () => {
  it('a new question is due at once', () => {
    const card = newCard(now);
    expect(card).toMatchObject({ state: 'new', reps: 0, lapses: 0 });
    expect(later(card)).toBe(now.getTime());
  });

  it('a question rated "again" comes back before one rated "hard", "good" or "easy"', () => {
    const card = newCard(now);
    const [again, hard, good, easy] = (['again', 'hard', 'good', 'easy'] as const).map((r) => later(rateCard(card, r, now)));
    expect(again).toBeLessThan(hard as number);
    expect(hard).toBeLessThan(good as number);
    expect(good).toBeLessThan(easy as number);
    expect(again).toBeGreaterThan(now.getTime());
  });

  it('good answers space out; a lapse brings the question back soon', () => {
    let card = newCard(now);
    let at = now;
    const gaps: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      card = rateCard(card, 'good', at);
      gaps.push(later(card) - at.getTime());
      at = new Date(card.due);
    }
    expect(gaps[3]).toBeGreaterThan(gaps[2] as number);
    expect(card.reps).toBe(4);
    const lapsed = rateCard(card, 'again', at);
    expect(lapsed.lapses).toBe(1);
    expect(later(lapsed) - at.getTime()).toBeLessThan(gaps[3] as number);
  });

  it('is deterministic and the preview matches what rating does', () => {
    const card = rateCard(newCard(now), 'hard', now);
    const at = new Date(card.due);
    expect(previewRatings(card, at).good).toBe(rateCard(card, 'good', at).due);
    expect(rateCard(card, 'easy', at)).toEqual(rateCard(card, 'easy', at));
  });

  it.each([
    ['2026-12-02T09:00:00Z', 'now'],
    ['2026-12-02T09:10:00Z', 'in 10 minutes'],
    ['2026-12-02T12:00:00Z', 'in 3 hours'],
    ['2026-12-03T09:00:00Z', 'tomorrow'],
    ['2026-12-06T09:00:00Z', 'in 4 days'],
    ['2026-12-23T09:00:00Z', 'in 3 weeks'],
    ['2027-03-02T09:00:00Z', 'in 3 months'],
  ])('due %s reads "%s"', (due, words) => {
    expect(dueInWords(due, now)).toBe(words);
  });
});
