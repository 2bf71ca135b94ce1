import { describe, expect, it } from 'vitest';
import { rankThemes, type RejectionPoint } from './priority.js';

const today = '2026-12-01';
const rejections: RejectionPoint[] = [
  { applicationId: 'i1', rejectedOn: '2026-11-28', stage: 'interview' },
  { applicationId: 'i2', rejectedOn: '2026-11-20', stage: 'interview' },
  { applicationId: 'i3', rejectedOn: '2026-11-10', stage: 'interview' },
  { applicationId: 'i4', rejectedOn: '2026-10-30', stage: 'interview' },
  { applicationId: 'i5', rejectedOn: '2026-10-01', stage: 'interview' },
  { applicationId: 'i6', rejectedOn: '2026-06-01', stage: 'interview' },
  { applicationId: 'a1', rejectedOn: '2026-11-25', stage: 'application' },
  { applicationId: 'a2', rejectedOn: '2026-05-01', stage: 'application' },
  { applicationId: 'a3', rejectedOn: '2026-04-01', stage: 'application' },
];

describe('theme priority', () => {
  it('says why: hits among the last five rejections at the stage where it hurts', () => {
    const [first] = rankThemes([{ themeId: 't1', slug: 'concise_answers', label: 'Concise answers', applicationIds: ['i1', 'i3', 'i5', 'i6'] }], rejections, today);
    expect(first).toMatchObject({ stage: 'interview', count: 4, recentHits: 3, window: 5, recurring: true, lastOn: '2026-11-28' });
    expect(first?.why).toBe('Raised in 3 of your last 5 interview-stage rejections, 4 times in all; most recently 3 days ago.');
  });

  it('recent and late-stage themes come before old and early ones', () => {
    const ranked = rankThemes(
      [
        { themeId: 'old', slug: 'resume_tailoring', label: 'Résumé tailoring', applicationIds: ['a2', 'a3'] },
        { themeId: 'new', slug: 'system_design', label: 'System design', applicationIds: ['i1', 'i2'] },
        { themeId: 'once', slug: 'rapport', label: 'Rapport', applicationIds: ['a1'] },
      ],
      rejections,
      today,
    );
    expect(ranked.map((r) => r.themeId)).toEqual(['new', 'once', 'old']);
    expect(ranked[1]).toMatchObject({ recurring: false, why: 'Raised in 1 of your last 3 application-stage rejections; most recently 6 days ago.' });
    expect(ranked[2]?.why).toBe('Raised in 2 of your last 3 application-stage rejections; most recently 7 months ago.');
  });

  it('an old theme that has stopped coming up says so', () => {
    const more: RejectionPoint[] = [...rejections, ...[1, 2, 3, 4, 5].map((i) => ({ applicationId: `n${i}`, rejectedOn: `2026-11-0${i}`, stage: 'application' as const }))];
    const [old] = rankThemes([{ themeId: 'old', slug: 'cover_letter', label: 'Cover letter', applicationIds: ['a2', 'a3'] }], more, today);
    expect(old?.why).toBe('Raised twice, mostly at the application stage, but not in your last 5 there; most recently 7 months ago.');
  });

  it('a theme whose rejections are gone is left out', () => {
    expect(rankThemes([{ themeId: 'x', slug: 'x', label: 'X', applicationIds: ['deleted'] }], rejections, today)).toEqual([]);
  });

  it('the only rejection at a stage reads naturally', () => {
    const ranked = rankThemes([{ themeId: 'f', slug: 'presentation_skills', label: 'Presentation', applicationIds: ['f1'] }], [{ applicationId: 'f1', rejectedOn: '2026-11-30', stage: 'final' }], today);
    expect(ranked[0]?.why).toBe('Raised in your last final-round rejection; most recently yesterday.');
  });
});
