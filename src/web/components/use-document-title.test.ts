import { describe, expect, it } from 'vitest';
import { pageTitle, titleForPath } from './use-document-title';

describe('page titles', () => {
  it.each([
    ['/', 'Home · Debrief'],
    ['/board', 'Board · Debrief'],
    ['/review/2026-11-23', 'Weekly review · Debrief'],
    ['/applications', 'Applications · Debrief'],
    ['/applications/new', 'New application · Debrief'],
    ['/applications/k3v9x2m7qa', 'Application · Debrief'],
    ['/applications/k3v9x2m7qa/debrief', 'Debrief · Debrief'],
    ['/applications/k3v9x2m7qa/prepare', 'Prepare · Debrief'],
    ['/import', 'Import applications · Debrief'],
    ['/proof', 'Proof of search · Debrief'],
    ['/new', 'Capture a job · Debrief'],
    ['/practice', 'Practice · Debrief'],
    ['/journal', 'Journal · Debrief'],
    ['/questions', 'Question bank · Debrief'],
    ['/insights', 'Insights · Debrief'],
    ['/companies', 'Companies · Debrief'],
    ['/import-mail', 'Import mail · Debrief'],
    ['/settings', 'Settings · Debrief'],
    ['/nowhere', 'Page not found · Debrief'],
  ])('%s is titled "%s"', (path, title) => {
    expect(pageTitle(titleForPath(path))).toBe(title);
  });

  it('falls back to the product name', () => {
    expect(pageTitle('  ')).toBe('Debrief');
  });
});
