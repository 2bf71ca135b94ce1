/**
 * The starting taxonomy of improvement themes. `affects` is the stage where
 * the theme mostly shows up; `aliases` are other names users type;
 * `keywords` are lower-case words or phrases that suggestThemes matches as
 * whole words (a trailing `*` makes a stem: `confiden*`).
 */
import type { StageReached } from './stage-reached.js';

export interface Theme {
  slug: string;
  label: string;
  description: string;
  affects: StageReached;
  aliases: readonly string[];
  keywords: readonly string[];
}

export const THEMES = [
  { slug: 'technical_depth', label: 'Technical depth', description: 'Going deeper on the core skills of the role, beyond the basics.', affects: 'interview', aliases: ['technical skills', 'hard skills'], keywords: ['technical depth', 'depth', 'sql', 'python', 'coding', 'algorithm*', 'fundamentals', 'hands-on', 'technical skills', 'technical question*'] },
  { slug: 'concise_answers', label: 'Concise answers', description: 'Answering the question asked, in fewer words, with the point first.', affects: 'interview', aliases: ['conciseness', 'brevity'], keywords: ['concise', 'too long', 'rambl*', 'lost the thread', 'to the point', 'succinct', 'long-winded', 'waffl*'] },
  { slug: 'company_research', label: 'Company research', description: 'Knowing the company, its product, customers and news before you talk to them.', affects: 'interview', aliases: ['research'], keywords: ['research*', 'our product', 'about the company', 'about us', 'our customers', 'why us', 'why this company', 'what we do'] },
  { slug: 'resume_tailoring', label: 'Résumé tailoring', description: 'Shaping the résumé and cover letter to each role’s main requirements.', affects: 'application', aliases: ['resume tailoring', 'cv tailoring', 'tailoring'], keywords: ['tailor*', 'résumé', 'resume', 'cv', 'keyword*', 'generic application'] },
  { slug: 'showing_impact', label: 'Showing impact', description: 'Making results visible: numbers, outcomes and what changed because of you.', affects: 'application', aliases: ['impact', 'achievements'], keywords: ['impact', 'quantif*', 'metrics', 'numbers', 'outcome*', 'results', 'achievement*'] },
  { slug: 'seniority_mismatch', label: 'Seniority mismatch', description: 'Aiming at roles a level above or below where your experience sits.', affects: 'application', aliases: ['seniority', 'level'], keywords: ['senior', 'junior', 'overqualified', 'years of experience', 'more experience', 'level of experience', 'too experienced'] },
  { slug: 'salary_expectations', label: 'Salary expectations', description: 'Researching pay ranges and choosing when and how to talk about money.', affects: 'screen', aliases: ['salary', 'compensation', 'pay'], keywords: ['salary', 'compensation', 'budget', 'pay', 'pay range'] },
  { slug: 'language', label: 'Language', description: 'The level of a spoken or written language a role asks for.', affects: 'screen', aliases: ['language skills', 'languages'], keywords: ['fluent', 'fluency', 'native', 'language', 'german', 'french', 'dutch', 'spanish', 'english'] },
  { slug: 'storytelling_star', label: 'Storytelling (STAR)', description: 'Telling experiences as clear stories: situation, task, action, result.', affects: 'interview', aliases: ['star', 'star method', 'storytelling', 'behavioural answers', 'behavioral answers'], keywords: ['star', 'storytelling', 'story', 'stories', 'example*', 'behavioural', 'behavioral', 'situation'] },
  { slug: 'system_design', label: 'System design', description: 'Designing systems out loud: requirements, trade-offs, scale and failure.', affects: 'interview', aliases: ['architecture', 'design interview'], keywords: ['system design', 'architecture', 'scal*', 'trade-off*', 'tradeoff*', 'distributed'] },
  { slug: 'presentation_skills', label: 'Presentation skills', description: 'Structuring and delivering a presentation or case to a panel.', affects: 'final', aliases: ['presenting', 'public speaking'], keywords: ['presentation', 'presenting', 'slides', 'public speaking', 'case study'] },
  { slug: 'networking_referrals', label: 'Networking and referrals', description: 'Reaching roles through people: referrals, introductions, staying in touch.', affects: 'application', aliases: ['networking', 'referrals'], keywords: ['referr*', 'referred', 'network*', 'introduc*', 'internal candidate', 'connections'] },
  { slug: 'portfolio', label: 'Portfolio', description: 'Work samples that show what you can do: projects, case studies, code.', affects: 'application', aliases: ['work samples', 'projects'], keywords: ['portfolio', 'work samples', 'github', 'case studies', 'side project*'] },
  { slug: 'domain_knowledge', label: 'Domain knowledge', description: 'Knowing the industry the company works in and its particular problems.', affects: 'interview', aliases: ['industry knowledge', 'domain'], keywords: ['domain', 'industry', 'sector', 'regulat*', 'market knowledge', 'fintech', 'healthcare'] },
  { slug: 'follow_up', label: 'Follow-up', description: 'Thank-you notes and timely, polite follow-ups after each step.', affects: 'interview', aliases: ['follow up', 'thank you notes', 'followup'], keywords: ['follow up', 'follow-up', 'followed up', 'thank-you', 'thank you note*', 'reply', 'responsive'] },
  { slug: 'questions_for_interviewer', label: 'Questions for the interviewer', description: 'Asking thoughtful questions that show interest and help you judge the role.', affects: 'interview', aliases: ['questions to ask', 'your questions'], keywords: ['questions for us', 'ask us', 'your questions', 'asked no questions', 'questions at the end', 'curious'] },
  { slug: 'confidence', label: 'Confidence', description: 'Speaking about your work with calm conviction, without overselling.', affects: 'interview', aliases: ['self-confidence', 'presence'], keywords: ['confiden*', 'nervous', 'hesitant', 'unsure', 'assertive', 'presence', 'conviction'] },
  { slug: 'targeting_fit', label: 'Targeting and fit', description: 'Choosing roles that match your strengths, experience and what you want.', affects: 'application', aliases: ['targeting', 'fit', 'role fit'], keywords: ['fit', 'match*', 'profile', 'background', 'not aligned', 'right role', 'better suited'] },
  { slug: 'assessment_practice', label: 'Tests and take-homes', description: 'Practising the formats of coding tests, case exercises and take-home tasks.', affects: 'assessment', aliases: ['assessments', 'coding tests', 'take-home'], keywords: ['assessment', 'take-home', 'take home', 'coding test', 'test', 'tests', 'exercise*', 'assignment*', 'challenge*', 'ran out of time'] },
  { slug: 'cover_letter', label: 'Cover letter', description: 'A short letter that says why this role and why you, in your own voice.', affects: 'application', aliases: ['motivation letter', 'covering letter'], keywords: ['cover letter', 'covering letter', 'motivation letter', 'motivation'] },
  { slug: 'soft_skills_balance', label: 'Technical and people skills', description: 'Showing both your craft and how you work with others.', affects: 'interview', aliases: ['soft skills', 'people skills', 'balance'], keywords: ['soft skills', 'people skills', 'communicat*', 'collaborat*', 'teamwork', 'stakeholder*', 'leadership'] },
  { slug: 'rapport', label: 'Rapport', description: 'Building a real connection with the people interviewing you.', affects: 'interview', aliases: ['connection', 'chemistry'], keywords: ['rapport', 'connection', 'chemistry', 'engag*', 'warmth', 'enthusias*'] },
] as const satisfies readonly Theme[];

export type ThemeSlug = (typeof THEMES)[number]['slug'];
