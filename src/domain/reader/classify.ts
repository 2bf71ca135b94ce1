/**
 * Turns rule scores into labels: kind, stage, reasons and the three flags,
 * each with the sentences it rests on.
 */
import { confidenceOf, evidenceOf, scoreOf, scoreRules, shareGate, type LabelScore } from './engine.js';
import { isApproachAfterDecline, isAutoReply, isEmployerNotice, isJobDigest, isListing, isListMail, isNotEmployment, isOutreach, isWithdrawalConfirmation } from './alerts.js';
import { comparativeHits } from './comparative.js';
import { messagePolarity } from './polarity.js';
import { FLAG_RULES, type FlagLabel } from './rules/flag.rules.js';
import { ARRANGEMENT_REFUSED, CLASS_OF_POSTS, CONDITIONAL, KIND_RULES, NOT_THIS_DECISION, POLICY_FOR_OTHERS, PRACTICE_RUN, type KindLabel } from './rules/kind.rules.js';
import { ANSWER_LEFT_OUT, GRADUATION_WINDOW, HOW_THEY_CAME_ACROSS, OTHERS_MORE_COMMITTED, OWN_PROFILE_ELSEWHERE, PERSON_THEN_SIDE, REASON_RULES, REQUIREMENT_THEN_SHORT, type ReasonLabel } from './rules/reason.rules.js';
import { A_MEETING, ABOUT_CANDIDATE, HIRER, HIRER_TITLE, RECRUITER_TITLE, TALK_WITH_RECRUITER, JUDGED_WITHOUT_MEETING, NOT_INVITED_TO_INTERVIEW, NOT_SHORTLISTED, OWN_PROCESS, PROCESS_DESCRIPTION, SHORT_CALL, SIFT_NAMED, SIGN_OFF, STAGE_RULES, TALK_WITH_OTHER, TEST_NAMED, type StageCue } from './rules/stage.rules.js';
import type { Evidence, Kind, Reason, ReaderStage, Sentence } from './types.js';
import { bareFit, combine, cultureFitUnexplained, SPECIFIC_FEEDBACK_REASONS, type ReaderModel } from './learned.js';
import { GatedPatterns, gateSentenceTests, sentenceTest } from './prefilter.js';

export interface Classification {
  kind: Kind;
  stage: ReaderStage | null;
  reasons: Reason[];
  feedback: boolean;
  feedbackOffered: boolean;
  doorOpen: boolean;
  confidence: number;
  evidence: Evidence[];
}

const THRESHOLD = 1;

// the four rule lists are scored over the same sentences: one literal scan per sentence serves them all
shareGate([KIND_RULES, REASON_RULES, FLAG_RULES, STAGE_RULES]);
/** non-rejection kinds, strongest claim first when scores tie */
const OTHER_KINDS: readonly KindLabel[] = ['offer', 'interview_invite', 'assessment_invite', 'application_received'];
/** reasons that are facts about the role, not about the candidate */
const ROLE_FACTS: ReadonlySet<Reason> = new Set(['position_filled', 'role_closed', 'internal_candidate']);
/** another candidate compared with this one: a mismatch of its own, not the eligibility rule */
/** other candidates compared with the candidate: "other applicants whose experience was a better fit" */
const OTHERS_COMPARED = /\b(?:(?:other|others|another) (?:[\w-]+ )?(?:applicants?|candidates?|finalists?|people)|the others)\b[^.;]{0,60}\b(?:closer|better|more closely|stronger|more relevant|more direct(?:ly)?|more in line|more aligned|more suited)\b/;
const COMPARATIVE = /\b(?:closer|better|more closely|stronger|tighter|neater|more direct(?:ly)?|best|more relevant|more senior|more experienced|further along|as (?:close|strong|good|relevant|direct) an? (?:match|fit))\b/;

