/**
 * How far the candidate got. Each cue points at a step the candidate took part
 * in; classify.ts keeps the furthest step with enough support. `talk` is a
 * conversation of unknown depth ("thanks for speaking with us"): it becomes an
 * interview when the team / hiring manager is involved, otherwise a screen.
 */
import type { Rule } from '../engine.js';

export type StageCue = 'application' | 'screen' | 'assessment' | 'interview' | 'final' | 'talk' | 'team' | 'reference';

const TEST = String.raw`(?:assessments?|assignments?|tests?|challenges?|exercises?|tasks?|case stud(?:y|ies)|take[- ]homes?|home assignments?|hackerrank|codility|codesignal|coding (?:challenge|test|exercise|round)|technical (?:test|exercise|task)|work samples?|aptitude|psychometric|questionnaire|presentation task|written (?:test|exercise))`;

/** mentions of interviews that are not the candidate's own */
const NOT_OWN_INTERVIEW = /(?:not|n't|unable to|cannot|can't)\s(?:\w+\s){0,4}(?:invit\w*|offer\w*|extend\w*|progress\w*|move|moving|select\w*|shortlist\w*|proceed\w*)[^.;]{0,40}interview|invitation to (?:an )?interview|(?:choos\w*|select\w*|decid\w*) (?:which|who|the) (?:candidates? )?(?:to|for|we) interview|(?:currently|are|were|will be|to) interview(?:ing)? (?:a|other|several|many|shortlisted|candidates)|interview (?:bandwidth|capacity|slots)|completed (?:the|our) interview process|(?:not|n't) (?:\w+ ){0,3}(?:for|to) (?:the |an )?interview|interview stage/;

export const STAGE_RULES: readonly Rule<StageCue>[] = [
  // ── final round: explicit final / onsite / finalist / assessment centre
  { label: 'final', w: 2, re: /\bfinal(?:[- ]stage| round| interview| panel| step| presentation| stages| rounds| interviews)\b|\b(?:third|last) and final\b|\b(?:last|final) (?:round|stage) of (?:the |our )?(?:interview|process|selection)/ },
  { label: 'final', w: 2, re: /\bon-?site (?:interview|visit|day|round|loop)s?\b|\b(?:your|the) on-?site\b|\bfull[- ]day (?:interview|visit|assessment)|\bsuper ?day\b|\bassessment (?:centre|center|day)\b/ },
  { label: 'final', w: 2, re: /\bfinalists?\b|\bshort-?list(?:ed)? (?:of|candidates|to the (?:last|final))|\b(?:last|final) (?:two|three|few|2|3|handful of) (?:candidates|applicants|people)|came down to (?:two|2|you and|a (?:very )?(?:small|close))|very close (?:decision|call|second)|close second|runner[- ]up/ },
  { label: 'final', w: -1, re: /(?:not|n't|unable to|cannot)\s(?:\w+\s){0,4}(?:final|on-?site)|(?:invite|invitation) (?:you )?to (?:the |our )?(?:final|on-?site)/ },

  // ── interviews the candidate attended
  { label: 'interview', w: 2, re: /thank(?:s| you)(?: so much| very much| again| kindly)? for (?:taking (?:the )?time (?:out )?to |making (?:the )?time to |your time (?:to |and effort to )?|coming in (?:to |and )?)?(?:interview(?:ing)?|meet(?:ing)? (?:with )?(?:us|me|the|our)|com(?:e|ing) in|visit(?:ing)? (?:us|our))|thank(?:s| you) for (?:your|the) (?:time (?:and|&) )?(?:interview|visit)/ },
  { label: 'interview', w: 2, re: /\b(?:after|following|from|since|regarding|about|during|in) (?:your|the|our|both|all|each of your) (?:recent |last |latest |second |third |first |video |virtual |technical |panel |in-person |face-to-face |zoom |teams |two |several |follow-up )?(?:interviews?|meeting|meetings)\b|\byour (?:recent |second |technical |panel |video |virtual |in-person )?interviews? (?:with|for|at|on|last|yesterday|today)|\byou (?:interviewed|met) (?:with|for)|\binterviewing with (?:us|our|the)|\b(?:interviewed|met) (?:with )?you\b|\bthe time you spent (?:with|interviewing|meeting)/, unless: NOT_OWN_INTERVIEW },
  { label: 'interview', w: -1, re: NOT_OWN_INTERVIEW },
  { label: 'interview', w: 2, re: /\b(?:attend(?:ing|ed)?|for coming (?:in )?(?:to|for)|for joining|taking part in|took part in|participating in|completing|completed|after|following) (?:the |your |an |our |a |both |all )?(?:[\w-]+ ){0,2}(?:interviews?|(?:rounds?|stages?) of interviews?)\b|\b(?:video|zoom|teams|virtual) (?:calls?|meetings?|chats?|conversations?) with\b/, unless: /(?:not|n't) (?:\w+ ){0,3}(?:invit|attend|progress|offer)\w*[^.;]{0,30}interview|(?:next|second|final) round/ },
  { label: 'interview', w: 1.5, re: /\b(?:your|the) (?:conversations|discussions|meetings|interviews) (?:with|last|yesterday|earlier)|\b(?:time|effort) you (?:took|spent|invested|gave|put in) (?:to )?(?:interview|meet(?:ing)?|com(?:e|ing) in|visit)|\b(?:spending|spent|spend) (?:the |some |your )?(?:time|day|morning|afternoon) with (?:the|our|us|me and the) ?(?:\w+ )?(?:team|panel|managers?|founders?)?|\b(?:came|come|coming) in to (?:meet|see|interview)/ },
  { label: 'interview', w: 1.5, re: /\b(?:the |our )?(?:interview(?:er)?s?|interview panel|panel|hiring managers?)\b[^.;]{0,30}\b(?:felt|thought|noted|said|enjoyed|were impressed|was impressed|liked|concluded|feedback)|\bsecond[- ](?:round|stage) interview|\b(?:technical|panel|behaviou?ral|competency|case|video) interview/ },
  // ── unspecified conversations; made precise by `team` below
  { label: 'talk', w: 1.2, re: /thank(?:s| you)(?: so much| very much| again)? for (?:taking (?:the )?time (?:out )?to |making (?:the )?time to |your time (?:to )?)?(?:speak(?:ing)?|talk(?:ing)?|chat(?:ting)?|connect(?:ing)?|meet(?:ing)?)\b|(?:enjoyed|pleasure|great|nice|good|lovely) (?:\w+ )?(?:speaking|talking|chatting|meeting|connecting|getting to know|learning (?:more )?about you)|(?:our|the) (?:recent |)(?:conversation|discussion|chat|call)s? (?:with you|we had)|\bspoke with you|\bwe (?:spoke|talked|chatted|met)\b|\b(?:after|following) (?:your|our) (?:recent )?(?:conversation|discussion|chat|call)\b|thank(?:s| you)(?: so much| again)? for your time (?:yesterday|today|this (?:morning|afternoon|week)|last (?:week|\w+day)|on (?:\w+day|the phone))|\b(?:after|following|since) (?:speaking|talking|chatting) (?:with |to )?you/ },
  { label: 'interview', w: 1.5, re: /\b(?:after|following|since) (?:meeting|interviewing) (?:with )?you\b|\bmeeting you (?:in person|last|yesterday|on)/ },
  { label: 'team', w: 1, re: /(?:with|from|by) (?:our|the) (?:hiring |engineering |product |wider |whole )?(?:team|hiring manager|managers?|interviewers?|panel|director|founders?|ceo|cto|leadership)|(?:team|teams|hiring manager|interviewers|panel) (?:enjoyed|felt|thought|liked|was|were)|feedback from (?:the|our)/ },

  // ── screening calls
  { label: 'screen', w: 2, re: /\bphone (?:screen(?:ing)?|interview|call|conversation|chat)|\b(?:initial|introductory|intro|screening|recruiter|short|brief|quick|preliminary|exploratory|hr|first) (?:phone )?(?:call|chat|conversation|screen|screening|discussion)\b|\bscreening (?:call|interview)|\bover the phone\b|\bon the phone\b|\b(?:speaking|talking|chatting) (?:with|to) me\b|\b(?:chat|call|conversation|talk|discussion|catch-up|meeting)s? with (?:our |the |me,? )?(?:\w+ )?(?:recruiters?|talent partner|talent acquisition(?: partner| team)?|hr|recruitment (?:team|consultant)|recruiting (?:team|coordinator)|people team)\b/ },

  // ── assessments the candidate completed
  { label: 'assessment', w: 2, re: new RegExp(String.raw`(?:complet(?:e|ed|ing)|submit(?:ted|ting)?|tak(?:e|en|ing)|attempt(?:ed|ing)?|(?:taking|took|take) part in|participat(?:e|ed|ing) in|sitting|your work on|(?:effort|time) (?:you )?(?:put into|spent on)|for doing|sat|finish(?:ed|ing)?)\s(?:\w+\s){0,4}${TEST}`) },
  { label: 'assessment', w: 2, re: new RegExp(String.raw`(?:results?|score|outcome|performance) (?:of|on|in|from|for) (?:your|the) (?:\w+ ){0,2}${TEST}|your (?:\w+ ){0,2}(?:${TEST}|submission|solution)(?: results?| scores?)?\b[^.;]{0,50}(?:reviewed|evaluated|assessed|not|n't|did|was|were)|(?:reviewed|evaluated|assessed|graded|marked) (?:your|the) (?:\w+ ){0,2}${TEST}`), unless: /(?:invite you|please complete|like you to)/ },
  { label: 'assessment', w: -1, re: /(?:not|n't|unable to|without)\s(?:\w+\s){0,4}(?:invit\w*|progress\w*|move|moving)[^.;]{0,30}(?:assessment|test|challenge)|invite you to (?:complete|take)/ },
  { label: 'reference', w: 1.5, re: /\b(?:background|reference|pre-employment|employment) (?:check|checks|checking|screening|verification)s?\b|\byour referees\b|\b(?:contacted|spoke with|speaking to|feedback from) your references\b/ },

  // ── explicit application-only cues (informational; application is the default)
  { label: 'application', w: 1, re: /(?:review(?:ed|ing)?|consider(?:ed|ing)?|assess(?:ed|ing)?|evaluat(?:ed|ing)?|look(?:ed)? (?:at|over|through)|screen(?:ed)?) (?:\w+ ){0,2}(?:your|the) (?:\w+ ){0,2}(?:application|cv|resume|résumé|profile|background|qualifications|submission|candidacy)|(?:not|n't) (?:\w+ ){0,3}(?:invite|offer|extend)[^.;]{0,30}interview/ },
];
