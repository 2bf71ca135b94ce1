/**
 * The wording of feedback-request drafts, as data. Slots: {role} ("the Data
 * Analyst role"), {roleTitle} ("Data Analyst"), {company}, {date}
 * ("12 November"), {stageNoun}, {name}, {asks}. Every template is written so
 * that it reads well with any value in its slots.
 */
import type { StageReached } from './stage-reached.js';

export const TONES = ['warm', 'brief', 'formal'] as const;
export type Tone = (typeof TONES)[number];

export const RECIPIENTS = ['recruiter', 'hiring_manager', 'interviewer'] as const;
export type Recipient = (typeof RECIPIENTS)[number];

/** Early: no live conversation yet (application, assessment). Talked: a call or interview happened. */
export type ContactDepth = 'early' | 'talked';

interface Dated {
  plain: string;
  dated: string;
}

export const STAGE_NOUNS = {
  application: 'application',
  screen: 'call',
  assessment: 'assessment',
  interview: 'interview',
  final: 'final interview',
} as const satisfies Record<StageReached, string>;

export const GREETINGS = {
  warm: { named: 'Hi {name},', anonymous: { recruiter: 'Hello,', hiring_manager: 'Hello,', interviewer: 'Hello,' } },
  brief: { named: 'Hi {name},', anonymous: { recruiter: 'Hello,', hiring_manager: 'Hello,', interviewer: 'Hello,' } },
  formal: {
    named: 'Dear {name},',
    anonymous: {
      recruiter: 'Dear Recruitment Team,',
      hiring_manager: 'Dear Hiring Team,',
      interviewer: 'Dear Hiring Team,',
    },
  },
} as const satisfies Record<Tone, { named: string; anonymous: Record<Recipient, string> }>;

export const SUBJECTS = {
  warm: 'Thank you, and a small request about my {roleTitle} {stageNoun}',
  brief: 'Feedback on my {roleTitle} {stageNoun}',
  formal: 'Request for feedback: {roleTitle} {stageNoun} at {company}',
} as const satisfies Record<Tone, string>;

export const OPENINGS = {
  application: {
    warm: { plain: 'Thank you for letting me know where things stand with my application for {role} at {company}.', dated: 'Thank you for letting me know where things stand with my application for {role} at {company}.' },
    brief: { plain: 'Thanks for letting me know about {role} at {company}.', dated: 'Thanks for letting me know about {role} at {company}.' },
    formal: { plain: 'Thank you for informing me of your decision on my application for {role} at {company}.', dated: 'Thank you for informing me of your decision on my application for {role} at {company}.' },
  },
  screen: {
    warm: { plain: 'Thank you for the call about {role} at {company}. I enjoyed hearing more about it.', dated: 'Thank you for our call on {date} about {role} at {company}. I enjoyed hearing more about it.' },
    brief: { plain: 'Thanks for speaking with me about {role} at {company}.', dated: 'Thanks for our call on {date} about {role} at {company}.' },
    formal: { plain: 'Thank you for taking the time to speak with me about {role} at {company}.', dated: 'Thank you for taking the time to speak with me on {date} about {role} at {company}.' },
  },
  assessment: {
    warm: { plain: 'Thank you for the chance to work on the assessment for {role} at {company}. I learned something from it.', dated: 'Thank you for the chance to work on the assessment for {role} at {company}, and for your time on {date}.' },
    brief: { plain: 'Thanks for the chance to take the assessment for {role} at {company}.', dated: 'Thanks for the chance to take the assessment for {role} at {company}.' },
    formal: { plain: 'Thank you for the opportunity to complete the assessment for {role} at {company}.', dated: 'Thank you for the opportunity to complete the assessment for {role} at {company}, and for your time on {date}.' },
  },
  interview: {
    warm: { plain: 'Thank you for interviewing me for {role} at {company}. I really enjoyed the conversation.', dated: 'Thank you for interviewing me on {date} for {role} at {company}. I really enjoyed the conversation.' },
    brief: { plain: 'Thanks for interviewing me for {role} at {company}.', dated: 'Thanks for the interview on {date} for {role} at {company}.' },
    formal: { plain: 'Thank you for the opportunity to interview for {role} at {company}.', dated: 'Thank you for the opportunity to interview on {date} for {role} at {company}.' },
  },
  final: {
    warm: { plain: 'Thank you for having me in the final round for {role} at {company}. It meant a lot to get that far.', dated: 'Thank you for having me in the final round on {date} for {role} at {company}. It meant a lot to get that far.' },
    brief: { plain: 'Thanks for having me in the final round for {role} at {company}.', dated: 'Thanks for the final interview on {date} for {role} at {company}.' },
    formal: { plain: 'Thank you for the opportunity to take part in the final stage for {role} at {company}.', dated: 'Thank you for the opportunity to take part in the final stage on {date} for {role} at {company}.' },
  },
} as const satisfies Record<StageReached, Record<Tone, Dated>>;

