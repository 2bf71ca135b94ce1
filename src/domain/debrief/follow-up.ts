/**
 * The polite second message for when the feedback that came back was
 * generic: thank them, then ask for one or two specifics.
 */
import {
  draftContext,
  fitLinkedin,
  greeting,
  joinPhrases,
  signOff,
  slots,
  type Draft,
  type DraftBaseInput,
} from './draft-context.js';
import { FOLLOW_UP_CALL, type Tone } from './draft-texts.js';
import { feedbackRequestSubject } from './drafts.js';
import type { StageReached } from './stage-reached.js';
import { fillTemplate, sentences } from './text.js';

export type FollowUpInput = DraftBaseInput;

/** The specifics worth asking for, by stage: a full question and a short phrase. */
export const FOLLOW_UP_QUESTIONS = {
  application: [
    { text: 'Was there something missing from my résumé, such as a skill or a kind of experience, that would have moved it forward?', short: 'what was missing from my résumé' },
    { text: 'Which requirement of the role did my application match least well?', short: 'which requirement I matched least well' },
  ],
  screen: [
    { text: 'Was there a particular answer in our call that made the difference?', short: 'which answer made the difference' },
    { text: 'Which requirement of the role did I seem to match least well?', short: 'which requirement I matched least well' },
  ],
  assessment: [
    { text: 'Which part of the assessment was furthest from what you were hoping to see?', short: 'which part of the assessment fell furthest short' },
    { text: 'Is there a skill you would suggest I practise before a similar test?', short: 'which skill to practise first' },
  ],
  interview: [
    { text: 'Was there a particular answer or moment in the interview that made the difference?', short: 'which answer or moment made the difference' },
    { text: 'Is there one skill or area of experience you would suggest I strengthen first?', short: 'which skill to strengthen first' },
  ],
  final: [
    { text: 'In the end, what tipped the decision between me and the person you chose?', short: 'what tipped the final decision' },
    { text: 'Is there one skill or area of experience you would suggest I strengthen first?', short: 'which skill to strengthen first' },
  ],
} as const satisfies Record<StageReached, readonly { text: string; short: string }[]>;

export const FOLLOW_UP_TEXTS = {
  thanks: {
    warm: 'Thank you for getting back to me about {role} at {company}. I really appreciate you taking the time.',
    brief: 'Thanks for getting back to me about {role} at {company}.',
    formal: 'Thank you for your reply regarding {role} at {company}. I appreciate the time you took.',
  },
  bridge: {
    warm: 'So that I can put it to good use, could I ask for one or two specifics?',
    brief: 'Could you tell me {asks}?',
    formal: 'So that I can act on it, may I ask for a little more detail?',
  },
  reassurance: {
    warm: 'Even a sentence would help, and I will take whatever you share in the spirit it is meant.',
    brief: 'A sentence would be plenty.',
    formal: 'I understand if that is not possible, and I am grateful for what you have already shared.',
  },
  linkedin: {
    warm: '{greeting}, thanks again for the feedback on {role} at {company}. Could I ask one more thing: {asks}? Even a sentence would help.',
    brief: '{greeting}, thanks for the feedback on {role} at {company}. Could you tell me {asks}?',
    formal: '{greeting}, thank you for your feedback on {role} at {company}. Might I ask {asks}? Any detail would be appreciated.',
  },
} as const satisfies Record<'thanks' | 'bridge' | 'reassurance' | 'linkedin', Record<Tone, string>>;

/** Drafts a follow-up that asks for specifics after generic feedback. */
export function buildFollowUpForSpecifics(input: FollowUpInput): Draft {
  const ctx = draftContext(input);
  const questions = FOLLOW_UP_QUESTIONS[ctx.stage];
  const t = FOLLOW_UP_TEXTS;

  const ask =
    ctx.tone === 'brief'
      ? fillTemplate(t.bridge.brief, { asks: joinPhrases(questions.map((q) => q.short)) })
      : [t.bridge[ctx.tone], ...questions.map((q) => `- ${q.text}`)].join('\n');

  const body = [
    greeting(ctx),
    fillTemplate(t.thanks[ctx.tone], slots(ctx)),
    ctx.tone === 'brief' ? sentences(ask, t.reassurance.brief, ctx.offer === 'call' ? FOLLOW_UP_CALL.brief : null) : ask,
    ctx.tone === 'brief' ? null : sentences(t.reassurance[ctx.tone], ctx.offer === 'call' ? FOLLOW_UP_CALL[ctx.tone] : null),
    signOff(ctx),
  ].filter((p): p is string => p !== null);

  const first = questions[0];
  const linkedin = fitLinkedin(ctx, {
    asks: [first.short],
    compose: (p) =>
      sentences(
        fillTemplate(t.linkedin[ctx.tone], {
          greeting: p.greeting,
          role: p.role,
          company: p.company,
          asks: joinPhrases(p.asks),
        }),
        p.signOff,
      ),
  });

  return { subject: `Re: ${feedbackRequestSubject(ctx)}`, body: body.join('\n\n'), linkedin };
}
