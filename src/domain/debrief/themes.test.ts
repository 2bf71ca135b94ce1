import { describe, expect, it } from 'vitest';
import { REASONS } from './reasons.js';
import { THEMES } from './theme-catalogue.js';
import { normaliseThemeName, slugify, suggestThemes, themeBySlug } from './themes.js';

describe('theme catalogue', () => {
  it('has about twenty themes with unique slugs, labels and descriptions', () => {
    expect(THEMES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(THEMES.map((t) => t.slug)).size).toBe(THEMES.length);
    for (const t of THEMES) {
      expect(t.slug).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(t.label).toBeTruthy();
      expect(t.description).toMatch(/\.$/);
      expect(t.keywords.length).toBeGreaterThan(0);
      expect(normaliseThemeName(t.label)?.slug).toBe(t.slug);
    }
  });

  it('aliases never point to two themes', () => {
    const owner = new Map<string, string>();
    for (const t of THEMES) {
      for (const name of [t.slug, t.label, ...t.aliases].map(slugify)) {
        expect(owner.get(name) ?? t.slug).toBe(t.slug);
        owner.set(name, t.slug);
      }
    }
  });

  it('finds a theme by slug', () => {
    expect(themeBySlug('system_design')?.label).toBe('System design');
    expect(themeBySlug('nope')).toBeUndefined();
    expect(REASONS.salary.control).toBe('outside');
  });
});

describe('normaliseThemeName', () => {
  it.each([
    ['  Company   research ', { slug: 'company_research', label: 'Company research', existing: true }],
    ['COMPANY_RESEARCH', { slug: 'company_research', label: 'Company research', existing: true }],
    ['resume tailoring', { slug: 'resume_tailoring', label: 'Résumé tailoring', existing: true }],
    ['Résumé Tailoring', { slug: 'resume_tailoring', label: 'Résumé tailoring', existing: true }],
    ['star', { slug: 'storytelling_star', label: 'Storytelling (STAR)', existing: true }],
    ['Storytelling (STAR)', { slug: 'storytelling_star', label: 'Storytelling (STAR)', existing: true }],
    ['  Kubernetes   in production ', { slug: 'kubernetes_in_production', label: 'Kubernetes in production', existing: false }],
    ['Q&A  prep', { slug: 'q_and_a_prep', label: 'Q&A prep', existing: false }],
  ])('%j', (name, result) => {
    expect(normaliseThemeName(name)).toEqual(result);
  });

  it('returns null for an empty name', () => {
    expect(normaliseThemeName('   ')).toBeNull();
    expect(normaliseThemeName('!!')).toBeNull();
  });

  it('matches user-created themes too', () => {
    const existing = [...THEMES, { slug: 'kubernetes_in_production', label: 'Kubernetes in production' }];
    expect(normaliseThemeName('kubernetes IN production', existing)).toMatchObject({ slug: 'kubernetes_in_production', existing: true });
  });
});

describe('suggestThemes', () => {
  it.each([
    ['Your SQL answers were shaky and lacked depth.', 'technical_depth'],
    ['You rambled a bit and your answers were too long.', 'concise_answers'],
    ["You didn't seem to know much about our product.", 'company_research'],
    ['Your CV was quite generic; tailor it to the role.', 'resume_tailoring'],
    ['Try to quantify the results of your projects.', 'showing_impact'],
    ['We were looking for someone more senior.', 'seniority_mismatch'],
    ['Your salary expectations were above our budget.', 'salary_expectations'],
    ['The role needs fluent German.', 'language'],
    ['Use the STAR method to structure your stories.', 'storytelling_star'],
    ['In the system design round you did not discuss how it would scale.', 'system_design'],
    ['The presentation ran over and the slides were dense.', 'presentation_skills'],
    ['The role went to someone who was referred internally.', 'networking_referrals'],
    ['A portfolio with case studies would have helped.', 'portfolio'],
    ['We needed someone who knows the healthcare industry.', 'domain_knowledge'],
    ['I never sent a thank-you note after the interview.', 'follow_up'],
    ['I asked no questions at the end.', 'questions_for_interviewer'],
    ['I was nervous and came across as unsure.', 'confidence'],
    ['Other candidates matched the profile more closely.', 'targeting_fit'],
    ['I ran out of time on the take-home.', 'assessment_practice'],
    ['My cover letter was an afterthought.', 'cover_letter'],
    ['Strong technically, but we wanted more stakeholder communication.', 'soft_skills_balance'],
    ['We never built much rapport in the panel.', 'rapport'],
  ])('%s → %s', (text, slug) => {
    expect(suggestThemes(text).map((s) => s.slug)).toContain(slug);
  });

  it('does not match inside other words', () => {
    expect(suggestThemes('We started on time.').map((s) => s.slug)).not.toContain('storytelling_star');
    expect(suggestThemes('She is a fitness coach.').map((s) => s.slug)).not.toContain('targeting_fit');
  });

  it('ranks by matches, reports them and respects the limit', () => {
    const out = suggestThemes('You were confident, but the system design answer did not scale and the trade-offs were unclear.');
    expect(out[0]).toEqual({ slug: 'system_design', label: 'System design', matched: ['system design', 'scal', 'trade-off'] });
    expect(suggestThemes('research cv salary fluent star portfolio nervous', THEMES, 3)).toHaveLength(3);
    expect(suggestThemes('')).toEqual([]);
  });
});
