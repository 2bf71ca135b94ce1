import type { Feeling } from '../debrief/index.js';

/**
 * Free journal entries between the debrief check-ins: together they draw the
 * mood of the search, a hopeful start, a dip in the second month when the
 * rejections bunch up, and a recovery once practice starts to pay off.
 */
export interface SampleJournalEntry {
  daysAgo: number;
  mood: number;
  feelings: Feeling[];
  note: string;
}

export const SAMPLE_JOURNAL: readonly SampleJournalEntry[] = [
  { daysAgo: 90, mood: 4, feelings: ['hopeful', 'determined'], note: 'First day of the search. Five applications out and a plan for the week.' },
  { daysAgo: 82, mood: 4, feelings: ['hopeful'], note: 'Northwind invited me to a screen. Nice to hear back so quickly.' },
  { daysAgo: 66, mood: 2, feelings: ['anxious', 'tired'], note: 'Hard week. Not much energy to send anything new.' },
  { daysAgo: 61, mood: 2, feelings: ['discouraged'], note: 'Took the afternoon off. Walked by the river and called Sam.' },
  { daysAgo: 54, mood: 2, feelings: ['sad', 'tired'], note: 'Still heavy after Quillon. Small steps: one application today.' },
  { daysAgo: 44, mood: 3, feelings: ['calm', 'determined'], note: 'Started twenty minutes of timed SQL every morning. Doing something helps.' },
  { daysAgo: 37, mood: 3, feelings: ['hopeful'], note: 'Mock interview with Priya: my answers are much tighter when I lead with the result.' },
  { daysAgo: 30, mood: 4, feelings: ['hopeful', 'determined'], note: 'Two interviews this week. The STAR notes in the question bank help.' },
  { daysAgo: 20, mood: 4, feelings: ['grateful'], note: 'Sparrow invited me to the final round.' },
  { daysAgo: 11, mood: 5, feelings: ['grateful', 'relieved', 'hopeful'], note: 'An offer from Sparrow Finance! Taking two days to think it over.' },
  { daysAgo: 4, mood: 4, feelings: ['calm', 'hopeful'], note: 'The Atlas interview went well. Fewer rambling answers.' },
];

/**
 * Practice on questions the reflections put in the question bank: matched by
 * the start of the question, practised on each listed day (days ago).
 */
export interface SamplePractice {
  questionStartsWith: string;
  daysAgo: number[];
  selfRating: number;
  notes: string;
}

export const SAMPLE_PRACTICE: readonly SamplePractice[] = [
  { questionStartsWith: 'Write a query that returns', daysAgo: [44, 40, 33, 19], selfRating: 4, notes: 'ROW_NUMBER() over (partition by customer order by ordered_at desc), keep row 2. Say the plan out loud first.' },
  { questionStartsWith: 'What are your salary expectations', daysAgo: [52, 24], selfRating: 4, notes: 'Ask for their range first; then give mine as a range based on the market research.' },
  { questionStartsWith: 'Tell us about a time you changed', daysAgo: [38, 31, 12], selfRating: 4, notes: 'The pricing dashboard story: situation in one sentence, what I did, the 8% result.' },
  { questionStartsWith: 'How would you test a dbt model', daysAgo: [35], selfRating: 3, notes: 'Schema tests for keys and nulls, a few data tests for business rules, run in CI.' },
];

/** STAR stories of the sample search, linked to banked questions (by their start) and to themes. */
export interface SampleStory {
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  learned: string;
  questionsStartingWith: string[];
  themes: string[];
}

export const SAMPLE_STORIES: readonly SampleStory[] = [
  {
    title: 'The pricing dashboard nobody opened',
    situation: 'Sales had a pricing dashboard with forty charts; almost nobody used it.',
    task: 'Make pricing decisions faster without adding another report.',
    action: 'Sat with three account managers, kept the two views they used, and put a weekly summary in their inbox.',
    result: 'Discount approvals went from four days to one, and average discount fell by 8%.',
    learned: 'Ask how a decision is made before building anything for it.',
    questionsStartingWith: ['Tell us about a time you changed'],
    themes: ['storytelling_star', 'showing_impact'],
  },
  {
    title: 'The duplicated orders in the warehouse data',
    situation: 'Finance and operations reported different order counts for the same month.',
    task: 'Find out which number was right and stop it happening again.',
    action: 'Traced the gap to a retry that wrote orders twice, wrote the de-duplicating query with a window function, and added a test.',
    result: 'One agreed number within a week; the test has caught the same fault twice since.',
    learned: 'Say the plan aloud before writing the query: it catches the wrong join early.',
    questionsStartingWith: ['Write a query that returns', 'How would you test a dbt model'],
    themes: ['technical_depth'],
  },
];
