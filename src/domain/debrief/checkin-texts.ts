/** Texts shown around the check-in, kept as data so they can be reviewed. */
import type { Feeling, SupportLevel } from './checkin.js';

export type SupportSuggestionId = 'rest_day' | 'talk' | 'journal' | 'small_step' | 'notice_progress';

export interface SupportSuggestion {
  id: SupportSuggestionId;
  title: string;
  text: string;
}

export const SUPPORT_SUGGESTIONS = {
  rest_day: {
    id: 'rest_day',
    title: 'Take a day off from the search',
    text: 'Give yourself a day with no applications and no inbox. The search will still be here tomorrow.',
  },
  talk: {
    id: 'talk',
    title: 'Talk to someone',
    text: 'A friend, a mentor or a coach. Saying it out loud to someone who is on your side often takes the edge off.',
  },
  journal: {
    id: 'journal',
    title: 'Write it down',
    text: 'A few lines about what happened and how it feels. There is no wrong way to do it, and nobody else will read it.',
  },
  small_step: {
    id: 'small_step',
    title: 'One small step',
    text: 'Pick something that takes twenty minutes: save one role that interests you, or message one person you know.',
  },
  notice_progress: {
    id: 'notice_progress',
    title: 'Notice how far you got',
    text: 'Every stage you reached means something in your application worked. That is worth keeping in mind.',
  },
} as const satisfies { [K in SupportSuggestionId]: SupportSuggestion & { id: K } };

export const CHECKIN_TEXTS = {
  levelMessages: {
    low: 'This one hurts, and that makes sense. You can carry on with the debrief now, or come back to it after a break.',
    mixed: 'It is normal for a few feelings to sit side by side. Take the next part at your own pace.',
    steady: 'Thanks for checking in. When you are ready, the next step is to note what the message said.',
  },
  feelingNotes: {
    disappointed: 'Feeling disappointed shows how much you cared about this one.',
    frustrated: 'Frustration is a fair response to all the effort you put in.',
    embarrassed: 'Many people feel embarrassed after a no, even though there is nothing to be ashamed of.',
    angry: 'Anger is allowed; it usually means something felt unfair.',
    anxious: 'Worry about what comes next is common at this point.',
    sad: 'It is fine to feel sad about a door that closed.',
    hurt: 'Being turned down can hurt, even when you know it happens to everyone.',
    discouraged: 'Feeling discouraged after a run of effort is understandable.',
    numb: 'Feeling numb is one of the ways people absorb a setback.',
    confused: 'Not knowing why is one of the hardest parts of a rejection.',
    tired: 'A job search takes a lot of energy, and tiredness is a real signal.',
    relieved: 'Relief can be a clue that the role was not quite right for you.',
    calm: 'It is good that you feel calm about this one.',
    hopeful: 'Holding on to hope is a good place to start the next step from.',
    determined: 'That determination will carry you into the next application.',
    grateful: 'Finding something to be grateful for is a real strength.',
  },
  nudge:
    'It looks like things have felt heavy for a while and the search has gone quiet. That happens to many people. Would a chat with someone you trust, or one small step today, help?',
} as const satisfies {
  levelMessages: Record<SupportLevel, string>;
  feelingNotes: Record<Feeling, string>;
  nudge: string;
};
