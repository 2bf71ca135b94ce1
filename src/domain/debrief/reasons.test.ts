import { describe, expect, it } from 'vitest';
import {
  CHANNEL_LABELS,
  CHANNELS,
  REASONS,
  REJECTION_REASONS,
  defaultControl,
  isRejectionReason,
  reframeFor,
  type Control,
  type RejectionReason,
} from './reasons.js';

describe('reason vocabulary', () => {
  it('covers every label of LABELS.md with a label and help text', () => {
    expect(REJECTION_REASONS).toHaveLength(11);
    for (const reason of REJECTION_REASONS) {
      const info = REASONS[reason];
      expect(info.id).toBe(reason);
      expect(info.label.length).toBeGreaterThan(3);
      expect(info.help.length).toBeGreaterThan(10);
      expect(info.help).not.toMatch(/\n/);
    }
  });

  it.each<[RejectionReason, Control]>([
    ['internal_candidate', 'outside'],
    ['position_filled', 'outside'],
    ['role_closed', 'outside'],
    ['skills_gap', 'within'],
    ['assessment', 'within'],
    ['profile_mismatch', 'within'],
    ['generic', 'outside'],
  ])('%s defaults to %s', (reason, control) => {
    expect(REASONS[reason].control).toBe(control);
  });

  it('has a short reframe for every outside reason and none for within reasons', () => {
    for (const reason of REJECTION_REASONS) {
      const text = reframeFor(reason);
      if (REASONS[reason].control === 'within') {
        expect(text).toBeNull();
      } else {
        expect(text).toBeTruthy();
        const sentences = (text ?? '').split(/(?<=\.)\s+/);
        expect(sentences.length).toBeLessThanOrEqual(2);
        expect(text).not.toMatch(/!/);
      }
    }
  });

  it('only generic is uninformative', () => {
    expect(REJECTION_REASONS.filter((r) => !REASONS[r].informative)).toEqual(['generic']);
  });
});

describe('defaultControl', () => {
  it.each<[RejectionReason[], Control]>([
    [[], 'outside'],
    [['generic'], 'outside'],
    [['position_filled', 'internal_candidate'], 'outside'],
    [['position_filled', 'skills_gap'], 'within'],
    [['assessment'], 'within'],
  ])('%j → %s', (reasons, control) => {
    expect(defaultControl(reasons)).toBe(control);
  });
});

describe('guards and channels', () => {
  it('recognises reasons', () => {
    expect(isRejectionReason('salary')).toBe(true);
    expect(isRejectionReason('vibes')).toBe(false);
  });

  it('labels every channel', () => {
    expect(CHANNELS).toEqual(['email', 'call', 'portal', 'silence']);
    for (const c of CHANNELS) expect(CHANNEL_LABELS[c]).toBeTruthy();
  });
});
