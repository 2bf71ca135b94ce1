/**
 * How far the candidate got. Each cue points at a step the candidate took part
 * in; classify.ts keeps the furthest step with enough support. `talk` is a
 * conversation of unknown depth ("thanks for speaking with us"): it becomes an
 * interview when the team / hiring manager is involved, otherwise a screen.
 */
import type { Rule } from '../engine.js';

export type StageCue = 'application' | 'screen' | 'assessment' | 'interview' | 'final' | 'talk' | 'team' | 'reference';

const TEST = String.raw`(?:assessments?|assignments?|tests?|challenges?|exercises?|tasks?|case stud(?:y|ies)|take[- ]homes?|home assignments?|hackerrank|codility|codesignal|coding (?:challenge|test|exercise|round)|technical (?:test|exercise|task)|work samples?|aptitude|psychometric|reasoning tests?|questionnaire|presentation task|written (?:test|exercise)|writing (?:samples?|tests?|tasks?|exercises?)|trial tasks?|in-tray (?:exercises?|tasks?))`;

/** mentions of interviews that are not the candidate's own */
const NOT_OWN_INTERVIEW = /(?:not|n't|unable to|cannot|can't)\s(?:\w+\s){0,4}(?:invit\w*|offer\w*|extend\w*|progress\w*|move|moving|select\w*|shortlist\w*|proceed\w*)[^.;]{0,40}\b(?:to|for|an?) (?:(?:an?|the|your|any|further|another) )?(?:[\w-]+ )?interview|invitation to (?:an )?interview|(?:choos\w*|select\w*|decid\w*) (?:which|who|the) (?:candidates? )?(?:to|for|we) interview|(?:currently|are|were|will be|to) interview(?:ing)? (?:a|other|several|many|shortlisted|candidates)|interview (?:bandwidth|capacity|slots)|completed (?:the|our) interview process|(?:not|n't) (?:\w+ ){0,3}(?:for|to) (?:the |an )?interview|interview stage/;

/**
 * The sender relayed the candidate to the hiring manager ("I shared my notes with the hiring manager",
 * "after reviewing your profile with the hiring manager"): the manager's opinion then says nothing about
 * an interview; the step the candidate took is still the recruiter's call.
 */
const RELAYED = /(?:shar\w*|pass\w*|sen[dt]\w*|forward\w*|review\w*|discuss\w*|went through|go(?:ing)? through|talk\w* through|present\w*|show\w*|ran|run\w*)\s(?:\w+\s){0,3}(?:notes?|cv|resume|profile|application|details|background|feedback|summary|write-?up|answers)\b[^.;]{0,40}(?:with|to|by) (?:the|our|my) (?:\w+ )?(?:hiring manager|manager|team|client)|(?:hiring manager|client|team) (?:has |have )?(?:reviewed|looked at|read|considered|seen) (?:your|my|the) (?:notes|cv|resume|profile|application|details|shortlist)/;

/** senior people whose conversation with the candidate is an interview, not a screen */
const SENIOR = String.raw`(?:head|director|vp|vice president|chief|ceo|cto|cfo|coo|cpo|founders?|co-?founders?|managing director|(?<!talent |hr |people |recruiting |recruitment |business |acquisition )partners?|hiring manager|team lead|engineering manager|general manager|principal|line manager|department head|head teacher|headteacher|board|chair)`;

/**
 * A sentence that describes the hiring process in general ("our process includes a phone screen, a test
 * and an onsite day", "only shortlisted candidates are invited to interview") names steps the candidate
 * may never have reached: it is no stage evidence (classify.ts leaves it out of stage scoring).
 */
export const PROCESS_DESCRIPTION = /\b(?:our|the|this|each|every) (?:[\w-]+ ){0,2}(?:process|procedure|recruitment|hiring|selection|programme|program)\b[^.;]{0,40}\b(?:includes?|including|involves?|involving|consists? of|comprises?|is made up of|typically|usually|normally|generally|has (?:several|multiple|a number of|three|four|five) (?:stages|steps|rounds))\b|\bonly (?:a (?:small |limited |very small )?(?:number|handful|few) of |shortlisted |selected |successful )?(?:candidates|applicants|people)\b[^.;]{0,40}\b(?:are|will be|get|can be|were)? ?(?:invited|progress|move|go|proceed|asked)|\b(?:we|they) (?:can )?only (?:invite|take|progress|shortlist|interview|select)\b|\b(?:all|every|each) (?:of our )?(?:applicants?|candidates?)\b[^.;]{0,30}\b(?:are|is|will be|must) (?:asked|required|invited|expected|given the chance) to\b/;
/** …unless it is about the candidate's own way through it ("thank you for the time you invested in our process, including the final round") */
export const OWN_PROCESS = /\bthank|\byou(?:'ve| have)? (?:invested|spent|put|gave|took|completed|attended|made|went|came|reached|progressed|joined)\b|\byour (?:time|participation|effort|patience|interviews?)\b/;

const CUES: readonly Rule<StageCue>[] = [
  // ── final round: explicit final / onsite / finalist / assessment centre
  { label: 'final', w: 2, re: /\bfinal[- ](?:stage|round|interview|panel|step|presentation|stages|rounds|interviews)\b|\b(?:third|last) and final\b|\b(?:last|final) (?:round|stage) of (?:the |our )?(?:interview|process|selection)|\b(?:the|our|your) last (?:round|stage|interview)s?\b/ },
  { label: 'final', w: 2, re: /\bon-?site (?:interview|visit|day|round|loop)s?\b|\b(?:your|the|our|an?|great|the full) (?:\w+ )?on-?site\b(?! (?:role|position|work|working|presence|requirement|basis|office|days?|attendance|job))|\bfull[- ]day (?:interview|visit|assessment)|\bsuper ?day\b|\bassessment (?:centre|center|day)\b/ },
  { label: 'final', w: 2, re: /\bfinalists?\b|\bshort-?list(?:ed)? (?:of|candidates(?! (?:for|to) (?:an? |the )?interview)|to the (?:last|final))|\b(?:last|final) (?:two|three|four|few|2|3|4|handful)\b(?! (?:years?|months?|weeks?|days?|decades?|quarters?|rounds?|stages?)\b)|came down to (?:two|2|you and|a (?:very )?(?:small|close))|(?:very )?close (?:decision|call) between you and (?:one|another|the other|a single)|close second|runner[- ]up/, unless: /\b(?:not|n't) (?:among|one of|on|part of|included in)\b/ },
  // academic hiring: the campus visit / job talk / fly-out is the final step
  { label: 'final', w: 2, re: /\bcampus (?:visit|interview)s?\b|\bon-campus interview|\bjob talk\b|\bfly-?out\b|\bteaching (?:demonstration|demo)\b/ },
  { label: 'final', w: -1, re: /(?:not|n't|unable to|cannot)\s(?:\w+\s){0,5}(?:final|on-?site|assessment (?:centre|center|day)|super ?day)|invit\w* (?:you )?to (?:the |our )?(?:final|on-?site|assessment (?:centre|center|day)|super ?day)/ },

  // ── interviews the candidate attended
  { label: 'interview', w: 2, re: /thank(?:s| you)(?: so much| very much| again| kindly)? for (?:taking (?:the )?time (?:out )?to |making (?:the )?time to |your time (?:to |and effort to )?|coming in (?:to |and )?)?(?:interview(?:ing)?|meet(?:ing)? (?:with )?(?:us|me|the|our)|com(?:e|ing) in|visit(?:ing)? (?:us|our))|thank(?:s| you) for (?:your|the) (?:time (?:and|&) )?(?:interview|visit)/ },
  { label: 'interview', w: 2, re: /\b(?:after|following|from|since|regarding|about|during|in|further to|subsequent to) (?:your|the|our|both|all|each of your) (?:recent |last |latest |second |third |first |video |virtual |technical |panel |in-person |face-to-face |zoom |teams |two |several |follow-up )?(?:interviews?|meeting|meetings)\b|\byour (?:recent |second |technical |panel |video |virtual |in-person )?interviews? (?:with|for|at|on|last|yesterday|today)|\byou (?:interviewed|met) (?:with|for)|\binterviewing with (?:us|our|the)|\b(?:interviewed|met) (?:with )?you\b|\bthe time you spent (?:with|interviewing|meeting)/, unless: NOT_OWN_INTERVIEW },
  { label: 'interview', w: -1, re: NOT_OWN_INTERVIEW },
  { label: 'interview', w: 2, re: /\b(?:attend(?:ing|ed)?|for coming (?:in )?(?:to|for)|for joining|taking part in|took part in|participating in|completing|completed|after|following) (?:the |your |an |our |a |both |all )?(?:[\w-]+ ){0,2}(?:interviews?|(?:rounds?|stages?) of interviews?)\b|\b(?:video|zoom|teams|virtual) (?:calls?|meetings?|chats?|conversations?) with\b/, unless: /(?:not|n't) (?:\w+ ){0,3}(?:invit|attend|progress|offer)\w*[^.;]{0,30}interview|(?:next|second|final) round/ },
  { label: 'interview', w: 1.5, re: /\b(?:your|the) (?:conversations|discussions|meetings|interviews) (?:with|last|yesterday|earlier)|\b(?:time|effort) you (?:took|spent|invested|gave|put in) (?:to )?(?:interview|meet(?:ing)?|com(?:e|ing) in|visit)|\b(?:spending|spent|spend) (?:the |some |your )?(?:time|day|morning|afternoon) with (?:the|our|us|me and the) ?(?:\w+ )?(?:team|panel|managers?|founders?)?|\b(?:came|come|coming) in to (?:meet|see|interview)/ },
  { label: 'interview', w: 1.5, unless: RELAYED, re: /\b(?:the |our )?(?:interview(?:er)?s?|interview panel|panel|hiring managers?)\b[^.;]{0,30}\b(?:felt|thought|noted|said|enjoyed|were impressed|was impressed|liked|concluded|feedback)|\bsecond[- ](?:round|stage) interview|\b(?:technical|panel|behaviou?ral|competency|case|video) interview/ },
  // an interview named as the candidate's own: "thanks for the two interviews", "meeting you for the X interview",
  // "at your interview on Tuesday" (NOT_OWN_INTERVIEW removes "not selected for (an) interview")
  { label: 'interview', w: 1.5, re: /\b(?:for|at|in|during|from|after|through|across|over|throughout) (?:the|your|our|both|all|these|those|each of the) (?:(?!phone |telephone |screening |hr |recruiter |initial )[\w-]+ ){0,4}interviews?\b(?! (?:stage|process|invitation|slot|schedule))|\bthank(?:s| you)(?: so much| again)? for (?:the|your|both|all) (?:(?!phone |telephone |screening |hr |recruiter |initial )[\w-]+ ){0,3}interviews?\b/, unless: NOT_OWN_INTERVIEW },
  // the people the candidate met, and the interview process as the candidate's own: "everyone you met spoke highly
  // of you", "a pleasure to get to know you through the interview process"
  { label: 'interview', w: 1.5, re: /\b(?:everyone|everybody|each of us|all of us|the people|those|each person|the colleagues|the interviewers) (?:that |who |whom )?you (?:met|spoke (?:with|to)|interviewed with|talked (?:with|to))\b|\b(?:through|throughout|during|over the course of|across) (?:the|our|your) (?:[\w-]+ )?interview (?:process|rounds|stages|loop)\b/, also: /\byou\b|\bthank/, unless: NOT_OWN_INTERVIEW },
  // "… and for taking the time to meet with our engineering team" (not right after "thank you")
  { label: 'interview', w: 1.5, re: /\bfor (?:taking (?:the )?time (?:out )?to |making (?:the )?time to )?(?:meet(?:ing)?|interview(?:ing)?) (?:with )?(?:us|our|the) (?:[\w-]+ )?(?:team|panel|managers?|founders?|ceo|cto|director|partners?|board|committee)\b/ },
  { label: 'interview', w: 1.5, re: /\bcom(?:e|ing) (?:in |along |over )?to see us\b|\bcoming in (?:yesterday|today|last|on|this)\b/ },
  // meeting several named people: "thanks for meeting with sarah and me", "calls with grace and henry"
  { label: 'interview', w: 1.5, re: /\b(?:meeting|meet|met|conversations?|calls?|chats?|sessions?|talking|speaking|chatting|talk|speak|chat|spoke|talked|sitting down|sat down|sit down) (?:with |to )?(?!you\b|us\b)[a-z]+,? (?:[a-z]+, )?and (?:me|myself|i|(?!you\b)[a-z]+)\b(?! (?:the|a|an|your|our)\b)/ },
  // a conversation with a senior person: "your conversation with our Head of Engineering",
  // "the call yesterday with Marcus, our Head of Product", "your time with the team"
  { label: 'interview', w: 1.5, negatable: true, re: new RegExp(String.raw`\b(?:your|our|the) (?:[\w-]+ ){0,2}(?:call|conversation|chat|meeting|session|time|interview|catch-up|coffee)s? (?:(?:yesterday|today|earlier|recently|last \w+|this \w+|on \w+|in person|on the phone|over zoom|over video) )?with (?:[a-z]+ )?(?:[a-z]+, )?(?:our|the|your) (?:[\w-]+ ){0,2}${SENIOR}\b|\b(?:for|you|and|after|since) (?:meeting|speaking (?:with|to)|talking (?:with|to)|met|meet) (?:with )?(?:[a-z]+ )?(?:[a-z]+, )?(?:our|the) (?:[\w-]+ ){0,2}${SENIOR}\b|\byour time with (?:the|our|me and the) (?:[\w-]+ )?(?:team|panel|group|crew)\b`) },
  // presenting to people: "your presentation to the board", "presenting to the leadership team"
  { label: 'interview', w: 1.5, negatable: true, re: /\b(?:your|the) presentation (?:to|for|in front of) (?:the|our) (?:[\w-]+ )?(?:board|panel|team|committee|trustees|partners|leadership|executives?|directors)|\bpresenting to (?:the|our) (?:[\w-]+ )?(?:board|panel|team|committee|trustees|partners|leadership|executives?|directors)/ },
  // plural conversations are rounds: "thank you for the conversations over the past few weeks"; "your time in the second round"
  { label: 'interview', w: 1.5, re: /\bthank(?:s| you)(?: so much| again)? for (?:the|our|your|all the|all of the|both) (?:[\w-]+ )?(?:conversations|meetings|discussions)\b|\b(?:in|at|during|for|through|from|after|of) (?:the|our|your) (?:second|third|2nd|3rd|fourth|later) (?:round|stage)s?\b/, unless: NOT_OWN_INTERVIEW },
  // several rounds named by number: "across both conversations", "all three interviews", "the two calls with the team"
  { label: 'interview', w: 1.5, re: /\b(?:both|all|several|multiple|the two|two|three|four|each of) (?:of )?(?:(?:the|our|your|these|those) )?(?:[\w-]+ )?(?:conversations|interviews|meetings|rounds|discussions)\b/, unless: NOT_OWN_INTERVIEW },
  // one-way recorded video interviews (HireVue and the like) are an assessment, not an interview
  { label: 'interview', w: -1, re: /hirevue|one-way (?:video )?interview|(?:pre-)?recorded (?:video )?interview|video interview questions|asynchronous (?:video )?interview|video (?:assessment|questionnaire)/ },
  { label: 'assessment', w: 2, re: /hirevue|one-way (?:video )?interview|(?:pre-)?recorded (?:video )?interview|video interview questions|asynchronous (?:video )?interview|video (?:assessment|questionnaire)|\brecord(?:ed|ing)? (?:your |the |some )?(?:video )?(?:responses|answers)\b|\byour (?:recorded |video )(?:responses|answers)\b/, negatable: true },
  // in-person steps: "it was lovely to meet you on Tuesday", "the trial shift", "the follow-up interview"
  { label: 'interview', w: 1.5, negatable: true, re: /\b(?:lovely|great|nice|good|a pleasure|wonderful|pleasure) (?:to )?(?:meet|meeting) you\b(?! (?:virtually|over the phone|on the phone|by phone))|\btrial (?:shift|day|session|shifts)\b|\bworking interview\b|\bfollow-?up interview\b|\b(?:session|call|exercise|test|challenge) and (?:the|your) (?:[\w-]+ )?interviews?\b/ },
  // meeting the people you would work with: "coming in and meeting the kitchen crew"
  { label: 'interview', w: 1.5, negatable: true, re: /\b(?:for|and|you|after|since|when you) (?:meet(?:ing)?|met) (?:with )?(?:the|our) (?:[\w-]+ )?(?:team|crew|panel|staff|founders?|partners?|board|leadership)\b/ },
  // ── unspecified conversations; made precise by `team` below
  { label: 'talk', w: 1.2, re: /\b(?:on|during|from|after) (?:our|the|your) (?:[\w-]+ )?(?:call|chat|conversation)s?\b(?! (?:with (?:the|our) (?:team|hiring manager|panel)))|(?:taking|joining|jumping on|hopping on|making time for) (?:our|the|a|this) (?:[\w-]+ )?(?:call|chat|video call)\b|thank(?:s| you)(?: so much| very much| again)? for (?:taking (?:the )?time (?:out )?to |making (?:the )?time to |your time (?:to )?)?(?:speak(?:ing)?|talk(?:ing)?|chat(?:ting)?|connect(?:ing)?|meet(?:ing)?)\b|(?:enjoyed|pleasure|great|nice|good|lovely) (?:\w+ )?(?:speaking|talking|chatting|meeting|connecting|getting to know|learning (?:more )?about you\b)|(?:our|the) (?:recent |)(?:conversation|discussion|chat|call)s? (?:with you|we had)|\bspoke with you|\bwe (?:spoke|talked|chatted|met)\b|thank(?:s| you)(?: so much| very much| again)? for (?:the|our|your|a|that) (?:[\w-]+ )?(?:call|chat|catch-up|catch up|phone call|conversation)\b|(?:good|great|nice|lovely|a pleasure) to (?:catch up|chat|speak|talk|connect)\b|\b(?:after|following) (?:your|our) (?:recent )?(?:conversation|discussion|chat|call)\b|thank(?:s| you)(?: so much| again)? for your time (?:yesterday|today|this (?:morning|afternoon|week)|last (?:week|\w+day)|on (?:\w+day|the phone))|\b(?:after|following|since) (?:speaking|talking|chatting) (?:with |to )?you/ },
  { label: 'interview', w: 1.5, re: /\b(?:after|following|since) (?:meeting|interviewing) (?:with )?you\b|\bmeeting you (?:in person|last|yesterday|on)/ },
  // a group or senior people on the other side: "speak with our marketing leadership", "speaking with you and the team",
  // "our conversations with the design team", "the board enjoyed meeting you"
  { label: 'team', w: 1, unless: RELAYED, re: /\b(?:with|to|from|by) (?:you and )?(?:our|the) (?:[\w-]+ ){0,2}(?:team|teams|leadership|leadership team|management|hiring manager|managers|interviewers|panel|directors?|founders?|ceo|cto|board|committee|partners|executives?)\b|\b(?:the|our) (?:[\w-]+ )?(?:board|panel|committee|leadership|founders|partners|interviewers) (?:all |really )?(?:enjoyed|liked|felt|thought|appreciated|were|was)\b/ },
  { label: 'team', w: 1, unless: RELAYED, re: /(?:with|from|by) (?:our|the) (?:hiring |engineering |product |wider |whole )?(?:team|hiring manager|managers?|interviewers?|panel|director|founders?|ceo|cto|leadership)|(?:team|teams|hiring manager|interviewers|panel) (?:enjoyed|felt|thought|liked|was|were)|feedback from (?:the|our)/ },

  // ── screening calls
  // a call with the sender alone ("thanks for taking my call") is the recruiter's screen
  { label: 'screen', w: 2, re: /(?:taking|joining|jumping on|hopping on|making time for) my (?:[\w-]+ )?call\b/ },
  { label: 'screen', w: 2, unless: /feedback|debrief|pointers|if you(?:'d| would)? like|happy to|can (?:give|share|talk)/, re: /\b(?:tele)?phone (?:screen(?:ing)?|interview|call|conversation|chat)|\b(?:initial|introductory|intro|screening|recruiter|short|brief|quick|preliminary|exploratory|hr|first) (?:phone )?(?:call|chat|conversation|screen|screening|discussion)\b|\bscreening (?:call|interview)|\bover the phone\b|\bon the phone\b|\b(?:speak|talk|chat|speaking|talking|chatting) (?:with|to) me\b|\b(?:chat|call|conversation|talk|discussion|catch-up|meeting)s? with (?:our |the |me,? )?(?:\w+ )?(?:recruiters?|talent partner|talent acquisition(?: partner| team)?|hr|recruitment (?:team|consultant)|recruiting (?:team|coordinator)|people team)\b/ },

  // ── assessments the candidate completed
  { label: 'assessment', w: 2, re: new RegExp(String.raw`(?:complet(?:e|ed|ing)|submit(?:ted|ting)?|tak(?:e|en|ing)|tackl(?:e|ed|ing)|(?:your )?participation in|(?:had|having) a go at|work(?:ed|ing)? (?:on|through)|prepar(?:e|ed|ing)|attempt(?:ed|ing)?|(?:taking|took|take) part in|participat(?:e|ed|ing) in|sitting|your work on|(?:effort|time|work|care|thought) (?:that )?(?:you(?:'ve)? )?(?:put into|spent on)|for doing|(?:to |for )?(?:do|did|doing)|sat|finish(?:ed|ing)?|send(?:ing)?(?: over| in| through| back)?|sent(?: over| in| through| back)?|return(?:ing|ed)?|deliver(?:ing|ed)?|present(?:ing|ed)?)\s(?:[\w-]+\s){0,6}${TEST}|\b(?:the|your) (?:[\w-]+ ){0,3}${TEST} (?:you|that you) (?:presented|submitted|prepared|completed|sent|did|delivered|returned|worked on|put together)`) },
  { label: 'assessment', w: 2, re: new RegExp(String.raw`(?:results?|score|outcome|performance) (?:of|on|in|from|for) (?:your|the) (?:\w+ ){0,2}${TEST}|your (?:\w+ ){0,2}(?:${TEST}|submission|solution)(?: results?| scores?)?\b[^.;]{0,50}(?:reviewed|evaluated|assessed|not|n't|did|was|were)|(?:reviewed|evaluated|assessed|graded|marked) (?:your|the) (?:\w+ ){0,2}${TEST}`), unless: /(?:invite you|please complete|like you to)/ },
  { label: 'assessment', w: -1, re: /(?:not|n't|unable to|without)\s(?:\w+\s){0,4}(?:invit\w*|progress\w*|move|moving)[^.;]{0,30}(?:assessment|test|challenge)|invite you to (?:complete|take)/ },
  { label: 'reference', w: 1.5, re: /\b(?:background|reference|pre-employment|employment) (?:check|checks|checking|screening|verification)s?\b|\byour referees\b|\b(?:contacted|spoke with|speaking to|feedback from) your references\b/ },

  // ── explicit application-only cues (informational; application is the default)
  { label: 'application', w: 1, re: /(?:review(?:ed|ing)?|consider(?:ed|ing)?|assess(?:ed|ing)?|evaluat(?:ed|ing)?|look(?:ed)? (?:at|over|through)|screen(?:ed)?) (?:\w+ ){0,2}(?:your|the) (?:\w+ ){0,2}(?:application|cv|resume|résumé|profile|background|qualifications|submission|candidacy)|(?:not|n't) (?:\w+ ){0,3}(?:invite|offer|extend)[^.;]{0,30}interview/ },
];

/** cues that must report a step the candidate took (past, with this company), not one that would have come next */
const FACTUAL_CUES: ReadonlySet<StageCue> = new Set(['final', 'interview', 'assessment', 'screen', 'talk', 'reference']);

export const STAGE_RULES: readonly Rule<StageCue>[] = CUES.map((r) => (r.w > 0 && FACTUAL_CUES.has(r.label) ? { ...r, factual: true } : r));
