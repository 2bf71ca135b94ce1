/**
 * Mail about jobs in general, not about an application: job alerts, digests of "jobs you may like", a saved
 * job that closed, "no new matches for your search". Their polite words ("we're sorry, we couldn't find more
 * matches", "this job is no longer accepting applications") read like a decline, but nobody declined anyone.
 * A message is such a digest when its sorry words are about matches, alerts or saved jobs and it never speaks
 * of the candidate's own application, interview or test, nor of a decision.
 */
import { gateSentenceTests, sentenceTest } from './prefilter.js';
import type { Sentence } from './types.js';

/** the marks of a job alert or digest itself (a rejection may invite you to sign up for job alerts: that is no mark) */
const DIGEST = /\bjobs? you (?:may|might|could) (?:like|be interested in|want)\b|\bjob alerts? for you\b|\bbased on your profile\b[^.;]{0,80}\bhere are\b|\b(?:more|new|any) matches (?:this|today|for)\b|\btop (?:picks|jobs|roles|matches) for you\b|\b(?:this week's|today's|your) (?:best |top |new )?(?:job )?matches\b|\b(?:similar|recommended|suggested) jobs\b|\bnew jobs? (?:for you|matching|that match)\b|\bjobs? (?:for you|matching your|that match your)\b|\b(?:roles?|jobs?|positions?|vacancies) (?:matching|that match) (?:all |any of |some of )?your (?:profile|search|preferences|criteria|interests)\b|\b(?:more|new|any) matches for\b|\bno new (?:matches|jobs|roles)\b|\bthe (?:job|role|position|vacancy) you (?:saved|viewed|followed|looked at|clicked on)\b|\b(?:jobs|roles|positions|vacancies) you (?:saved|viewed|followed|looked at|clicked on)\b|\bnew (?:[\w-]+ ){0,3}(?:jobs|roles|vacancies) (?:near|in|around) [\w ]{2,30}(?:were|have been) (?:posted|added)\b|\byou(?:'re| are) receiving this (?:e-?mail |message |alert )?because you (?:created|set up|signed up for|subscribed to) (?:a |an )?(?:job )?alert\b|\bupdate your (?:job |search |alert )?(?:preferences|alerts?|searche?s?|settings)\b[^.;]{0,40}\b(?:better|more relevant|closer) (?:matches|jobs|roles)\b|\bwhen new (?:[\w-]+ ){0,2}(?:roles|jobs|vacancies|positions) (?:[\w-]+ ){0,2}(?:are|get) (?:posted|published|added)\b|\bwiden(?:ing)? your search\b|\b(?:jobs?|roles?|vacancies|positions|listings) (?:in|from|on) your (?:[\w-]+ ){0,2}(?:alerts?|digests?|searche?s?)\b/;

/** an alert's own footer: "manage alerts", "you're receiving this alert because you created it" */
const ALERT_FOOTER = /\bmanage (?:your )?(?:job )?alerts\b|\byou(?:'re| are) receiving this (?:job )?alert\b|\byour (?:weekly|daily|monthly) (?:job )?alert\b/;

/** a posting's state in brackets: "(position filled)", "(this job is no longer accepting applications)" */
const LISTING_STATE = /\((?:this )?(?:job|role|position|vacancy|posting|listing)\b[^()]{0,60}\)/g;

/** a sentence that only asks */
const ASKED = /\?\s*$/;

/** the candidate's own step: an application, an interview, a test (a digest never speaks of one) */
const OWN_STEP = /\b(?:move|moving|go|going) (?:forward|ahead)\b|\bproceed|\bprogress|\bother (?:candidates|applicants)\b|\b(?:not|un)successful\b|\bnot (?:been )?selected\b|\bshort-?list|\bconsideration\b|\bdecision\b|\bfilled\b|\byour (?:application|candidacy|candidature|interview|assessment|test|submission|cv|resume)\b|\byou(?:'ve| have)? (?:applied|interviewed)\b|\b(?:thank you|thanks) for (?:applying|your (?:interest in|application)|interviewing)\b/;

/**
 * True when the message is a job alert or digest, not a message about one of the candidate's applications:
 * every sentence the decline would rest on (`declining`) is itself about matches, alerts or saved jobs, and
 * no sentence speaks of the candidate's own step or of a decision.
 */
export function isJobDigest(sentences: readonly Sentence[], declining: readonly Sentence[]): boolean {
  if (!declining.length) return false;
  // a list of postings under a digest's own marks ("jobs you viewed that are now closed", "new jobs for you"): its listings'
  // "no longer accepting applications" are the postings' states
  const marked = sentences.filter((s) => sentenceTest(DIGEST, s.norm) || sentenceTest(ALERT_FOOTER, s.norm)).length >= 2;
  // (a question asks, it declines nobody: "Not the right fit? Update your preferences")
  if (!marked && !declining.every((s) => sentenceTest(DIGEST, s.norm) || sentenceTest(ASKED, s.norm))) return false;
  // the footer's "you are receiving this because you signed up for job alerts" sits under real rejections too
  // (in a marked digest, a posting's state told in brackets beside its listing — "(position filled)" — is no step of the reader's)
  return !sentences.some((s) => !s.footer && OWN_STEP.test(marked ? s.norm.replace(LISTING_STATE, '') : s.norm));
}

/** the candidate withdrew: "thank you for letting us know you'd like to withdraw", "we have withdrawn your application as you asked" */
const WITHDREW = /\byou(?:'d| would)? (?:like|want|wish|wished|wanted|asked|requested|decided|chosen|opted) to withdraw\b|\b(?:thank you|thanks) for (?:withdrawing|letting us know)\b[^.;]{0,40}\bwithdr|\byour (?:request|decision|wish) to withdraw\b|\b(?:as|at) your request\b[^.;]{0,40}\bwithdr|\bwithdrawn (?:at|as per) your request\b|\bwithdrawn (?:as|like) you (?:requested|asked)\b|\b(?:as|per) you (?:requested|asked)\b[^.;]{0,120}\b(?:has|have) been withdrawn\b|\bclosed (?:your|the) (?:application|candidacy|profile) (?:at|as per) your request\b|\byou(?:'ve| have) (?:just |now |since |recently )?accepted (?:another|a different|an(?:other)? external|an?|the [\w-]+) (?:[\w-]+ )?(?:offer|role|position|job)\b|\bconfirm(?:s|ing)? (?:that )?(?:you have withdrawn|your withdrawal|the withdrawal)\b|\b(?:closed|withdrawn|withdrew|removed|cancel+ed) (?:your|the) (?:[\w-]+ ){0,3}?(?:application|candidacy|profile)\b[^.;]{0,60}\b(?:as|like) you (?:asked|requested|wished)\b/;
/** what a withdrawal's confirmation says after it: the records, no further mail */
const AFTER_WITHDRAWAL = /\bsorry (?:we won't|we will not|not to) (?:get to )?(?:continue|work together|have you|see you)\b|\b(?:completely|totally|fully) understand\b|\bno longer be (?:considered|reviewed|processed|progressed)\b|\bclos(?:e|ed|ing)\b|\barchiv|\bwithdr|\b(?:won't|will not|no longer) (?:contact|receive|hear|email|be contacted)|\bno further (?:communication|contact|emails?)\b|\bupdated (?:our|your) records\b|\bremoved\b|\bsorry to (?:see you go|lose you)\b|\bwish you\b|\b(?:good|best of) luck\b|\bcongratulations (?:on|with|for) (?:your|the) (?:new|other)\b/;

/**
 * True when the message confirms that the candidate withdrew: the sentences a decline would rest on are
 * only the withdrawal itself and what follows from it ("we've closed your application"), so nobody
 * declined the candidate.
 */
export function isWithdrawalConfirmation(sentences: readonly Sentence[], declining: readonly Sentence[]): boolean {
  if (!sentences.some((s) => !s.footer && sentenceTest(WITHDREW, s.norm))) return false;
  return declining.every((s) => sentenceTest(WITHDREW, s.norm) || sentenceTest(AFTER_WITHDRAWAL, s.norm));
}

/**
 * Mail to an employer about its own posting, not to a candidate: "your job posting will expire in 3 days", "42 candidates
 * applied — review them in your hiring dashboard or repost the job". "No longer accepting applications" there declines
 * nobody.
 */
const EMPLOYER = /\b\d+ (?:new )?(?:candidates|applicants|people|applications) (?:have )?(?:applied|received)\b|\b(?:employer|hiring|recruiter) (?:dashboard|account|portal)\b|\brepost\b|\brenew (?:your|the) (?:job|posting|listing|ad)\b|\bfor employers\b|\byour (?:job )?(?:posting|listing|job ad)\b/;

/** True when the message is an employer's notice about its own job posting (and never speaks of the reader's own step). */
export function isEmployerNotice(sentences: readonly Sentence[]): boolean {
  const marks = sentences.filter((s) => sentenceTest(EMPLOYER, s.norm)).length;
  return marks >= 2 && !sentences.some((s) => !s.footer && sentenceTest(OWN_STEP, s.norm));
}

/** the writer's own absence told by an auto-reply: "I am currently out of the office", "I'm on parental leave until March" */
const AWAY = /\b(?:i am|i'm|i will be|i'll be) (?:currently |now )?(?:out of (?:the )?office|on (?:[\w-]+ )?leave|away from (?:my desk|the office|email|work)|off work)\b|\b(?:automatic|auto-?) ?reply\b|\bout of (?:the )?office\b/;
/** a decline of the candidate's own application: an auto-reply never makes one */
const OWN_DECLINE = /\byour (?:application|candidacy|candidature)\b|\b(?:other|another) (?:candidate|applicant)s?\b|\b(?:not|n't) (?:been )?(?:selected|successful|shortlisted)\b|\bdecided\b|\bdecision\b|\b(?:proceed|progress|move forward|moving forward|go forward|further)\b/;

/** True when the message is an auto-reply: the writer is away, and no sentence the decline rests on is about the candidate's application. */
export function isAutoReply(sentences: readonly Sentence[], declining: readonly Sentence[]): boolean {
  if (!sentences.some((s) => sentenceTest(AWAY, s.norm))) return false;
  return !declining.some((s) => sentenceTest(OWN_DECLINE, s.norm));
}

/**
 * the thing applied for is no job: a flat or a tenancy, a grant, a tender or a quote, a manuscript, a conference talk, a
 * permit, a place on a course or a scheme ("the landlord has gone with another applicant", "your proposal was not selected
 * for funding", "the January intake is now full") — a no to it is not an employer declining a candidate
 */
const NOT_EMPLOYMENT = /\b(?:landlord|tenancy|tenants?|letting agents?|lettings|rental (?:market|property|application)|to rent|holding deposit|manuscripts?|external review|peer review|editorial (?:office|board|decision)|journal of|(?:small )?grants? (?:round|office|programme|program|committee|scheme)|selected for funding|funding (?:round|call|panel)|rfp|tender|bidders?|preferred supplier|the quote|your quote|quotation|procurement (?:unit|team|office)|call for (?:papers|proposals|speakers)|cfp|program(?:me)? committee|talk submission|your talk|parking permit|permit application|(?:postgraduate |undergraduate )?admissions (?:office|team)|postgraduate admissions|msc|mba|diploma in|place on (?:the|our|this) (?:course|module)|mentorship|mentors|mentees|mortgage|loan application)\b/;
/** a word of employment: with any of these the message may still be about a job */
const EMPLOYMENT = /\b(?:roles?|positions?|jobs?|consultanc(?:y|ies)|vacanc(?:y|ies)|interview\w*|hiring|hire|recruit\w*|careers?|employ\w*|candidates?|cv|resume|internships?|placements?|apprentice\w*|graduate (?:[\w-]+ )?(?:programme|program|scheme)|assessment cent(?:re|er)s?|fellowships?|trainee\w*|post|posts|offer letter|salary|shortlist\w*|opening|openings|contract role|freelance)\b/;

/** True when the message speaks only of something other than a job (a flat, a grant, a tender, a course) and never of employment. */
export function isNotEmployment(sentences: readonly Sentence[]): boolean {
  if (!sentences.some((s) => sentenceTest(NOT_EMPLOYMENT, s.norm))) return false;
  return !sentences.some((s) => sentenceTest(EMPLOYMENT, s.norm));
}

/**
 * mail to a list the reader joined, not to an applicant: "you're receiving this email because you joined our talent
 * community", "thanks for joining our talent community", "you can leave the talent community at any time"; or a job board's note on the reader's own new job ("congratulations on your new role")
 */
const TO_A_LIST = /\bcongratulations on (?:your|the) new (?:role|job|position)\b|\bsince you(?:'ve| have) (?:started|accepted|landed|found) (?:a|your) new (?:role|job|position)\b|\byou(?:'re| are) (?:receiving|getting) this(?: (?:e-?mail|message|newsletter|update))?\b[^.;]{0,40}\bbecause you (?:joined|signed up|subscribed|opted in|registered|are a member|created)\b|^dear (?:talent community member|subscriber|community member|member|talent network member)\b|\b(?:thanks|thank you) for (?:joining|accepting (?:the|our) invitation to join) (?:our|the) (?:[\w"'-]+ ){0,4}?(?:talent community|talent network|community|mailing list|newsletter)\b|\b(?:leave|unsubscribe from) (?:the|our|this) (?:[\w"'-]+ ){0,4}?(?:talent community|talent network|mailing list)\b|\bwhat's new in (?:the|our) (?:[\w"'-]+ ){0,4}?(?:talent community|talent network)\b|\byou signed up (?:at|on|to|for|via|with)\b/;
/** the reader's own application, interview or test (a list's mail about someone else's post never speaks of one) */
const OWN_APPLICATION = /\byour (?:application|candidacy|candidature|interview|assessment|test|submission|cv|resume|profile for)\b|\byou(?:'ve| have)? (?:applied|interviewed)\b|\b(?:thank you|thanks) for (?:applying|your application|interviewing)\b|\bother (?:candidates|applicants)\b|\b(?:not|un)successful\b|\bnot (?:been )?selected\b/;

/**
 * True when the message goes to a list the reader joined (a talent community, a newsletter) and never speaks of their own
 * application: "the General Manager post we featured last month has now been filled" declines nobody.
 */
export function isListMail(sentences: readonly Sentence[]): boolean {
  if (!sentences.some((s) => sentenceTest(TO_A_LIST, s.norm))) return false;
  return !sentences.some((s) => !s.footer && sentenceTest(OWN_APPLICATION, s.norm));
}

/**
 * a recruiter's approach about a new role: "I came across your profile", "would you be open to a quick chat?", "I'm reaching
 * out on behalf of our research group", "if this interests you, I'd be happy to tell you more"
 */
const OUTREACH = /\b(?:came across|found|saw|noticed|spotted) your (?:profile|cv|resume|github|linkedin|portfolio|background)\b|\b(?:i'm|i am|we're|we are) (?:reaching out|getting in touch) (?:to you )?(?:on behalf of|about|regarding|because|as|since|to see|with)\b|\bif (?:this|that|the (?:role|position|opportunity)) (?:interests you|sounds (?:interesting|of interest|like something)|is of interest|appeals)\b|\bwould you be (?:open|interested|available) (?:to|in|for) (?:a |an )?(?:quick |short |brief )?(?:chat|call|conversation|exploring|hearing)\b|\bwould you be (?:interested|keen) (?:in|on) (?:applying|putting yourself forward|being put forward|being considered)\b/;

/**
 * True when the message is a recruiter's approach about a new role and never speaks of the reader's own application:
 * its "sadly they can't do fully remote" declines nobody.
 */
export function isOutreach(sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => !s.footer && sentenceTest(OUTREACH, s.norm)) && !sentences.some((s) => !s.footer && sentenceTest(OWN_APPLICATION, s.norm));
}

/** a decline told as past, from an earlier process: "I know your application last spring wasn't successful" */
const RECALLED_DECLINE = /\b(?:i know|as you know|i reali[sz]e|you (?:may|might) remember|we know)\b|\blast (?:spring|summer|autumn|fall|winter|year|month|time|round)\b|\b(?:earlier|previously) this year\b|\ba few (?:months|weeks) (?:ago|back)\b/;

/** the decline pointing back to the role just recalled: "that position", "that one", "it went to …" */
const BACK_TO_IT = /\b(?:that|the) (?:one|role|position|post|job|vacancy|opening)\b|^(?:unfortunately |sadly |in the end )?it\b/;

/**
 * True when a recruiter approaches the candidate about a new role and the only decline in it is one recalled from an
 * earlier process ("I know your application last spring wasn't successful … a new position has just opened — would you be
 * open to a short chat?"): nobody is declined now.
 */
export function isApproachAfterDecline(sentences: readonly Sentence[], declining: readonly Sentence[]): boolean {
  // the recall may open the sentence before and the decline follow it: "You may remember we spoke last spring about the
  // Senior Recruiter role. Unfortunately that position went to an internal colleague in the end, …"
  const recalled = (s: Sentence): boolean => {
    if (sentenceTest(RECALLED_DECLINE, s.norm)) return true;
    const before = sentences[sentences.indexOf(s) - 1];
    return !!before && !before.footer && sentenceTest(RECALLED_DECLINE, before.norm) && sentenceTest(BACK_TO_IT, s.norm);
  };
  return declining.length > 0 && declining.every(recalled) && sentences.some((s) => !s.footer && sentenceTest(OUTREACH, s.norm));
}


/** posts named in the plural, or two at once, as filled or taken: "roles marked FILLED have been taken", "…have both been filled" */
const POSTS_TAKEN = /\b(?:roles|jobs|positions|posts|vacancies|listings|locums|shifts|placements|openings)\b[^.;]{0,40}\b(?:have|were|are)\b(?: now| since| already| all| both){0,3} (?:been )?(?:filled|taken)\b|\b(?:have|were) (?:now )?(?:both|all) been (?:filled|taken)\b/;
/** the marks of mail to many readers: a digest, a newsletter, a bulletin, its unsubscribe line */
const LIST_MARK = /\b(?:digest|newsletter|bulletin|branch news|round-?up)\b|\bunsubscribe\b|\bmanage (?:your )?(?:alerts|preferences|subscriptions?)\b|\bhere are (?:this week's|this month's|today's|the latest)\b/;

/**
 * True when the message goes to many readers (a digest, a newsletter) and its only declines name posts filled in the
 * plural or two at once ("the Senior Physiotherapist role at one clinic and the Community role at another have both been
 * filled"), with no word of the reader's own application: postings' states, not a decline.
 */
export function isListing(sentences: readonly Sentence[], declining: readonly Sentence[]): boolean {
  if (!declining.length || !declining.every((s) => sentenceTest(POSTS_TAKEN, s.norm))) return false;
  if (!sentences.some((s) => sentenceTest(LIST_MARK, s.norm))) return false;
  return !sentences.some((s) => !s.footer && sentenceTest(OWN_APPLICATION, s.norm));
}

/** the expressions above read on every sentence of a message, put behind the shared sentence gate */
gateSentenceTests(AFTER_WITHDRAWAL, ALERT_FOOTER, ASKED, AWAY, BACK_TO_IT, DIGEST, EMPLOYER, EMPLOYMENT, NOT_EMPLOYMENT, LIST_MARK, OUTREACH, OWN_APPLICATION, OWN_DECLINE, OWN_STEP, POSTS_TAKEN, RECALLED_DECLINE, TO_A_LIST, WITHDREW);
