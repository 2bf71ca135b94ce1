/**
 * The rule engine: weighted regular expressions per label, matched against
 * sentences. A rule with negative weight is a blocker: when it matches a
 * sentence, that sentence gives no support to its label (this is how
 * "unable to provide individual feedback" stops a feedbackOffered match).
 */
import { registerSentencePatterns, sentenceMatchers } from './prefilter.js';
import type { Sentence } from './types.js';

export interface Rule<L extends string> {
  label: L;
  /** patterns are matched against `Sentence.norm` (lower-case, quotes folded) */
  re: RegExp;
  /** weight ≥ 1 is decisive on its own; below 1 needs support; < 0 blocks */
  w: number;
  /** a second pattern that must also match the sentence */
  also?: RegExp;
  /** do not apply the rule (match or block) when this matches the sentence */
  unless?: RegExp;
  /** skip the match when this matches the clause around it (hypotheticals: "if a better match opens up") */
  clauseUnless?: RegExp;
  /** skip the match when a negation precedes it in the same clause */
  negatable?: boolean;
  /**
   * the cue must report something that HAPPENED (stage evidence): skip it when the clause makes it
   * prospective, conditional or negated ("the next stage would have been an interview",
   * "we won't be inviting you to interview"), see `factualAt`
   */
  factual?: boolean;
}

export interface LabelScore {
  score: number;
  /** best weight per supporting sentence */
  hits: { sentence: Sentence; w: number }[];
}

