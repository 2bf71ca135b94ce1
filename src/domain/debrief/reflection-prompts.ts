/**
 * The reflection prompts, as data. `from` is the earliest stage at which a
 * prompt makes sense; `only` limits a prompt to exact stages. Round prompts
 * are templates repeated for each interview round ({round} is "Round 2" or
 * "The interview").
 */
import type { StageReached } from './stage-reached.js';

export const REFLECTION_SECTION_IDS = [
  'research',
  'preparation',
  'screen',
  'assessment',
  'interview_round',
  'final_round',
  'follow_up',
  'went_well',
  'could_be_better',
  'struggled_questions',
  'technical_prep',
  'rapport',
  'balance',
  'learned',
  'fit',
] as const;
export type ReflectionSection = (typeof REFLECTION_SECTION_IDS)[number];

/** Section headings, in display order. */
export const REFLECTION_SECTIONS = {
  research: 'Research',
  preparation: 'Preparation',
  screen: 'Screening call',
  assessment: 'Assessment',
  interview_round: 'Interview rounds',
  final_round: 'Final round',
  follow_up: 'Follow-up',
  went_well: 'What went well',
  could_be_better: 'What could be better',
  struggled_questions: 'Questions you found hard',
  technical_prep: 'Technical questions and presentations',
  rapport: 'Rapport',
  balance: 'Technical and people skills',
  learned: 'What you learned about what you want',
  fit: 'Fit',
} as const satisfies Record<ReflectionSection, string>;

export type PromptKind = 'text' | 'list' | 'rating';

export interface PromptTemplate {
  id: string;
  section: ReflectionSection;
  from: StageReached;
  only?: readonly StageReached[];
  kind: PromptKind;
  prompt: string;
  help: string;
}

export const PROMPTS: readonly PromptTemplate[] = [
  { id: 'research.company', section: 'research', from: 'application', kind: 'text', prompt: 'What did you learn about the company and the team before applying?', help: 'Their product, customers, recent news, how the team works. Note anything you would look into next time.' },
  { id: 'research.role', section: 'research', from: 'application', kind: 'text', prompt: 'How well did you understand what the role would involve day to day?', help: 'Go back to the job description. Which parts were clear to you, and which were still fuzzy?' },
  { id: 'preparation.resume', section: 'preparation', from: 'application', kind: 'text', prompt: 'How did you shape your résumé and cover letter for this role?', help: 'Did they speak to the main requirements, with results you could point to?' },
  { id: 'preparation.conversations', section: 'preparation', from: 'screen', kind: 'text', prompt: 'How did you get ready for the conversations?', help: 'Stories you planned to tell, answers you practised, questions you wanted to ask them.' },
  { id: 'screen.notes', section: 'screen', from: 'screen', kind: 'text', prompt: 'How did the screening call go?', help: 'What they asked, what they seemed to care about, and how you felt afterwards.' },
  { id: 'assessment.notes', section: 'assessment', from: 'assessment', only: ['assessment'], kind: 'text', prompt: 'How did the assessment go?', help: 'Which parts felt comfortable, which were hard, and how you used your time.' },
  { id: 'follow_up.application', section: 'follow_up', from: 'application', only: ['application'], kind: 'text', prompt: 'Did you follow up after applying?', help: 'A note to the recruiter, a message to someone at the company, or nothing at all. Any of these is fine to record.' },
  { id: 'follow_up.thanks', section: 'follow_up', from: 'screen', kind: 'text', prompt: 'How did you follow up after the conversations?', help: 'Thank-you notes, answers you sent later, how quickly they replied.' },
  { id: 'went_well.main', section: 'went_well', from: 'application', kind: 'text', prompt: 'What went well?', help: 'Moments you felt confident, strengths that came across, kind reactions. Getting as far as you did counts too.' },
  { id: 'could_be_better.main', section: 'could_be_better', from: 'application', kind: 'text', prompt: 'What would you do differently next time?', help: 'Be honest and kind to yourself: an answer that could be clearer, a way to show your value, a better match between your résumé and the role.' },
  { id: 'struggled_questions.list', section: 'struggled_questions', from: 'screen', kind: 'list', prompt: 'Which questions were hard to answer?', help: 'One question per line. Each one goes into your question bank so you can work out a better answer.' },
  { id: 'technical_prep.main', section: 'technical_prep', from: 'assessment', kind: 'text', prompt: 'How ready were you for the technical questions or the presentation?', help: 'What you prepared, what caught you off guard, and what you would practise before the next one.' },
  { id: 'rapport.main', section: 'rapport', from: 'screen', kind: 'text', prompt: 'How did you connect with the people you met?', help: 'Did the conversation flow? Did you get a sense of them, and they of you?' },
  { id: 'balance.main', section: 'balance', from: 'interview', kind: 'text', prompt: 'Did you show both what you know and how you work with people?', help: 'Think of where you went deep on the craft, and where you talked about teamwork, communication or leadership.' },
  { id: 'learned.wants', section: 'learned', from: 'application', kind: 'text', prompt: 'What did this teach you about what you want?', help: 'Anything that drew you in or put you off: the work, the team, the pace, the pay, the place.' },
  { id: 'fit.rating', section: 'fit', from: 'application', kind: 'rating', prompt: 'Looking back, could you have thrived in this role?', help: 'Re-read the job description with fresh eyes. 1 means not really, 5 means absolutely.' },
];

/** Repeated for every interview round before the final. */
export const ROUND_PROMPTS = [
  { key: 'notes', kind: 'text', prompt: '{round}: who did you meet, and what did they focus on?', help: 'Names and roles, the kind of interview, and the topics that came up.' },
  { key: 'replay', kind: 'text', prompt: '{round}: which moment would you keep, and which would you replay?', help: 'One answer you are glad you gave, and one you would give differently now.' },
] as const satisfies readonly { key: string; kind: PromptKind; prompt: string; help: string }[];

export const FINAL_ROUND_PROMPTS = [
  { id: 'final_round.notes', kind: 'text', prompt: 'Final round: who did you meet, and what did they focus on?', help: 'The people, the format and what seemed to matter most to them at the end.' },
  { id: 'final_round.replay', kind: 'text', prompt: 'Final round: which moment would you keep, and which would you replay?', help: 'Think about what might have tipped the decision, without assuming it was you.' },
] as const satisfies readonly { id: string; kind: PromptKind; prompt: string; help: string }[];
