/**
 * Before an interview: the research prompts and the questions worth asking
 * the interviewer, for the stage that is booked (or for any stage when none
 * is). Pure; the service gathers the seeker's own questions, themes, stories
 * and actions around them (docs/decisions/0027-preparing-for-an-interview.md).
 */
import { STAGE_REACHED_LABELS, type StageReached } from '../debrief/stage-reached.js';

/** Stages an interview can be booked at (stage events with a day ahead). */
export const BOOKABLE_STAGES = ['screen', 'assessment', 'interview', 'final'] as const;
export type BookableStage = (typeof BOOKABLE_STAGES)[number];

export function isBookableStage(stage: string): stage is BookableStage {
  return (BOOKABLE_STAGES as readonly string[]).includes(stage);
}

export interface ResearchPrompt {
  id: string;
  prompt: string;
  help: string;
}

const COMMON: readonly ResearchPrompt[] = [
  { id: 'what_they_do', prompt: 'What does {company} make or sell, and for whom?', help: 'Their own site, a product page, a recent customer story. Two sentences in your words are enough.' },
  { id: 'recent_news', prompt: 'What has changed for {company} lately?', help: 'News, a launch, funding, a reorganisation, a post on their blog. One thing you could mention naturally.' },
  { id: 'role_fit', prompt: 'Which three lines of the job description fit you best, and where is the gap?', help: 'Re-read the posting. Have an example ready for each fit, and an honest, short answer about the gap.' },
  { id: 'why_them', prompt: 'Why {company}, and why this role now?', help: 'A real reason, specific to them. It is fine if part of it is practical.' },
];

const BY_STAGE: Record<BookableStage, readonly ResearchPrompt[]> = {
  screen: [
    { id: 'pitch', prompt: 'Your two-minute story: where you are, what you did, what you want next.', help: 'Say it aloud once. End with why this role is the next step.' },
    { id: 'practicalities', prompt: 'Your practical answers: notice period, location or remote, salary range.', help: 'Decide your range before the call so you are not deciding under pressure.' },
  ],
  assessment: [
    { id: 'format', prompt: 'What is the format, the time limit and the tools allowed?', help: 'Ask the recruiter if you are not sure: it is a normal question.' },
    { id: 'warm_up', prompt: 'A short warm-up on the skills the posting names.', help: 'One small exercise the day before is better than a long one the same morning.' },
  ],
  interview: [
    { id: 'people', prompt: 'Who will you meet, and what do they care about?', help: 'Look them up; think about what their team needs from the person they hire.' },
    { id: 'examples', prompt: 'Which examples show the skills this team needs?', help: 'Pick the stories below that fit, and practise saying each in two minutes.' },
  ],
  final: [
    { id: 'decision', prompt: 'What will the final decision rest on, and who makes it?', help: 'The recruiter can often tell you. Prepare for the concerns that may still be open.' },
    { id: 'close', prompt: 'How will you close: why you, why them, what you would do first?', help: 'A short, confident summary of the fit. Have your salary answer ready too.' },
  ],
};

/** Research prompts for a stage (all stages' specifics when none is booked), with the company's name filled in. */
export function researchPrompts(company: string, stage: BookableStage | null): ResearchPrompt[] {
  const specific = stage ? BY_STAGE[stage] : BOOKABLE_STAGES.flatMap((s) => BY_STAGE[s].slice(0, 1));
  return [...COMMON, ...specific].map((p) => ({ ...p, prompt: p.prompt.replaceAll('{company}', company) }));
}

const ASK: Record<BookableStage, readonly string[]> = {
  screen: ['What does the rest of the process look like, and when do you expect to decide?', 'What made this role open now?'],
  assessment: ['What will you look at most when you review my work?', 'Is there anything you would like me to explain afterwards?'],
  interview: ['What would a great first three months look like in this role?', 'What is the hardest problem the team is working on?', 'How does the team give and receive feedback?'],
  final: ['Is there anything about my background that makes you hesitate? I would be glad to talk about it.', 'What do people who do well here have in common?', 'What are the next steps, and when can I expect to hear?'],
};

/** Good questions to ask them at a stage, offered when the seeker has written none of their own. */
export function questionsToAsk(stage: BookableStage | null): string[] {
  return stage ? [...ASK[stage]] : [...new Set(BOOKABLE_STAGES.flatMap((s) => ASK[s].slice(0, 1)))];
}

/** The stage label used in the page's sentences. */
export function stageLabel(stage: StageReached): string {
  return STAGE_REACHED_LABELS[stage].toLowerCase();
}