/** A line about the person written to; brief drafts leave it out. */
export const RECIPIENT_LINES = {
  recruiter: {
    warm: { early: 'I appreciated hearing back rather than being left to wonder.', talked: 'I appreciated how clearly you kept me informed along the way.' },
    formal: { early: 'I appreciate you taking the time to let me know.', talked: 'I appreciated your clear communication throughout the process.' },
  },
  hiring_manager: {
    warm: { early: 'I appreciate you taking the time to look at my application.', talked: 'It was good to hear about your plans for the team.' },
    formal: { early: 'I appreciate the time you spent reviewing my application.', talked: 'I valued the chance to learn about the team and its priorities.' },
  },
  interviewer: {
    warm: { early: 'I appreciate the time you gave to my application.', talked: 'Your questions made me think, and I appreciated that.' },
    formal: { early: 'I appreciate the time you gave to reviewing my work.', talked: 'I valued our conversation and the thought you put into your questions.' },
  },
} as const satisfies Record<Recipient, Record<'warm' | 'formal', Record<ContactDepth, string>>>;

export const ACCEPTANCES = {
  warm: 'Of course I was disappointed, but I respect the decision and would like to learn from it.',
  brief: 'I would like to learn from this one.',
  formal: 'While I am disappointed, I respect your decision and would value the chance to learn from it.',
} as const satisfies Record<Tone, string>;

/** Introduces the list of questions (warm, formal) or carries them in one sentence (brief, {asks}). */
export const ASK_LEADS = {
  warm: {
    recruiter: {
      early: 'If you are able to pass on anything from the team, I would be grateful to hear:',
      talked: 'If you are able to pass on anything from the team, I would be grateful to hear:',
    },
    hiring_manager: {
      early: 'If you have a few minutes, I would really value your view on:',
      talked: 'If you have a few minutes, I would really value your view on:',
    },
    interviewer: {
      early: 'If you have a few minutes, I would really value your view on:',
      talked: 'If you have a few minutes, I would really value your view from the other side of the table:',
    },
  },
  formal: {
    recruiter: {
      early: 'If it is possible to share feedback from the hiring team, I would be grateful for your thoughts on the following:',
      talked: 'If it is possible to share feedback from the hiring team, I would be grateful for your thoughts on the following:',
    },
    hiring_manager: {
      early: 'If your time allows, I would greatly appreciate your perspective on the following:',
      talked: 'If your time allows, I would greatly appreciate your perspective on the following:',
    },
    interviewer: {
      early: 'If your time allows, I would greatly appreciate your perspective on the following:',
      talked: 'If your time allows, I would greatly appreciate your perspective as one of my interviewers on the following:',
    },
  },
  brief: {
    recruiter: { early: 'If the team shared any notes, could you pass on {asks}?', talked: 'If the team shared any notes, could you pass on {asks}?' },
    hiring_manager: { early: 'Could you share {asks}?', talked: 'Could you share {asks}?' },
    interviewer: { early: 'If you can spare a minute, could you share {asks}?', talked: 'From your side of the table, could you share {asks}?' },
  },
} as const satisfies Record<Tone, Record<Recipient, Record<ContactDepth, string>>>;

export const CLOSINGS = {
  warm: 'Even a line or two would help me a great deal. I would be glad to stay in touch and to hear about future roles at {company}.',
  brief: 'Even a short reply would help.',
  formal: 'Any feedback, however brief, would be very helpful. I would welcome being considered for future roles at {company}.',
} as const satisfies Record<Tone, string>;

export const SIGN_OFFS = {
  warm: 'Best wishes',
  brief: 'Thanks',
  formal: 'Kind regards',
} as const satisfies Record<Tone, string>;

