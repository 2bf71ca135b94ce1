/**
 * Step 3 of the method: a feedback request after a rejection, as an email
 * (subject and body) and a LinkedIn message. Wording follows the stage
 * reached, who the message is for and the tone the seeker picked.
 */
import {
  draftContext,
  fitLinkedin,
  greeting,
  joinPhrases,
  signOff,
  slots,
  type Draft,
  type DraftContext,
  type FeedbackRequestInput,
} from './draft-context.js';
import { PROCESS_PHRASES, resolveQuestions, type FeedbackQuestion } from './draft-questions.js';
import {
  ACCEPTANCES,
  ASK_LEADS,
  CLOSINGS,
  LINKEDIN,
  LINKEDIN_OFFER,
  OFFER_CLOSINGS,
  OFFER_LEADS,
  OPENINGS,
  RECIPIENT_LINES,
  STAGE_NOUNS,
  SUBJECTS,
} from './draft-texts.js';
import { capitalise, fillTemplate, sentences } from './text.js';

function questionText(q: FeedbackQuestion, ctx: DraftContext, form: 'text' | 'short'): string {
  return fillTemplate(q[form], { process: PROCESS_PHRASES[ctx.stage] });
}

/** The subject line of a feedback request. */
export function feedbackRequestSubject(ctx: DraftContext): string {
  return fillTemplate(SUBJECTS[ctx.tone], slots(ctx, { stageNoun: STAGE_NOUNS[ctx.stage] }));
}

function opening(ctx: DraftContext): string {
  const o = OPENINGS[ctx.stage][ctx.tone];
  const template = ctx.date ? o.dated : o.plain;
  const recipientLine = ctx.tone === 'brief' ? null : RECIPIENT_LINES[ctx.recipient][ctx.tone][ctx.depth];
  return sentences(fillTemplate(template, slots(ctx)), recipientLine);
}

function asks(ctx: DraftContext, questions: readonly FeedbackQuestion[]): string {
  if (ctx.offer) {
    const lead = OFFER_LEADS[ctx.offer][ctx.tone];
    if (ctx.tone === 'brief') return fillTemplate(lead, { asks: joinPhrases(questions.map((q) => questionText(q, ctx, 'short'))) });
    return [lead, ...questions.map((q) => `- ${questionText(q, ctx, 'text')}`)].join('\n');
  }
  if (ctx.tone === 'brief') {
    const phrases = questions.map((q) => questionText(q, ctx, 'short'));
    return fillTemplate(ASK_LEADS.brief[ctx.recipient][ctx.depth], { asks: joinPhrases(phrases) });
  }
  const lines = questions.map((q) => `- ${questionText(q, ctx, 'text')}`);
  return [ASK_LEADS[ctx.tone][ctx.recipient][ctx.depth], ...lines].join('\n');
}

/**
 * Drafts a feedback request. Missing names are handled gracefully; the
 * company and the role title are required (an Error says which is missing).
 */
export function buildFeedbackRequest(input: FeedbackRequestInput): Draft {
  const ctx = draftContext(input);
  const questions = resolveQuestions(ctx.stage, input.questionIds);

  const paragraphs = [
    greeting(ctx),
    sentences(opening(ctx), ctx.tone === 'brief' ? null : ACCEPTANCES[ctx.tone]),
    ctx.tone === 'brief' && !ctx.offer ? sentences(ACCEPTANCES.brief, asks(ctx, questions)) : asks(ctx, questions),
    fillTemplate(ctx.offer ? OFFER_CLOSINGS[ctx.offer][ctx.tone] : CLOSINGS[ctx.tone], slots(ctx)),
    signOff(ctx),
  ];

  const linkedin = fitLinkedin(ctx, {
    asks: questions.map((q) => questionText(q, ctx, 'short')),
    compose: (p) => {
      const thanks = LINKEDIN.thanks[ctx.stage];
      const thanksPhrase = fillTemplate(p.date ? thanks.dated : thanks.plain, { date: p.date });
      return sentences(
        `${p.greeting}, thank you ${thanksPhrase} for ${p.role} at ${p.company}.`,
        fillTemplate(ctx.offer ? LINKEDIN_OFFER[ctx.offer][ctx.tone] : LINKEDIN.ask[ctx.tone], { asks: joinPhrases(p.asks) }),
        p.withClose ? LINKEDIN.close[ctx.tone] : null,
        p.signOff,
      );
    },
  });

  return {
    subject: capitalise(feedbackRequestSubject(ctx)),
    body: paragraphs.join('\n\n'),
    linkedin,
  };
}
