/** Human output for the debrief commands: plain, warm, and safe to read on a hard day. */
import type { CheckInResult, Debrief, DraftOut, Journal } from '../../contracts/debrief.js';
import { STAGE_REACHED_LABELS } from '../../domain/debrief/index.js';

/** Terminal-safe: control characters in stored text are shown, not executed. */
export function safe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, '?');
}

export function progressLine(d: Debrief): string {
  const marks = d.progress.steps.map((s) => `${s.status === 'done' ? '✓' : s.status === 'skipped' ? '–' : '·'} ${s.label}`);
  return `${marks.join('   ')}${d.progress.complete ? '\nThis debrief is complete. Well done for taking the time.' : ''}`;
}

export function rejectionText(d: Debrief): string {
  const r = d.rejection;
  const lines = [
    `Recorded: ${safe(d.application.title)} at ${safe(d.application.company)}, ${r.rejectedOn} (${r.channel}; reached: ${STAGE_REACHED_LABELS[r.stageReached]}).`,
  ];
  for (const reason of r.reasons) {
    lines.push(`  • ${reason.label} — ${reason.control === 'outside' ? 'outside your control' : 'within your control'}`);
    if (reason.reframe) lines.push(`    ${reason.reframe}`);
  }
  if (r.message) lines.push(`  Message kept (${r.message.length.toLocaleString('en')} characters).`);
  return lines.join('\n');
}

export function supportText(r: CheckInResult): string {
  const lines = [r.support.message];
  for (const s of r.support.suggestions) lines.push(`  • ${s.title}: ${s.text}`);
  return lines.join('\n');
}

export function draftText(draft: DraftOut, linkedin = false): string {
  if (linkedin) return `LinkedIn message (${draft.linkedin.length}/300):\n\n${safe(draft.linkedin)}`;
  return `Subject: ${safe(draft.subject)}\n\n${safe(draft.body)}`;
}

export function debriefText(d: Debrief): string {
  const fr = d.feedbackRequest;
  const lines = [rejectionText(d), '', progressLine(d)];
  if (d.checkIn) lines.push('', `How you felt (${d.checkIn.date}): ${d.checkIn.moodLabel}${d.checkIn.feelings.length ? ` — ${d.checkIn.feelings.join(', ')}` : ''}`);
  lines.push('', `Feedback: ${fr.status.replace('_', ' ')}${fr.requestedOn ? ` (asked ${fr.requestedOn})` : ''}${fr.verdict ? ` — ${fr.verdict}` : ''}`);
  if (fr.reminderDue) lines.push('  It has been a while without an answer. A short, friendly nudge is fine — or let it go; both are OK.');
  const answered = Object.keys(d.reflection.answers).length;
  if (answered > 0) lines.push(`Reflection: ${answered} of ${d.reflection.prompts.length} prompts answered.`);
  if (d.lessons.themes.length > 0) lines.push(`Lessons: ${d.lessons.themes.map((t) => t.label).join(', ')}`);
  if (d.lessons.outside.length > 0) lines.push(`Outside your control: ${d.lessons.outside.map((o) => safe(o.text)).join('; ')}`);
  if (!d.progress.complete && d.progress.next) {
    const step = d.progress.steps.find((s) => s.step === d.progress.next);
    lines.push('', `Next, when you are ready: ${step?.label ?? d.progress.next}. Run \`debrief debrief ${d.application.id}\`. Everything so far is saved.`);
  }
  return lines.join('\n');
}

const MOOD_BAR = ['', '●○○○○', '●●○○○', '●●●○○', '●●●●○', '●●●●●'];

export function journalText(j: Journal): string {
  if (j.entries.length === 0) return 'No check-ins yet. Add one with `debrief journal --mood 3 --note "…"` whenever you like.';
  const lines = j.entries.map((e) => {
    const about = e.company ? ` — ${safe(e.company)}${e.title ? ` (${safe(e.title)})` : ''}` : '';
    const feelings = e.feelings.length ? ` ${e.feelings.join(', ')}` : '';
    const note = e.note ? `\n             ${safe(e.note).replace(/\n/g, '\n             ')}` : '';
    return `${e.date}  ${MOOD_BAR[e.mood] ?? ''} ${e.moodLabel}${feelings}${about}${note}`;
  });
  if (j.nudge.due && j.nudge.message) {
    lines.push('', j.nudge.message, ...j.nudge.suggestions.map((s) => `  • ${s.title}: ${s.text}`));
  }
  return lines.join('\n');
}
