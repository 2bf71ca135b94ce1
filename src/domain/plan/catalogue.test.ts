import { describe, expect, it } from 'vitest';
import { THEMES } from '../debrief/theme-catalogue.js';
import { ACTION_TYPES, defaultTarget, GENERIC_SUGGESTIONS, seedSuggestions, SUGGESTIONS, TARGET_STAGES, TARGETS } from './catalogue.js';

describe('suggestion catalogue', () => {
  it('every catalogue theme has at least two suggestions of known types', () => {
    for (const theme of THEMES) {
      const list = SUGGESTIONS[theme.slug];
      expect(list.length, theme.slug).toBeGreaterThanOrEqual(2);
      for (const s of list) {
        expect(ACTION_TYPES).toContain(s.type);
        expect(s.title.length).toBeGreaterThan(10);
      }
    }
  });

  it('a theme the user created gets generic suggestions', () => {
    expect(seedSuggestions('my_own_theme')).toBe(GENERIC_SUGGESTIONS);
    expect(seedSuggestions('system_design')).toBe(SUGGESTIONS.system_design);
  });

  it.each([
    ['mock_interview', 'resume_tailoring', 'interview'],
    ['practice', 'resume_tailoring', 'applied'],
    ['practice', 'salary_expectations', 'screen'],
    ['practice', 'assessment_practice', 'assessment'],
    ['course', 'presentation_skills', 'final'],
    ['networking', 'domain_knowledge', 'applied'],
    ['reading', null, 'interview'],
  ] as const)('a %s action on %s targets %s', (type, theme, target) => {
    expect(defaultTarget(type, theme)).toBe(target);
  });

  it('every target names a later step as its success', () => {
    for (const t of TARGET_STAGES) expect(TARGETS[t].success).not.toBe(t);
  });
});
