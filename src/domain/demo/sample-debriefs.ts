import type { Channel, Control, DebriefStep, FeedbackQuestionId, Feeling, RejectionReason, Tone } from '../debrief/index.js';

/**
 * How the sample's rejections were debriefed: each script belongs to one
 * hand-written application (sample-spine.ts) and is replayed through the
 * same services the app uses. `after` counts days from the rejection; a step
 * dated after today is left for the user, so recent debriefs stay unfinished.
 */
export interface SampleDebrief {
  key: string;
  checkIn?: { after: number; mood: number; feelings: Feeling[]; note: string };
  message?: { channel: Channel; text: string | null; reasons: { reason: RejectionReason; control?: Control }[] };
  feedback?: {
    recipient: 'recruiter' | 'hiring_manager' | 'interviewer';
    contactName: string;
    tone: Tone;
    questionIds: FeedbackQuestionId[];
    sentAfter: number;
    outcome?: { status: 'received' | 'declined' | 'no_answer'; after: number; text?: string };
  };
  skip?: DebriefStep[];
  reflection?: { after: number; answers: Record<string, string> };
  lessons?: { after: number; themes: { slug: string; evidence: { kind: 'feedback' | 'reflection'; ref: string }[] }[]; outside: { text: string; reason?: RejectionReason }[]; note?: string };
}

