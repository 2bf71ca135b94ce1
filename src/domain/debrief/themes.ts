/**
 * Themes: normalised improvement areas that feedback and reflections point
 * to. Users can add their own; normaliseThemeName folds a typed name onto an
 * existing theme when it is the same thing in different spelling.
 */
import { THEMES, type Theme } from './theme-catalogue.js';
import { cleanText } from './text.js';

export interface ThemeRef {
  slug: string;
  label: string;
  aliases?: readonly string[];
}

export interface NormalisedTheme {
  slug: string;
  label: string;
  /** True when the name matched an existing theme. */
  existing: boolean;
}

/** "Résumé   Tailoring!" → "resume_tailoring" */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * Cleans a theme name typed by the user (trim, single spaces) and matches it
 * case- and accent-insensitively against the slugs, labels and aliases of
 * `existing`. Returns null for an empty name.
 */
export function normaliseThemeName(name: string, existing: readonly ThemeRef[] = THEMES): NormalisedTheme | null {
  const label = cleanText(name);
  const key = slugify(label);
  if (!key) return null;
  for (const theme of existing) {
    const names = [theme.slug, theme.label, ...(theme.aliases ?? [])];
    if (names.some((n) => slugify(n) === key)) {
      return { slug: theme.slug, label: theme.label, existing: true };
    }
  }
  return { slug: key, label, existing: false };
}

export interface ThemeSuggestion {
  slug: string;
  label: string;
  /** The keywords found in the text, for showing why. */
  matched: string[];
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function keywordPattern(keyword: string): RegExp {
  // Whole words by default; a trailing "*" makes a stem, so "confiden*" finds "confident" and "confidence".
  const stem = keyword.endsWith('*');
  const body = escapeRegExp(stem ? keyword.slice(0, -1) : keyword).replace(/[-\s]+/g, '[-\\s]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${stem ? '' : '(?![\\p{L}\\p{N}])'}`, 'iu');
}

const PATTERNS = new Map<string, RegExp>();
function patternFor(keyword: string): RegExp {
  let p = PATTERNS.get(keyword);
  if (!p) {
    p = keywordPattern(keyword);
    PATTERNS.set(keyword, p);
  }
  return p;
}

/**
 * Themes a feedback or reflection text points to, by keyword; the best
 * supported first (ties keep catalogue order). At most `limit` suggestions.
 */
export function suggestThemes(text: string, themes: readonly Theme[] = THEMES, limit = 5): ThemeSuggestion[] {
  const normalised = text.normalize('NFC');
  const found = themes
    .map((t, index) => ({
      slug: t.slug,
      label: t.label,
      index,
      matched: t.keywords.filter((k) => patternFor(k).test(normalised)).map((k) => k.replace(/\*$/, '')),
    }))
    .filter((s) => s.matched.length > 0);
  found.sort((a, b) => b.matched.length - a.matched.length || a.index - b.index);
  return found.slice(0, limit).map(({ slug, label, matched }) => ({ slug, label, matched }));
}

export function themeBySlug(slug: string): Theme | undefined {
  return THEMES.find((t) => t.slug === slug);
}