/** a bar reached or not, with nothing named: "you did not reach the standard we need" */
const BAR_ONLY = /\b(?:reach|meet|achieve|at|up to|attain|below|short of|under|hit|clear)\w* (?:the|a|our) (?:required |necessary |expected |minimum )?(?:standard|level|bar|benchmark|threshold|mark)\b|\b(?:fell|fall|falls|falling|came|come|comes) (?:well |a little |slightly |just |a bit )?short of (?:what|the level|the standard)\b|\b(?:was not|wasn't|were not|weren't|is not|isn't) (?:quite |yet |really )?(?:the|a|at the) (?:required |necessary |expected |minimum )?(?:standard|level|bar)\b/;
/** the handed-in work (or "it" after it) not good enough: "sadly it wasn't strong enough to take you through" */
const WORK_NOT_ENOUGH = /\b(?:the|your) (?:[\w-]+ )?(?:recommendations?|analysis|answers?|code|solution|conclusions?|arguments?|figures|model|design|approach|proposals?|plan|findings|write-?up|report|slides|deck|responses?)\b (?:was not|wasn't|were not|weren't|is not|isn't) (?:very |always |quite )?(?:well|fully|properly|clearly|sufficiently|adequately|convincingly) (?:supported|justified|evidenced|reasoned|argued|explained|structured|tested|thought through|backed up)\b|\b(?:it|this|that|yours|(?:the|your) (?:[\w-]+ )?(?:exercise|task|test|submission|work|piece|answers?|case study|assignment|take-home|presentation))\b (?:was not|wasn't|were not|weren't|is not|isn't) (?:quite |sufficiently |really )?(?:strong|good|developed|polished|complete|thorough|detailed|convincing) enough\b/;
/** …unless the sentence names what the bar is in: "the level of German we need", "the standard of SQL" */
const NAMED_SKILL = /\b(?:solid|strong|good|deep|firm|sound|thorough|working) (?:grasp|understanding|command|knowledge) of\b|\b(?:standard|level|bar) (?:of|in|for) (?!(?:the|this|our|a|an)\b)[\w+#-]+|\b(?:experience|skills?|knowledge|proficiency|fluency|qualification|degree|certificat\w*|licen[cs]e) (?:in|with|of)\b|\bfluent\b|\b(?:role|part|position|post|job) (?:requires|required|calls for|called for)\b/;

/** the piece of work a test asks for */
const TASK_NOUN = /\b(?:presentation|exercise|task|case study|case analysis|take-home|assignment|submission|solution|challenge|sample|test|in-tray|role-?play|written piece|brief)\b/;

/** reasons that name something specific about this candidate */
const SPECIFIC = SPECIFIC_FEEDBACK_REASONS;

/**
 * Arranging the next step ("I have to move our interview", "would Friday work for you instead?"): an apology
 * or an "unfortunately" around it is about the arrangement, not a decision about the candidate.
 */
const ARRANGING = /\breschedul\w*|\b(?:corrected|updated|revised|amended|new|fresh) (?:calendar |meeting |zoom |teams |video )?(?:invite|invitation|link|booking|time|date|address|details|agenda)\b|\bwrong (?:time ?zone|time|date|day|link|address|room|location|details)\b|\b(?:move|moving|push|pushing|shift|shifting|postpone|postponing) (?:our|the|your|this) (?:[\w-]+ )?(?:interview|call|meeting|chat|session|assessment)\b|\bwould (?:[\w' ]{0,30})work (?:for|better for) you\b|\b(?:could|can|shall) we (?:do|move|meet|speak|talk|try)\b|\b(?:choose|pick|book|select|find) a (?:new |different |convenient )?(?:time|slot|date)\b|\bthe next step (?:is|will be)\b|\blook(?:ing)? forward to (?:speaking|meeting|seeing|chatting|talking|welcoming) (?:with |to )?you\b|\bto (?:change|move|rebook|amend) your (?:[\w-]+ ){0,2}(?:date|booking|slot|time|appointment)\b|\b(?:may|might|will|could) be (?:a |some )?(?:short |slight |small |brief |little )?delays?\b|\bbefore we (?:can |are able to )?(?:get back to you|respond|reply|come back to you)\b|\b(?:offer|find|give you|book) (?:you )?(?:a|an|another|the) (?:[\w-]+ )?(?:slot|time ?slot|interview time|date)\b|\b(?:find|book|give you|offer you) (?:a|an|another) (?:[\w-]+ )?appointment\b|\b(?:we|i|you)(?:'ll| will| can| could| shall) (?:now |just )?(?:meet|see you|speak|talk|chat|hold|do|run|use|host)\b[^.;]{0,60}\binstead\b/;

/** a meeting that cannot take place as planned: "our meeting of Thursday cannot go on", "not able to go ahead with Monday's interview" */
const MEETING_OFF = /\b(?:interview|meeting|call|appointment|chat|session|visit)\b[^.;]{0,30}\b(?:cannot|can't|can not|won't|will not|is not able to|isn't able to|unable to) (?:go on|go ahead|take place|happen)\b|\b(?:not able to|unable to|can't|cannot|won't be able to) (?:go ahead|proceed|continue) with (?:the |our |your |(?:mon|tues|wednes|thurs|fri|satur|sun)day's |tomorrow's )(?:[\w-]+ )?(?:interview|meeting|call|appointment|chat|session|visit)\b/;
/** another day put to the candidate: "could you do Wednesday at 11 instead?", "can we move it to Monday at the same time?" */
const NEW_DAY_PUT = /\b(?:could|can|would|shall) (?:you|we) (?:do|make|manage|move (?:it|this|that|the [\w-]+) to|meet (?:on )?|come in (?:on )?|switch to)\b[^.;?]{0,20}\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next week)\b/;

/** what makes an update a pause: something stopped, delayed or waiting on a decision above the hiring team */
const PAUSED = /\bon hold\b|\b(?:has|have|had) not (?:yet )?been able to (?:meet|convene|sit|get together)\b|\b(?:hold on|hang on|wait) (?:for )?(?:a (?:bit|little|touch|little bit|few (?:more )?days|while) )?longer\b|\bno (?:final |further )?decisions? (?:will|can|would|is going to) be (?:made|taken|reached) (?:until|till) (?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|the end of (?:the|this) (?:week|month))\b)|\b(?:placed|put|added|kept) (?:you|your name|your application) (?:on|to|in) (?:the|our|a) (?:[\w-]+ )?reserve list\b|\b(?:appointments|positions|vacancies|hires|hiring|recruitment) (?:be|are|were|will be|have been|must be) (?:held|frozen)\b|\b(?:can't|cannot|unable to) move until\b|\bpushed (?:to|until|till|into) (?:next|the new|after|early|late)\b|\bpaus(?:e|ed|es|ing)\b|\bdelay|\bpostpon|\bsuspend|\bfro(?:zen|ze|eze)\b|\bfreez|\bdefer|\bpushed (?:back|out)\b|\bpush(?:ing)? back (?:the |our |all |any |its |their |this )?(?:[\w-]+ )?(?:interviews?|assessment (?:cent(?:re|er)s?|days?)|selection days?|intakes?|dates?)\b|\b(?:waiting ?list|wait ?list|waitlist)\b|\bpush(?:es|ing)? (?:the |our |all |any |its |their |this )?(?:final )?(?:decisions?|process|shortlisting|timeline|timetable|next steps?) back\b|\bput back\b|\blonger than\b|\btaking (?:\w+ )?longer\b|\bon ice\b|\bback ?burner\b|\bhalt|\bbudget|\bheadcount|\bapprov|\bsign-?off|\bsigned off\b|\brestructur|\breorg|\bmerger|\bfunding|\bre-?plan|\buntil (?:after|further notice|the new|next (?:month|quarter|year))|\bnot (?:yet )?(?:made|reached) (?:a|our|any|the) (?:final )?decision|\b(?:yet to|not yet) (?:make|reach|made|reached)\b|\bforgotten (?:about )?you\b|\b(?:still|remain|remains|are) (?:very much )?(?:in|part of|under) (?:the )?(?:process|running|mix|frame|consideration)|\bruled (?:you|anyone|anybody) out\b|\b(?:hold|holding) off\b|\bhold(?:ing)? (?:all |any |our )?(?:new|external) hires\b|\bwaiting (?:on|for)\b|\bawaiting\b|\bextended\b|\bon (?:[\w-]+ )?leave\b|\bunavailab|\bre-?open|\bresume|\breactivat|\brestart|\bslip(?:s|ped|ping)?\b|\brunning (?:a (?:bit|little|touch) |slightly |somewhat )?(?:late|behind)\b|\bbehind (?:schedule|plan)\b|\b(?:are|is|'re|'s) (?:running |rather |quite |a (?:bit|little) )?behind\b(?! (?:the|a|an|this|that|your|our|you|us|him|her|them|it|my|his|their)\b)|\bnothing (?:has been|is|had been) (?:decided|settled)\b|\bnothing (?:will|is going to|'s going to) (?:happen|move|change)\b[^.;]{0,20}?\b(?:for|until|before)\b|\b(?:keep|keeping|leave|leaving) (?:it|you|yours|your (?:cv|resume|application|profile)) in the (?:mix|running|frame)\b|\bparked (?:until|till|pending|while)\b|\binternal (?:applicants|candidates) first\b|\b(?:will|'ll) (?:now )?take (?:another|an extra|a further|an additional)\b|\b(?:will|'ll|may|might|could) (?:probably |likely |possibly )?be (?:another|a further|an extra|a few more|a couple more) (?:[\w-]+ ){0,3}?(?:days?|weeks?|fortnight)\b[^.;]{0,30}?\bbefore\b|(?<!\bno )\blater than (?:we|i) (?:told you|said|promised|mentioned|indicated|first said)\b|\bpress(?:ed|es|ing)? (?:the )?pause\b|\bhold-up\b|\bstand-?by\b|\bcalled away\b|\boff sick\b|\buntil (?:she|he|they)(?:'s|'re| is| are| gets?| comes?)? back\b|\bpending\b|\bmore (?:time|days|weeks) than\b|\b(?:is|are) (?:on (?:holiday|leave|vacation)|away) until\b|\buntil (?:she|he|they) (?:returns?|gets back|comes back)\b|\bnot yet (?:able|in a position) to\b|\b(?:hang|sit) tight\b|\b(?:should|if) (?:the|that|our|this) offer (?:not be accepted|be declined|be turned down|is not accepted|isn't accepted|is declined|is turned down|falls? through)\b|\b(?:nobody|no one|no-one)(?:'s| has| have)? (?:looked|reviewed|seen|marked|assessed)\b|\b(?:shortlisting|short-listing|screening|reviews?|reviewing|recruitment|hiring|process|interviews?|decisions?|we(?:'re| are)|things|everything)\b[^.;]{0,20}?\b(?:is|are|'s|'re) running (?:about |around |roughly |at least |slightly |a (?:bit|little) )?(?:(?:a|one|two|three|four|a few|a couple of|\d+) (?:days?|weeks?) )?behind\b|\b(?:hasn't|haven't|has not|have not) (?:yet )?been able to (?:review|look at|go through|get to|read) (?:the |your |any )?(?:applications?|cvs?) yet\b/;

/**
 * A step given a new day or time ("we've moved your interview from Thursday to next Monday at 10:00"): the delay
 * comes with its new date, so the process is rearranged, not paused.
 */
const REDATED = /\b(?:interview|call|meeting|chat|session|assessment)s?\b[^;]{0,60}\b(?:will|would|'ll|may|might) (?:have|need) to be (?:moved|rescheduled|re-scheduled|rearranged|re-arranged|changed)\b|\b(?:moved|rescheduled|re-scheduled|changed|shifted|pushed|brought forward|postponed)\b (?:your |our |the |this )?(?:[\w-]+ )?(?:interview|call|meeting|chat|session|assessment|test)s?\b[^.;]{0,40}\b(?:to|until|for) (?:next |this )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\d{1,2}(?:st|nd|rd|th)?\b)/;
/** a process only slower than hoped: "we're taking longer than we hoped", "it's taken longer than planned", "we haven't forgotten you" */
const SLOWER = /\blonger than\b|\btaking (?:\w+ )?longer\b|\bforgotten (?:about )?you\b|\b(?:some |a little |a bit |a few weeks )?more time than (?:we|i) (?:had )?(?:expected|planned|thought|hoped|anticipated)\b/;
const SLOWER_ALL = new RegExp(SLOWER.source, 'g');
/**
 * A wait that is over, regretted: "we regret the delay in getting back to you", "this is a little later than we said it would
 * be", "the wait has been longer than we said": said in an invitation, it pauses nothing
 */
const WAIT_OVER_ALL = /\blonger than\b|\btaking (?:\w+ )?longer\b|\bforgotten (?:about )?you\b|\blater than (?:we|i) (?:had )?(?:told you|said|promised|mentioned|indicated|first said|hoped|planned|expected)\b|\bthe (?:[\w-]+ )?(?:delay|wait)\b/g;
/** the application carried over to a new posting: "your application has been transferred automatically", "re-posted under a new requisition" */
const MOVED_OVER = /\byour application (?:has been|was|will be) (?:automatically )?(?:moved|transferred|carried over|migrated)\b|\b(?:has been|was|will be) re-?posted under (?:a |the )?new (?:requisition|req|job|posting)\b/;
/** a decision expected on a day given: "we expect to make a decision by the end of the month" */
const DATED_DECISION = /\b(?:expect|hope|plan|aim|intend)(?:s|ed)? to (?:make|reach|take|have) (?:a|our|the|an) (?:final )?(?:decision|answer|outcome)\b[^.;]{0,20}\b(?:by|on|before|no later than) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|the end of (?:the |this |next )?(?:week|month)\b|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d)/;
/** more time asked for before a decision still to come: "we need a little more time … could you bear with us until the end of next week?" */
const MORE_TIME = /\bneed (?:a little|a bit|a little bit|some|slightly) (?:more time|longer)\b/;
const DECISION_PENDING = /\bbear with (?:us|me)\b|\bbefore (?:we|i) (?:decide|make (?:a|our|the) (?:final )?decision)\b/;
/** the wait regretted as longer than planned: "we regret the timeline has stretched a bit" */
const WAIT_LONGER = /\b(?:stretch(?:ed|es|ing)?|slipp(?:ed|ing)|slid|dragg(?:ed|ing)|delay\w*|behind schedule)\b/;
/** the closing date of a posting put later, for every applicant: "the closing date has been extended to 15 November" */
const DEADLINE_MOVED = /\b(?:closing date|deadline|application window|application period)\b[^.;]{0,40}\b(?:extended|moved|pushed back)\b|\bextended (?:the |our )?(?:closing date|deadline|application window|application period)\b/;
const DEADLINE_MOVED_ALL = new RegExp(DEADLINE_MOVED.source, 'g');
/** the candidate told they are still considered: the words PAUSED would read as a wait */
const STILL_CONSIDERED_ALL = /\b(?:still|remain|remains|are) (?:very much )?(?:in|part of|under) (?:the )?(?:process|running|mix|frame|consideration)/g;
/** the answer promised on a day named: "you will hear from us by Friday 18 December at the latest", "you'll have an answer from me by Friday 11 December" */
const DATED_ANSWER = /\b(?:hear (?:back )?from (?:us|me)|have (?:an |our |a |the )?(?:answer|decision|outcome|update)(?: from (?:us|me))?|let you know|get back to you|be in touch|come back to you|inform (?:you|all (?:the )?(?:candidates|applicants)|everyone|every candidate))\b[^.;]{0,20}\b(?:by|on|no later than|before) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|the end of (?:the |this |next )?(?:week|month)\b|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d)/;
/** …unless something else is stopped: the process itself on hold, frozen, waiting on a budget */
const STOPPED = /\bon hold\b|\bpaus(?:e|ed|es|ing)\b|\bsuspend|\bfro(?:zen|ze|eze)\b|\bfreez|\bbudget|\bheadcount|\brestructur|\bfurther notice\b/;

/**
 * Work the candidate handed in, judged ("the analysis didn't go far enough", "your code lacked tests"): at the test
 * stage that is the test's result, even in words ("lack of", "not enough") a requirement of the person would use.
 */
const WORK_JUDGED = /\b(?:it|this|that)\b (?:did not|didn't|does not|doesn't) (?:quite |fully |really )?(?:demonstrate|show|reach|meet|hit)\b|\b(?:the|your) (?:[\w-]+ ){0,2}(?:analysis|code|solution|submission|write-?up|answers|responses|model|report|design|approach|deliverable|presentation|exercise|task|case study|take-home|assignment|test|challenge|work|piece|draft|plan)\b[^.;]{0,60}\b(?:didn't|did not|wasn't|was not|weren't|were not|fell|lacked|lacking|missed|failed|not (?:quite )?(?:strong|deep|thorough|complete|detailed|enough))\b|\b(?:the|your) (?:[\w-]+ )?(?!(?:experience|background|skills?|knowledge|profile|qualifications?|cv|resume|application|candidacy|expectations?|availability|location)\b)[a-z-]+ (?:did not|didn't|was not|wasn't|were not|weren't|fell|lacked|missed|failed)\b/;
/** a flaw named as a core part of the role: "which is a core part of the role" (a requirement of the person, beside the test) */
const CORE_PART_OF_ROLE = /\bwhich (?:is|are) (?:a |an )?(?:core|key|central|essential|big|large|major|daily|everyday) part of (?:the|this) (?:role|job|position|post)\b/;
/** …unless it also names what the person lacks: years, a degree, experience in something */
const PERSON_REQUIREMENT = new RegExp(String.raw`${CORE_PART_OF_ROLE.source}|\b(?:years?|degree|qualification|certificat\w*|licen[cs]e|experience (?:in|with|of)|background in|fluen(?:t|cy)|bilingual|(?<!\bwhat (?:this|the|our) )(?:role|part|position|post|job) (?:requires|required|needs|needed|calls for|called for))\b|\byou(?:'re| are| were)? (?:not|n't) (?:yet |quite |fully )?(?:comfortable|confident|fluent|familiar|proficient|at ease) (?:with|in|using) [^.;]{2,60}?,? which (?:is|are) (?:needed|required|essential|necessary)\b`);

/**
 * A refusal limited in time ("we can't move forward with the process at this time", "we have to stop the process for
 * now", "not able to move ahead with the offer stage right now"): in a message that pauses the process, it is the
 * pause told as a refusal, not a decline of the candidate — unless it names the candidate's own application.
 */
const FOR_NOW = /\b(?:at (?:this|the present) (?:time|stage|point|moment)|at the moment|at present|right now|for now|for the (?:time being|moment)|just yet|as planned|until|pending)\b|(?:\bnot|n't)\b[^.;]{0,60}\byet\b(?! (?:we|i|they|the|our)\b)/;
/** the hiring named as starting again under a condition: "if recruitment restarts", "once the role reopens" */
const RESUMES = /\b(?:if|when|once|should|until)\b[^.;]{0,40}\b(?:recruitment|recruiting|hiring|role|position|vacancy|requisition|process|search|opening)\b[^.;]{0,20}\b(?:restart|resume|reopen|re-open|reactivat|start(?:s|ed)? again|pick(?:s|ed)? (?:back )?up)\w*/;
const OWN_APPLICATION_REFUSED = /\b(?:with|on) your (?:application|candidacy|candidature)\b|\byour (?:application|candidacy|candidature) (?:(?:won't|will not|can't|cannot|can not|isn't going to|is not going to) (?:be )?(?:go|going|be taken|be progressed|move|progress) )?(?:further|forward|any further)\b|\b(?:consider(?:ing)?|progress(?:ing)?|offer(?:ing)?) you\b|\bindefinitely\b|\bno longer\b|\b(?:closed|cancel+ed|withdrawn|filled|eliminated)\b|\bwill not be (?:filled|reopened|re-opened)\b/;

/**
 * Another role put to the candidate in the same breath as the decline ("you haven't been selected for the Marketing
 * Manager role, but we'd like to consider you for our Brand Lead opening"): the process goes on, so no rejection.
 * Future or other roles in general ("we'd love to consider you for future roles") are the open door, not this.
 */
const OTHER_ROLE_PUT = /\b(?:like|love|wants?|keen|happy|pleased|glad|delighted)(?: instead| also| still)? to (?:\w+ )?(?:consider|invite|interview|put|move|see|meet|speak to|talk to|introduce) you (?:[\w-]+ ){0,4}?for (?:our|the|a|an|another|one of our|that) (?!future\b|other\b|similar\b|upcoming\b|new\b)(?:[\w-]+ ){0,4}?(?:role|opening|position|post|vacancy|job)\b|\b(?:like|love|wants?|keen|happy|pleased|glad|delighted) instead to offer you (?:a|an) (?:[\w-]+ ){0,4}?(?:role|position|post|contract|job|place|placement)\b/;
/** the candidate told they are still in: "you're still in the running", "you are still very much under consideration", "this isn't a no" */
const STILL_IN = /\byou(?:'re| are) still (?:very much )?(?:in the running|in (?:the )?(?:process|mix|frame)|under consideration|being considered)\b(?! for (?:other|another|future|a different)\b)|\b(?:still|remain) (?:very much |super |really |so )?(?:keen on|interested in) (?:you|your application)\b(?! for (?:other|another|future|a different)\b)|\byou(?:'re| are) still (?:very much )?on our (?:list|shortlist)\b|\byou remain (?:our|the) (?:preferred|top|leading|first-choice) candidate\b|\b(?:is|isn't|is not) (?:not )?rejected,? (?:it is |it's )?(?:only |just |simply )?(?:paused|on hold|delayed)\b|\ba pause,? not an? (?:withdrawal|no|rejection|cancellation)\b|\b(?:this|it|that)(?:'s| is) not a no\b|\b(?:this|it|that) isn't a no\b|\b(?:haven't|have not|hasn't|has not) ruled you out\b|\b(?:keep|keeping|kept) your (?:candidacy|candidature|application) (?:open|active|live)\b(?! (?:for|to) (?:other|future|similar)\b)|\b(?:keep|keeping) (?:it|you|yours|your (?:cv|application|profile)) in the (?:mix|frame|running)\b/;
/** a plain decline of the candidate in the same sentence */
const PLAIN_DECLINE = /(?:\bnot|n't) (?:been )?(?:successful|selected|shortlisted|progress\w*|mov\w* forward)\b|\bunsuccessful\b/;
const CONTRAST = /\b(?:but|while|whilst|although|though|however|instead)\b/;
/** a decline told as said in earlier mail: "I wrote to you last month to say…", "as I mentioned last week, we had decided…" */
const RECALLED = /\b(?:i|we)(?:'d| had| have|'ve)? (?:recently |already |previously )?(?:wrote|written|emailed|e-mailed|told you|let you know|informed you|mentioned)\b/;

/**
 * A refusal of an arrangement, not of the candidate ("we can't go above the advertised range", "we aren't able to offer a
 * video interview", "we can't cover relocation"), in a message where the candidate's next step still goes ahead ("the
 * panel would still like to see you at the final interview", "your technical interview is still on", "the interview will
 * take place at our Leeds office"), or other terms put in its place ("what I can do: a signing bonus and an earlier review"):
 * no rejection.
 */
const ARRANGEMENT = /\b(?:start date|deadline|relocation|salary|salaries|grade|spine point|pay (?:scale|point|grade)|band|range|remote|hybrid|office|video|in-person|format|questions|reschedul\w*|dates?|times?|slots?|extension|costs?|bonus|package|equity|notice period|allowance|check|consent|form)\b/;
const CANDIDATE_REFUSED = /\byour (?:application|candidacy|candidature|cv|profile)\b|\byou (?:further|forward|through|on to|onto)\b|\b(?:consider|progress|offer|select|shortlist|invite|appoint|hire|take)(?:ing|ed)? you\b|\b(?:other|another) (?:candidate|applicant)s?\b|\b(?:role|position|post|vacancy|job) (?:has|have|had|was|is) (?:now |already )?(?:been )?(?:filled|closed|cancel+ed|withdrawn)\b/;
const GOES_AHEAD = /\bwhat (?:i|we) can do(?: instead)?(?::| is (?:add|offer|increase|raise|include|give you|top up|bring|pay|agree|confirm|move)\b)|\b(?:the |your )?offer (?:itself )?(?:still stands|stands|is unchanged|remains (?:unchanged|open|on the table)|stays)\b|\b(?:rest|remainder) of (?:the|your) offer\b|\beverything else in (?:the|your) offer\b|\bhere is our (?:best|final|revised) offer\b|\b(?:is|are) (?:still|also) (?:on|going ahead|booked|scheduled|confirmed|with (?:the|our) (?:panel|team|hiring manager))\b|\b(?:would|'d) still (?:very much )?(?:like|love|want) to (?:see|have|meet|interview|invite|bring|talk|speak|continue|proceed|move)\b|\b(?:is|are|remains?) unaffected\b|\bkeen to (?:have|see|meet|bring) you\b|\bconfirm (?:that )?you (?:can|are able to|will be able to) attend\b|\bconfirm your attendance\b|\b(?:delighted|happy|pleased|glad) to move (?:you )?(?:on )?(?:to|forward to) the (?:offer|next|final)\b|\bthe (?:[\w-]+ )?interview will (?:be|take place|last|run)\b|\bso (?:that )?we can (?:continue|proceed|move forward) with your (?:offer|onboarding|start)\b|\b(?:we|i)(?:'ll| will) (?:book|schedule|arrange|set up) (?:the|your) (?:[\w-]+ )?(?:interview|call|onsite|round|stage)\b/;

/**
 * the message asks for something so that the process goes on, or leaves the going on to the candidate: "please confirm
 * this so we can continue", "let me know if you would still like to go ahead with the interview"; or it prepares the
 * candidate's first day ("before your employment begins we must check your right to work")
 */
const CONTINUES = /\b(?:before|ahead of|prior to|until) (?:your|you) (?:employment|start date|first day|induction|joining date) (?:begins|starts|on|with|date)\b|\byour (?:induction|first day|start date|onboarding) (?:on|is|will be)\b|\bso (?:that )?(?:we|i) (?:can|may|are able to) (?:continue|proceed|carry on|move forward|progress|arrange|book|schedule|process|set up)\b|\bto (?:continue|proceed|carry on) with your application\b|\b(?:let (?:us|me) know|tell (?:us|me)|confirm|advise) (?:if|whether) you(?:'d| would)? (?:still )?(?:like|want|wish|be happy|be keen) to (?:continue|go ahead|proceed|carry on|be considered|move forward|stay in the process)\b|\b(?:let (?:us|me) know|tell (?:us|me)|confirm|advise) (?:if|whether) you(?:'d| would)? (?:still )?(?:like|want|wish) (?:me|us) to (?:put (?:you|your (?:[\w-]+ )?(?:cv|profile|name|details)) forward|submit (?:you|your (?:[\w-]+ )?(?:cv|profile|details|application))|send (?:your|you) (?:[\w-]+ )?(?:cv|profile|details) (?:over|on|across|to))\b/;

/** the role itself gone for good, not paused: cut, cancelled, scrapped or withdrawn, or the vacancy closed on instruction */
const ROLE_GONE = /\b(?:has|have|'ve) (?:therefore |now |since |regrettably |sadly )?(?:withdrawn|cancel+ed|scrapped|abolished) (?:the|this|that) (?:[\w-]+ )?(?:role|position|post|vacancy|requisition|job)\b(?! (?:for now|temporarily|until)\b)|(?:\bnot|n't) be making (?:an|any) appointment\b(?! (?:until|before|for now|yet|at this stage|at the moment)\b)|\b(?:will|shall)(?: not|n't) be (?:recruited to|recruited for|filled|re-?advertised)(?: as (?:advertised|planned|originally planned))?\b(?! (?:until|before|for now|yet)\b)|\b(?:role|position|post|vacancy|requisition|job)s?\b[^.;]{0,40}\b(?:has|have) been (?:cut|cancel+ed|scrapped|withdrawn|eliminated|removed|disestablished|abolished)\b(?! (?:for now|temporarily|until)\b)|\b(?:role|position|post|vacancy|requisition|job)s? (?:has|have|'s) (?:now |since |just )?gone\b(?! (?:live|up|out|to|through|ahead|back|on)\b)|\b(?:asked|decided|had|been told) to (?:close|cancel|withdraw|scrap) (?:the|this) (?:vacancy|role|position|post|requisition)\b|\b(?:we|they|i)(?:'re| are| have|'ve| will|'ll)? (?:now |therefore |also )?(?:clos(?:e|ed|ing)) (?:the|this) (?:[\w-]+ )?(?:role|position|post|vacancy|requisition)\b(?! (?:to|for) (?:new|further)\b)(?![^.;]{0,40}\b(?:for now|temporarily|until|pending)\b)|(?<!\bnot |n't |\bnot yet |n't yet )\bclos(?:e|ed|ing) (?:all|your) (?:(?:open|live|current|active|remaining|existing|outstanding) )?(?:applications|candidacies|application|candidacy)\b|\b(?:have|had|need|needed|having) to (?:close|end|stop|cancel|shut down) (?:the|this|our) (?:[\w-]+ )?(?:process|recruitment|search|hiring)\b(?![^.;]{0,40}\b(?:for now|temporarily|until|pending|for the time being)\b)(?=[^.;]{0,60}(?:\bnot|n't) be (?:making|offering|extending)\b)|\bevery (?:open |other |live )?(?:role|position|vacancy|requisition|job)s? (?:has|have) (?:now )?been (?:closed|cancel+ed|withdrawn|cut)\b|\b(?:role|position|post|vacancy|job)s? (?:has|have) (?:now |since )?been (?:[\w-]+ and )?filled\b|(?:\bnot|n't) be (?:appointing|hiring|recruiting|filling the (?:role|post|position|vacancy)|taking on) (?:anyone|anybody|for (?:it|the role|this role|the post|the position))\b(?! (?:until|before|for now|yet|in the meantime|this (?:week|month|quarter)|for (?:a|the next|the time|the moment))\b)/;

/** a sentence that only asks ("Not the right fit?"): no reason given to the candidate */
const ASKED = /\?\s*$/;
/**
 * The candidate's next step told as going ahead: straight on to a later step, a call or interview instead, another
 * opening put to them with "for it", an interview booked for them.
 */
const NEXT_STEP_AHEAD = /\byour (?:[\w-]+ ){0,2}(?:interview|assessment|test|call|round|stage|conversation) will (?:now |instead |still )?(?:be|take place|happen|run|go ahead)\b|\b(?:has|have|had) (?:now |since |just |also )?asked (?:to|if (?:we|i) (?:can|could)) (?:meet|see|interview|speak (?:to|with)|talk (?:to|with)) you\b|\b(?:go|move|come|proceed|skip|jump|progress|bring|take|invite)(?:ing)? (?:you )?(?:directly|straight|right) (?:on )?(?:to|through to|into)\b|\b(?:instead|rather),? (?:the team|the panel|the hiring manager|we|i|they|[a-z]+) (?:will|'ll|would like to|is going to|are going to) (?:call|ring|interview|meet|see|speak (?:to|with)|invite) you\b|\b(?:would like to|'d like to|wants? to|keen to) (?:interview|meet|invite|see) you for (?:it|that|this one)\b|\byour (?:[\w-]+ )?interview is (?:on|at|booked|confirmed|scheduled|still)\b|\b(?:i|we)(?:'ve| have) (?:now )?(?:booked|scheduled|arranged|rebooked) (?:one|it|you|an? (?:[\w-]+ )?(?:interview|slot|call)|your (?:[\w-]+ )?(?:interview|slot|call))\b/;
/**
 * The candidate's application told as going on after a notice about the posting ("your application remains active", "all
 * applications have been carried over to the new requisition", "the hiring team will contact every candidate with the
 * outcome"), a job only saved or followed, a decline told as meant for someone else ("this is the rejection we sent to
 * the other finalist", "it wasn't about you"): a decline that does not name the candidate's own application is none.
 */
const APPLICATION_GOES_ON = /\byour application (?:for (?!(?:future|other|similar|later)\b)[^.;]{1,80}? )?(?:remains|is still|stays|will stay|will remain)\b(?! (?:on (?:file|record)|in our (?:database|system|records|talent|files))\b)|\byour application (?:has been (?:moved|transferred|carried over|migrated)|will be (?:moved|transferred|carried over))\b|\bapplications (?:already received )?(?:have been|will be|are being) (?:carried over|moved|transferred|migrated)\b|\b(?:will|shall) (?:contact|notify|inform|write to|update) (?:every|each|all) (?:candidates?|applicants?)\b|\ball (?:candidates|applicants) will be (?:contacted|notified|informed)\b|\bnothing changes for your\b|\b(?:does|do|will|should)(?: not|n't) (?:in any way )?affect your application\b(?! (?:for|to) (?:other|future|any other|another)\b)|\byour application will (?:continue to|still) be (?:reviewed|considered|assessed|processed)\b/;
/** the budget named as the problem, with nothing of the role cut, frozen or closed */
const BUDGET_ONLY = /^(?=[^]*\bbudget)(?![^]*\b(?:cancel\w*|withdr\w*|frozen|freez\w*|cut|cuts|headcount|no longer|closed|clos(?:e|ing)|pulled|restructur\w*|reorgani[sz]\w*|scrapp\w*|on hold|paused)\b)/;
/** a fit told of the terms alone: "it isn't a fit on compensation", "not a match in terms of location" */
const FIT_ON_TERMS = /\b(?:fit|match|aligned|alignment)\b (?:on|in terms of|when it comes to|around|regarding) (?:the |your |our )?(?:compensation|salary|pay|money|budget|package|rate|rates|location|commute|visa|sponsorship|right to work)\b/;
/**
 * An earlier decline taken back ("please disregard the email you received this morning telling you that your application was
 * unsuccessful; it was sent in error"): beside an application that goes on, it refuses nobody
 */
const RETRACTED = /\b(?:disregard|ignore)\b[^.;]{0,60}\b(?:e-?mails?|messages?|letters?|notifications?)\b|\b(?:sent|went out|issued) (?:to (?:you|a (?:small )?(?:group|number) of (?:candidates|applicants)|some (?:candidates|applicants)) )?(?:in error|by mistake|by accident|incorrectly)\b/;
const ONLY_SAVED = /\byou(?:'ve| have)? saved\b|\b(?:everyone|anyone|all (?:users|candidates|those)|those) who (?:has |have )?(?:viewed|saved|followed|bookmarked)(?:,? (?:or|and) (?:viewed|saved|followed|bookmarked))? (?:this|the) (?:job )?(?:posting|listing|job|role|position|requisition|opening)\b|\bsaved (?:job|jobs|search|searches)\b|\byou (?:were|are|have been) following\b(?! up\b| (?:a|an|the|your|some) (?:[\w-]+ ){0,3}(?:course|class|classes|lessons?|programmes?|programs?|degree|training|module|certificate|certification|diploma|apprenticeship)s?\b)/;
/** a mail shown to the reader as someone else's, or the writer's own from long ago: "this is what Karim got from them" */
const SHOWN_MAIL = /\bwhat (?!i\b|we\b|you\b)[a-z]+ (?:got|received) (?:back )?from\b|\b(?!i\b|we\b|you\b|they\b)[a-z]+ (?:got|received) (?:it|this|this one|that one) (?:yesterday|today|this morning|last night|last week|earlier today)\b|\bwhat (?:i|we) (?:got|received) (?:from [\w-]+(?: [\w-]+)? )?(?:last (?:year|time|month|round)|when i applied|years? ago|back in)\b/;
const MEANT_FOR_OTHERS = /\b(?:rejection|decline|regret|e-?mail|note|message|letter|reply)s? (?:that |which )?(?:we|i)(?:'ve| have| had)? (?:sent|wrote|forwarded|emailed) (?:out )?to (?:the other|another|a different|other) (?:[\w-]+ )?(?:candidates?|applicants?|finalists?|person)\b|\b(?:was|is|were)(?: not|n't) (?:meant for|intended for|addressed to) you\b/;
/** a decline given as wording to reuse, not sent: "please use the template below", "here is the wording we suggest" */
const WORDING_GIVEN = /\b(?:use|copy|adapt|send) (?:the|this|our) (?:[\w-]+ )?(?:template|wording|script)\b|\b(?:template|wording|script|sample (?:e-?mail|letter|text))s? (?:below|that follows|we suggest)\b/;
const QUOTED = /"/;
/**
 * A decline's words quoted from someone else's mail, not sent: a span in quotation marks of three words or more, in a sentence
 * that outside the quotes never names the reader's own application ("Ruth had her third \"we have decided to appoint another
 * candidate\" on Tuesday", "they wrote to say they'd \"appointed an internal candidate\""). A status quoted to the reader
 * ("your application status is now \"not progressed\"") names the application outside the quotes.
 */
const QUOTED_SPAN = /"[^"]{3,300}"/g;
/** the quote reported as what someone got, had or was told: "he got the \"…\" email", "they wrote to say they'd \"…\"" */
const REPORTED_QUOTE = /\b(?:got|get|gets|getting|had|received|receives?|receiving|wrote|writes?|written|said|says?|saying|told|tells?|sent|sends?|heard|hears?)\b[^"]{0,40}"[^"]{3,300}"/;
/** the sentence with its quoted spans of three words or more taken out */
const withoutQuotes = (norm: string): string => norm.replace(QUOTED_SPAN, (span) => (/ \S+ /.test(span) ? '""' : span));
const OWN_OUTSIDE_QUOTES = /\byour (?:application|candidacy|candidature|cv|resume|profile|status|submission|interview)\b|\byou(?:'ve| have| were|'re| are| had)? (?:not|been|unsuccessful)\b|\b(?:we|i)(?:'ve| have|'re| are| will|'ll)? (?:decided|regret|sorry|unfortunately|afraid)\b/;
const NAMES_OWN = /\byour (?:application|candidacy|candidature)\b|\byou(?:'ve| have)? not been (?:selected|successful|shortlisted)\b/;
const WITH_YOU = /\b(?:with|for) you\b|\byou (?:any further|further)\b/;

/**
 * A decline taken back: the earlier one was sent in error ("we wrote to you in error informing you that your application had
 * been unsuccessful"): the sentence that names the decline names the mistake
 */
const SENT_IN_ERROR = /\b(?:sent|wrote|written|emailed|e-mailed|informed|told|notified)\b[^.;]{0,40}\b(?:in error|by mistake|mistakenly|erroneously)\b|\b(?:in error|by mistake|mistakenly|erroneously) (?:sent|wrote|informed|told|notified|emailed)\b/;
/**
 * Something asked for refused, not the application: "we are not able to offer feedback while interviews are still ongoing",
 * "I am not able to tell you the salary range before the first interview", "we're not able to pay referral bonuses through
 * the March payroll"
 */
const INFO_REFUSED = /\b(?:not able to|unable to|can't|cannot|can not|not in a position to)\s(?:tell|share|give|disclose|confirm|provide|offer|release|pay)\b[^.;]{0,30}\b(?:salary|salaries|range|pay|feedback|details|information|figures?|band|budget|bonus\w*)\b/;
/** …said while the process goes on: "interviews are still ongoing", "the panel has not yet made its decisions", "you are on the shortlist" */
const PROCESS_GOES_ON = /\b(?:still|is|are) (?:ongoing|under (?:review|consideration)|in progress)\b|\b(?:not yet|yet to) (?:made|make|reached|reach|taken|take)\b|\bonce (?:a|the|our) (?:final )?decision (?:has been|is) (?:made|reached|taken)\b|\byour application has been (?:shortlisted|progressed|passed)\b|\b(?:you(?:'re| are| have been)|you've been) shortlisted\b|\bon the shortlist\b|\bwill be paid\b/;
/** a decline told outside the refusal: "you have not been successful", "we have decided", "other applicants were stronger" */
const DECLINE_ELSEWHERE = /(?:\bnot|n't) (?:been )?(?:the )?(?:successful|selected|shortlisted|progress\w*|proceed\w*|mov\w* forward|tak\w* (?:you|your))\b|\bunsuccessful\b|\bdecided\b|\bother (?:candidates|applicants)\b/;

/** a negative that is only "not yet": "they haven't had a chance to look at the shortlist yet" */
const NOT_DONE_YET = /(?:\bnot|n't|\bcannot|\bunable to) (?:[\w-]+ ){0,10}?yet\b(?! (?:we|i|they|the|our)\b)/;

const EVENT = /\b(?:event|webinar|workshop|open (?:day|evening)|(?:mentoring|networking|insight|taster|coffee|social) (?:evening|morning|afternoon|day|session|lunch|breakfast)|(?:careers?|recruitment|jobs?|graduate|hiring) (?:fair|evening|day|event|expo|roadshow)|meet-?up|conference|info(?:rmation)? session)s?\b(?! (?:and (?:events?|conferences?) )?(?:manager|coordinator|director|lead|officer|planner|executive|assistant|services|sales|producer|specialist|team)s?\b)|\btickets? (?:for|to) (?:the|our|this|a|an)\b/;
/** a person weighed by what they bring, which no seat at an event is given for: "someone whose background lines up better" */
const PERSON_WEIGHED = /\b(?:someone|somebody|(?:a|another|the other) (?:[\w-]+ )?(?:candidate|applicant|person|finalist)) (?:whose|with (?:more|a stronger|stronger|deeper|broader|better|longer|the))\b[^.;]{0,40}\b(?:background|experience|skills?|profile|track record|qualifications?|knowledge)\b/;
/** a judgement of the candidate's fit, which no seat at an event is refused with: "we don't feel you would be the right fit for our culture" */
const FIT_JUDGED = /\byou(?:'d|'re| would| will| are| were)? (?:be )?(?:the |a )?(?:right|best|good|great|ideal|strong|natural) (?:fit|match)\b|\bright (?:fit|match) for (?:our|the) (?:team|culture|company|organisation|organization|business)\b/;
const ROLE_OR_APPLICATION = /\b(?:application|candidacy|candidature|role|position|post|vacancy|job|interview|assessment)s?\b|\bappoint(?:ed|ment)\b/;
/** a line of a form or an event card, a label and its value ("location: elgin plant, 1200 industrial pkwy"): no reason told */
const FIELD_LINE = /^(?:location|venue|address|where|place|site|office|dress(?: code)?|check-in|arrival|parking|time|date|when|format)s?: /;
/** the candidate placed on a reserve, waiting or merit list: "has placed you on the reserve list", "your position on the list is 4" */
const RESERVE_PLACED = /\b(?:placed|put|included|added|kept|retained|listed) (?:you|your name) (?:on|in) (?:the|our|a) (?:[\w-]+ )?(?:reserve|waiting|wait|merit|standby|holding) (?:list|panel|pool)\b|\byou(?:'ve| have| are| were)? (?:been |now )?(?:placed|put|included|added|listed) (?:on|in) (?:the|our|a) (?:[\w-]+ )?(?:reserve|waiting|wait|merit|standby) (?:list|panel|pool)\b|\byour (?:position|place|rank|ranking|number) (?:on|in) (?:the|our) (?:[\w-]+ )?(?:list|panel|pool)\b/;
/** posts filled or offers made from that list */
const FILLED_FROM_LIST = /\b(?:filled|offered|appointed|made)\b[^.;]{0,40}\bfrom (?:the )?(?:top of )?(?:the|our|this) (?:[\w-]+ )?(?:list|panel|pool)\b/;
/** a decline told beside the place on the list */
const DECLINED_BESIDE = /\b(?:not|n't) (?:been )?(?:successful|selected|appointed|offered)\b|\bunsuccessful\b|\bunfortunately\b|\bregret\b|\bother (?:candidates|applicants)\b/;
const OWN_DECISION = /\byour (?:application|candidacy|candidature)\b|\b(?:other|another) (?:candidate|applicant)s?\b|\b(?:not|n't) (?:been )?(?:the )?(?:selected|successful|shortlisted)\b/;

function decideKind(k: Map<KindLabel, LabelScore>): { kind: Kind; score: number } {
  const rejection = scoreOf(k, 'rejection');
  const onHold = scoreOf(k, 'on_hold');
  // an offer or an invitation that is the message's purpose outweighs a passing "we can't offer relocation"
  const purpose = Math.max(...OTHER_KINDS.filter((x) => x !== 'application_received').map((x) => scoreOf(k, x)));
  // soft words alone ("sorry", "unfortunately") are no decline beside a pause told in full: "I am sorry to write with a delay
  // rather than a decision… the panel cannot reach a fair decision until all three members have met"
  const softOnly = onHold >= THRESHOLD && (k.get('rejection')?.hits ?? []).every((h) => h.w < 1);
  if (rejection >= THRESHOLD && rejection >= onHold * 0.8 && !softOnly && !(purpose >= 1.3 && purpose > rejection)) return { kind: 'rejection', score: rejection };
  if (onHold >= THRESHOLD) return { kind: 'on_hold', score: onHold };
  let best: { kind: Kind; score: number } = { kind: 'other', score: 0 };
  for (const kind of OTHER_KINDS) {
    const s = scoreOf(k, kind);
    if (s >= THRESHOLD && s > best.score) best = { kind, score: s };
  }
  if (best.kind !== 'other') return best;
  // a message that only says "unfortunately … best of luck" is still a rejection
  if (rejection >= 0.9) return { kind: 'rejection', score: rejection };
  return { kind: 'other', score: Math.max(0.5, 1 - rejection) };
}

/** the interview cue was no meeting: it goes, and so do the team cues of the same sentences ("the panel felt …") */
function dropInterview(stages: Map<StageCue, LabelScore>, hits: readonly { sentence: Sentence }[]): void {
  const judged = new Set(hits.map((h) => h.sentence));
  stages.delete('interview');
  const team = stages.get('team');
  if (!team) return;
  team.hits = team.hits.filter((h) => !judged.has(h.sentence));
  team.score = team.hits.reduce((sum, h) => sum + h.w, 0);
  if (!team.hits.length) stages.delete('team');
}

function decideStage(s: Map<StageCue, LabelScore>, notInvited = false): { stage: ReaderStage; cue: StageCue } {
  const has = (cue: StageCue): boolean => scoreOf(s, cue) >= THRESHOLD;
  // "we won't be inviting you to interview": a talk with the one who hires, told beside it, was no interview
  // a call "with me" from the one who hires ("I've decided to go with another candidate") was with the hiring manager
  const hirer = (s.get('team')?.hits ?? []).some((h) => sentenceTest(HIRER, h.sentence.norm) || sentenceTest(HIRER_TITLE, h.sentence.norm));
  const unnamedScreen = (s.get('screen')?.hits ?? []).every((h) => !sentenceTest(NAMED_SCREEN, h.sentence.norm));
  const interviewed = has('interview') || (!notInvited && ((has('talk') && has('team') && !has('screen') && !has('assessment')) || (hirer && has('screen') && unnamedScreen)));
  if (has('final') || (has('reference') && interviewed && scoreOf(s, 'interview') >= 2)) return { stage: 'final', cue: has('final') ? 'final' : 'reference' };
  if (interviewed) return { stage: 'interview', cue: has('interview') ? 'interview' : 'talk' };
  if (has('assessment') || has('reference')) return { stage: 'assessment', cue: has('assessment') ? 'assessment' : 'reference' };
  if (has('screen') || has('talk')) return { stage: 'screen', cue: has('screen') ? 'screen' : 'talk' };
  return { stage: 'application', cue: 'application' };
}

/**
 * a comparison with others that is a clause of its own beside the way of working, in either order: "…, and we also saw
 * applicants whose experience was a better fit", "another candidate's experience was a better fit, and they also had
 * some concern that your preference…"
 */
/** a match told both to the role and to the culture: two points, "a closer match both to the role and to our team culture" */
const ROLE_AND_CULTURE = /\b(?:match\w*|fit\w*|suited|aligned)\b[^.;]{0,20}?\bboth (?:to|with|for) (?:the|this) (?:role|position|job|post)\b[^.;]{0,10}?\band (?:to|with|for) (?:our|the|its) (?:[\w-]+ )?(?:culture|values|ethos|ways? of working)\b/;
const OWN_CLAUSE = /\b(?:and|also)\b[^.;]{0,300}\b(?:other|others|another|applicants?|candidates?)\b|\b(?:other|others|another)\b[^.;,]{0,40}\b(?:better|closer|stronger|more closely) (?:match|fit|suited|aligned)\b[^.;]{0,40}?,? (?:and|while|but)\b(?! (?:our |the |its )?(?:values|culture|ethos|ways? of working|mission)\b)|\b(?:other|another|others)\b[^.;,]{0,25}\b(?:experience|background|skills?|profile|track record|cv)\b[^.;,]{0,40},? (?:and|while|but)\b|\b(?:other|another|others)\b[^.;,]{0,40}\b(?:matched|fit|fitted|suited) (?:the (?:[\w-]+ )?(?:role|position|brief|post|job) )?(?:better|more closely)(?: overall)?,? (?:and|while|but)\b/;

/**
 * the sender's policy of whom it answers or shortlists ("we are only able to contact shortlisted candidates whose profiles
 * most closely match the requirements", "we shortlist applicants whose experience best matches the role"): said of every
 * applicant, so no reason given to this one
 */
const ANSWERS_ONLY = /\b(?:we|we're|we are|we will|we'll|we can|we could|we may)\b[^.;]{0,20}?\bonly (?:be )?(?:able to )?(?:contact|respond to|reply to|notify|get back to|call|invite|reach out to|write to)\b|\bwe (?:only |always |normally |usually )?(?:shortlist|invite|interview|select|progress|contact) (?:those |the )?(?:applicants|candidates|people|those)\b/;

/** a requirement of the person added beside the test's result: "…below the pass mark, and the reviewers also noted limited experience with Spark" */
const ALSO_REQUIREMENT = new RegExp(String.raw`${CORE_PART_OF_ROLE.source}|\b(?:also|as well as|besides|in addition)\b[^.;]{0,50}\b(?:experience|exposure|knowledge|background|grounding|familiarity) (?:with|in|of|using)\b|\b(?:role|job|position|post|we|they) also (?:needs?|requires?|calls? for)\b|\b(?:limited|little|no|insufficient|not enough) (?:[\w-]+ )?(?:experience|exposure|knowledge|familiarity) (?:with|in|of|using|working)\b|\b(?:role|job|position|post|team) (?:\w+ )?(?:relies|depends) (?:heavily |a lot |mostly |largely )?on\b|\b(?:role|job|position|post) (?:also )?(?:requires?|needs?|calls? for) (?:a |an )?(?:[\w-]+ )?(?:certificat\w*|licen[cs]e|qualification|degree|registration|accreditation)|\bwhich you (?:do not|don't|did not|didn't) (?:yet |currently )?(?:hold|have)\b|\bwhich (?:is|are) (?:essential|required|mandatory|a (?:core |key )?requirement|necessary) (?:for|in|of) (?:this|the) (?:post|role|position|job)\b|\bwhich (?:is|are) (?:essential|required|needed|necessary) (?:for|in|on) (?:this|the|our) (?:first |initial |opening )?(?:rotation|placement|posting)\b|\b(?:role|job|position|post|account|team|client) (?:also )?(?:requires?|needs?|calls? for) (?:at least|a minimum of|minimum)\b`);

/** the people sought with a named command of something: "the team were looking for candidates with a solid grasp of hierarchical forecasting" */
const GRASP_SOUGHT = /\b(?:looking for|need|needs|needed|want|wanted|require|requires|required|seeking) (?:someone|somebody|candidates|applicants|a candidate|people) (?:with|who (?:has|have|had))\b[^.;]{0,40}\b(?:grasp|understanding|command|knowledge|experience|fluency|proficiency) (?:of|in|with)\b/;
/** an exercise done inside an interview: "the live coding interview", "the pair-programming session", "the case interview" */
const TEST_IN_INTERVIEW = /\b(?:live[- ]coding|pair[- ]programming|pairing session|case interview|coding (?:interview|exercise|test|challenge|task)|technical (?:test|exercise|task)|whiteboard (?:exercise|session|interview))\b/;
/** what the role needs of the person, said after the test's critique: "the role needs someone who is quick and fluent in pandas" */
const ROLE_NEEDS_SOMEONE = /\b(?:role|we|team|position|job)\b[^.;]{0,20}\b(?:needs?|requires?)\b (?:someone|somebody|a person|people)\b/;
/** a fault found in the work itself: "the tasks were left incomplete", "you got stuck on the merge steps", "the evaluation was done on the training data only" */
const WORK_FAULT = /\b(?:did not|didn't|was not|wasn't|were not|weren't|incomplete|unfinished|stuck|broke|failed|missed|struggled|only|no held-out|off by)\b/;

/** a second point joined to the first in one sentence: "your profile does not match, and moreover the position requires…" */
/** the candidate's own experience said not to map onto the role, as a clause of its own before another point: "your experience doesn't map to this role well enough, and it's based in Speyside" */
const OWN_EXPERIENCE_APART = /\byour (?:[\w-]+ ){0,2}?(?:experience|background|profile|cv|resume|career)\b (?:does not|doesn't|did not|didn't) (?:quite |really |fully |closely |directly |clearly )?(?:map|line up|translate|correspond|match|fit|align)\b[^.;,]{0,60}, (?:and|plus|also)\b/;
const SECOND_POINT = /\b(?:moreover|furthermore|in addition|additionally|besides|on top of (?:that|this))\b|\band also\b/;

/** the application itself scored: "your application has been scored against the national self-assessment criteria" */
const APPLICATION_SCORED = /\byour (?:application|cv|form|application form|self-assessment) (?:has been|had been|was|were|is) (?:scored|marked|rated|graded)\b/;
/** the one chosen set nearer the role as a whole: "the panel judged the successful candidate's experience to be a stronger match" */
const CHOSEN_COMPARED = /\b(?:closer|better|stronger|more relevant|broader|deeper) (?:[\w-]+ ){0,3}?(?:of|from) the (?:successful|chosen|appointed|selected|preferred) (?:candidate|applicant|finalist|person)\b|\bthe (?:successful|chosen|appointed|selected|preferred) (?:candidate|applicant|finalist|person)(?:'s)?\b[^.;]{0,60}\b(?:closer|better|more closely|stronger)\b|\b(?:we|they|the (?:team|panel))(?:'ve| have)? (?:ultimately |eventually |in the end )?(?:chose|selected|picked|appointed|hired|went with|offered the (?:role|position|job) to) (?:a|another|one) (?:other )?(?:candidate|applicant|finalist|person)\b[^.;]{0,40}\b(?:closer|better|more closely|stronger|more directly)\b/;
/** others whose profile is set nearer the role: "a candidate whose overall experience fits the role more closely" */
const OTHERS_WHOSE = /\b(?:candidates?|applicants?|finalists?|someone|somebody|people|others?)\b[^.;]{0,20}\bwhose\b[^.;]{0,60}\b(?:more closely|closer|better|more directly|stronger)\b/;
/** a point added to one already made: "Claire also mentioned…", "in addition, the role needs…" */
const ADDED_POINT = /\balso\b|\bin addition\b|\bsecond(?:ly)?\b|\bas well\b|\bbeyond (?:that|this)\b|\bon top of (?:that|this)\b/;
/**
 * the requirement singled out after the comparison, opening its own sentence: "In your case, the main difference was GCP:
 * the post requires…", "The main gap for us was…", "The specific thing that came up was people management: the role…"
 */
const SINGLED_POINT = /^(?:in (?:your case|particular),? |specifically,? )?(?:the|one) (?:main|key|one|specific|biggest|real|decisive|deciding) (?:difference|gap|thing|issue|area|point|concern|factor)\b|^(?:the|one) (?:area|point|place|respect) (?:where|in which) (?:you|your)\b|^in particular,? (?:the|this|our) (?:post|role|position|job|vacancy) (?:calls? for|requires?|needs?|demands?)\b|^in particular,? (?:we|they|the (?:team|panel|client|desk)) (?:were|was|are|is) (?:looking for|seeking|after)\b/;

/**
 * the candidate's profile as a whole set apart, as a clause added to the first reason: "you are overqualified for what is a very
 * junior role, and that generally your profile is not the right match for this opening"
 */
const OWN_PROFILE_OVERALL = /\b(?:and|also|plus)\b,? (?:that )?(?:overall|generally|in general|more generally|more broadly|broadly|on the whole|as a whole|beyond that),? your (?:overall |wider |general )?(?:profile|background|experience|cv) (?:just |simply |really |also )?(?:is not|isn't|was not|wasn't|does not|doesn't|did not|didn't) (?:quite |really |the |a |an )*(?:right |best |good |close |strong )?(?:match|fit)\b/;
/** a sentence whose one need is a place to be: "they need someone who can be in their Manchester office every day" */
const PLACE_ONLY = /\b(?:need|needs|needed|want|wants|require|requires|looking for) (?:someone|somebody|a person|a candidate) (?:who can be|able to be|to be)\b[^.;,]{0,60}?\b(?:office|data cent(?:re|er)|studio|hub|branch|premises|physically|on-?site|in[- ]person|locally|nearby)\b/;
/** …naming a skill as well */
const SKILL_NAMED = /\b(?:experience|skills?|knowledge|qualifi\w*|certif\w*|degree|familiar\w*|proficien\w*|fluen\w*|track record|years|expertise|licen[cs]e)\b/;
/** the candidate's whole profile said to be elsewhere, in a sentence of its own: a second reason beside a named one */
function ownElsewhere(r: Map<ReasonLabel, LabelScore>): boolean {
  const named = new Set([...(r.get('skills_gap')?.hits ?? []), ...(r.get('overqualified')?.hits ?? [])].map((h) => h.sentence));
  return (r.get('profile_mismatch')?.hits ?? []).some((h) => sentenceTest(OWN_PROFILE_ELSEWHERE, h.sentence.norm) && !named.has(h.sentence));
}

/** a cause of the role's closing named beside its filling from inside: "following a reorganisation, the position has been folded into a wider role and is going to one of the existing team" */
const ROLE_CAUSE = /\brestructur\w*|\bre-?organi[sz]\w*|\bbudget|\bfunding\b|\bheadcount\b|\bfolded (?:into|in with)\b|\bmerg(?:ed|er|ing)\b/;

/**
 * the others compared with the candidate on the role as a whole, in a clause that names nothing: "several candidates
 * brought a stronger overall fit", "another candidate was better suited to the role", "the other profiles we received
 * were closer to the position" — a second reason beside a named requirement, not its explanation
 */
const OTHERS_OVERALL = /\b(?:other|others|another|several|some|two) (?:[\w-]+ )?(?:candidates?|applicants?|finalists?|profiles?|people)(?:'s?)?\b(?:(?!\b(?:in|on|with|at)\b)[^.;,:]){0,40}?\b(?:(?:stronger|better|closer) (?:overall )?(?:fit|match)\b|(?:better|more closely) (?:suited|matched|aligned) (?:to|for|with) (?:the|this|our)\b|(?:matched|fit|fitted|suited|corresponded) (?:the (?:[\w-]+ ){0,2}(?:role|position|brief|post|job|portfolio|team) )?(?:better|more closely)\b|(?:were|was) (?:a (?:bit |little )?)?closer to (?:the|this|our|what)\b)(?!(?: overall)?,? (?:in particular|particularly|especially|notably|specifically|mainly|above all)\b| (?:on|in|around|for what)\b)|\b(?:candidates|applicants|profiles|people|others) (?:who|that) (?:\w+ )?(?:match|matched|fit|fitted|meet|met|correspond|corresponded) (?:to )?(?:the|our) (?:[\w-]+ )?(?:profile|requirements|criteria) (?:completely|fully|perfectly|exactly|entirely|100 ?%)/;
/**
 * the chosen person's own background set nearer the role, in a sentence of its own beside the filling: "her background,
 * running operations for a founder, was a closer match to what we need", "his experience lined up more closely with
 * where the role needs to be"
 */
const CHOSEN_CLOSER = /\b(?:his|her|their) (?:[\w-]+ ){0,2}?(?:background|experience|profile|track record|skills?|knowledge)\b[^.;]{0,80}?\b(?:(?:a )?(?:closer|better|stronger) (?:match|fit)|lined up (?:more closely|better)|lines up (?:more closely|better)|(?:more closely|better) (?:matched|suited|aligned))\b/;
/** a summing-up word just before a comparison inside a longer sentence: "…, and overall the panel felt other candidates…" */
const SUMS_UP_BEFORE = /\b(?:overall|in general|generally|on balance|all in all|more broadly|in the round|taken together)\b[^.;,:]{0,40}$/;
/** a comparison with the others that sums up, in a sentence of its own, beside a named reason: "overall the panel felt their background was the closer match" */
const SUMMED_UP = /^(?:and |but |so )?(?:overall|on balance|all in all|in the round|taken (?:together|as a whole)|weighing (?:it|everything) up)\b/;

/** a stage of tests not passed, told as the stage: "you did not pass this stage" (read as the test's result at the assessment stage only) */
const STAGE_NOT_PASSED = /\b(?:did not|didn't|failed to|were unable to|was unable to) pass (?:this|that|the|these) (?:stage|step|part|element|round)\b/;
/** the decision told in the sentence that states the rule: "…, so we are not able to move forward" */
const DECISION_AFTER = /\b(?:so|therefore|hence|which means)\b[^.;]{0,40}(?:\bnot\b|n't\b|\bunable\b|\bcannot\b)|(?:\bnot\b|n't\b|\bunable\b|\bcannot\b)[^.;]{0,60}\buntil you (?:hold|have|obtain|gain)\b/;

/** years, seniority or too much experience: what an overqualified candidate's letter says, not a requirement missed */
const SENIORITY = /\byears?\b|\bsenior|\boverqualif|\bexperience\b|\btoo much\b|\bmore than\b|\bjunior\b/;

/** an offer made and taken, a fact of its own beside who took it: "filled by an internal candidate who has accepted our offer" */
const OFFER_TAKEN = /\bappointment (?:has|had|was) (?:now |since |also )?been (?:confirmed|finali[sz]ed|accepted)\b|\b(?:accepted|signed) (?:our|the|an|a|their) (?:[\w-]+ )?(?:offer|contract)\b|\boffer (?:has|had|was) (?:now |since )?been accepted\b/;

/**
 * the search closed as what follows from the filling, in the sentence after it: "that means we're closing the search",
 * "therefore the recruitment is closed", "while this position is no longer available"
 */
const CLOSING_FOLLOWS = /^(?:that means|this means|which means|therefore|so|as a result|as such|consequently|hence)\b|^[^.;]{0,40}\btherefore\b|\bno longer (?:available|open|active)\b|^(?:the|this|that|our) (?:[\w-]+ )?(?:role|position|post|job|vacancy|requisition) (?:is|has (?:now )?been|was) (?:now )?closed(?: off)?(?: now)?[.!]?$/;

/** anyone else named in the sentence: a comparison, not the test's own verdict */
const OTHERS_NAMED = /\b(?:other|others|another|candidates?|applicants?|someone|somebody|finalists?)\b/;
/** a requirement named by pointing back at the sentence that stated it: "you do not meet this requirement" */
const POINTS_BACK = /\b(?:this|these|that|those|the above) (?:[\w-]+ )?(?:requirements?|criteri(?:on|a)|conditions?|eligibility)\b/;

/**
 * the sender's apology for their own oversight: "we apologise that this issue was not identified sooner", "I apologise that we
 * did not flag the requirement earlier" — no result of the candidate's test, whatever test it names
 */
const OWN_OVERSIGHT = /\b(?:apologi[sz]e|sorry|regret)\b[^.;]{0,20}\b(?:that |for )?(?:we|i|this|it|the (?:issue|requirement|error|mistake|problem))\b[^.;]{0,40}\b(?:did not|didn't|was not|wasn't|were not|weren't|had not|hadn't|failed to)\b/;

function decideReasons(r: Map<ReasonLabel, LabelScore>, stage: ReaderStage, sentences: readonly Sentence[]): ReasonLabel[] {
  const tested = r.get('assessment');
  if (tested?.hits.some((h) => OWN_OVERSIGHT.test(h.sentence.norm))) {
    tested.hits = tested.hits.filter((h) => !OWN_OVERSIGHT.test(h.sentence.norm));
    tested.score = tested.hits.reduce((sum, h) => sum + h.w, 0);
    if (!tested.hits.length) r.delete('assessment');
  }
  // a requirement in one sentence, the candidate's side short of it in the next: a named requirement missed
  const { asks, short, unless } = REQUIREMENT_THEN_SHORT;
  const body = sentences.filter((s) => !s.footer && !s.subject);
  // (a rule of where one lives or may work is `location`, not a requirement of the person)
  const placed = new Set((r.get('location')?.hits ?? []).map((h) => h.sentence));
  for (let i = 0; i + 1 < body.length; i++) {
    const [first, next] = [body[i], body[i + 1]];
    if (!first || !next || sentenceTest(unless, first.norm) || sentenceTest(unless, next.norm)) continue;
    // …or the candidate's side first and the rule after it, with the decision: "your ACLS certification lapsed in the
    // spring. ACLS must be current at the time of hire, so we are not able to move forward"
    // …or the people sought in one sentence and the candidate's side with the decision in the next ("we are only considering
    // students enrolled in a PhD. As you are completing a bachelor's degree, we won't be able to consider your application")
    const sought = !placed.has(first) && !placed.has(next) && (sentenceTest(asks, first.norm) || sentenceTest(PERSON_THEN_SIDE.asks, first.norm)) && (sentenceTest(PERSON_THEN_SIDE.short, next.norm) || (sentenceTest(short, next.norm) && sentenceTest(DECISION_AFTER, next.norm))) && !sentenceTest(PERSON_THEN_SIDE.unless, next.norm);
    const told = (sentenceTest(asks, first.norm) && sentenceTest(short, next.norm)) || sought ? next : sentenceTest(short, first.norm) && sentenceTest(asks, next.norm) && sentenceTest(DECISION_AFTER, next.norm) ? next : undefined;
    if (!told) continue;
    const entry = r.get('skills_gap') ?? { score: 0, hits: [] };
    if (entry.hits.some((h) => h.sentence === told)) continue;
    entry.score += 1.2;
    entry.hits.push({ sentence: told, w: 1.2 });
    r.set('skills_gap', entry);
  }
  for (const [label, score] of r) {
    if (!score.hits.some((h) => sentenceTest(ANSWERS_ONLY, h.sentence.norm))) continue;
    const hits = score.hits.filter((h) => !sentenceTest(ANSWERS_ONLY, h.sentence.norm));
    r.set(label, { ...score, hits, score: hits.reduce((sum, h) => sum + h.w, 0) });
  }
  const found = new Set<ReasonLabel>();
  for (const [label, score] of r) if (score.score >= THRESHOLD) found.add(label);
  // "no longer accepting applications" is the consequence of a filled role, not a second reason
  if (found.has('position_filled') && found.has('role_closed') && scoreOf(r, 'role_closed') < 1.3) found.delete('role_closed');
  // "filled internally, and we are therefore closing the recruitment": closing in the same breath as filling is its consequence
  for (const filled of ['position_filled', 'internal_candidate'] as const) {
    if (!found.has(filled) || !found.has('role_closed')) continue;
    const same = new Set((r.get(filled)?.hits ?? []).map((h) => h.sentence));
    const closing = r.get('role_closed')?.hits ?? [];
    if (closing.every((h) => same.has(h.sentence) || sentenceTest(CLOSING_FOLLOWS, h.sentence.norm)) && !closing.some((h) => sentenceTest(ROLE_CAUSE, h.sentence.norm))) found.delete('role_closed');
  }
  // "the position has been filled by a current colleague": the filling IS the internal appointment
  if (found.has('internal_candidate') && found.has('position_filled')) {
    const inside = new Set((r.get('internal_candidate')?.hits ?? []).map((h) => h.sentence));
    if ((r.get('position_filled')?.hits ?? []).every((h) => (inside.has(h.sentence) || sentenceTest(CLOSING_FOLLOWS, h.sentence.norm)) && !sentenceTest(OFFER_TAKEN, h.sentence.norm))) found.delete('position_filled');
  }
  // a failed test is a specific judgement: the general "not a match" that comes with it adds nothing
  if (found.has('assessment') && stage !== 'assessment' && scoreOf(r, 'assessment') < 1.5) found.delete('assessment');
  // at the application stage, the application's own score against the criteria ("your application has been scored against the
  // criteria … your score was not high enough") is the sift's result, not a test's
  if (found.has('assessment') && stage === 'application' && body.some((s) => sentenceTest(APPLICATION_SCORED, s.norm)) && (r.get('assessment')?.hits ?? []).every((h) => !sentenceTest(TEST_NAMED, h.sentence.norm) && !sentenceTest(TASK_NOUN, h.sentence.norm))) found.delete('assessment');
  // at the assessment stage, a shortfall stated about the test itself is the test's result, not a second reason
  if (stage === 'assessment' && found.has('assessment') && found.has('skills_gap')) {
    const onTest = new Set((r.get('assessment')?.hits ?? []).map((h) => h.sentence));
    if ((r.get('skills_gap')?.hits ?? []).every((h) => onTest.has(h.sentence) && !sentenceTest(ALSO_REQUIREMENT, h.sentence.norm) && !GRASP_SOUGHT.test(h.sentence.norm))) found.delete('skills_gap');
  }
  // at the assessment stage, "you did not reach the standard / level we need" names no requirement: it is the test's result
  if (stage === 'assessment' && found.has('skills_gap') && (r.get('skills_gap')?.hits ?? []).every((h) => sentenceTest(BAR_ONLY, h.sentence.norm) && !sentenceTest(NAMED_SKILL, h.sentence.norm))) {
    found.delete('skills_gap');
    found.add('assessment');
    if (!r.has('assessment')) r.set('assessment', { score: scoreOf(r, 'skills_gap'), hits: r.get('skills_gap')?.hits ?? [] });
  }
  // at the assessment stage, the handed-in work judged (and no requirement of the person named) is the test's result
  if (stage === 'assessment' && found.has('skills_gap') && (r.get('skills_gap')?.hits ?? []).every((h) => sentenceTest(WORK_JUDGED, h.sentence.norm) && !sentenceTest(PERSON_REQUIREMENT, h.sentence.norm) && !GRASP_SOUGHT.test(h.sentence.norm))) {
    found.delete('skills_gap');
    found.add('assessment');
    if (!r.has('assessment')) r.set('assessment', { score: scoreOf(r, 'skills_gap'), hits: r.get('skills_gap')?.hits ?? [] });
  }
  // a named missing requirement explains the mismatch
  // …unless the others were compared in a sentence of their own and the requirement came as a point added to it ("we went
  // with a candidate whose experience fits more closely. The director also mentioned the role needs…")
  if (found.has('skills_gap') && found.has('profile_mismatch') && scoreOf(r, 'profile_mismatch') < 2) {
    const gap = new Set((r.get('skills_gap')?.hits ?? []).map((h) => h.sentence));
    const apart = (r.get('profile_mismatch')?.hits ?? []).some((h) => !gap.has(h.sentence) && (sentenceTest(OTHERS_COMPARED, h.sentence.norm) || sentenceTest(OTHERS_WHOSE, h.sentence.norm) || sentenceTest(CHOSEN_COMPARED, h.sentence.norm)));
    const added = (r.get('skills_gap')?.hits ?? []).some((h) => sentenceTest(ADDED_POINT, h.sentence.norm) || sentenceTest(SINGLED_POINT, h.sentence.norm));
    const summed = (r.get('profile_mismatch')?.hits ?? []).some((h) => !gap.has(h.sentence) && sentenceTest(SUMMED_UP, h.sentence.norm));
    const overall = (r.get('profile_mismatch')?.hits ?? []).some((h) => {
      const m = OTHERS_OVERALL.exec(h.sentence.norm);
      if (!m) return false;
      // in the gap's own sentence, the comparison must open it or sum up: "another candidate was better suited, and the
      // role needs…", "…, and overall the panel felt other candidates fit more closely" (not "…, and the other finalist matched more closely")
      const before = h.sentence.norm.slice(0, m.index);
      return !gap.has(h.sentence) || !/[,:]/.test(before) || SUMS_UP_BEFORE.test(before);
    });
    if (!(apart && added) && !summed && !overall && !ownElsewhere(r)) found.delete('profile_mismatch');
  }
  // …unless the requirement is told in a sentence of its own, with no years or seniority in it: "And she needs someone who
  // has used Dentally day to day, which you said you haven't"
  if (found.has('overqualified') && found.has('skills_gap') && scoreOf(r, 'skills_gap') < 2) {
    const over = new Set((r.get('overqualified')?.hits ?? []).map((h) => h.sentence));
    if (!(r.get('skills_gap')?.hits ?? []).some((h) => !over.has(h.sentence) && !sentenceTest(SENIORITY, h.sentence.norm))) found.delete('skills_gap');
  }
  const keepOwn = found.has('profile_mismatch') && (ownElsewhere(r) || (r.get('profile_mismatch')?.hits ?? []).some((h) => sentenceTest(OWN_PROFILE_OVERALL, h.sentence.norm)));
  // a place the role needs said with the candidate's own place in the same breath: "they need someone who can be in their
  // Manchester office every day, and you mentioned you're only able to commute in twice a week" is the location, not a skill
  if (found.has('location') && found.has('skills_gap') && scoreOf(r, 'skills_gap') < 2) {
    const where = new Set((r.get('location')?.hits ?? []).map((h) => h.sentence));
    if ((r.get('skills_gap')?.hits ?? []).every((h) => where.has(h.sentence) && sentenceTest(PLACE_ONLY, h.sentence.norm) && !sentenceTest(SKILL_NAMED, h.sentence.norm))) found.delete('skills_gap');
  }
  // …unless the mismatch is a comparison with other candidates, a second reason beside the way of working
  // ("we were unsure our way of running things would suit you, and we also saw applicants whose experience was a better fit")
  if ((found.has('overqualified') || found.has('culture_fit')) && found.has('profile_mismatch') && scoreOf(r, 'profile_mismatch') < 2) {
    const culture = new Set((r.get('culture_fit')?.hits ?? []).map((h) => h.sentence));
    const compared = !found.has('overqualified') && (r.get('profile_mismatch')?.hits ?? []).some((h) => ((sentenceTest(OTHERS_COMPARED, h.sentence.norm) || sentenceTest(OTHERS_MORE_COMMITTED, h.sentence.norm) || sentenceTest(CHOSEN_COMPARED, h.sentence.norm)) && (culture.has(h.sentence) ? sentenceTest(OWN_CLAUSE, h.sentence.norm) : true)) || sentenceTest(ROLE_AND_CULTURE, h.sentence.norm));
    // …and beside overqualified, a comparison added as a point of its own: "We also took forward candidates whose training was closer to the bench work"
    const over = new Set((r.get('overqualified')?.hits ?? []).map((h) => h.sentence));
    const alsoCompared = (r.get('profile_mismatch')?.hits ?? []).some((h) => !over.has(h.sentence) && sentenceTest(ADDED_POINT, h.sentence.norm) && (sentenceTest(OTHERS_COMPARED, h.sentence.norm) || sentenceTest(OTHERS_WHOSE, h.sentence.norm)));
    if (!compared && !alsoCompared && !keepOwn) found.delete('profile_mismatch');
  }
  // a weak second reason whose every sentence is only the first one told another way goes
  const weakBeside = (kept: readonly ReasonLabel[], dropped: ReasonLabel, only: (s: Sentence) => boolean): void => {
    if (kept.some((k) => found.has(k)) && found.has(dropped) && scoreOf(r, dropped) < 2 && (r.get(dropped)?.hits ?? []).every((h) => only(h.sentence))) found.delete(dropped);
  };
  // a programme's graduation window told beside the candidate found outside it ("open to candidates who will have completed a
  // degree between December 2024 and August 2025 … you are not yet eligible for this cohort"): the eligibility, no skill missing
  weakBeside(['location'], 'skills_gap', (s) => sentenceTest(GRADUATION_WINDOW, s.norm));
  // "budget is the issue" beside the candidate's figure against the sum signed off: the salary, no role cut
  weakBeside(['salary'], 'role_closed', (s) => BUDGET_ONLY.test(s.norm));
  // a fit told of the pay or the place alone ("unfortunately it isn't a fit on compensation: the €75,000 you mentioned is well
  // above the band"): the salary or the location, no mismatch of the profile
  const terms = new Set([...(r.get('salary')?.hits ?? []), ...(r.get('location')?.hits ?? [])].map((h) => h.sentence));
  weakBeside(['salary', 'location'], 'profile_mismatch', (s) => terms.has(s) && sentenceTest(FIT_ON_TERMS, s.norm));
  // "only open to students in Singapore … you do not meet this requirement": the mismatch IS the eligibility rule
  if (found.has('location') && found.has('profile_mismatch')) {
    const where = new Set((r.get('location')?.hits ?? []).map((h) => h.sentence));
    if ((r.get('profile_mismatch')?.hits ?? []).every((h) => where.has(h.sentence) && !sentenceTest(COMPARATIVE, h.sentence.norm) && !sentenceTest(SECOND_POINT, h.sentence.norm) && !sentenceTest(OWN_EXPERIENCE_APART, h.sentence.norm))) found.delete('profile_mismatch');
  }
  // "candidates must be U.S. persons … you do not currently meet this requirement": a mismatch that points back at the
  // eligibility rule told before it is that rule, not a second reason
  if (found.has('location') && found.has('profile_mismatch')) {
    if ((r.get('profile_mismatch')?.hits ?? []).every((h) => sentenceTest(POINTS_BACK, h.sentence.norm) && !sentenceTest(COMPARATIVE, h.sentence.norm) && !sentenceTest(SECOND_POINT, h.sentence.norm))) found.delete('profile_mismatch');
  }
  // at the assessment stage, "your results did not match the profile we're looking for" is the test's result, not a mismatch beside it
  if (stage === 'assessment' && found.has('assessment') && found.has('profile_mismatch')) {
    const onTest = new Set((r.get('assessment')?.hits ?? []).map((h) => h.sentence));
    if ((r.get('profile_mismatch')?.hits ?? []).every((h) => onTest.has(h.sentence) && !sentenceTest(OTHERS_NAMED, h.sentence.norm) && !sentenceTest(COMPARATIVE, h.sentence.norm))) found.delete('profile_mismatch');
  }
  // past the test stage too, a weak "didn't match" said inside the critique of the task is the task's result
  if (stage !== 'assessment' && found.has('assessment') && found.has('profile_mismatch') && scoreOf(r, 'profile_mismatch') < 1.2) {
    const onTest = new Set((r.get('assessment')?.hits ?? []).map((h) => h.sentence));
    if ((r.get('profile_mismatch')?.hits ?? []).every((h) => onTest.has(h.sentence) && !sentenceTest(OTHERS_NAMED, h.sentence.norm) && !sentenceTest(COMPARATIVE, h.sentence.norm))) found.delete('profile_mismatch');
  }
  // when the role is gone or taken, comparative phrasing is usually boilerplate
  if ([...found].some((x) => ROLE_FACTS.has(x)) && found.has('profile_mismatch') && scoreOf(r, 'profile_mismatch') < 1.2) {
    // …unless the chosen person's background is set nearer the role in a sentence apart from the filling
    const facts = new Set((['position_filled', 'role_closed', 'internal_candidate'] as const).flatMap((x) => (r.get(x)?.hits ?? []).map((h) => h.sentence)));
    if (!(r.get('profile_mismatch')?.hits ?? []).some((h) => !facts.has(h.sentence) && sentenceTest(CHOSEN_CLOSER, h.sentence.norm))) found.delete('profile_mismatch');
  }
  return [...found];
}

/** on hold, "we'll be in touch when it reopens" is about this role, not a door to future ones */
const RESUME_ONLY = /\bwhether (?:the|this|our) (?:role|post|position|vacancy|recruitment|process|search|job)\b|\b(?:reopen|re-open|resume|restart|(?:moves?|moving|starts?|starting|gets? going|kicks? off) again|pick(?:s|ing)? (?:(?:things|it|this|the process|the search) )?(?:back )?up|back on|unfreeze|lifted|funding|budget|decision|(?:still|remains?) (?:live|active|open|on file|with us|under consideration)|(?:in touch|contact you|let you know|reach out) (?:again )?then\b|\b(?:is|are) in place\b|\b(?:has|have) (?:started|joined|been appointed)\b|\b(?:is|'s|are|gets?) (?:approved|signed off)\b|\bapproval\b|\b(?:reserve|waiting|wait) ?list\b)/;
const FUTURE_DOOR = /(?:future|other|another|new|similar|upcoming) (?:roles?|positions?|openings?|opportunit|vacanc)|(?:future|other|similar|upcoming) [\w-]+ (?:roles?|positions?|openings?|opportunit|vacanc)|talent (?:pool|community|network)|(?<!need to )re-?apply|(?<!need to )apply again/;

/** the sender's wish to keep in touch with the candidate, said on its own: "I'd really like to stay in touch" */
const KEEP_IN_TOUCH = /\b(?:stay|keep|remain) (?:in touch|in contact|connected)\b/;
const TOUCH_REFUSED = /\b(?:not|n't|unable|cannot|no need)\b[^.;]{0,20}\b(?:stay|keep|remain)\b|\b(?:questions?|queries)\b/;
/**
 * …beside a sentence that names an opening to come: "we're opening a Bristol branch in the autumn and there'll be a
 * similar role there", "we expect to open at least one more analyst position in the spring"
 */
const OPENING_TO_COME = /\b(?:we(?:'re| are|'ll be| will be) (?:opening|launching|creating|adding|advertising|recruiting for|hiring for)|(?:we|they|the (?:team|company|business|client)) (?:expect|plan|hope|intend|are going|are planning|are hoping)s? to (?:open|advertise|hire|recruit|add|create)|there(?:'ll| will|'s going to) be (?:a|an|another|more|other|new|further|similar))\b[^.;]{0,80}\b(?:roles?|posts?|positions?|openings?|vacanc(?:y|ies)|jobs?|opportunit(?:y|ies)|seats?|headcount)\b/;
const OPENING_DENIED = /\b(?:not|n't|no plans?|unlikely)\b[^.;]{0,20}\b(?:open|opening|hire|hiring|recruit|advertise|be)\b/;

/** A sentence keeping in touch next to one naming an opening to come: the door the two say together. */
function touchBesideOpening(sentences: readonly Sentence[]): Sentence | undefined {
  const live = sentences.filter((s) => !s.footer && !s.subject);
  for (let i = 0; i < live.length; i++) {
    const s = live[i];
    if (!s || !sentenceTest(KEEP_IN_TOUCH, s.norm) || sentenceTest(TOUCH_REFUSED, s.norm)) continue;
    const next = [live[i - 1], live[i + 1]].find((n) => n && sentenceTest(OPENING_TO_COME, n.norm) && !sentenceTest(OPENING_DENIED, n.norm));
    if (next) return s;
  }
  return undefined;
}

/** reasons that only appear when someone is being declined */
/** what makes a reason's sentence no reason given to this candidate, behind one literal gate (see `told` below) */
/**
 * how eligibility is set, told as a rule of the scheme and not as a finding about the candidate: "eligibility is determined by
 * your nationality and age under each donor's rules" (a finding — "you are not eligible" — is no such sentence)
 */
const ELIGIBILITY_EXPLAINED = /\beligibility (?:is|will be|are) (?:determined|decided|set|assessed|governed|defined|based)\b(?![^.;]{0,80}\b(?:not|n't|unfortunately|regret\w*|unable|ineligible)\b)/;
const NOT_GIVEN = new GatedPatterns([FIELD_LINE, POLICY_FOR_OTHERS, NOT_THIS_DECISION, ARRANGEMENT_REFUSED, CLASS_OF_POSTS, CONDITIONAL, ELIGIBILITY_EXPLAINED]);

const DECLINE_REASONS: readonly ReasonLabel[] = ['overqualified', 'position_filled', 'internal_candidate', 'salary', 'assessment', 'skills_gap', 'profile_mismatch', 'role_closed', 'culture_fit', 'location'];

/** "a candidate whose experience with X is a closer match" names a requirement: skills_gap for that sentence */
function addComparativeRequirements(scores: Map<ReasonLabel, LabelScore>, sentences: readonly Sentence[]): void {
  const W = 1.2;
  for (const sentence of comparativeHits(sentences)) {
    const entry = scores.get('skills_gap') ?? { score: 0, hits: [] };
    const prior = entry.hits.find((h) => h.sentence === sentence);
    if (prior && prior.w >= W) continue;
    entry.score += W - (prior?.w ?? 0);
    if (prior) prior.w = W;
    else entry.hits.push({ sentence, w: W });
    scores.set('skills_gap', entry);
  }
}

/** at most this many words in the body: nothing said beyond a greeting, a name or a closing */
const EMPTY_BODY_WORDS = 6;

/** True when the body (not the subject, not the footer) has almost no words. */
function bodyIsEmpty(sentences: readonly Sentence[]): boolean {
  let words = 0;
  let subject = false;
  for (const s of sentences) {
    if (s.subject) {
      subject = true;
      continue;
    }
    if (s.footer) continue;
    // words counted by their separating spaces, without splitting the sentence
    words++;
    for (let i = s.norm.indexOf(' '); i >= 0 && words <= EMPTY_BODY_WORDS; i = s.norm.indexOf(' ', i + 1)) words++;
    if (words > EMPTY_BODY_WORDS) return false;
  }
  return subject;
}

/** What the rules saw: the scores per label and the stage they decided, the learned model's rule features. */
export interface RuleSignals {
  kinds: Map<KindLabel, LabelScore>;
  stages: Map<StageCue, LabelScore>;
  reasons: Map<ReasonLabel, LabelScore>;
  flags: Map<FlagLabel, LabelScore>;
}

/** The rules alone: labels with evidence, and the signals they rest on. */
/** the expressions read on every sentence of a message below, put behind the shared sentence gate */
gateSentenceTests(GRADUATION_WINDOW, FIT_ON_TERMS, RETRACTED, MEANT_FOR_OTHERS, SHOWN_MAIL, ONLY_SAVED, WORDING_GIVEN, ABOUT_CANDIDATE, ADDED_POINT, APPLICATION_SCORED, CHOSEN_COMPARED, OTHERS_MORE_COMMITTED, ALSO_REQUIREMENT, ANSWERS_ONLY, APPLICATION_GOES_ON, ARRANGEMENT, ARRANGING, ASKED, A_MEETING, BAR_ONLY, CANDIDATE_REFUSED, CHOSEN_CLOSER, CLOSING_FOLLOWS, COMPARATIVE, CONDITIONAL, CONTINUES, CONTRAST, DECISION_AFTER, DECLINED_BESIDE, EVENT, FILLED_FROM_LIST, FIT_JUDGED, FOR_NOW, FUTURE_DOOR, GOES_AHEAD, HIRER, HIRER_TITLE, JUDGED_WITHOUT_MEETING, KEEP_IN_TOUCH, NAMED_SKILL, NAMES_OWN, NEW_DAY_PUT, NEXT_STEP_AHEAD, NOT_INVITED_TO_INTERVIEW, NOT_SHORTLISTED, OFFER_TAKEN, OPENING_DENIED, OPENING_TO_COME, OTHERS_COMPARED, OTHERS_NAMED, OTHERS_WHOSE, OTHER_ROLE_PUT, OWN_APPLICATION_REFUSED, OWN_CLAUSE, OWN_DECISION, OWN_PROCESS, OWN_PROFILE_ELSEWHERE, PAUSED, PERSON_REQUIREMENT, PERSON_WEIGHED, PLAIN_DECLINE, POINTS_BACK, PROCESS_DESCRIPTION, QUOTED, RECALLED, REDATED, REPORTED_QUOTE, RESERVE_PLACED, RESUMES, RESUME_ONLY, ROLE_CAUSE, ROLE_GONE, ROLE_OR_APPLICATION, SECOND_POINT, SENIORITY, SIFT_NAMED, SIGN_OFF, SINGLED_POINT, STILL_IN, STOPPED, SUMMED_UP, TALK_WITH_OTHER, TASK_NOUN, TEST_NAMED, TOUCH_REFUSED, WITH_YOU, WORK_JUDGED, WORK_NOT_ENOUGH);

export function classifyByRules(sentences: readonly Sentence[]): { result: Classification; signals: RuleSignals } {
  let kinds = scoreRules(sentences, KIND_RULES);
  const reasonScores = scoreRules(sentences, REASON_RULES);
  addComparativeRequirements(reasonScores, sentences);
  const ruleHits = kinds.get('rejection')?.hits ?? [];
  let { kind, score: kindScore } = decideKind(kinds);
  let anotherRole = false;
  // another role put to the candidate beside the decline: without the declines it answers, the rest decides
  if (kind === 'rejection' && sentences.some((s) => !s.footer && sentenceTest(OTHER_ROLE_PUT, s.norm))) {
    const answered = (s: Sentence): boolean => sentenceTest(OTHER_ROLE_PUT, s.norm) || sentenceTest(CONTRAST, s.norm);
    const strong = ruleHits.filter((h) => h.w >= THRESHOLD);
    const left = ruleHits.filter((h) => !answered(h.sentence)).reduce((sum, h) => sum + h.w, 0);
    if (strong.length && strong.every((h) => answered(h.sentence)) && left < THRESHOLD) {
      kind = scoreOf(kinds, 'interview_invite') >= THRESHOLD ? 'interview_invite' : 'other';
      kindScore = Math.max(0.5, scoreOf(kinds, 'interview_invite'));
      anotherRole = true;
    }
  }
  // the pause told as a refusal for now: without those refusals, what is left of the decline does not reach a decision
  if (kind === 'rejection' && ((scoreOf(kinds, 'on_hold') >= THRESHOLD && sentences.some((s) => !s.footer && sentenceTest(PAUSED, s.norm))) || sentences.some((s) => !s.footer && sentenceTest(RESUMES, s.norm)))) {
    const hits = kinds.get('rejection')?.hits ?? [];
    const forNow = (s: Sentence): boolean => sentenceTest(FOR_NOW, s.norm) && !sentenceTest(OWN_APPLICATION_REFUSED, s.norm);
    const left = hits.filter((h) => !forNow(h.sentence)).reduce((sum, h) => sum + h.w, 0);
    if (hits.some((h) => h.w >= THRESHOLD && forNow(h.sentence)) && left < THRESHOLD) {
      kind = 'on_hold';
      // the refusal for now is the pause's evidence when no pausing words were scored
      if (!(kinds.get('on_hold')?.hits.length)) kinds.set('on_hold', { score: THRESHOLD, hits: hits.filter((h) => forNow(h.sentence)) });
      kindScore = scoreOf(kinds, 'on_hold');
    }
  }
  // the candidate told in so many words that they are still in ("you're still in the running", "this isn't a no") in a
  // message that pauses: what read as a decline is the wait ("we've been asked to consider an internal applicant first"),
  // unless a decline sentence refuses the candidate's own application or the role is gone
  if (kind === 'rejection' && scoreOf(kinds, 'on_hold') >= THRESHOLD && sentences.some((s) => !s.footer && sentenceTest(STILL_IN, s.norm) && !sentenceTest(CONDITIONAL, s.norm))) {
    const hits = kinds.get('rejection')?.hits ?? [];
    if (!hits.some((h) => sentenceTest(OWN_APPLICATION_REFUSED, h.sentence.norm) || sentenceTest(ROLE_GONE, h.sentence.norm) || sentenceTest(PLAIN_DECLINE, h.sentence.norm))) {
      kind = 'on_hold';
      kindScore = scoreOf(kinds, 'on_hold');
    }
  }
  // (…a coach's notes on a mock interview weigh answers as a panel would, and decline no one)
  if (kind === 'other' && !anotherRole && !isOutreach(sentences) && !sentences.some((s) => !s.footer && PRACTICE_RUN.test(s.norm))) {
    // no stock phrase and no other purpose: a negative decision about the candidate is a rejection
    const polarity = messagePolarity(sentences);
    if (polarity.sentence && polarity.score + Math.min(0.3, scoreOf(kinds, 'rejection')) >= THRESHOLD) {
      kind = 'rejection';
      kindScore = polarity.score;
      const prior = kinds.get('rejection');
      kinds.set('rejection', { score: (prior?.score ?? 0) + polarity.score, hits: [{ sentence: polarity.sentence, w: polarity.score }, ...(prior?.hits ?? [])] });
      // …unless what it says is not done yet ("we haven't been able to take the process any further yet") in a message that
      // pauses the process: the pause told as a negative
      if (NOT_DONE_YET.test(polarity.sentence.norm) && sentences.some((s) => !s.footer && sentenceTest(PAUSED, s.norm))) {
        kind = 'on_hold';
        kinds.set('on_hold', { score: THRESHOLD, hits: [{ sentence: polarity.sentence, w: THRESHOLD }, ...(kinds.get('on_hold')?.hits ?? [])] });
        kindScore = THRESHOLD;
      }
    }
  }
  if (kind === 'other' && !anotherRole) {
    // a reason told only of what will happen to a class of applicants ("only applicants whose profiles most closely
    // match will be contacted") is a policy for others, no reason given to this candidate; nor is one in a sentence that
    // is no decision about them at all ("the test platform had an outage and your session did not save"), nor one inside a
    // condition ("we are unable to process your application until you confirm your right to work"), nor one on a line that
    // is a label and its value on a form or an event card ("Location: Elgin plant"), nor in a message that asks for
    // something so that the process can go on ("please confirm this so we can continue"), nor one told of an event and no
    // role ("sadly the recruitment fair has been cancelled"), nor how the candidate came across (a coach's notes say as much)
    const told = (r: ReasonLabel): number => (reasonScores.get(r)?.hits ?? []).reduce((sum, h) => sum + (sentenceTest(ASKED, h.sentence.norm) || HOW_THEY_CAME_ACROSS.test(h.sentence.norm) || ANSWER_LEFT_OUT.test(h.sentence.norm) || NOT_GIVEN.some(h.sentence.norm) || (sentenceTest(EVENT, h.sentence.norm) && !sentenceTest(ROLE_OR_APPLICATION, h.sentence.norm) && !sentenceTest(FIT_JUDGED, h.sentence.norm)) ? 0 : h.w), 0);
    const support = DECLINE_REASONS.reduce((sum, r) => sum + (told(r) >= THRESHOLD ? 1 : 0), 0);
    // (a message of questions — a questionnaire, an FAQ — names pay, visas or skills without giving them as reasons)
    const questions = sentences.filter((s) => !s.footer && sentenceTest(ASKED, s.norm)).length;
    if (support + scoreOf(kinds, 'rejection') >= THRESHOLD && questions < 2 && !isOutreach(sentences) && !sentences.some((s) => !s.footer && sentenceTest(CONTINUES, s.norm))) {
      kind = 'rejection';
      kindScore = support + scoreOf(kinds, 'rejection');
      const ev = DECLINE_REASONS.flatMap((r) => evidenceOf(reasonScores, r, 1));
      kinds.set('rejection', { score: kindScore, hits: [...(kinds.get('rejection')?.hits ?? []), ...ev.map((text) => ({ sentence: sentences.find((s) => s.text === text) ?? { text, norm: '', footer: false, subject: false }, w: 1 }))] });
    }
  }
  // a body that says nothing of its own ("Sorry Priya.", "Best wishes."): the subject line is the message
  if (kind === 'other' && !anotherRole && bodyIsEmpty(sentences)) {
    const fromSubject = decideKind(scoreRules(sentences, KIND_RULES, { includeSubject: true }));
    if (fromSubject.kind === 'rejection' || fromSubject.kind === 'on_hold') {
      kind = fromSubject.kind;
      kindScore = fromSubject.score;
      kinds = scoreRules(sentences, KIND_RULES, { includeSubject: true });
    }
  }
  // only soft words ("sorry", "unfortunately") add up to the rejection, and the message arranges a next step
  if (kind === 'rejection' && (kinds.get('rejection')?.hits ?? []).every((h) => h.w < 1) && sentences.some((s) => !s.footer && sentenceTest(ARRANGING, s.norm))) {
    kind = 'other';
    kindScore = 0.5;
  }
  // the meeting itself called off and another day put ("our meeting of Thursday cannot go on … can we move it to Monday?",
  // "we're not able to go ahead with Monday's interview … could you do Wednesday at 11 instead?"): the step is moved, nobody declined
  if (kind === 'rejection' && !anotherRole) {
    const strong = (kinds.get('rejection')?.hits ?? []).filter((h) => h.w >= 1);
    if (strong.length && strong.every((h) => sentenceTest(MEETING_OFF, h.sentence.norm)) && sentences.some((s) => !s.footer && !s.subject && sentenceTest(NEW_DAY_PUT, s.norm))) {
      kind = 'other';
      kindScore = 0.5;
    }
  }
  // a decline named only as the one sent in error ("we wrote to you in error informing you that your application had been
  // unsuccessful"), or a refusal of something asked for and not of the application ("I am not able to tell you the salary
  // range before the first interview") with no decline told elsewhere: no decline of the candidate
  if (kind === 'rejection') {
    const strong = (kinds.get('rejection')?.hits ?? []).filter((h) => h.w >= 0.9);
    const refusals = new Set(strong.filter((h) => INFO_REFUSED.test(h.sentence.norm)).map((h) => h.sentence));
    if (strong.length && strong.every((h) => SENT_IN_ERROR.test(h.sentence.norm))) {
      kind = 'other';
      kindScore = 0.5;
    } else if (strong.length && refusals.size && strong.every((h) => refusals.has(h.sentence)) && sentences.some((s) => !s.footer && !s.subject && PROCESS_GOES_ON.test(s.norm)) && !sentences.some((s) => !s.footer && !s.subject && (sentenceTest(STOPPED, s.norm) || (!refusals.has(s) && (DECLINE_ELSEWHERE.test(s.norm) || sentenceTest(ROLE_GONE, s.norm) || sentenceTest(OWN_APPLICATION_REFUSED, s.norm)))))) {
      kind = scoreOf(kinds, 'on_hold') >= THRESHOLD ? 'on_hold' : 'other';
      kindScore = kind === 'on_hold' ? scoreOf(kinds, 'on_hold') : 0.5;
    }
  }
  // LABELS.md: on hold is a process paused or delayed. "We expect to decide by Friday" or "we'll be in touch once we
  // have news" with nothing paused, delayed or waiting on anything is a plain update
  // Nor is "we're taking longer than we hoped … you will hear from us by Friday 18 December" when slowness is all that is told:
  // the answer comes on a day given, nothing is stopped
  const slowOnly = sentences.filter((s) => !s.footer && sentenceTest(PAUSED, s.norm)).every((s) => SLOWER.test(s.norm) && !PAUSED.test(s.norm.replace(SLOWER_ALL, ' ')));
  // Nor is a posting moved to a new requisition with the application carried over ("re-posted under a new requisition number …
  // your application has been transferred and remains under consideration") when "under consideration" is all that reads as a pause
  const movedOnly = sentences.some((s) => !s.footer && MOVED_OVER.test(s.norm)) && sentences.filter((s) => !s.footer && sentenceTest(PAUSED, s.norm)).every((s) => !PAUSED.test(s.norm.replace(STILL_CONSIDERED_ALL, ' ')));
  // Nor is a posting's closing date put later ("the closing date has been extended … applications already received are still
  // under consideration") when that and "under consideration" are all that read as a pause
  const deadlineOnly = sentences.some((s) => !s.footer && DEADLINE_MOVED.test(s.norm)) && sentences.filter((s) => !s.footer && sentenceTest(PAUSED, s.norm)).every((s) => !PAUSED.test(s.norm.replace(DEADLINE_MOVED_ALL, ' ').replace(STILL_CONSIDERED_ALL, ' ')));
  // Nor is "you're still very much in the running … we expect to make a decision by the end of the month" when being still in
  // is all that reads as a pause: a check-in with the answer's day given
  const stillOnly = sentences.some((s) => !s.footer && DATED_DECISION.test(s.norm)) && !sentences.some((s) => !s.footer && (WAIT_LONGER.test(s.norm) || SLOWER.test(s.norm))) && sentences.filter((s) => !s.footer && sentenceTest(PAUSED, s.norm)).every((s) => !PAUSED.test(s.norm.replace(STILL_CONSIDERED_ALL, ' '))) && !sentences.some((s) => !s.footer && sentenceTest(STOPPED, s.norm));
  const heldForTime = sentences.some((s) => !s.footer && MORE_TIME.test(s.norm)) && sentences.some((s) => !s.footer && DECISION_PENDING.test(s.norm));
  if (kind === 'on_hold' && (movedOnly || deadlineOnly || stillOnly || !(heldForTime || sentences.some((s) => !s.footer && sentenceTest(PAUSED, s.norm))) || ((sentences.some((s) => !s.footer && sentenceTest(REDATED, s.norm)) || (slowOnly && sentences.some((s) => !s.footer && DATED_ANSWER.test(s.norm)))) && !sentences.some((s) => !s.footer && sentenceTest(STOPPED, s.norm))))) {
    kind = 'other';
    kindScore = 0.5;
  }
  // an invitation that regrets the wait before it ("we regret the delay in getting back to you … we would like to invite you to a
  // telephone interview"): the pause is over, the invitation is the message
  if (kind === 'on_hold' && (scoreOf(kinds, 'interview_invite') >= THRESHOLD || scoreOf(kinds, 'assessment_invite') >= THRESHOLD || sentences.some((s) => !s.footer && sentenceTest(ARRANGING, s.norm)))) {
    const paused = sentences.filter((s) => !s.footer && sentenceTest(PAUSED, s.norm));
    if (paused.every((s) => !PAUSED.test(s.norm.replace(WAIT_OVER_ALL, ' '))) && !sentences.some((s) => !s.footer && sentenceTest(STOPPED, s.norm))) {
      kind = 'other';
      kindScore = 0.5;
    }
  }
  // a pause whose role is gone for good is a decline: "the position is one of the roles that has been cut from this
  // year's plan", "we've been asked to close the vacancy, so we won't be able to carry on with your application"
  if (kind === 'on_hold') {
    const gone = sentences.find((s) => !s.footer && sentenceTest(ROLE_GONE, s.norm));
    if (gone) {
      kind = 'rejection';
      kindScore = Math.max(THRESHOLD, scoreOf(kinds, 'rejection'));
      kinds.set('rejection', { score: kindScore, hits: [{ sentence: gone, w: THRESHOLD }, ...(kinds.get('rejection')?.hits ?? [])] });
    }
  }
  // a job alert or digest declines nobody, however sorry it sounds ("we couldn't find more matches for your search")
  if (kind === 'rejection' && isJobDigest(sentences, (kinds.get('rejection')?.hits ?? []).map((h) => h.sentence))) {
    kind = 'other';
    kindScore = 0.5;
  }
  // mail to a list the reader joined, about a post that is not theirs: "the role we featured last month has been filled"
  if (kind === 'rejection' && (isListMail(sentences) || isListing(sentences, (kinds.get('rejection')?.hits ?? []).map((h) => h.sentence)))) {
    kind = 'other';
    kindScore = 0.5;
  }
  // the candidate's own withdrawal confirmed: "we've closed your application" is what they asked for
  if (kind === 'rejection' && isWithdrawalConfirmation(sentences, (kinds.get('rejection')?.hits ?? []).map((h) => h.sentence))) {
    kind = 'other';
    kindScore = 0.5;
  }
  // a place at an event refused ("the careers evening is fully booked and we are unable to offer you a place"): every
  // decline rests on a sentence about the event, none on an application, a role or an interview (a subject line such as
  // "Your application" names no decision)
  if (kind === 'rejection') {
    const strong = ruleHits.filter((h) => h.w >= THRESHOLD);
    if (strong.length && strong.every((h) => sentenceTest(EVENT, h.sentence.norm) && !sentenceTest(ROLE_OR_APPLICATION, h.sentence.norm) && !sentenceTest(PERSON_WEIGHED, h.sentence.norm) && !sentenceTest(FIT_JUDGED, h.sentence.norm)) && !sentences.some((s) => !s.footer && !s.subject && sentenceTest(OWN_DECISION, s.norm))) {
      kind = 'other';
      kindScore = 0.5;
    }
  }
  // a decline taken back ("please ignore the email below, which was sent to you in error") with the application said to go
  // on ("your application is still under consideration, and you remain shortlisted"): neither a decline nor a pause
  if (kind === 'on_hold' && sentences.some((s) => !s.footer && !s.subject && sentenceTest(RETRACTED, s.norm))) {
    const held = (kinds.get('on_hold')?.hits ?? []).filter((h) => h.w >= 0.9);
    if (held.every((h) => sentenceTest(APPLICATION_GOES_ON, h.sentence.norm) || sentenceTest(STILL_IN, h.sentence.norm))) {
      kind = 'other';
      kindScore = 0.5;
    }
  }
  // a notice about the posting while the candidate's application goes on, a job only saved or followed, a decline meant
  // for someone else: no decline of the candidate unless a decline names their own application
  if (kind === 'rejection') {
    const hits = (kinds.get('rejection')?.hits ?? []).filter((h) => h.w >= 0.9);
    const live = (re: RegExp): boolean => sentences.some((s) => !s.footer && !s.subject && sentenceTest(re, s.norm));
    if (live(APPLICATION_GOES_ON) && hits.every((h) => sentenceTest(APPLICATION_GOES_ON, h.sentence.norm) || sentenceTest(RETRACTED, h.sentence.norm) || !(sentenceTest(CANDIDATE_REFUSED, h.sentence.norm) || sentenceTest(OWN_DECISION, h.sentence.norm)))) {
      kind = 'other';
      kindScore = 0.5;
    } else if (live(WORDING_GIVEN) && hits.length > 0 && hits.every((h) => QUOTED.test(h.sentence.text) || sentenceTest(QUOTED, h.sentence.norm))) {
      kind = 'other';
      kindScore = 0.5;
    } else if (live(SHOWN_MAIL)) {
      // someone's mail shown to the reader: "this is what Karim got from Lattice Bank after the final", "exactly what I got
      // from them last year"
      kind = 'other';
      kindScore = 0.5;
    } else if ((live(ONLY_SAVED) || live(MEANT_FOR_OTHERS)) && hits.every((h) => !sentenceTest(NAMES_OWN, h.sentence.norm) && !sentenceTest(WITH_YOU, h.sentence.norm))) {
      kind = 'other';
      kindScore = 0.5;
    }
  }
  // a decline only quoted from someone else's mail ("most people get \"we've decided to move forward with other candidates\""):
  // without the quoted words, nothing in the message declines the reader
  if (kind === 'rejection') {
    const strong = (kinds.get('rejection')?.hits ?? []).filter((h) => h.w >= 0.9);
    const quoted = (s: Sentence): boolean => {
      if (s.subject || !sentenceTest(REPORTED_QUOTE, s.norm)) return false;
      const rest = withoutQuotes(s.norm);
      return rest !== s.norm && !OWN_OUTSIDE_QUOTES.test(rest);
    };
    if (strong.length && strong.every((h) => quoted(h.sentence))) {
      const unquoted = sentences.map((s) => (quoted(s) ? { ...s, norm: withoutQuotes(s.norm) } : s));
      if (scoreOf(scoreRules(unquoted, KIND_RULES), 'rejection') < THRESHOLD && messagePolarity(unquoted).score < THRESHOLD) {
        kind = 'other';
        kindScore = 0.5;
      }
    }
  }
  // an approach about a new role, with only an earlier decline recalled in it: nobody declined the candidate now
  if (kind === 'rejection' && isApproachAfterDecline(sentences, (kinds.get('rejection')?.hits ?? []).filter((h) => h.w >= 0.9).map((h) => h.sentence))) {
    kind = 'other';
    kindScore = 0.5;
  }
  // an employer's notice about its own posting, or an auto-reply: nobody declined the candidate
  if (kind === 'rejection' && (isEmployerNotice(sentences) || isAutoReply(sentences, (kinds.get('rejection')?.hits ?? []).map((h) => h.sentence)))) {
    kind = 'other';
    kindScore = 0.5;
  }
  // a pause told in a newsletter the reader signed up to ("Meridio cut 14% of staff and paused all hiring"): not their process
  if (kind === 'on_hold' && isListMail(sentences)) {
    kind = 'other';
    kindScore = 0.5;
  }
  // a no to something other than a job (a flat, a grant, a tender, a talk, a course): no employer declined a candidate
  if (kind === 'rejection' && isNotEmployment(sentences)) {
    kind = 'other';
    kindScore = 0.5;
  }
  // an arrangement refused while the candidate's next step goes ahead: no decline of the candidate
  if (kind === 'rejection' && sentences.some((s) => !s.footer && sentenceTest(GOES_AHEAD, s.norm)) && ruleHits.filter((h) => h.w >= THRESHOLD).every((h) => sentenceTest(ARRANGEMENT, h.sentence.norm) && !sentenceTest(CANDIDATE_REFUSED, h.sentence.norm))) {
    kind = 'other';
    kindScore = 0.5;
  }
  // a step of the process dropped or changed while the candidate goes on to the next one ("we won't need the take-home
  // test, so you will go straight to the panel interview"): no decline, unless a decline names the candidate
  // …and so is a decline recalled from earlier mail and turned by a "but" ("I know I wrote last month to say we weren't
  // progressing your application — but a second post has opened and the manager would like to interview you for it")
  if (kind === 'rejection' && sentences.some((s) => !s.footer && !s.subject && sentenceTest(NEXT_STEP_AHEAD, s.norm))) {
    const hits = (kinds.get('rejection')?.hits ?? []).filter((h) => h.w >= 0.9);
    if (hits.length && hits.every((h) => (sentenceTest(RECALLED, h.sentence.norm) && sentenceTest(CONTRAST, h.sentence.norm)) || (!sentenceTest(CANDIDATE_REFUSED, h.sentence.norm) && !sentenceTest(OWN_DECISION, h.sentence.norm) && !sentenceTest(WITH_YOU, h.sentence.norm)))) {
      kind = scoreOf(kinds, 'interview_invite') >= THRESHOLD ? 'interview_invite' : 'other';
      kindScore = Math.max(0.5, scoreOf(kinds, 'interview_invite'));
    }
  }
  // a place on a reserve or waiting list, with posts filled from that list: the candidate is kept waiting in order of
  // merit, not declined ("the board has placed you on the reserve list… two posts have been filled from the top of the
  // list"), unless a decline is told beside it
  if (kind === 'rejection') {
    const hits = (kinds.get('rejection')?.hits ?? []).filter((h) => h.w >= 0.9);
    if (hits.length && hits.every((h) => sentenceTest(FILLED_FROM_LIST, h.sentence.norm) && !sentenceTest(DECLINED_BESIDE, h.sentence.norm)) && sentences.some((s) => !s.footer && !s.subject && sentenceTest(RESERVE_PLACED, s.norm)) && !sentences.some((s) => !s.footer && !s.subject && sentenceTest(DECLINED_BESIDE, s.norm))) {
      kind = 'other';
      kindScore = 0.5;
    }
  }
  const evidence: Evidence[] = [];
  const declined = kind === 'rejection' || kind === 'on_hold';
  const kindEvidence = kind === 'other' ? [] : evidenceOf(kinds, kind);
  evidence.push({ label: 'kind', value: kind, sentences: kindEvidence, confidence: confidenceOf(kindScore) });

  const flags = scoreRules(sentences, FLAG_RULES);
  let stage: ReaderStage | null = null;
  let reasons: Reason[] = [];
  let feedback = false;
  const stages = scoreRules(sentences.filter((s) => !sentenceTest(PROCESS_DESCRIPTION, s.norm) || sentenceTest(OWN_PROCESS, s.norm)), STAGE_RULES);
  // the sender signs as one who hires ("Ravi Menon / Distribution Manager"): the people on our side include the hiring manager
  const signOff = sentences.findIndex((s) => !s.footer && !s.subject && sentenceTest(SIGN_OFF, s.norm));
  const title = signOff < 0 ? undefined : sentences.slice(signOff + 1, signOff + 4).find((s) => !s.footer && sentenceTest(HIRER_TITLE, s.norm));
  // …unless the talk named was with someone else by name ("following your recent conversation with Lena"): the one who
  // signs took no part in it
  const talkHits = stages.get('talk')?.hits ?? [];
  const talkWithOther = talkHits.length > 0 && talkHits.every((h) => sentenceTest(TALK_WITH_OTHER, h.sentence.norm)) && !stages.has('team') && !stages.has('interview');
  if (title && !talkWithOther) {
    const team = stages.get('team') ?? { score: 0, hits: [] };
    team.hits.push({ sentence: title, w: 1 });
    team.score += 1;
    stages.set('team', team);
  }
  // …and a talk with another named person, told by one who signs as a recruiter ("thanks for the call with Marcus on
  // Thursday" from "Recruiting, Ridgeback Security"): the one named is the one who hires, an interview
  const recruiter = (signOff < 0 ? sentences.filter((s) => !s.footer && !s.subject).slice(-3) : sentences.slice(signOff + 1, signOff + 4)).find((s) => !s.footer && !s.subject && RECRUITER_TITLE.test(s.norm));
  // (not when the one named signs elsewhere as a recruiter too: "Priya Raman | Senior Talent Partner")
  const namedRecruiter = talkHits.some((h) => {
    const name = /\b(?:conversation|call|chat|catch-up|discussion)s? with ([a-z]+)\b/.exec(h.sentence.norm)?.[1];
    return name !== undefined && sentences.some((x) => x.norm.includes(name) && new RegExp(`\\b${name}\\b`).test(x.norm) && TALK_WITH_RECRUITER.test(x.norm) && x !== h.sentence);
  });
  if (!title && recruiter && talkWithOther && !namedRecruiter && !stages.has('screen') && talkHits.every((h) => !TALK_WITH_RECRUITER.test(h.sentence.norm))) {
    const team = stages.get('team') ?? { score: 0, hits: [] };
    team.hits.push({ sentence: recruiter, w: 1 });
    team.score += 1;
    stages.set('team', team);
  }
  // the panel's judgement of handed-in work, and no meeting named anywhere it is said: no interview
  const interviewHits = stages.get('interview')?.hits ?? [];
  if (scoreOf(stages, 'assessment') >= THRESHOLD && !stages.has('talk') && interviewHits.length && interviewHits.every((h) => sentenceTest(JUDGED_WITHOUT_MEETING, h.sentence.norm) && !sentenceTest(A_MEETING, h.sentence.norm))) {
    dropInterview(stages, interviewHits);
  }
  // the application read, no talk named: a judgement of the panel or the hiring manager that names no meeting was made on paper
  const judgedOnly = stages.get('interview')?.hits ?? [];
  if (scoreOf(stages, 'application') >= THRESHOLD && !stages.has('talk') && !stages.has('screen') && judgedOnly.length && judgedOnly.every((h) => sentenceTest(JUDGED_WITHOUT_MEETING, h.sentence.norm) && !sentenceTest(A_MEETING, h.sentence.norm))) {
    dropInterview(stages, judgedOnly);
  }
  // a recruiter's call, and the hiring manager's verdict on what it found, with no meeting named where it is told
  // ("after our call … the hiring manager felt your background isn't the right fit"): the manager read the notes
  const managerOnly = stages.get('interview')?.hits ?? [];
  if ((stages.has('talk') || stages.has('screen')) && managerOnly.length && managerOnly.every((h) => sentenceTest(MANAGER_VERDICT, h.sentence.norm) && !sentenceTest(A_MEETING, h.sentence.norm))) {
    dropInterview(stages, managerOnly);
  }
  // a phone interview named, and "the time you spent with us" beside it with no one named: the time was that call
  const spentOnly = stages.get('interview')?.hits ?? [];
  if (scoreOf(stages, 'screen') >= THRESHOLD && (stages.get('screen')?.hits ?? []).some((h) => sentenceTest(PHONE_STEP, h.sentence.norm)) && spentOnly.length && spentOnly.every((h) => sentenceTest(TIME_WITH_US, h.sentence.norm))) {
    dropInterview(stages, spentOnly);
  }
  // a sift named and no test anywhere: the scores and the pass mark were the sift's, of the written application
  if (stages.has('assessment')) {
    const body = sentences.filter((s) => !s.footer && !s.subject);
    if (body.some((s) => sentenceTest(SIFT_NAMED, s.norm)) && !body.some((s) => sentenceTest(TEST_NAMED, s.norm))) stages.delete('assessment');
  }
  // not shortlisted: interviews named in sentences that do not speak of the candidate were other people's, and a
  // judgement of the panel that names no meeting was made on the application
  if (sentences.some((s) => !s.footer && !s.subject && sentenceTest(NOT_SHORTLISTED, s.norm))) {
    for (const cue of ['interview', 'final', 'team', 'talk'] as const) {
      const entry = stages.get(cue);
      if (!entry) continue;
      entry.hits = entry.hits.filter((h) => sentenceTest(ABOUT_CANDIDATE, h.sentence.norm) && !(cue !== 'final' && sentenceTest(JUDGED_WITHOUT_MEETING, h.sentence.norm) && !sentenceTest(A_MEETING, h.sentence.norm)));
      entry.score = entry.hits.reduce((sum, h) => sum + h.w, 0);
      if (!entry.hits.length) stages.delete(cue);
    }
  }
  if (declined) {
    const decided = decideStage(stages, sentences.some((x) => !x.footer && !x.subject && sentenceTest(NOT_INVITED_TO_INTERVIEW, x.norm)));
    stage = decided.stage;
    // with no cue at all, "application" rests on the decision sentence that mentions nothing further
    const cueEvidence = evidenceOf(stages, decided.cue);
    const stageEvidence = cueEvidence.length ? cueEvidence : kindEvidence.slice(0, 1);
    evidence.push({ label: 'stage', value: stage, sentences: stageEvidence, confidence: cueEvidence.length ? confidenceOf(scoreOf(stages, decided.cue)) : 0.6 });

    const found = decideReasons(reasonScores, stage, sentences);
    // at the assessment stage, a specific critique with no other reason is a judgement on the test itself
    // …and so is a bar the candidate did not reach ("you did not reach the standard required for the post")
    if (stage === 'assessment' && !found.length) {
      const bar = sentences.find((s) => !s.footer && (sentenceTest(BAR_ONLY, s.norm) || sentenceTest(WORK_NOT_ENOUGH, s.norm) || STAGE_NOT_PASSED.test(s.norm)) && /\b(?:not|below|short of|fail\w*)\b|n't\b/.test(s.norm));
      if (bar) {
        found.push('assessment');
        reasonScores.set('assessment', { score: 1, hits: [{ sentence: bar, w: 1 }] });
      }
    }
    if (stage === 'assessment' && !found.length && scoreOf(flags, 'feedback') >= THRESHOLD) {
      found.push('assessment');
      reasonScores.set('assessment', { score: scoreOf(flags, 'feedback'), hits: flags.get('feedback')?.hits ?? [] });
    }
    // past the test stage, a task the candidate did and a critique of that task, with no other reason: the test's result
    // ("thank you for the interview and the presentation task … the presentation did not address the brief")
    if (stage !== 'assessment' && !found.length && scoreOf(stages, 'assessment') >= THRESHOLD) {
      const onTask = (flags.get('feedback')?.hits ?? []).filter((h) => h.w >= THRESHOLD && sentenceTest(TASK_NOUN, h.sentence.norm));
      if (onTask.length) {
        found.push('assessment');
        reasonScores.set('assessment', { score: 1, hits: onTask });
      }
    }
    // a test named, its work faulted in a sentence of its own, beside a requirement of the person: the test's result is a
    // reason of its own ("the model evaluation was done on the training data only … The role needs someone comfortable with
    // sound validation practice from day one"); and an exercise inside an interview faulted, with no other reason, is that test's result
    const testNamed = scoreOf(stages, 'assessment') >= THRESHOLD || sentences.some((s) => !s.footer && TEST_IN_INTERVIEW.test(s.norm));
    if (testNamed && found.includes('skills_gap') && !found.includes('assessment')) {
      const gap = new Set((reasonScores.get('skills_gap')?.hits ?? []).map((h) => h.sentence));
      const flagged = new Set((flags.get('feedback')?.hits ?? []).filter((h) => h.w >= THRESHOLD).map((h) => h.sentence));
      const critique = sentences.filter((x) => !x.footer && !x.subject && !gap.has(x) && (flagged.has(x) || sentenceTest(WORK_JUDGED, x.norm)) && WORK_FAULT.test(x.norm) && /\bbut\b/.test(x.norm)).map((sentence) => ({ sentence, w: 1 }));
      const needed = [...gap].some((g) => ROLE_NEEDS_SOMEONE.test(g.norm));
      if (critique.length && needed) {
        found.push('assessment');
        reasonScores.set('assessment', { score: 1, hits: critique });
      }
    }
    if (stage !== 'assessment' && !found.length && sentences.some((s) => !s.footer && TEST_IN_INTERVIEW.test(s.norm))) {
      const faulted = [...(flags.get('feedback')?.hits ?? []).filter((h) => h.w >= THRESHOLD && WORK_FAULT.test(h.sentence.norm)).map((h) => h.sentence), ...sentences.filter((s) => !s.footer && sentenceTest(BAR_ONLY, s.norm) && /\b(?:not|below|short of|fail\w*)\b|n't\b/.test(s.norm))];
      if (faulted.length) {
        found.push('assessment');
        reasonScores.set('assessment', { score: 1, hits: faulted.map((sentence) => ({ sentence, w: 1 })) });
      }
    }
    for (const reason of found) {
      evidence.push({ label: 'reason', value: reason, sentences: evidenceOf(reasonScores, reason), confidence: confidenceOf(scoreOf(reasonScores, reason)) });
    }
    reasons = found.length ? found : ['generic'];
    if (!found.length) evidence.push({ label: 'reason', value: 'generic', sentences: kindEvidence.slice(0, 2), confidence: 0.6 });
    // a culture fit told only as another candidate preferred, or as a fit phrase alone, is a reason, not specific feedback
    const specific = found.filter((x) => SPECIFIC.has(x) && !(x === 'culture_fit' && cultureFitUnexplained((reasonScores.get(x)?.hits ?? []).map((h) => h.sentence.norm))));
    // …and a feedback cue in a sentence that only says the candidate does not fit or match ("your experience was not the
    // strongest match for this particular position") tells nothing specific either
    const feedbackCues = flags.get('feedback');
    if (feedbackCues) {
      feedbackCues.hits = feedbackCues.hits.filter((h) => !bareFit(h.sentence.norm));
      feedbackCues.score = feedbackCues.hits.reduce((sum, h) => sum + h.w, 0);
    }
    feedback = specific.length > 0 || scoreOf(flags, 'feedback') >= THRESHOLD;
    if (feedback) {
      const sentencesFor = specific.length ? evidenceOf(reasonScores, specific[0] ?? 'skills_gap') : evidenceOf(flags, 'feedback');
      evidence.push({ label: 'feedback', value: 'true', sentences: sentencesFor, confidence: 0.7 });
    }
  }
  // LABELS.md: an offer of feedback on a decision; in an offer or an invitation, "happy to jump on a call" is not one
  // …nor, in a message that declines nobody, feedback refused until a decision is made ("we are not able to offer feedback
  // while interviews are ongoing; once a decision has been made, we will be happy to provide it")
  const feedbackOffered = (declined || (kind === 'other' && !isNotEmployment(sentences) && !sentences.some((s) => !s.footer && INFO_REFUSED.test(s.norm)))) && scoreOf(flags, 'feedbackOffered') >= THRESHOLD;
  if (kind === 'on_hold') {
    const door = flags.get('doorOpen');
    if (door) {
      door.hits = door.hits.filter((h) => sentenceTest(FUTURE_DOOR, h.sentence.norm) || !sentenceTest(RESUME_ONLY, h.sentence.norm));
      door.score = door.hits.reduce((sum, h) => sum + h.w, 0);
    }
  }
  const touch = declined && scoreOf(flags, 'doorOpen') < THRESHOLD ? touchBesideOpening(sentences) : undefined;
  if (touch) {
    const door = flags.get('doorOpen') ?? { score: 0, hits: [] };
    door.hits.push({ sentence: touch, w: 1.3 });
    door.score += 1.3;
    flags.set('doorOpen', door);
  }
  const doorOpen = declined && scoreOf(flags, 'doorOpen') >= THRESHOLD;
  if (feedbackOffered) evidence.push({ label: 'feedbackOffered', value: 'true', sentences: evidenceOf(flags, 'feedbackOffered'), confidence: confidenceOf(scoreOf(flags, 'feedbackOffered')) });
  if (doorOpen) evidence.push({ label: 'doorOpen', value: 'true', sentences: evidenceOf(flags, 'doorOpen'), confidence: confidenceOf(scoreOf(flags, 'doorOpen')) });
  return {
    result: { kind, stage, reasons, feedback, feedbackOffered, doorOpen, confidence: confidenceOf(kindScore), evidence },
    signals: { kinds, stages, reasons: reasonScores, flags },
  };
}

/**
 * Labels one message: the rules, then the learned model where they are silent or weak (learned.ts).
 * Without a model (or with `model: null`) the rules alone answer.
 */
export function classify(sentences: readonly Sentence[], model: ReaderModel | null = null): Classification {
  const { result, signals } = classifyByRules(sentences);
  // a message about no job at all (a flat, a grant, a tender, a course), or someone's mail shown to the reader, that the
  // rules read as no decline: the model, which learned its declines from employers' mail, does not make it one
  if (model && result.kind === 'other' && (isNotEmployment(sentences) || sentences.some((s) => !s.footer && !s.subject && sentenceTest(SHOWN_MAIL, s.norm)))) return result;
  // …nor a message whose only step moves a call or a meeting ("sorry - have to push our call to 3pm"), with no decline in it
  if (model && result.kind === 'other' && !(signals.kinds.get('rejection')?.hits ?? []).some((h) => h.w >= 0.9) && sentences.some((s) => !s.footer && !s.subject && (sentenceTest(REDATED, s.norm) || sentenceTest(ARRANGING, s.norm)))) return result;
  return model ? combine(model, sentences, signals, result) : result;
}

/** the candidate asking why, in the thread: "would you be able to share anything about why?", "could I get some feedback?" */
const ASKED_WHY = /\bwhat held (?:me|us) back\b|\b(?:anything|something|things|what|areas?) (?:[\w-]+ ){0,3}?(?:i|we) (?:should|could|can|need to|might|ought to) (?:work on|improve)\b|\b(?:why|feedback|the reasons?|what (?:i|we) could (?:have )?(?:done|do) (?:better|differently)|where (?:i|we) (?:fell short|went wrong|could improve)|(?:any )?pointers|areas? (?:to|for|i could|i should|i need to|i can) improve\w*)\b/;
/**
 * A reason told: "the main thing was Terraform", "her main point was SQL", "it came down to", "you hadn't written modules",
 * "we couldn't see a registration on your CV", "the reviewers flagged that…", "the other two people had more years in…",
 * "it was purely the qualification", "below the pass mark"
 */
const REASON_TOLD = /\b(?:the|her|his|their|our|my) (?:[\w-]+(?:'s|s') )?(?:main|biggest|key|deciding|real|only|one) (?:thing|reason|issue|gap|concern|factor|difference|point|sticking point)\b|\bthe feedback from (?:the |our |your )?(?:[\w-]+ ){0,2}?(?:panel|interviewers?|team|hiring manager|committee|assessors?|reviewers?) (?:was|is)\b|\bthe (?:reason|issue|gap|concern) (?:was|is)\b|\bcame down to\b|\bmainly because\b|\b(?:hadn't|had not|didn't|did not|wasn't|was not|weren't|were not|couldn't|could not)\b|\black(?:ed|ing)\b|\bnot (?:enough|quite)\b|\b(?:reviewers?|panel|interviewers?|assessors?|markers?|examiners?|hiring manager|committee) (?:[\w-]+ ){0,2}(?:flagged|noted|felt|found|commented|saw|picked up)\b|\b(?:the )?other (?:[\w-]+ ){0,2}(?:people|candidates?|applicants?|finalists?)\b[^.;]{0,30}\bhad (?:more|stronger|deeper|broader|longer|more direct)\b|\bit was (?:purely|mainly|simply|just|really|mostly|largely|only) (?:the|your|down to|about)\b|\bbelow the (?:pass(?:ing)? )?(?:mark|score|threshold)\b/;
/** the why refused: "we don't give individual feedback", "I'm not able to go into the reasons", "no feedback is given at this stage", "company policy does not allow us to provide individual feedback" */
const WHY_REFUSED = /\b(?:don't|do not|doesn't|does not|can't|cannot|can not|aren't able to|are not able to|unable to|not able to|won't be able to|will not be able to|not in a position to|(?:don't|do not|doesn't|does not) (?:allow|permit) (?:us|me) to)\s(?:usually |normally |generally )?(?:give|provide|offer|share|go into|discuss|disclose)\b[^.;]{0,30}\b(?:feedback|reasons?|specifics|details|assessments?)\b|\bno (?:individual |personal |further |detailed )?feedback (?:is|can be|will be) (?:given|provided|offered|shared)\b/;
const REQUEST = /\?\s*$|\b(?:could|would|can|will) you\b|\bplease\b|\bkindly\b|\b(?:i'd|i would) (?:love|like|appreciate|be grateful)\b|\bany chance\b|\b(?:i|we) (?:wanted|want|wish|would like|'d like) to (?:ask|know|understand|find out)\b/;
/**
 * The candidate's question that itself tells the decline: "why I wasn't shortlisted", "why my application was
 * unsuccessful", "the reasons for non-selection", "where I went wrong"
 */
const DECLINE_PRESUMED = /\bwhy (?:i|my (?:application|cv|resume|candidacy|profile))(?: was| were| had| have| has| did)?(?: not|n't)? (?:been )?(?:unsuccessful|rejected|declined|turned down|not (?:successful|selected|shortlisted|chosen|progressed))\b|\bwhy (?:i|my (?:application|cv|resume|candidacy|profile))(?: was| were| had| have| has| did)(?: not|n't) (?:been )?(?:successful|selected|shortlisted|chosen|progressed|invited|taken forward|moved forward|get through|make it)\b|\bnon-?selection\b|\breasons? (?:for|behind) (?:my|the) (?:rejection|unsuccessful application)\b|\bwhere (?:i|we) went wrong\b/;
/** the decline the candidate's question tells, read as the employer's own words would be */
const PRESUMED_DECLINE_WORDS = 'unfortunately your application has not been successful.';
/** an answer that acknowledges the candidate's request, not an application: "we acknowledge receipt of your request for feedback" */
const REQUEST_RECEIVED = /\b(?:receipt of|received|receiving) your (?:request|enquiry|inquiry|query|e-?mail|message|letter|note|follow-?up)\b/;

/**
 * A reply that answers the candidate's "why?" above the decline it follows ("the main thing was Terraform …" over "could
 * you share anything about why?" and, below that, "we've decided not to move forward"): the thread's decline is this
 * message's too, and the newest words give its reasons. Only when the newest message has no purpose of its own. The
 * decline may be told by the question alone ("could you tell me why I wasn't shortlisted?"): the question then stands
 * for it.
 */
export function replyToDecline(result: Classification, sentences: readonly Sentence[], history: readonly Sentence[], model: ReaderModel | null): Classification {
  if (!history.length || !sentences.some((s) => !s.footer && !s.subject)) return result;
  const mine = sentences.filter((s) => !s.footer && !s.subject);
  // "we acknowledge receipt of your request for feedback": the receipt is of the question, not of an application
  const requestReceived = result.kind === 'application_received' && mine.some((s) => sentenceTest(REQUEST_RECEIVED, s.norm));
  if (result.kind !== 'other' && !requestReceived) return result;
  const live = history.filter((s) => !s.footer && !s.subject);
  const asks = live.filter((s) => sentenceTest(ASKED_WHY, s.norm) && sentenceTest(REQUEST, s.norm));
  if (!asks.length) return result;
  // the newest words must give the why, not arrange a talk about it ("happy to talk you through their feedback — would Thursday work?")
  // …or refuse it: "I'm sorry, but we don't give individual feedback after first interviews" answers the why with the decline standing
  // (a refusal that cites confidentiality reads like a legal footer: "the committee's deliberations are confidential and we are unable to share individual assessments")
  const refused = sentences.some((s) => !s.subject && sentenceTest(WHY_REFUSED, s.norm));
  if (!(refused || mine.some((s) => sentenceTest(REASON_TOLD, s.norm))) || mine.some((s) => sentenceTest(ARRANGING, s.norm))) return result;
  const own = classifyByRules(sentences).signals.kinds;
  if (OTHER_KINDS.some((k) => scoreOf(own, k) >= THRESHOLD && !(k === 'application_received' && requestReceived)) || scoreOf(own, 'on_hold') >= THRESHOLD) return result;
  const { result: earlier, signals } = classifyByRules(live);
  let declines = earlier.kind === 'rejection' ? (signals.kinds.get('rejection')?.hits ?? []).filter((h) => h.w >= THRESHOLD).map((h) => h.sentence) : [];
  if (!declines.length) {
    const presumed = asks.find((s) => sentenceTest(DECLINE_PRESUMED, s.norm));
    if (!presumed) return result;
    // the candidate's question shows as the evidence; it is read as the decline it tells
    declines = [{ ...presumed, norm: PRESUMED_DECLINE_WORDS }];
  }
  const joined = classify([...sentences.filter((s) => !(requestReceived && sentenceTest(REQUEST_RECEIVED, s.norm))), ...declines], model);
  return joined.kind === 'rejection' ? joined : result;
}

/** the candidate's own message in the thread withdraws: "I'm withdrawing from the process", "I'd like to step back", "I've decided to stay in my current role" */
const CANDIDATE_WITHDREW = /\bi(?:'m| am) (?:now )?(?:withdrawing|pulling out|stepping (?:back|away|down|aside))\b|\bi(?:'d| would) like to (?:withdraw|pull out|step (?:back|away|aside)|bow out)\b|\bi(?:'ve| have) (?:now )?(?:decided|chosen) (?:to (?:withdraw|pull out|step (?:back|away|aside)|stay (?:in|at|with) (?:my|our) current|remain (?:in|at|with) (?:my|our) current|accept (?:an|another|a different) (?:[\w-]+ )?(?:offer|role|position))|not to (?:proceed|continue|go ahead))\b|\bi(?:'ve| have) (?:just )?accepted (?:an|another|a different) (?:[\w-]+ )?(?:offer|role|position|job)\b|\bplease (?:withdraw|remove) my (?:application|candidacy|name)\b/;
/** the employer's own decline, in its own words: not a mere "sorry to lose you" */
const OWN_DECLINE = /\bunfortunately\b|\bregret\w*|\bunsuccessful\b|\b(?:other|another) (?:candidates?|applicants?)\b|\bsomeone else\b|(?:\bnot|n't) (?:been )?(?:successful|selected|shortlisted|progress\w*|mov\w* forward|proceed\w*|offer\w*)\b|\bdecided (?:not|to (?:go|proceed|move forward|continue) with)\b/;

/**
 * A reply to the candidate's own withdrawal ("no worries at all, we'll keep you in mind" over "I've decided to stay in my
 * current role, so I'd like to step back from the process"): nobody declined the candidate, whatever regret the answer
 * shows ("we'll be sorry to lose you from the process"). Only when the answer gives no decline of its own.
 */
/**
 * The candidate's withdrawal acknowledged in the sender's own words, with no quoted thread: "of course we understand you need
 * to withdraw from the process", "sorry to hear you've decided to withdraw" (not "we understand you may wish to withdraw if …")
 */
const WITHDRAWAL_GRANTED = /\b(?:understand|respect|accept|sorry to hear|noted|appreciate)\b[^.;]{0,60}\byou(?:'ve| have| had|'d)? (?:now )?(?:need|needed|want|wanted|wish|wished|decided|chosen|chose|have|had|would like)(?: to)? (?:withdraw|step back|pull out)\b|\byour (?:decision|request) to (?:withdraw|step back|pull out)\b|\bsorry to hear\b[^.;]{0,30}\byou(?:'ve| have)? (?:now )?(?:decided|chosen|chose) to (?:stay|remain) (?:at|in|with) (?:your|the) (?:current|present|existing)\b|\b(?:i|we)(?:'ve| have) (?:now )?withdrawn you from (?:the|our) (?:[\w-]+ )?(?:process|recruitment|search)\b(?![^.;]*\b(?:because|as you|due to|since|following|after)\b)/;
export function replyToWithdrawal(result: Classification, history: readonly Sentence[], own: readonly Sentence[] = []): Classification {
  if (result.kind !== 'rejection') return result;
  const withdrew = history.find((s) => !s.footer && !s.subject && sentenceTest(CANDIDATE_WITHDREW, s.norm)) ?? own.find((s) => !s.footer && !s.subject && WITHDRAWAL_GRANTED.test(s.norm) && !/\b(?:if|unless|should)\b/.test(s.norm));
  if (!withdrew) return result;
  const rests = result.evidence.filter((e) => e.label === 'kind').flatMap((e) => e.sentences);
  if (rests.some((t) => OWN_DECLINE.test(t.toLowerCase()))) return result;
  return {
    ...result,
    kind: 'other',
    stage: null,
    reasons: [],
    feedback: false,
    feedbackOffered: false,
    doorOpen: false,
    evidence: [{ label: 'kind', value: 'other', sentences: [withdrew.text], confidence: 0.6 }],
  };
}

/** the hiring manager's or client's verdict: "the hiring manager felt your background isn't quite the right fit" */
const MANAGER_VERDICT = /\b(?:hiring managers?|the manager|the client|line manager)\b[^.;]{0,30}\b(?:felt|thought|noted|said|concluded|found|considered|agreed|decided)\b/;
/** a sentence of the history that asks after or looks forward to a step ("any update about the interview with the hiring manager?") */
const LOOKING_AHEAD = /\blook(?:ing)? forward\b|\bnext steps?\b|\bany (?:updates?|news|feedback)\b|\bupdates? (?:about|on|regarding)\b|\bwhether\b|(?<!enjoyed |loved |liked |(?:great|good|nice|lovely|interesting|fun|fascinating) to )\bhear(?:ing)? (?:back|about|from you)\b|\bwhen (?:will|can|might|would)\b|\?\s*$/;
/**
 * …unless the step is told as held before the question: "any update following our phone screen on the 26th?", "I attended the
 * technical interview on 14 Oct, could you let me know the status?"; a step the candidate asks feedback on or did ("any feedback
 * from the panel?", "what could I have done differently in the interviews?", "any update on the assignment I sent?")
 */
const HELD_BEFORE = /\b(?:following|after|since) (?:our|my|the|(?:mon|tues|wednes|thurs|fri|satur|sun|yester)day's|last week's) (?:[\w-]+ ){0,2}(?:screen|call|chat|interview|conversation|meeting|assessment|test|task)s?\b(?! (?:invit\w*|request|slot|time|date|is|will|would|could|next))|\bi (?:attended|had|did|sat|completed|gave) (?:the|my|an?) (?:[\w-]+ ){0,3}(?:interview|assessment|test|screen|call)s?\b(?! (?:invit\w*|request|slot|time|date|is|will|would|could|next))|\b(?:the|my) (?:[\w-]+ )?(?:assignment|test|task|take-home|exercise|case study|presentation)s? (?:i|we) (?:sent|submitted|completed|did|sat|took|returned|handed in|gave)\b|\b(?:feedback|notes|thoughts|comments)\b (?:from|on|about|regarding) (?:the|my|our) (?:[\w-]+ ){0,2}?(?:panel|interviews?|interviewers|take-home|presentation|final round|screen(?:ing)? call)\b|\b(?:could|should) have (?:done|said|answered|prepared|shown|improved)\b[^.;]{0,40}\b(?:in|during|at|on) (?:the|my|our) (?:[\w-]+ )?(?:interviews?|assessments?|tests?|presentations?|take-home|case study)\b/;

const STAGE_ORDER: readonly ReaderStage[] = ['application', 'screen', 'assessment', 'interview', 'final'];

/**
 * The step the candidate's own message in the thread names as done, by asking feedback on it or by having sent it:
 * "any feedback from the panel?", "what could I have done differently in the interviews?", "any update on the
 * assignment I sent on the 15th?" — the step named, read as a stage.
 */
const STEP_DONE = /\b(?:the|my) (?:[\w-]+ )?(?:assignment|test|task|take-home|exercise|case study|presentation)s? (?:i|we) (?:sent|submitted|completed|did|sat|took|returned|handed in|gave)\b|\b(?:feedback|notes|thoughts|comments)\b (?:from|on|about|regarding) (?:the|my|our) (?:[\w-]+ ){0,2}?(?:panel|interviews?|interviewers|take-home|presentation|final round)\b|\b(?:could|should) have (?:done|said|answered|prepared|shown|improved)\b[^.;]{0,40}\b(?:in|during|at|on) (?:the|my|our) (?:[\w-]+ )?(?:interviews?|assessments?|tests?|presentations?|take-home|case study)\b/;
/** an invitation to a step, quoted in the thread: "you are invited to our Superday on 27 March", "we'd like to invite you to a final interview" */
const INVITED_TO_STEP = /\b(?:invit\w* you (?:to|for)|you (?:are|have been|'re|'ve been) (?:invited|shortlisted|selected) (?:to|for)) (?:an? |the |your |our )?(?:[\w-]+ ){0,3}?(?:superday|super day|final (?:round|interview|stage)|assessment (?:centre|center|day)|onsite|on-site|interview|panel)\b/;
/**
 * A decline told as the outcome of a step, not as its cancellation: "unfortunately you won't be receiving an offer this
 * time", "you have not been successful"
 */
const OUTCOME_DECLINE = /\b(?:won't|will not|not) be (?:receiving|getting) an? offer\b|\b(?:not|n't) (?:been )?successful\b|\bunsuccessful\b/;
const STEP_CANCELLED = /\bcancel|\bcall(?:ed|ing)? off\b|\bno longer (?:need|go ahead|take place|be going ahead)|\bwithdr/;
function invitedStep(norm: string): ReaderStage | null {
  const m = INVITED_TO_STEP.exec(norm);
  if (!m) return null;
  return /\b(?:superday|super day|final|assessment (?:centre|center|day)|onsite|on-site)\b/.test(m[0]) ? 'final' : 'interview';
}

function stepDone(norm: string): ReaderStage | null {
  const m = STEP_DONE.exec(norm);
  if (!m) return null;
  const step = m[0];
  if (/\bfinal\b/.test(step)) return 'final';
  if (/\b(?:panel|interviews?|interviewers)\b/.test(step)) return 'interview';
  return 'assessment';
}

/** an invitation to an interview that is no screen: "we would like to invite you to a video interview with the hiring panel" */
const INVITED_TO_INTERVIEW = /\binvit\w* you (?:to|for) (?:an? |the |your |our )?(?:(?!(?:phone|telephone|telephonic|screening|recruiter|hr|initial|introductory|intro|short|brief|quick|first|one-way|recorded|pre-recorded|asynchronous)\b)[\w-]+ ){0,3}interview\b/;
/** a step named as a phone call: "thank you for the phone interview on March 12" */
const PHONE_STEP = /\b(?:tele)?phon(?:e|ic) (?:screen(?:ing)?|interview|call|conversation|chat)s?\b/;
/** time spent with the company, no one named: "we appreciate the time you spent with us" */
const TIME_WITH_US = /^(?!.*\b(?:interview\w*|met|meet|meeting|panel|team|manager|director|founder|visit\w*|office|site)\b).*\bthe time you spent with us\b/;
/** a talk named as a screen in the newest message: "thanks for the quick phone call" */
const NAMED_SCREEN = new RegExp(String.raw`${SHORT_CALL.source}|\b(?:tele)?phon|\bscreen|\brecruit|\bintro|\binitial|\bquick|\bbrief|\bshort\b|\bfirst\b|\bhr\b|\btalent\b|\bpeople (?:team|partner|department)\b`);

/**
 * A reply declines the candidate above the thread it answers: "sorry, we've gone with someone else" over the
 * candidate's own "thanks for arranging the interviews today". The newest message decides kind, reasons and
 * flags; the quoted history can only show a step the candidate had already taken, read by the same stage cues
 * (which keep only steps that happened, not invitations to come). The further step wins, with its sentence.
 */
/** whether the sentences a result rests on say this */
function mineSay(result: Classification, re: RegExp): boolean {
  return result.evidence.some((e) => e.sentences.some((t) => re.test(t.toLowerCase())));
}

export function stageFromHistory(result: Classification, history: readonly Sentence[]): Classification {
  if (!history.length || (result.kind !== 'rejection' && result.kind !== 'on_hold') || result.stage === 'final') return result;
  const live = history.filter((s) => !s.footer && !s.subject && (!sentenceTest(LOOKING_AHEAD, s.norm) || sentenceTest(HELD_BEFORE, s.norm)) && (!sentenceTest(PROCESS_DESCRIPTION, s.norm) || sentenceTest(OWN_PROCESS, s.norm)));
  if (!live.length) return result;
  // a talk thanked for above an invitation to an interview quoted below: the talk was that interview
  if (result.stage === 'screen') {
    const stageEvidence = result.evidence.find((e) => e.label === 'stage');
    const invited = live.find((s) => sentenceTest(INVITED_TO_INTERVIEW, s.norm));
    if (invited && stageEvidence && !stageEvidence.sentences.some((t) => NAMED_SCREEN.test(t.toLowerCase()))) {
      const evidence = result.evidence.filter((e) => e.label !== 'stage');
      evidence.push({ label: 'stage', value: 'interview', sentences: [...stageEvidence.sentences, invited.text], confidence: stageEvidence.confidence });
      return { ...result, stage: 'interview', evidence };
    }
  }
  const stages = scoreRules(live, STAGE_RULES);
  // a call and a team in different sentences of old mail are no interview: only a cue that names the step counts
  stages.delete('team');
  const decided = decideStage(stages);
  if (decided.cue === 'application' || STAGE_ORDER.indexOf(decided.stage) <= STAGE_ORDER.indexOf(result.stage ?? 'application')) {
    // no cue of the stage rules beyond the newest message's: the step the candidate asked about or sent
    for (const s of live) {
      const step = stepDone(s.norm);
      if (step && STAGE_ORDER.indexOf(step) > STAGE_ORDER.indexOf(result.stage ?? 'application')) {
        const evidence = result.evidence.filter((e) => e.label !== 'stage');
        evidence.push({ label: 'stage', value: step, sentences: [s.text], confidence: 0.6 });
        return { ...result, stage: step, evidence };
      }
    }
    // an invitation quoted below a decline told as the step's outcome ("you won't be receiving an offer" under "you are
    // invited to our Superday"): the step took place — unless the decline is about the role, or cancels the step
    const outcome = result.kind === 'rejection' && !result.reasons.some((r) => ROLE_FACTS.has(r)) && result.evidence.some((e) => e.label === 'kind' && e.sentences.some((t) => OUTCOME_DECLINE.test(t.toLowerCase())));
    if (outcome && !mineSay(result, STEP_CANCELLED)) for (const s of history) {
      if (s.footer || s.subject) continue;
      const step = invitedStep(s.norm);
      if (step && STAGE_ORDER.indexOf(step) > STAGE_ORDER.indexOf(result.stage ?? 'application')) {
        const evidence = result.evidence.filter((e) => e.label !== 'stage');
        evidence.push({ label: 'stage', value: step, sentences: [s.text], confidence: 0.6 });
        return { ...result, stage: step, evidence };
      }
    }
    return result;
  }
  const evidence = result.evidence.filter((e) => e.label !== 'stage');
  evidence.push({ label: 'stage', value: decided.stage, sentences: evidenceOf(stages, decided.cue), confidence: confidenceOf(scoreOf(stages, decided.cue)) });
  return { ...result, stage: decided.stage, evidence };
}

/** the expressions of the functions above read on the sentences of a message, put behind the shared sentence gate */
gateSentenceTests(ASKED_WHY, CANDIDATE_WITHDREW, DECLINE_PRESUMED, HELD_BEFORE, INVITED_TO_INTERVIEW, LOOKING_AHEAD, MANAGER_VERDICT, NAMED_SCREEN, PHONE_STEP, REASON_TOLD, REQUEST, REQUEST_RECEIVED, TIME_WITH_US, WHY_REFUSED);
/** the requirement and the candidate's side read on each two sentences side by side (`decideReasons`), behind the same gate */
gateSentenceTests(REQUIREMENT_THEN_SHORT.asks, REQUIREMENT_THEN_SHORT.short, REQUIREMENT_THEN_SHORT.unless, PERSON_THEN_SIDE.asks, PERSON_THEN_SIDE.short, PERSON_THEN_SIDE.unless);
