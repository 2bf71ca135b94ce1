/**
 * `debrief debrief <id>`: the five steps from flags (for scripts) or, on a
 * terminal with no step flags, as gentle prompts. Each step is saved as soon
 * as it is answered, so stopping midway (Ctrl-C) loses nothing.
 */
import { createInterface, type Interface } from 'node:readline/promises';
import type { Debrief } from '../../contracts/debrief.js';
import { zCheckInInput, zDebriefStep, zFeedbackRequestInput, zLessonsInput, zMessageStepInput } from '../../contracts/debrief.js';
import { FEELING_IDS, MOOD_LABELS, RECIPIENTS, TONES } from '../../domain/debrief/index.js';
import * as debrief from '../../services/debrief.service.js';
import * as feedback from '../../services/feedback-request.service.js';
import type { ServiceContext } from '../../services/context.js';
import { saveDebriefCheckIn } from '../../services/journal.service.js';
import { saveLessons } from '../../services/lessons.service.js';
import { saveReflection } from '../../services/reflection.service.js';
import { draftText, supportText } from './debrief-print.js';
import { numberOption, parseOptions } from '../input.js';
import { UsageError } from '../runtime.js';

export interface StepOptions {
  mood?: string;
  feelings?: string;
  checkinNote?: string;
  recipient?: string;
  tone?: string;
  questions?: string;
  contactName?: string;
  contactEmail?: string;
  markSent?: string | boolean;
  feedbackText?: string;
  feedbackStatus?: string;
  answer?: string[];
  theme?: string[];
  outside?: string[];
  lessonNote?: string;
  skip?: string[];
}

const list = (v: string | undefined): string[] => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

export function hasStepFlags(o: StepOptions): boolean {
  return [o.mood, o.feelings, o.checkinNote, o.recipient, o.tone, o.questions, o.contactName, o.markSent, o.feedbackText, o.feedbackStatus, o.lessonNote]
    .some((v) => v !== undefined) || [o.answer, o.theme, o.outside, o.skip].some((v) => (v?.length ?? 0) > 0);
}

/** Applies the flags step by step; returns lines to print (support, draft, follow-up). */
export async function applyStepFlags(ctx: ServiceContext, id: string, o: StepOptions): Promise<string[]> {
  const out: string[] = [];
  if (o.mood !== undefined || o.feelings !== undefined || o.checkinNote !== undefined) {
    if (o.mood === undefined) throw new UsageError('Add --mood 1..5 to save a check-in (1 is really low, 5 is good).');
    const input = parseOptions(zCheckInInput, { mood: numberOption(o.mood, '--mood', '3'), feelings: list(o.feelings), note: o.checkinNote }, { note: '--checkin-note' });
    out.push(supportText(await saveDebriefCheckIn(ctx, id, input)));
  }
  if (o.recipient !== undefined || o.tone !== undefined || o.questions !== undefined || o.contactName !== undefined || o.contactEmail !== undefined) {
    const current = (await debrief.getDebrief(ctx, id)).feedbackRequest;
    const input = parseOptions(zFeedbackRequestInput, {
      recipient: o.recipient ?? current.recipient,
      tone: o.tone ?? current.tone,
      questionIds: o.questions !== undefined ? list(o.questions) : current.questionIds,
      contactName: o.contactName,
      contactEmail: o.contactEmail,
    }, { questionIds: '--questions' });
    await feedback.saveFeedbackRequest(ctx, id, input);
    out.push(draftText(await feedback.feedbackDraft(ctx, id)));
  }
  if (o.markSent !== undefined) {
    const fr = await feedback.markRequestSent(ctx, id, typeof o.markSent === 'string' ? o.markSent : undefined);
    out.push(`Marked as sent on ${fr.requestedOn ?? ''}. If nothing comes back, Debrief will remind you; silence is common and not a verdict on you.`);
  }
  if (o.feedbackText !== undefined || o.feedbackStatus !== undefined) {
    const status = o.feedbackStatus ?? 'received';
    if (status !== 'received' && status !== 'declined' && status !== 'no_answer') {
      throw new UsageError('--feedback-status must be received, declined or no_answer.');
    }
    const r = await feedback.recordFeedbackOutcome(ctx, id, { status, text: o.feedbackText });
    if (!r.judgement) out.push(`Saved: ${status.replace('_', ' ')}. Not every company answers, and that says nothing about you.`);
    else if (r.judgement.verdict === 'specific') out.push('Feedback saved. It names specific points you can work with.');
    else out.push('Feedback saved. It is fairly general, which is very common and says little about you.');
    if (r.followUp) out.push('If you would like more, here is a polite follow-up asking for specifics:', draftText(r.followUp));
  }
  if ((o.answer?.length ?? 0) > 0) {
    const answers = (o.answer ?? []).map((a) => {
      const eq = a.indexOf('=');
      if (eq < 1) throw new UsageError(`--answer takes promptId=value (got "${a}"). See the prompt ids with \`debrief debrief <id> --json\`.`);
      return { promptId: a.slice(0, eq), value: a.slice(eq + 1).replace(/\\n/g, '\n') };
    });
    const r = await saveReflection(ctx, id, { answers });
    out.push(`Reflection saved (${answers.length} answer${answers.length === 1 ? '' : 's'}).`);
    if (r.questionsAdded.length) out.push(`Added to your question bank: ${r.questionsAdded.map((q) => `"${q.question}"`).join(', ')}`);
  }
  if ((o.theme?.length ?? 0) > 0 || (o.outside?.length ?? 0) > 0 || o.lessonNote !== undefined) {
    const current = (await debrief.getDebrief(ctx, id)).lessons;
    const themes = (o.theme?.length ?? 0) > 0 ? (o.theme ?? []).map((t) => (/^[a-z0-9_]+$/.test(t) ? { slug: t } : { label: t })) : current.themes.map((t) => ({ slug: t.slug, evidence: t.evidence }));
    const outside = (o.outside?.length ?? 0) > 0 ? (o.outside ?? []).map((text) => ({ text })) : current.outside;
    const lessons = await saveLessons(ctx, id, parseOptions(zLessonsInput, { themes, outside, note: o.lessonNote }, { themes: '--theme', note: '--lesson-note' }));
    out.push(`Lessons saved: ${lessons.themes.map((t) => t.label).join(', ') || 'none'}.`);
  }
  for (const step of o.skip ?? []) {
    await debrief.skipStep(ctx, id, parseOptions(zDebriefStep, step, { '': '--skip' }));
  }
  return out;
}