const NEGATION = /\b(?:not|no|never|cannot|unable|without|nor|neither)\b|n't\b/;
const NOT_REALLY_NEGATION = /(?:do not|don't|never) hesitate|not only|no doubt|no matter/g;

/** True when a negation cue sits in the same clause shortly before `index`. */
export function negatedAt(norm: string, index: number): boolean {
  const window = norm.slice(Math.max(0, index - 50), index);
  const clause = window.split(/[,;:.!?]|\b(?:but|however|although|though|while)\b/).pop() ?? '';
  return NEGATION.test(clause.replace(NOT_REALLY_NEGATION, ' '));
}

/** a past anchor right before (or at the start of) a cue: "after your interview", "thank you for coming in"; a test the candidate did not pass was sat ("you have not cleared the aptitude test") */
const PAST_ANCHOR_BEFORE = /(?:\b(?:after|following|further to|subsequent to|since|during|from|through|regarding|about)|thank(?:s| you)(?: so much| very much| again| kindly)?(?: for)?|appreciate\w*|enjoyed|\byou (?:have not|had not|did not|haven't|hadn't|didn't|failed to|have failed to) (?:clear|cleared|pass|passed))\s(?:(?:your|the|our|all|both) )?$/;
const THANKS_CLAUSE = /^\s*(?:(?:many |a big )?thank(?:s| you)(?: so much| very much| again)? for (?:\w+ing|your|the|all|coming|making|taking)|(?:(?:i|we) )?(?:(?:really|truly|greatly|do|very much|so) )?(?:appreciate[ds]?|(?:am|are|'m|'re) (?:so |very |really )?grateful for) (?:you|your|the|all)(?: taking| making| coming)?)\b(?![^]*\b(?:would|will|if|next|invite|inviting)\b)/;
const PAST_ANCHOR_AT = /^(?:after|following|further to|subsequent to|since|during|thank|(?:the )?time you|you (?:interviewed|met|completed|submitted|attended|took|sat|spent|presented)|(?:attended|completed|submitted|took|sat))\b/;
/** courtesy modals that do not make the cue hypothetical */
const COURTESY = /(?:would|'d) like to (?:thank|take (?:this|the) opportunity|let you know|update|inform|say)|(?:will|'ll) (?:always )?remember|(?:tak(?:e|en|ing)|took|mak(?:e|ing)|made) (?:the |some )?time (?:out )?to/g;
/** a modal, a conditional or the step after the current one, shortly before the cue */
const PROSPECTIVE_BEFORE = /\b(?:would|will|'ll|shall|going to|next|further|upcoming|future|subsequent|if|unless|whether|hope to|plan(?:ned)? to|intend(?:ed)? to|in order to)\b|\b(?:any|before (?:a|an|any|the|each|every))\s(?:[\w-]+\s)?$|\b(?:invite|inviting|progress|progressing|move|moving|advance|advancing|shortlist|shortlisting|select|selecting|proceed|proceeding|take|taking|put|putting|bring|bringing|through|forward|onto|into)\s(?:[\w']+\s){0,3}?(?:to|for)\s(?:(?:an?|the|our|any) )?(?:[\w-]+ )?$/;
/**
 * A clause that sets out what someone will be asked to do ("candidates selected for the next stage will be asked to
 * complete a test and attend a panel interview"): every step after it in the clause is still to come, however far
 * from the modal it sits. So does a stage described in the present ("the next stage, which comprises a written
 * exercise and a panel interview") and what is done as a habit ("we would normally follow up with a call and then an
 * interview").
 */
const PROSPECTIVE_CLAUSE = /\b(?:you|candidates?|applicants?|they|he|she|i|we)(?:'d| would| could) have (?:gone|moved|progressed|proceeded|advanced|been (?:invited|asked|put|taken|moved|progressed|required))\b|\b(?:would|could) have (?:involved|included|meant|consisted of|required)\b|\b(?:will|would|'ll|shall) (?:then |also |first )?(?:be (?:asked|invited|required|expected|given the chance)|need|have|get|go on) to\b|\b(?:is|are) (?:then )?(?:asked|invited|required|expected) to\b|\b(?:which|that) (?:then )?(?:comprises|consists of|involves|includes|entails|is made up of|will (?:be|comprise|involve|include|consist of|entail))\b|\b(?:would|will|'d|'ll|we) (?:normally|usually|typically|generally|ordinarily)\b|\b(?:next|following|later|further|remaining|subsequent) (?:steps?|stages?|rounds?|parts?|phases?)\b[^,;]{0,30}?\b(?:would|will|'d|'ll|was going to|were going to) (?:have )?(?:been|be|include|involve|consist|comprise)\b|\b(?:you|candidates?|applicants?|they|he|she)(?:'d| would| could| might) have (?:[a-z]+ed|gone|taken|sat|done|met|spoken|given|had|seen|undertaken)\b/;
/** the clause goes on to describe a step still to come: "the final round would have been with the CEO" */
const PROSPECTIVE_AFTER = /^[^,.;!?]{0,20}?\b(?:would|will|'ll|is going to|was going to|was to|is scheduled|is planned|would have)\b/;
/** the cue is one of the steps that are still to come: "reference checks and a final interview would be the next steps" */
const PROSPECTIVE_SUBJECT = /^[^,.;!?]{0,60}?\b(?:would|will|'ll) (?:be|come|follow)\b(?: (?:the |our )?(?:next|following|later|further|final|last|remaining) (?:steps?|stages?|parts?)\b| next\b)/;
/**
 * A list of steps that a modal or a process head introduces carries it across its commas: "you would have moved on to
 * a case study, a meeting with the partners and an assessment centre", "our process has three parts: a phone screen, a
 * test, and a final panel", "next up would have been a video interview, followed by an onsite day".
 */
const LIST_CONNECTOR = String.raw`(?:and|or|then|and then|and finally|finally|followed by|plus|as well as|before|after that|and lastly|lastly)`;
const LIST_ITEM = new RegExp(String.raw`^\s*(?:${LIST_CONNECTOR}\s+)*(?:(?:an?|the|our|your|one|two|three|some)\s+)?(?:(?!(?:was|were|is|are|has|have|had|felt|thought|decided|we|you|i|they|it|not|unfortunately|sadly|regrettably|however)\b)[\w'&-]+\s+){0,7}$`);
const LIST_HEAD = /(?:\b(?:would|will|'ll|could|might) (?:have )?(?:been|be|included?|involved?|consisted of|comprised?|entailed?)|\b(?:moved|gone|progressed|proceeded|go|move|progress|went) (?:on )?(?:to|onto)|\bnext (?:steps?|stages?|up)\b[^,;]*\b(?:is|are|was|were|would|will|include\w*|involve\w*)|(?:parts|stages|steps|rounds|phases)\s*:|\b(?:later|next|further|remaining|subsequent) (?:stages?|steps?|rounds?|parts?|phases?)\b(?: of (?:the|our|this) [\w-]+)?\s*(?:-|:)|\b(?:process|procedure|selection|programme|program|stages?|steps?|rounds?)\b(?: [\w-]+){0,2} (?:includes?|including|involves?|involving|consists? of|comprises?)\b)[^,;]*$/;
function listedAsProspective(norm: string, index: number, match: string): boolean {
  // an item that is the subject of a verb of its own is no step in a list: "and the other finalist had run pricing"
  if (/\b(?:had|has|have|was|were|is|are|felt|thought|did|won|got|went|came|brought|offered|accepted|edged)\b/.test(norm.slice(index + match.length).split(/[,;.!?]/)[0] ?? '')) return false;
  const head = norm.slice(Math.max(0, index - 240), index).split(/[.!?]\s/).pop() ?? '';
  const segments = head.split(/[,;]/);
  const current = segments.pop() ?? '';
  if (/(?:parts|stages|steps|rounds|phases)\s*:\s*(?:[\w-]+\s+){0,3}$/.test(current)) return !/\bthank|\b(?:after|following|since) (?:your|the|our)\b|\b(?:you|we) (?:completed|took|went through|passed|did)\b/.test(current);
  if (!LIST_ITEM.test(current)) return false;
  while (segments.length) {
    const segment = segments.pop() ?? '';
    if (LIST_HEAD.test(segment)) return !/\bthank|\b(?:after|following|since) (?:your|the|our)\b/.test(segment);
    if (!LIST_ITEM.test(`${segment} `)) return false;
  }
  return false;
}

/** a clause joined with a subject of its own ("… from our call and I'll ping you"): what it says is not about the cue */
const NEW_SUBJECT = /\b(?:and|but|so) (?:i|we|they|he|she|you)\b/;

/** The start of `text` up to a clause with a subject of its own. */
function untilNewSubject(text: string): string {
  const m = NEW_SUBJECT.exec(text);
  return m ? text.slice(0, m.index) : text;
}

const NEGATION_NEAR = /\b(?:not|no|never|cannot|unable|without|nor)\b|n't\b/;

/**
 * True when the cue at `index` (match text `match`) reports a step the candidate took. Past anchors
 * ("after your interview", "thank you for completing") win over a negation elsewhere in the clause
 * ("we decided not to proceed following your interview"); otherwise a modal, a conditional, "next
 * stage", a forward-looking "invite/progress … to" or a nearby negation makes it not factual.
 */
export function factualAt(norm: string, index: number, match: string): boolean {
  const clause = clauseBefore(norm, index).replace(COURTESY, ' ');
  const near = clause.slice(-45);
  const after = untilNewSubject(norm.slice(index + match.length, index + match.length + 40));
  if (listedAsProspective(norm, index, match)) return false;
  if (PROSPECTIVE_SUBJECT.test(norm.slice(index + match.length, index + match.length + 90)) && !/\b(?:thank|after|following|since)\b/.test(near + match.slice(0, 12))) return false;
  if (PROSPECTIVE_AFTER.test(after) && !/\b(?:thank|after|following|since)\b/.test(near + match.slice(0, 12))) return false;
  // "thank you for progressing all the way to our final stage": thanks at the start of the clause is a past anchor too
  if (PAST_ANCHOR_AT.test(match) || PAST_ANCHOR_BEFORE.test(near) || THANKS_CLAUSE.test(clause)) {
    // "if after your interview …" / "would have been a final": still hypothetical
    return !/\b(?:if|would have|would be|will be)\b/.test(near.slice(-25));
  }
  if (PROSPECTIVE_BEFORE.test(near) || PROSPECTIVE_CLAUSE.test(clause)) return false;
  return !NEGATION_NEAR.test(near.slice(-30).replace(NOT_REALLY_NEGATION, ' '));
}

/** The part of the clause of `norm` that precedes `index`. */
function clauseBefore(norm: string, index: number): string {
  const window = norm.slice(Math.max(0, index - 90), index);
  return window.split(/[,;:.!?]|\s[-\u2013\u2014]\s|\b(?:but|however|although|though|while|and we|and i|so(?! much| very| many| far| glad| pleased| sorry| happy| grateful| kind))\b/).pop() ?? '';
}

/** "so" joins clauses, except as an intensifier ("thanks so much for making it to the final stage") */
const CLAUSE_BREAK = /[,;:!?]|\.\s(?=[a-z])|\s[-\u2013\u2014]\s|\b(?:but|however|although|though|while|and we|and i|so(?! much| very| many| far| glad| pleased| sorry| happy| grateful| kind))\b/g;

/** The clause of `norm` that contains position `index`. */
export function clauseAt(norm: string, index: number): string {
  let start = 0;
  let end = norm.length;
  for (const m of norm.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    if (at < index) start = at + m[0].length;
    else if (at > index) {
      end = at;
      break;
    }
  }
  return norm.slice(start, end);
}

/** where each rule list's patterns start among the sentence patterns (registered on first use) */
const OFFSETS = new WeakMap<readonly Rule<string>[], number>();

/**
 * Registers rule lists that are scored over the same sentences behind one gate: each sentence is then scanned once for
 * all of them. A list not registered here is registered when it is first scored.
 */
export function shareGate(lists: readonly (readonly Rule<string>[])[]): void {
  let offset = registerSentencePatterns(lists.flatMap((l) => l.map((r) => r.re)));
  for (const rules of lists) {
    OFFSETS.set(rules, offset);
    offset += rules.length;
  }
}

function offsetOf(rules: readonly Rule<string>[]): number {
  let offset = OFFSETS.get(rules);
  if (offset === undefined) {
    offset = registerSentencePatterns(rules.map((r) => r.re));
    OFFSETS.set(rules, offset);
  }
  return offset;
}

/** Scores every label: the sum over sentences of each sentence's best unblocked weight. */
export function scoreRules<L extends string>(
  sentences: readonly Sentence[],
  rules: readonly Rule<L>[],
  opts: { includeSubject?: boolean } = {},
): Map<L, LabelScore> {
  const scores = new Map<L, LabelScore>();
  const offset = offsetOf(rules);
  for (const sentence of sentences) {
    if (sentence.footer || (sentence.subject && !opts.includeSubject)) continue;
    // most sentences match few rules: the maps are made on the first match
    let best: Map<L, number> | undefined;
    let blocked: Set<L> | undefined;
    // only the rules whose words are all in the sentence, in the order of the list
    for (const { p, re } of sentenceMatchers(sentence.norm)) {
      if (p < offset) continue;
      if (p >= offset + rules.length) break;
      const rule = rules[p - offset];
      if (!rule || blocked?.has(rule.label)) continue;
      // the branches of the rule's pattern that can match here: the same match as `rule.re`, found faster
      const m = re.exec(sentence.norm);
      if (!m) continue;
      if (rule.also && !rule.also.test(sentence.norm)) continue;
      if (rule.w < 0) {
        if (rule.unless && rule.unless.test(sentence.norm)) continue;
        (blocked ??= new Set()).add(rule.label);
        best?.delete(rule.label);
        continue;
      }
      if (rule.unless && rule.unless.test(sentence.norm)) continue;
      if (rule.clauseUnless && rule.clauseUnless.test(clauseAt(sentence.norm, m.index))) continue;
      if (rule.negatable && negatedAt(sentence.norm, m.index)) continue;
      if (rule.factual && !factualAt(sentence.norm, m.index, m[0])) continue;
      best ??= new Map();
      if (rule.w > (best.get(rule.label) ?? 0)) best.set(rule.label, rule.w);
    }
    if (!best) continue;
    for (const [label, w] of best) {
      const entry = scores.get(label) ?? { score: 0, hits: [] };
      entry.score += w;
      entry.hits.push({ sentence, w });
      scores.set(label, entry);
    }
  }
  return scores;
}

export function scoreOf<L extends string>(scores: Map<L, LabelScore>, label: L): number {
  return scores.get(label)?.score ?? 0;
}

/** Evidence sentences for a label, strongest first. */
export function evidenceOf<L extends string>(scores: Map<L, LabelScore>, label: L, max = 3): string[] {
  const hits = scores.get(label)?.hits ?? [];
  return [...hits]
    .sort((a, b) => b.w - a.w)
    .slice(0, max)
    .map((h) => h.sentence.text);
}

/** Maps a score to a confidence in 0–1 (1.0 → ~0.7, 2.0 → ~0.86). */
export function confidenceOf(score: number): number {
  return Math.round(Math.min(0.98, 1 - Math.exp(-1.2 * Math.max(0, score))) * 100) / 100;
}