/** LinkedIn: one short paragraph. {thanks} is the stage phrase below. */
export const LINKEDIN = {
  greeting: {
    warm: { named: 'Hi {name}', anonymous: 'Hello' },
    brief: { named: 'Hi {name}', anonymous: 'Hello' },
    formal: { named: 'Dear {name}', anonymous: 'Hello' },
  },
  thanks: {
    application: { plain: 'for letting me know about my application', dated: 'for letting me know about my application' },
    screen: { plain: 'for our call', dated: 'for our call on {date}' },
    assessment: { plain: 'for the chance to do the assessment', dated: 'for the chance to do the assessment' },
    interview: { plain: 'for the interview', dated: 'for the interview on {date}' },
    final: { plain: 'for having me in the final round', dated: 'for the final interview on {date}' },
  },
  ask: {
    warm: 'Would you be open to sharing {asks}?',
    brief: 'Could you share {asks}?',
    formal: 'Would you be willing to share {asks}?',
  },
  close: {
    warm: 'It would really help me grow.',
    brief: 'Even a line would help.',
    formal: 'I would be grateful for any insight.',
  },
  signOff: { warm: 'Best, {name}', brief: 'Thanks, {name}', formal: 'Kind regards, {name}' },
} as const satisfies {
  greeting: Record<Tone, { named: string; anonymous: string }>;
  thanks: Record<StageReached, Dated>;
  ask: Record<Tone, string>;
  close: Record<Tone, string>;
  signOff: Record<Tone, string>;
};

export const LINKEDIN_MAX = 300;

/**
 * When the employer offered feedback, the draft takes up the offer rather
 * than asking from scratch. `call`: they offered a call or a chat; `any`:
 * feedback in any form. Warm and formal introduce the list of questions;
 * brief carries them in one sentence ({asks}).
 */
export const OFFER_LEADS = {
  call: {
    warm: 'You kindly offered to talk me through some feedback, and I would love to take you up on it. Would a short call suit you in the next week or two? These are the things I would most like to hear about:',
    formal: 'Thank you also for your kind offer to share feedback. I would welcome a short call at a time that suits you, and would particularly value your perspective on the following:',
    brief: 'You kindly offered to share feedback: I would welcome a short call. Could we cover {asks}?',
  },
  any: {
    warm: 'You kindly offered to share feedback, and I would love to take you up on it. These are the things I would most like to hear about:',
    formal: 'Thank you also for your kind offer to share feedback, which I would be glad to accept. I would particularly value your perspective on the following:',
    brief: 'You kindly offered to share feedback, and I would gladly take you up on it: could you share {asks}?',
  },
} as const satisfies Record<'call' | 'any', Record<Tone, string>>;

export const OFFER_CLOSINGS = {
  call: {
    warm: 'If writing is easier than a call, a few lines would help just as much. Thank you again for offering, and I would be glad to stay in touch about future roles at {company}.',
    formal: 'Should a written reply be more convenient, a few lines would be equally helpful. Thank you again for your offer; I would welcome being considered for future roles at {company}.',
    brief: 'A few lines by email work too. Thanks again for offering.',
  },
  any: {
    warm: 'Thank you again for offering. I would be glad to stay in touch and to hear about future roles at {company}.',
    formal: 'Thank you again for your offer. I would welcome being considered for future roles at {company}.',
    brief: 'Thanks again for offering.',
  },
} as const satisfies Record<'call' | 'any', Record<Tone, string>>;

/** LinkedIn, when feedback was offered: replaces the ask ({asks}). */
export const LINKEDIN_OFFER = {
  call: {
    warm: 'You kindly offered feedback: would a short call suit you? I would love to hear {asks}.',
    formal: 'Thank you for offering feedback; I would welcome a short call about {asks}.',
    brief: 'You offered feedback: could we have a short call about {asks}?',
  },
  any: {
    warm: 'You kindly offered feedback, and I would love to hear {asks}.',
    formal: 'Thank you for offering feedback; I would welcome your view on {asks}.',
    brief: 'You offered feedback: could you share {asks}?',
  },
} as const satisfies Record<'call' | 'any', Record<Tone, string>>;

/** The follow-up after generic feedback, when a call was offered: one more line. */
export const FOLLOW_UP_CALL = {
  warm: 'If a short call is easier than writing, as you kindly offered, I would be glad to fit around you.',
  formal: 'Should a brief call be more convenient, as you kindly offered, I would be glad to arrange one.',
  brief: 'A short call works too, if easier.',
} as const satisfies Record<Tone, string>;
