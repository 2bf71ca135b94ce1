/**
 * The types a question in the bank can be tagged with. "Questions to ask
 * them" are the seeker's own questions for the interviewer: they are kept in
 * the same bank but never practised as answers.
 */
export const QUESTION_KINDS = ['behavioural', 'technical', 'case', 'about_you', 'salary', 'to_ask'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const QUESTION_KIND_LABELS = {
  behavioural: 'Behavioural',
  technical: 'Technical',
  case: 'Case',
  about_you: 'About you',
  salary: 'Salary',
  to_ask: 'Questions to ask them',
} as const satisfies Record<QuestionKind, string>;

export function isQuestionKind(value: string | null | undefined): value is QuestionKind {
  return typeof value === 'string' && (QUESTION_KINDS as readonly string[]).includes(value);
}

const HINTS: readonly [QuestionKind, RegExp][] = [
  ['salary', /\b(salary|compensation|pay|paid|package|expectations?|notice period|equity|bonus)\b/i],
  ['case', /\b(estimate|how many|market size|case|would you price|guesstimate)\b/i],
  ['behavioural', /\b(tell me about a time|a time when|describe a situation|give (me )?an example|conflict|disagree(d|ment)?|failure|mistake|difficult (colleague|stakeholder|situation))\b/i],
  ['technical', /\b(design|implement|algorithm|complexity|code|coding|sql|api|database|architecture|debug|scale|system|big-?o)\b/i],
  ['about_you', /\b(about yourself|why (do you want|this|us|our|are you)|strengths?|weakness(es)?|where do you see|walk me through your (cv|résumé|resume)|why should we|motivat)/i],
];

/**
 * A first guess at a question's type from its words, for questions banked
 * from a debrief; null when nothing fits. The person can change it.
 */
export function guessQuestionKind(question: string): QuestionKind | null {
  for (const [kind, pattern] of HINTS) if (pattern.test(question)) return kind;
  return null;
}
