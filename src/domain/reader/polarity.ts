/**
 * Decision polarity: how a reader knows a message declines the candidate even without a stock
 * phrase ("I can't put you forward", "we've decided to go another way", "your SQL was not at the
 * level we need"). A sentence is a negative decision when it combines
 *   - a decision / process verb or a judgement (proceed, put forward, offer, fit, level, …),
 *   - negative polarity (not, won't, unable, another direction, someone else, other candidates, …),
 *   - and is about the candidate: a deciding subject (we, I, the team, the panel, the hiring manager)
 *     and/or an object (you, your application, your candidacy, the role).
 * Conditionals, questions and "not yet" (a pause) carry no polarity. The score is a fallback for
 * `kind`: classify.ts only uses it when no kind rule reached its threshold, so invitations,
 * acknowledgements and offers still win when they are the message's purpose.
 */
import { ARRANGEMENT_REFUSED, CONDITIONAL, NO_NEWS, NOT_THIS_DECISION } from './rules/kind.rules.js';
import { GatedPatterns } from './prefilter.js';
import type { Sentence } from './types.js';

const SUBJECT = /\b(?:for us|we|we've|we're|we'll|we'd|i|i've|i'm|i'll|i'd|they|they've|they're|the (?:team|panel|hiring (?:manager|team)|client|company|business|committee|board|interviewers?|partners|founders?)|our (?:client|team|hiring manager|panel))\b/;
const OBJECT = /\b(?:you|your (?:application|candidacy|profile|cv|resume|submission|details|name|experience|background|skills?|[\w-]+ (?:skills|experience))|your (?:level|seniority)|(?:the|this) (?:role|position|job|post|vacancy|opportunity|process))\b/;
/** verbs of the hiring process itself: "we won't be moving forward" needs nothing else */
const PROCESS = /\b(?:proceed\w*|progress\w*|mov(?:e|ing) (?:forward|ahead|on)|continu\w*|pursu\w*|advanc\w*|put(?:ting)? (?:you|your [\w-]+) forward|tak(?:e|ing) (?:you|your [\w-]+|it|this|things) (?:further|forward|any further)|shortlist\w*|unsuccessful)\b|\b(?:tak|bring|brought|put|invit|mov|send|sen[dt]|pass)\w* (?:[\w']+ ){0,3}?(?:to|through to|forward to|on to|onto|into) (?:an? |the |our )?(?:next |first |second |final |further )?(?:interview|stage|round|step|shortlist|assessment)s?\b/;
const DECISION = /\b(?:decid\w*|decision|land(?:ed)? on|settled on|(?<!\byou |\byou've |\byou have )pick(?:ed|s|ing)?(?! up\b)|go(?:ing)? with|went with|gone with|offer\w*|giv(?:e|en|ing)|gave|award\w*|select\w*|shortlist\w*|invit\w*|consider\w*|hir(?:e|ing)(?! (?:manager|team|panel|lead|process|partner|committee|coordinator|managers|freeze))|appoint\w*|recommend\w*|go(?:ing)? (?:ahead|forward)|chose|chosen|choose|opt(?:ed)?|work out|make (?:it|this) work|submit\w*|match\w*|fit|suit\w*|meet|level|bar|standard|right (?:time|moment|person|candidate)|extend\w*|successful|strong enough|ready|(?:taken|took|taking) (?:someone|somebody|another person|another candidate) on)\b/;
const NEGATIVE = /\b(?:not|no longer|never|unable|cannot|neither|unsuccessful)\b|n't\b|\b(?:another|a different|other) (?:direction|way|route|path)\b|\belsewhere\b/;
/**
 * someone else got it: negative for this candidate, and about them without naming them ("we've gone with another
 * mechanic", "gone with people who fit what we need", "we've taken someone on")
 */
const RIVAL = /\b(?:someone|somebody) else\b|\b(?:another|(?:the )?other|a different|an alternative) (?:[\w-]+ )?(?:candidates?|applicants?|finalists?|individuals?|profiles?|persons?|people)\b|\b(?:hire|hiring|hired|appoint\w*|go(?:ing)? with|went with|gone with|proceed(?:ing)? with|mov(?:e|ing) forward with|land(?:ed)? on|settled on) (?:a|an|one) (?:[\w-]+ )?(?:candidate|applicant|person|individual)\b|\b(?:go(?:ing)?|gone|went) with (?:another|a different|the other) (?!(?:[\w-]+ )?(?:date|time|slot|day|room|venue|location|format|platform|link|approach|way|route|direction|plan|option)s?\b)[\w-]+|\b(?:taken|took|taking) (?:someone|somebody|another person|another candidate) on\b/;
/** a decision made, the verbs a soft word can be sorry about without a negation */
const MADE = /\b(?:decid(?:ed|e)|decision|land(?:ed)? on|settled on|(?<!\byou |\byou've |\byou have )picked(?! up\b)|go(?:ing)? with|went with|gone with|offered|given|gave|awarded|selected|shortlisted|chose|chosen|opted|hired|appointed|recommended|filled|successful|invited)\b/;
const SOFT = /\b(?:unfortunately|regret\w*|afraid|sadly|sorry|disappoint\w*|on this occasion)\b/;
/**
 * no polarity: conditionals, questions, pauses, politeness formulas, the policy on giving feedback, a contact still
 * promised after a "but" ("sadly I can't promise a quick turnaround, but I'll be in touch either way"), the process
 * going ahead in the same sentence ("sadly we can't wait three months, but we are happy to proceed with the offer"), a
 * way round offered to the candidate ("…, but you can add a note in your cover letter"), the candidate cleared of a fault
 * ("it wasn't you who missed the call"), the process still going on ("we're still finishing conversations with a couple of
 * other people, and I expect to get back to you by Friday with a decision"), or the one offered the job gone ("the candidate
 * they offered the job to has pulled out - he's accepted a counter-offer")
 */
const NEUTRAL = /\b(?:do|does|did|will) not need to\b|\bclosed (?:for|to) (?:new |further )?applications\b[^.;]{0,60}\b(?:could not|couldn't|were unable to|was unable to|cannot|can't) (?:submit|accept|receive|process) your (?:form|application)\b|\b(?:can't|cannot|can not|won't be able to|are not able to|aren't able to|unable to) (?:guarantee|promise) (?:an? |every(?:one)? |all )?(?:[\w-]+ )?(?:interviews?|calls?|responses?|replies|spots?|places?|offers?)(?: slot)? (?:to|for) (?:every(?:one|body)?|all|each)\b|\b(?:don't|do not|doesn't|does not) believe in\b|\bit (?:wasn't|was not|isn't|is not) (?:you|your fault) (?:who|that)\b|\bunsuccessful (?:sign-?in|log-?in|login|attempts?|payment|upload|delivery|call)\b|\bwhatever the outcome\b|\bsuccessful or not\b|\bnot (?:be )?able to (?:give|provide|share|offer|confirm) (?:exact |precise |specific |firm )?(?:timelines?|timescales?|dates?|updates?)\b|\bno longer be able to (?:open|access|start|complete|take|use|submit|edit|change|log in|book)\b|\b(?:don't|doesn't|didn't|won't|needn't) (?:need to )?(?:take|do|send|reapply|re-apply|submit|resubmit|worry|change)\b|\bno need (?:to|for you to)\b|\b(?:it )?(?:is|isn't|is not|won't be|will not be|'s not)(?: not)? (?:\w+ )?possible to (?!(?:progress|proceed|move|offer|take|consider|continue|invite|shortlist|appoint|select|put)\b)|\b(?:remain|remains|still|are|is) (?:very much |firmly |also )?(?:in|under) (?:active |serious |full )?consideration\b(?![^.;]*\b(?:but|however)\b[^.;]*(?:\bnot\b|n't\b))|\b(?:has|have|had) (?:now )?(?:pulled out|backed out|dropped out|turned (?:it|us|them|the offer) down)\b|\baccepted a counter-?offer\b|\b(?:we(?:'re| are)|i(?:'m| am)|they(?:'re| are)|the (?:team|panel) (?:is|are)) still (?:finishing|completing|wrapping up|interviewing|talking|speaking|meeting|seeing|chatting)\b(?![^.;]*\b(?:but|however|so)\b[^.;]*(?:\bnot\b|n't\b|\bunfortunately\b))|\b(?:if|unless|whether|in case|until|freeze|holding off|on hold|paused|otherwise|or else|failing (?:which|that|this))\b|\b(?:haven't|have not|hasn't|has not|not) (?:yet )?(?:started|begun|got round to|gotten round to|got to|reached) (?:the )?(?:shortlisting|interviewing|interviews|reviewing|screening|sifting|assessing|that stage|this stage)\b|\?|hesitate|not only|no matter|no doubt|not yet|yet to|not sure|can't wait|cannot wait|don't forget|don't worry|not (?:be )?(?:able to )?(?:respond|reply)|not (?:been )?(?:received|forgotten)|not forgotten|decision yet|(?:haven't|have not|hasn't|has not) (?:yet )?(?:made|reached|come to|taken) (?:a|our|any|the) (?:final )?decision|\b(?:giv|provid|offer|shar)\w* (?:[\w-]+ ){0,3}feedback\b|\b(?:hasn't|has not|haven't|have not|hadn't|had not) (?:yet )?had (?:the |a |an )?(?:time|chance|opportunity|moment) to\b(?! (?:we|i|they|the|our)\b)|\b(?:you|we|i)(?:'ll| will| can| could| shall) (?:now |then |just )?(?:meet|see|speak|talk|chat|be (?:meeting|seeing|speaking) (?:with|to))\b[^.;]{0,60}\binstead\b|\b(?:when|once|after|as soon as) (?:a|the|our) (?:final )?decision (?:has been|is|will be|have been|gets) (?:made|reached|taken)\b|\b(?:happy|pleased|delighted|glad|able|keen) to (?:proceed|go ahead|continue|move forward|carry on) with (?:the|your|our) (?:[\w-]+ )?(?:offer|interview|process|onboarding|application|next steps?)\b|\bbut you (?:can|could|may|are (?:very )?welcome to) (?:still |always |also )?(?:add|send|upload|email|e-mail|mention|include|attach|bring|use|update|edit|reply|call|book|choose|pick|join|ask)\b|\bbut (?:i|we)(?:'ll| will| shall| am going to| are going to)(?: definitely| certainly| still| absolutely)? (?:be in touch|get back to you|come back to you|let you know|call you|update you|write to you|contact you|revert)\b/;

/** what makes a sentence no decline about this candidate, whatever its words: behind one literal gate */
const NOT_A_DECLINE = new GatedPatterns([NEUTRAL, NOT_THIS_DECISION, NO_NEWS, ARRANGEMENT_REFUSED, CONDITIONAL]);

/** Polarity of one sentence, 0 (none) to ~1.3 (an unmistakable decision against the candidate). */
export function declinePolarity(norm: string): number {
  const rival = RIVAL.test(norm);
  const negative = rival || NEGATIVE.test(norm);
  const soft = SOFT.test(norm);
  if (!negative && !soft) return 0;
  const process = PROCESS.test(norm);
  if (!process && !DECISION.test(norm)) return 0;
  // with no negation, a soft word is sorry about a decision only when one was made: "sadly we have decided to…", not
  // "unfortunately there is no parking, so we recommend you come by train"
  if (!negative && !process && !MADE.test(norm)) return 0;
  const subject = SUBJECT.test(norm);
  const object = rival || OBJECT.test(norm);
  if (!subject && !object) return 0;
  // no polarity in the neutral classes, nor in a decline that only follows from hearing nothing ("should we not have
  // called you by May, …") — tested last, as the costliest checks, once the sentence has every other mark of a decline
  if (NOT_A_DECLINE.some(norm)) return 0;
  let w = process ? 0.4 : 0.3; // a process verb, or a decision / judgement word
  if (negative) w += 0.5;
  if (soft) w += 0.3;
  if (subject) w += 0.15;
  if (object) w += 0.2;
  return Math.round(w * 100) / 100;
}

/** The message's decline polarity: its strongest sentence, plus a little for a soft cue elsewhere. */
export function messagePolarity(sentences: readonly Sentence[]): { score: number; sentence: Sentence | null } {
  let best: Sentence | null = null;
  let top = 0;
  let softElsewhere = false;
  for (const s of sentences) {
    if (s.footer || s.subject) continue;
    const w = declinePolarity(s.norm);
    if (w > top) {
      if (best && SOFT.test(best.norm)) softElsewhere = true;
      top = w;
      best = s;
    } else if (SOFT.test(s.norm) && !NEUTRAL.test(s.norm)) softElsewhere = true;
  }
  return { score: top + (best && softElsewhere && !SOFT.test(best.norm) ? 0.2 : 0), sentence: best };
}
