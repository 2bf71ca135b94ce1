import type { QuestionBankItem } from '../../../contracts/debrief.js';
import { QUESTION_KIND_LABELS, QUESTION_KINDS, type QuestionKind } from '../../../domain/practice/question-kinds.js';

export const TYPE_OPTIONS = [
  { value: 'any', label: 'Any type' },
  ...QUESTION_KINDS.map((k) => ({ value: k, label: QUESTION_KIND_LABELS[k] })),
  { value: 'untagged', label: 'No type yet' },
] as const;
export type TypeFilter = QuestionKind | 'any' | 'untagged';

export const SHOW_OPTIONS = [
  { value: 'all', label: 'All questions' },
  { value: 'needs-work', label: 'Needs work (rated 1–2 or not rated)' },
  { value: 'not-practised', label: 'Not practised yet' },
  { value: 'practised', label: 'Practised at least once' },
] as const;
export type Show = (typeof SHOW_OPTIONS)[number]['value'];

export const SORT_OPTIONS = [
  { value: 'newest', label: 'Newest first' },
  { value: 'least-practised', label: 'Least practised first' },
  { value: 'lowest-rated', label: 'Lowest rated first' },
] as const;
export type Sort = (typeof SORT_OPTIONS)[number]['value'];

function matches(q: QuestionBankItem, words: string[]): boolean {
  const text = `${q.question}\n${q.notes ?? ''}\n${q.company ?? ''}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

function shown(q: QuestionBankItem, show: Show): boolean {
  switch (show) {
    case 'needs-work':
      return q.selfRating === null || q.selfRating <= 2;
    case 'not-practised':
      return q.practiceCount === 0;
    case 'practised':
      return q.practiceCount > 0;
    default:
      return true;
  }
}

const byNewest = (a: QuestionBankItem, b: QuestionBankItem) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);

/** The questions that match the search words and the filter, in the chosen order. */
export function filterQuestions(items: readonly QuestionBankItem[], search: string, show: Show, sort: Sort, type: TypeFilter = 'any'): QuestionBankItem[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const typed = (q: QuestionBankItem) => type === 'any' || (type === 'untagged' ? q.kind === null : q.kind === type);
  const out = items.filter((q) => matches(q, words) && shown(q, show) && typed(q));
  if (sort === 'least-practised') return out.sort((a, b) => a.practiceCount - b.practiceCount || (a.lastPractisedOn ?? '').localeCompare(b.lastPractisedOn ?? '') || byNewest(a, b));
  if (sort === 'lowest-rated') return out.sort((a, b) => (a.selfRating ?? 0) - (b.selfRating ?? 0) || byNewest(a, b));
  return out.sort(byNewest);
}