async function ask(rl: Interface, q: string): Promise<string> {
  return (await rl.question(q)).trim();
}

/** The interactive walk: every question can be left blank to move on. */
export async function walkInteractively(ctx: ServiceContext, id: string): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const say = (s = ''): void => void process.stdout.write(`${s}\n`);
  try {
    let d: Debrief = await debrief.getDebrief(ctx, id);
    say(`Debrief for ${d.application.title} at ${d.application.company}. Leave any answer blank to move on; everything is saved as you go.\n`);
    if (!d.checkIn) {
      say('1. How you feel');
      const mood = await ask(rl, `   Mood today, 1–5 (${Object.entries(MOOD_LABELS).map(([k, v]) => `${k} ${v.toLowerCase()}`).join(', ')}): `);
      if (mood) {
        say(`   Feelings you could name: ${FEELING_IDS.join(', ')}`);
        const feelings = await ask(rl, '   Any that fit (comma-separated): ');
        const note = await ask(rl, '   Anything you want to write down: ');
        say(`\n${supportText(await saveDebriefCheckIn(ctx, id, zCheckInInput.parse({ mood: Number(mood), feelings: list(feelings), note })))}\n`);
      }
    }
    d = await debrief.getDebrief(ctx, id);
    if (d.rejection.reasons.length === 0 && d.rejection.channel !== 'silence') {
      say('2. What they said');
      const reasons = await ask(rl, '   Reasons, if they gave any (e.g. skills_gap, internal_candidate, position_filled, generic): ');
      if (reasons) d = await debrief.saveMessageStep(ctx, id, zMessageStepInput.parse({ reasons: list(reasons).map((reason) => ({ reason })) }));
      for (const r of d.rejection.reasons) if (r.reframe) say(`   ${r.label}: ${r.reframe}`);
      say();
    }
    if (d.feedbackRequest.status === 'not_requested') {
      say('3. Ask for feedback');
      const recipient = (await ask(rl, `   Who to ask (${RECIPIENTS.join(', ')}) [${d.feedbackRequest.recipient}]: `)) || d.feedbackRequest.recipient;
      const tone = (await ask(rl, `   Tone (${TONES.join(', ')}) [${d.feedbackRequest.tone}]: `)) || d.feedbackRequest.tone;
      say(`   Questions: ${d.feedbackQuestions.map((q) => `${q.id} (${q.label})`).join('; ')}`);
      const qs = await ask(rl, `   Pick two or three [${d.defaultQuestionIds.join(',')}]: `);
      const name = await ask(rl, '   Their name, if you know it: ');
      await feedback.saveFeedbackRequest(ctx, id, zFeedbackRequestInput.parse({ recipient, tone, questionIds: qs ? list(qs) : d.defaultQuestionIds, contactName: name }));
      say(`\n${draftText(await feedback.feedbackDraft(ctx, id))}\n`);
      if (/^y/i.test(await ask(rl, '   Sent it? [y/N] '))) await feedback.markRequestSent(ctx, id);
      say();
    }
    d = await debrief.getDebrief(ctx, id);
    say('4. Reflect');
    const answers: { promptId: string; value: string }[] = [];
    for (const p of d.reflection.prompts) {
      if (d.reflection.answers[p.id]) continue;
      const value = await ask(rl, `   ${p.prompt}${p.kind === 'list' ? ' (separate with ;)' : p.kind === 'rating' ? ' (1–5)' : ''}\n   > `);
      if (value) {
        answers.push({ promptId: p.id, value: p.kind === 'list' ? value.split(';').join('\n') : value });
        await saveReflection(ctx, id, { answers: answers.slice(-1) });
      }
    }
    d = await debrief.getDebrief(ctx, id);
    say('\n5. Lessons');
    if (d.themeSuggestions.length) say(`   Themes your notes point to: ${d.themeSuggestions.map((t) => `${t.slug} (${t.label})`).join(', ')}`);
    const themes = await ask(rl, '   Themes to work on (slugs or your own words, comma-separated): ');
    const outside = await ask(rl, '   Anything that was outside your control (separate with ;): ');
    if (themes || outside) {
      await saveLessons(ctx, id, zLessonsInput.parse({
        themes: list(themes).map((t) => (/^[a-z0-9_]+$/.test(t) ? { slug: t } : { label: t })),
        outside: outside.split(';').map((s) => s.trim()).filter(Boolean).map((text) => ({ text })),
      }));
    }
  } finally {
    rl.close();
  }
}