export const SAMPLE_DEBRIEFS: readonly SampleDebrief[] = [
  {
    key: 'northwind',
    checkIn: { after: 0, mood: 2, feelings: ['disappointed', 'frustrated'], note: 'I really wanted this one. The live SQL exercise keeps replaying in my head.' },
    message: {
      channel: 'email',
      text: 'Hi Alex,\n\nThank you for taking the time to interview for the Data Analyst role. The team enjoyed meeting you, but we have decided to move forward with a candidate whose SQL and data modelling experience is closer to what the role needs right now.\n\nIf it would help, I am happy to share more detail from the interviewers.\n\nBest wishes,\nHannah Okafor\nTalent Partner, Northwind Analytics',
      reasons: [{ reason: 'skills_gap' }],
    },
    feedback: {
      recipient: 'hiring_manager', contactName: 'Hannah Okafor', tone: 'warm', questionIds: ['interview_performance', 'skill_to_develop'], sentAfter: 1,
      outcome: {
        status: 'received', after: 5,
        text: 'You explained your dashboard project clearly and the team liked how you think about stakeholders. Where you fell short was the live SQL exercise: the window-function question took a long time, and several answers ran long before reaching the point. Practising timed SQL problems and leading with your answer would make a real difference.',
      },
    },
    reflection: {
      after: 3,
      answers: {
        'went_well.main': 'The dashboard story landed well and I stayed calm when they pushed on stakeholder conflicts.',
        'could_be_better.main': 'My answers were too long: I explained the context for two minutes before saying what I did. The SQL exercise showed I am rusty on window functions.',
        'struggled_questions.list': 'Write a query that returns each customer\'s second most recent order\nHow would you model a slowly changing dimension?',
        'learned.wants': 'I want a team that does real modelling work, not only reporting.',
      },
    },
    lessons: {
      after: 6,
      themes: [
        { slug: 'technical_depth', evidence: [{ kind: 'feedback', ref: 'feedback' }] },
        { slug: 'concise_answers', evidence: [{ kind: 'feedback', ref: 'feedback' }, { kind: 'reflection', ref: 'could_be_better.main' }] },
      ],
      outside: [],
      note: 'Twenty minutes of timed SQL every morning; answer first, context after.',
    },
  },
  {
    key: 'bluefin',
    checkIn: { after: 0, mood: 3, feelings: ['disappointed', 'calm'], note: 'Expected, honestly. I sent the same résumé I use everywhere.' },
    message: {
      channel: 'portal',
      text: 'Thank you for your interest in the Senior Data Analyst position at Bluefin Health. After careful review, we have decided to proceed with candidates whose experience more closely matches the requirements of the role. We wish you every success in your search.',
      reasons: [{ reason: 'profile_mismatch' }],
    },
    skip: ['feedback_request'],
    reflection: {
      after: 1,
      answers: {
        'preparation.resume': 'Not at all: the general résumé, no cover letter. The posting asked for clinical data experience and I never mentioned my hospital project.',
        'could_be_better.main': 'Tailor the first third of the résumé to the top three requirements and put numbers on my results.',
      },
    },
    lessons: {
      after: 2,
      themes: [
        { slug: 'resume_tailoring', evidence: [{ kind: 'reflection', ref: 'preparation.resume' }] },
        { slug: 'showing_impact', evidence: [{ kind: 'reflection', ref: 'could_be_better.main' }] },
      ],
      outside: [],
    },
  },
  {
    key: 'tidewater',
    checkIn: { after: 0, mood: 3, feelings: ['frustrated', 'confused'], note: 'The call was friendly until the salary question.' },
    message: {
      channel: 'call',
      text: 'Call with the recruiter: they liked my background, but my salary expectation is above the budget for this role and they cannot move on it.',
      reasons: [{ reason: 'salary' }],
    },
    feedback: { recipient: 'recruiter', contactName: 'Tom Becker', tone: 'brief', questionIds: ['improve_overall', 'successful_candidate'], sentAfter: 1, outcome: { status: 'no_answer', after: 14 } },
    reflection: {
      after: 2,
      answers: {
        'screen.notes': 'Short and friendly; they asked my expected salary in the first five minutes and I named a number without knowing their range.',
        'struggled_questions.list': 'What are your salary expectations?',
        'could_be_better.main': 'Research the range before the screen and ask for theirs first.',
      },
    },
    lessons: { after: 3, themes: [{ slug: 'salary_expectations', evidence: [{ kind: 'reflection', ref: 'could_be_better.main' }] }], outside: [] },
  },
  {
    key: 'copperleaf',
    checkIn: { after: 0, mood: 2, feelings: ['discouraged', 'tired'], note: 'Third no in three weeks. Taking tomorrow off.' },
    message: {
      channel: 'email',
      text: 'Dear Alex,\n\nThank you for completing the take-home exercise for the Analytics Engineer role. Unfortunately we will not be progressing your application. The reviewers noted that the modelling section was incomplete.\n\nKind regards,\nThe Copperleaf Energy hiring team',
      reasons: [{ reason: 'assessment' }],
    },
    feedback: {
      recipient: 'recruiter', contactName: 'Maya Lindqvist', tone: 'warm', questionIds: ['assessment', 'preparation'], sentAfter: 1,
      outcome: {
        status: 'received', after: 4,
        text: 'Your SQL was correct but you ran out of time before the dbt modelling part, which carried most of the marks. Reading the whole brief first and planning the time would have helped; the reviewers also wanted to see tests on the models.',
      },
    },
    reflection: {
      after: 5,
      answers: {
        'assessment.notes': 'I spent two of the four hours polishing the first query and rushed the rest.',
        'technical_prep.main': 'I had not practised a timed take-home before. Next time: read everything, plan, then build.',
        'struggled_questions.list': 'How would you test a dbt model?',
      },
    },
    lessons: {
      after: 6,
      themes: [
        { slug: 'assessment_practice', evidence: [{ kind: 'feedback', ref: 'feedback' }, { kind: 'reflection', ref: 'technical_prep.main' }] },
        { slug: 'technical_depth', evidence: [{ kind: 'feedback', ref: 'feedback' }] },
      ],
      outside: [],
    },
  },
  {
    key: 'harbor',
    checkIn: { after: 0, mood: 2, feelings: ['discouraged'], note: 'Another one. At least this one was not about me.' },
    message: {
      channel: 'email',
      text: 'Thank you for applying to Harbor & Pine Bank. We have decided to fill the Data Analyst position with an internal candidate. We will keep your details on file for future openings.',
      reasons: [{ reason: 'internal_candidate' }],
    },
    skip: ['feedback_request', 'reflection'],
    lessons: { after: 1, themes: [], outside: [{ text: 'They hired someone from inside the bank.', reason: 'internal_candidate' }] },
  },
  {
    key: 'quillon',
    checkIn: { after: 0, mood: 1, feelings: ['hurt', 'disappointed', 'numb'], note: 'Final round. I let myself imagine working there. Calling Sam tonight.' },
    message: {
      channel: 'call',
      text: 'Call from the hiring manager: it was a very close decision between two finalists, and they chose the other candidate, who has worked in B2B software before.',
      reasons: [{ reason: 'position_filled' }, { reason: 'skills_gap' }],
    },
    feedback: {
      recipient: 'hiring_manager', contactName: 'Priya Raman', tone: 'warm', questionIds: ['interview_moments', 'skill_to_develop'], sentAfter: 2,
      outcome: { status: 'received', after: 6, text: 'You were a strong candidate and it was a difficult decision. We were impressed by your background and encourage you to apply for future roles.' },
    },
    reflection: {
      after: 4,
      answers: {
        'final_round.notes': 'A 20-minute presentation on a product metric, then questions from three people.',
        'final_round.replay': 'I tried to cover too much: twelve slides in twenty minutes. The questions afterwards went better than the talk.',
        'could_be_better.main': 'One clear recommendation, fewer slides, and shorter answers to their questions.',
        'struggled_questions.list': 'Which metric would you drop, and why?',
        'learned.wants': 'Product analytics suits me: I loved the product conversations.',
      },
    },
    lessons: {
      after: 8,
      themes: [
        { slug: 'presentation_skills', evidence: [{ kind: 'reflection', ref: 'final_round.replay' }] },
        { slug: 'concise_answers', evidence: [{ kind: 'reflection', ref: 'could_be_better.main' }] },
      ],
      outside: [{ text: 'Two finalists; they chose the one with B2B experience.', reason: 'position_filled' }],
    },
  },
  {
    key: 'fernway',
    checkIn: { after: 0, mood: 2, feelings: ['tired', 'numb'], note: 'The role was closed. Nothing to learn here, just tired.' },
    message: {
      channel: 'email',
      text: 'We are writing to let you know that the Product Analyst role has been put on hold and we are closing the process for all candidates. We are sorry for the disappointment and thank you for your time.',
      reasons: [{ reason: 'role_closed' }],
    },
    skip: ['feedback_request', 'reflection'],
    lessons: { after: 0, themes: [], outside: [{ text: 'The role was put on hold for everyone.', reason: 'role_closed' }] },
  },
  {
    key: 'larkspur',
    checkIn: { after: 0, mood: 3, feelings: ['frustrated', 'determined'], note: 'Same story as Bluefin: I rushed the application.' },
    message: {
      channel: 'email',
      text: 'Thank you for applying to Larkspur Labs. We received many strong applications and have decided not to move forward with yours at this time.',
      reasons: [{ reason: 'generic' }, { reason: 'profile_mismatch' }],
    },
    feedback: { recipient: 'recruiter', contactName: 'Jonas Weber', tone: 'brief', questionIds: ['resume', 'successful_candidate'], sentAfter: 1, outcome: { status: 'declined', after: 3 } },
    reflection: {
      after: 2,
      answers: {
        'preparation.resume': 'General résumé again. The posting was about experimentation and I never mentioned my A/B testing work.',
        'could_be_better.main': 'Stop sending the general version. Rewrite it around impact, with numbers.',
      },
    },
    lessons: { after: 4, themes: [{ slug: 'resume_tailoring', evidence: [{ kind: 'reflection', ref: 'preparation.resume' }] }, { slug: 'showing_impact', evidence: [{ kind: 'reflection', ref: 'could_be_better.main' }] }], outside: [] },
  },
  {
    key: 'mosaic',
    checkIn: { after: 0, mood: 3, feelings: ['disappointed', 'determined'], note: 'They replied with feedback the same week. Useful, if it stings.' },
    message: {
      channel: 'email',
      text: 'Hi Alex,\n\nThank you for meeting the team for the Data Scientist role. We have decided not to move forward. The panel felt some of your examples did not show clearly what you did and what changed as a result. Happy to talk it through if useful.\n\nMarta Silva\nHead of Data, Mosaic Learning',
      reasons: [{ reason: 'skills_gap' }],
    },
    feedback: {
      recipient: 'hiring_manager', contactName: 'Marta Silva', tone: 'warm', questionIds: ['interview_performance', 'interview_moments'], sentAfter: 1,
      outcome: {
        status: 'received', after: 3,
        text: 'Your examples were interesting but long; try the STAR structure so we hear the result. You also knew little about our learners and product, so a bit more company research would help. Your questions for us at the end were thoughtful.',
      },
    },
    reflection: {
      after: 4,
      answers: {
        'went_well.main': 'My questions at the end; they said so too.',
        'could_be_better.main': 'Tell each story with a clear result, in under two minutes. Read about their product before the call.',
        'struggled_questions.list': 'Tell us about a time you changed a stakeholder\'s mind with data\nWhy Mosaic, and why now?',
      },
    },
    lessons: {
      after: 5,
      themes: [
        { slug: 'storytelling_star', evidence: [{ kind: 'feedback', ref: 'feedback' }] },
        { slug: 'concise_answers', evidence: [{ kind: 'feedback', ref: 'feedback' }, { kind: 'reflection', ref: 'could_be_better.main' }] },
        { slug: 'company_research', evidence: [{ kind: 'feedback', ref: 'feedback' }] },
      ],
      outside: [],
    },
  },
  // Still in progress: these are what "Debriefs to finish" shows.
  {
    key: 'granite',
    checkIn: { after: 0, mood: 3, feelings: ['disappointed', 'hopeful'], note: 'The technical round felt much better than Northwind. Asked for feedback.' },
    message: {
      channel: 'email',
      text: 'Thank you for interviewing for the Senior Data Analyst role at Granite Cloud. We have decided to continue with candidates who have more experience leading analytics projects end to end.',
      reasons: [{ reason: 'skills_gap' }],
    },
    feedback: { recipient: 'recruiter', contactName: 'Elena Costa', tone: 'warm', questionIds: ['interview_performance', 'successful_candidate'], sentAfter: 1 },
  },
  {
    key: 'vantage',
    checkIn: { after: 0, mood: 4, feelings: ['disappointed', 'grateful'], note: 'The referral got me far. They offered to share notes from the panel.' },
    message: {
      channel: 'email',
      text: 'Hi Alex, thanks again for your time with the team. We have offered the role to another candidate, but we would be glad to share feedback from the panel if you would like it.',
      reasons: [{ reason: 'position_filled' }],
    },
    feedback: {
      recipient: 'hiring_manager', contactName: 'Dr. Ana Ruiz', tone: 'warm', questionIds: ['interview_performance', 'skill_to_develop'], sentAfter: 1,
      outcome: {
        status: 'received', after: 5,
        text: 'Your answers were clear and much more concise than many candidates. The statistics questions were the gap: be ready to explain power calculations and when a t-test is not appropriate.',
      },
    },
  },
  { key: 'pebble', checkIn: { after: 0, mood: 3, feelings: ['tired', 'determined'], note: 'A short screen and a quick no. Will debrief properly at the weekend.' } },
  {
    key: 'saltmarsh',
    message: {
      channel: 'email',
      text: 'Thank you for your application for the Product Analyst role. We have now filled the position and will not be taking applications further.',
      reasons: [{ reason: 'position_filled' }],
    },
  },
];
