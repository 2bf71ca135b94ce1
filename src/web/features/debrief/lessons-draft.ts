import type { Debrief, LessonsInput } from '../../../contracts/debrief.js';
import type { RejectionReason } from '../../../domain/debrief/reasons.js';
import { suggestThemes } from '../../../domain/debrief/themes.js';

export interface EvidenceRef {
  kind: 'feedback' | 'reflection';
  ref: string;
  excerpt: string | null;
}

export interface LessonsDraft {
  themes: { slug: string; label: string; evidence: EvidenceRef[] }[];
  outside: { text: string; reason: RejectionReason | null }[];
  note: string;
}

/** A piece of saved feedback or reflection that a theme can point to. */
export interface Snippet {
  kind: 'feedback' | 'reflection';
  ref: string;
  /** Where it came from: "Their feedback" or the prompt. */
  source: string;
  text: string;
}

const EXCERPT = 280;

export function excerptOf(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > EXCERPT ? `${clean.slice(0, EXCERPT - 1).trimEnd()}…` : clean;
}

export function snippetsOf(d: Debrief): Snippet[] {
  const out: Snippet[] = [];
  const fb = d.feedbackRequest.feedbackText?.trim();
  if (fb) out.push({ kind: 'feedback', ref: 'feedback', source: 'Their feedback', text: fb });
  for (const p of d.reflection.prompts) {
    if (p.kind === 'rating') continue;
    const answer = d.reflection.answers[p.id]?.trim();
    if (answer) out.push({ kind: 'reflection', ref: p.id, source: p.prompt, text: answer });
  }
  return out;
}

export function lessonsDraftFrom(d: Debrief): LessonsDraft {
  const l = d.lessons;
  const hasLessons = l.themes.length > 0 || l.outside.length > 0 || (l.note ?? '') !== '';
  return {
    themes: l.themes.map((t) => ({ slug: t.slug, label: t.label, evidence: t.evidence.map((e) => ({ ...e })) })),
    outside: hasLessons
      ? l.outside.map((o) => ({ text: o.text, reason: o.reason }))
      : d.rejection.reasons
          .filter((r) => r.control === 'outside')
          .map((r) => ({ text: r.label, reason: r.reason })),
    note: l.note ?? '',
  };
}

export interface Suggested {
  slug: string;
  label: string;
  matched: string[];
  /** Snippets that point to this theme. */
  refs: string[];
}

/** Themes the saved feedback and reflection point to, with the snippets behind each. */
export function suggestionsFrom(snippets: readonly Snippet[], server: readonly { slug: string; label: string; matched: string[] }[]): Suggested[] {
  const bySlug = new Map<string, Suggested>();
  for (const s of snippets) {
    for (const t of suggestThemes(s.text)) {
      const entry = bySlug.get(t.slug) ?? { slug: t.slug, label: t.label, matched: [], refs: [] };
      entry.matched = [...new Set([...entry.matched, ...t.matched])];
      entry.refs.push(s.ref);
      bySlug.set(t.slug, entry);
    }
  }
  for (const t of server) {
    if (!bySlug.has(t.slug)) bySlug.set(t.slug, { slug: t.slug, label: t.label, matched: t.matched, refs: [] });
  }
  return [...bySlug.values()].sort((a, b) => b.refs.length - a.refs.length || b.matched.length - a.matched.length);
}

export function lessonsInputOf(draft: LessonsDraft): LessonsInput {
  return {
    themes: draft.themes.map((t) => ({ slug: t.slug, evidence: t.evidence })),
    outside: draft.outside.filter((o) => o.text.trim() !== ''),
    note: draft.note,
  };
}
