/**
 * Step 4 of the method: reflection prompts chosen by how far the process
 * went. An application-stage rejection gets research, preparation and fit;
 * a final-round rejection gets every section, with one block per round.
 */
import {
  FINAL_ROUND_PROMPTS,
  PROMPTS,
  REFLECTION_SECTION_IDS,
  ROUND_PROMPTS,
  type PromptKind,
  type ReflectionSection,
} from './reflection-prompts.js';
import { reachedAtLeast, type StageReached } from './stage-reached.js';
import { cleanText } from './text.js';

export interface ReflectionPrompt {
  /** Stable: safe to store answers against. */
  id: string;
  section: ReflectionSection;
  prompt: string;
  help: string;
  kind: PromptKind;
  /** Set on interview-round prompts. */
  round?: number;
}

export interface ReflectionOptions {
  /** Interview rounds before the final (default 1 when an interview happened). */
  interviewRounds?: number;
  /** Whether there was a test or take-home (default: only when the stage reached is `assessment`). */
  hadAssessment?: boolean;
}

export const MAX_ROUNDS = 10;

function roundCount(stage: StageReached, requested: number | undefined): number {
  if (!reachedAtLeast(stage, 'interview')) return 0;
  const n = requested === undefined || !Number.isFinite(requested) ? 1 : Math.trunc(requested);
  const min = stage === 'final' ? 0 : 1;
  return Math.min(MAX_ROUNDS, Math.max(min, n));
}

function roundPrompts(rounds: number): ReflectionPrompt[] {
  return Array.from({ length: rounds }, (_, i) => i + 1).flatMap((round) =>
    ROUND_PROMPTS.map((t) => ({
      id: `interview_round.${round}.${t.key}`,
      section: 'interview_round' as const,
      prompt: t.prompt.replace('{round}', rounds === 1 ? 'The interview' : `Round ${round}`),
      help: t.help,
      kind: t.kind,
      round,
    })),
  );
}

export function reflectionPromptsFor(stageReached: StageReached, options: ReflectionOptions = {}): ReflectionPrompt[] {
  const hadAssessment = options.hadAssessment ?? stageReached === 'assessment';
  const chosen: ReflectionPrompt[] = PROMPTS.filter((p) => {
    if (!reachedAtLeast(stageReached, p.from)) return false;
    if (p.section === 'assessment') return hadAssessment;
    return !p.only || p.only.includes(stageReached);
  }).map(({ id, section, prompt, help, kind }) => ({ id, section, prompt, help, kind }));

  chosen.push(...roundPrompts(roundCount(stageReached, options.interviewRounds)));
  if (stageReached === 'final') {
    chosen.push(...FINAL_ROUND_PROMPTS.map((p) => ({ ...p, section: 'final_round' as const })));
  }

  const order = (p: ReflectionPrompt): number => REFLECTION_SECTION_IDS.indexOf(p.section);
  // Array.prototype.sort is stable, so prompts keep their table order within a section.
  return chosen.sort((a, b) => order(a) - order(b) || (a.round ?? 0) - (b.round ?? 0));
}

/** Prompts grouped by section, in display order. */
export function groupBySection(prompts: readonly ReflectionPrompt[]): { section: ReflectionSection; prompts: ReflectionPrompt[] }[] {
  const groups: { section: ReflectionSection; prompts: ReflectionPrompt[] }[] = [];
  for (const p of prompts) {
    const last = groups.at(-1);
    if (last && last.section === p.section) last.prompts.push(p);
    else groups.push({ section: p.section, prompts: [p] });
  }
  return groups;
}

/**
 * The question-bank items from an answer to a `list` prompt: one per line
 * (or per array entry), bullets stripped, blanks and repeats dropped.
 */
export function questionBankItems(answer: string | readonly string[]): string[] {
  const lines = typeof answer === 'string' ? answer.split(/\r?\n/) : answer;
  const seen = new Set<string>();
  const items: string[] = [];
  for (const line of lines) {
    const text = cleanText(line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, ''));
    const key = text.toLowerCase();
    if (text && !seen.has(key)) {
      seen.add(key);
      items.push(text);
    }
  }
  return items;
}
