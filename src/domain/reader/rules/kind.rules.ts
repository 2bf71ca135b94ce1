/**
 * What kind of message this is. Rejection cues are many and varied; the other
 * kinds (acknowledgement, invitations, offer, on hold) only win when no
 * rejection cue is present (see classify.ts).
 */
import type { Rule } from '../engine.js';

export type KindLabel =
  | 'rejection'
  | 'on_hold'
  | 'application_received'
  | 'interview_invite'
  | 'assessment_invite'
  | 'offer';

const OTHERS = String.raw`(?:other|another|different|alternative|the other|more suitable|more qualified|stronger|better[- ]suited|a different|an alternative)`;
const PEOPLE = String.raw`(?:candidates?|applicants?|individuals?|people|persons?|profiles?|finalists?|talent|folks)`;

/** a call offered to talk about feedback is not an invitation to interview */
const FEEDBACK_TALK = /feedback|debrief|pointers|(?:go|talk|walk) (?:you )?through (?:the|your|our|some)/;

/**
 * The earlier classes of sentences that are no decision about this candidate: sympathy with the candidate's own
 * choice, a policy about everyone else, a job saved in an alert, an update with no news yet.
 */
const NOT_THIS_DECISION_BEFORE = /\b(?:not|n't) (?:currently |actively )?(?:hiring|recruiting|taking (?:anyone|anybody|people|staff) on|taking on (?:anyone|anybody|staff|new staff)|looking for (?:anyone|staff|people))(?: anyone| at all)? (?:at the moment|at present|right now|currently|just now|for now)\b(?![^.;]{0,60}\b(?:so|therefore|which means|and (?:we|i) (?:will|'ll|are|have))\b)|\bsorry to hear\b|\b(?:unable|not able|can't|cannot|can not) (?:to )?(?:give|provide|offer|send|share) (?:individual |personal |status |progress |regular )?(?:updates|status updates|progress updates|progress reports)\b|\bout of (?:the )?office\b|\blimited access to (?:my )?e-?mail\b|\b(?:offer|find|give you|book) (?:you )?(?:a|an|another|the) (?:[\w-]+ )?(?:slot|time ?slot|interview time)\b|\b(?:find|book|give you|offer you) (?:a|an|another) (?:[\w-]+ )?appointment\b|\byou(?:'ve| have)? (?:decided|chosen|opted|elected) to (?:withdraw|decline|accept|pursue|take|go|stay|remain)|\byour (?:decision|choice) to (?:withdraw|decline|accept|pursue|stay)|\b(?:in|with|on) your new (?:role|job|position|post|company)\b|\b(?:candidates|applicants|those|people) who (?:are|were|have|have not|haven't)(?: not| been| not been)* (?:shortlisted|selected|successful|unsuccessful|progressed)\b|\b(?:unable|not able|cannot|can't|won't|will not|do not|don't) (?:be able to )?(?:contact|respond to|reply to|notify|get back to|write to) (?:every|each|all|individual|unsuccessful|every single)\b|\byou (?:saved|viewed|followed|bookmarked|looked at|clicked on)\b|\bsaved (?:job|jobs|search|searches)\b|\bjob alerts?\b|\bno (?:news|update|decision) yet\b|\b(?:unable|not able|cannot|can't|won't|will not|do not|don't) (?:be able to )?(?:give|provide|share|offer|send|release|disclose) (?:any )?(?:individual|personal(?:ised|ized)?|detailed) (?:results|scores|marks)\b|\bonly (?:shortlisted|successful|selected) (?:candidates|applicants) will be (?:contacted|notified|invited)\b|\b(?:haven't|have not|hasn't|has not) (?:yet )?(?:finished|completed|concluded) (?:reviewing|interviewing|our|the)\b|\b(?:regret|sorry|apologi[sz]e|apologies)\b[^.;:]{0,12}\b(?:for )?(?:the|this|our|my) (?:long |slight )?(?:delay|wait|slow (?:reply|response))\b(?![^.;]*\b(?:not|n't|unfortunately|unsuccessful|other candidates?)\b)|\b(?:platform|system|portal|site|website|link|session|upload|file|form|page|server|video|connection|recording|attachment|cv|invite|invitation)s?\b[^.;]{0,30}\b(?:did not|didn't|failed to|could not|couldn't|would not|wouldn't|does not|doesn't) (?:properly |correctly |successfully )?(?:save|load|upload|open|work|record|submit|go through|send|sync|connect)\b(?! out)|\b(?:had|has|have|experienced|suffered|hit) (?:an? |some )?(?:brief |short |temporary |technical |unexpected )?(?:outage|glitch|technical (?:issue|problem|difficult(?:y|ies))|bug|crash)e?s?\b|\b(?:could not|couldn't|was not|wasn't|cannot|can't|failed to|unable to) (?:be )?(?:submit|submitted|upload|uploaded|process|processed|save|saved|open|opened|complete|completed)\b[^.;]{0,60}\b(?:because|due to|as)\b[^.;]{0,40}\b(?:file|format|size|upload|link|attachment|missing|error|technical|form|field)\b/;

/**
 * Polite words around no decision about this candidate, as classes of words rather than phrases:
 * - contact promised only to a selected class, in a future or conditional frame: a modal + "only" + a contact verb +
 *   a selection word ("we will only contact candidates selected for the next stage", "only shortlisted candidates shall
 *   be intimated");
 * - no answer to a class of messages: a refusal to reply + a kind of message ("unable to respond to telephone
 *   enquiries"), or to give updates ("not in a position to give individual updates");
 * - a decision not made yet: a refusal to tell + a decision word + a time still to come ("we're not able to share a
 *   decision today");
 * - the writer as the wrong contact ("I'm not the right person for this");
 * - someone else's application: a third person's ("her application", "if she is hired") or some applicants' own
 *   ("some applicants received an email stating that their application…");
 * - a class of applications by their state ("incomplete applications", "applications received after the closing date");
 * - a possibility, not a fact ("this post may have been filled");
 * - an apology for an inconvenience with no decline beside it ("we regret any inconvenience this may cause");
 * - someone who cannot join the candidate's step ("our CEO will not be able to join your final interview");
 * - no information held, the candidate's own withdrawal told as the cause, the candidate's own technical step that failed.
 */
const CONTACT_VERB = String.raw`(?:contact|notify|invite|call|inform|intimate|reply to|respond to|write to|get (?:back )?in touch with|reach out to|be in touch with|revert to|correspond with)`;
const SELECTION_WORD = String.raw`(?:selected|shortlisted|short-listed|successful|chosen|eligible|progressing|suitable|invited)`;
const CONTACT_ONLY_SELECTED = new RegExp(String.raw`\b(?:will|shall|'ll|can|could|may|would|are able to|be able to) only (?:be able to )?${CONTACT_VERB}\b[^.;]{0,40}?\b(?:${SELECTION_WORD}|who (?:match|meet|fit|are (?:a |an )?(?:close|closest|good|strong|suitable))|whose)\b|\bonly (?:the )?(?:${SELECTION_WORD}|short-?listed|eligible) (?:candidates|applicants|profiles|people|individuals)(?: will| shall| would| can| may)? (?:be )?(?:contacted|notified|intimated|informed|invited|called|called for|approached|hear)\b|\bonly (?:those|candidates|applicants|people|individuals) (?:who (?:are|have been|were) |that (?:are|have been) )?(?:${SELECTION_WORD}|short-?listed)\b[^.;]{0,40}\b(?:will|shall|would|can|may) (?:be )?(?:contacted|notified|intimated|informed|invited|called|hear)\b`);
const NO_REPLY_TO_CLASS = /\b(?:unable|not able|not in a position|cannot|can't|can not|won't be able|will not be able|regret that we (?:cannot|can't|are unable))(?: to)? (?:respond|reply|answer|acknowledge|entertain|take)(?: to)? (?:any )?(?:[\w-]+ )?(?:enquiries|inquiries|queries|calls|phone calls|correspondence|questions|messages|emails|e-mails)\b|\b(?:unable|not able|not in a position|cannot|can't|can not)(?: to)? (?:give|provide|offer|send|share) (?:any )?(?:individual |personal |status |progress |regular |individual status )?(?:updates|status updates|progress updates|progress reports)\b|\bno correspondence will be (?:entertained|answered|entered into)\b/;
const NO_DECISION_YET = /\b(?:unable|not able|not in a position|cannot|can't|can not|won't be able|will not be able)(?: to)? (?:share|give|make|reach|announce|confirm|communicate|tell you|let you know) (?:you )?(?:a|the|our|any) (?:final )?(?:decision|outcome|answer|result|results|update|news)\b(?! (?:on|about) your application\b)[^.;]{0,40}\b(?:yet|today|tonight|this week|right now|just now|until|before|for (?:a few|another|some|the next)|(?:over|on|by) the (?:phone|telephone)|by (?:phone|telephone|e-?mail|text))\b/;
const WRONG_CONTACT = /\b(?:i'm|i am|we're|we are|this is|this inbox is|this address is) not (?:really )?the (?:right|best|correct|appropriate|relevant) (?:person|contact|team|department|people|address|inbox|mailbox|one)\b|\b(?:i'm|i am|we're|we are) not (?:actually |really )?the (?:recruiter|recruiters|hiring manager|hiring team|contact|person|team) (?:for|on|handling|responsible for|in charge of|looking after|covering|dealing with|who (?:handles|covers|looks after|deals with|is handling|is hiring for))\b/;
const SOMEONE_ELSES = /\b(?:his|her) (?:application|candidacy|candidature|cv|resume|profile)\b|\b(?:he|she) (?:is|was|gets|got|has been|is not|was not|isn't|wasn't) (?:hired|appointed|selected|offered|successful|shortlisted)\b|\b(?:some|a few|several|a number of|a small number of|certain|a handful of) (?:applicants|candidates|users|people|graduates)\b[^.;]{0,80}\btheir (?:application|applications|candidacy|cv)\b/;
const CLASS_OF_APPLICATIONS = /\b(?:second|duplicate|repeat|repeated|further|another|additional) (?:application|submission)s? (?:for|to) the same (?:[\w-]+ )?(?:role|position|job|requisition|vacancy|post|opening|req|job posting)\b|\b(?:incomplete|late|unsigned|partial|unfinished|duplicate|anonymous|handwritten|hand-written|speculative|postal|paper) (?:applications|submissions|application forms|forms|cvs)\b|\b(?:applications|submissions|forms|cvs) (?:(?:received|submitted|sent|arriving|made) )?(?:after|later than|past|beyond|without|lacking|missing|not accompanied by|that (?:do not|don't|are not|aren't|arrive|miss|lack))\b/;
/** the candidate's own technical step that failed: "you were unsuccessful in booking a slot", "you did not receive the invitation email" */
const OWN_STEP_FAILED = /\bunsuccessful (?:in|at|when|while) (?:booking|uploading|logging|signing|registering|connecting|joining|accessing|opening|downloading|paying|reserving|scheduling|submitting (?:the|your) (?:form|file|document))\b|\b(?:did not|didn't|have not|haven't|has not|hasn't|may not have|might not have) (?:yet )?(?:receive|received|get|got|see|seen) (?:the|our|my|an?|your|any) (?:[\w-]+ )?(?:email|e-mail|message|link|letter|text|sms|calendar invite|reminder|attachment)s?\b|\b(?:haven't|have not) (?:submitted|completed|finished) (?:it |them |your (?:[\w-]+ )?application |the (?:[\w-]+ )?application )?yet\b|\byou (?:started|began|have started|'ve started) (?:an?|your) (?:[\w-]+ )?application\b/;
/** no information held ("we do not have any information about the status of your visa application") */
const NO_INFORMATION = /\b(?:do not|don't|does not|doesn't|did not|didn't) (?:yet |currently )?(?:have|hold) (?:any )?(?:information|details|news|visibility|records?)\b/;
/** the candidate's own step back, told as the cause ("as you have withdrawn from the process, we have closed your application") */
const OWN_WITHDRAWAL = /\b(?:as|since|because|now that|following|given that) you(?:'ve| have| had)? (?:now )?(?:withdrawn|withdrew|accepted (?:another|a different|an?|the other) (?:offer|role|position|job)|asked us to (?:withdraw|close|remove|cancel))\b|\b(?:as per|at|following|in line with|per) your (?:own )?(?:request|email|e-mail|mail|letter|message|instructions?)\b[^.;]{0,120}\b(?:withdrawn|closed|cancel+ed|removed)\b|\b(?:withdrawn|closed|cancel+ed|removed)\b[^.;]{0,30}\b(?:as (?:you )?requested|at your request)\b|^as (?:you )?(?:requested|asked)\b[^.;]{0,40}\b(?:withdrawn|closed|cancel+ed|removed)\b/;
/** a person who cannot join the candidate's step: "our CEO will not be able to join your final interview" */
const CANNOT_JOIN = /\b(?:not be able to|unable to|cannot|can't|won't be able to|will not be able to|not able to|could not|couldn't|was not able to|wasn't able to) (?:join|attend|make|sit in on|be at|run|lead|chair|host) (?:your|the|our|this|tomorrow's|today's|monday's|tuesday's|wednesday's|thursday's|friday's) (?:[\w-]+ )?(?:interview|call|meeting|session|assessment|onsite|chat|presentation)\b/;
/**
 * The round-twenty-one classes of sentences about something other than this candidate's application, each guarded so
 * that a sentence which goes on to name the candidate's own application still declines it:
 * - a thing that is not the application declined: a refusing verb + an administrative object ("your expense claim has been
 *   declined", "I've had to decline that calendar invite", "your timesheet was rejected");
 * - a posting closed to new applicants only ("no longer accepting applications", "closed to new applicants");
 * - a notice that leaves the candidate's own step untouched ("this does not affect applications already received");
 * - a third person declined: a deciding verb + him / her ("decided not to proceed with him", "we won't be offering her the role");
 * - applicants in general: a quantifier + a class of people ("most applicants are not successful at this stage");
 * - a job the candidate only followed ("the role you were following"), an application missing a document still to send.
 */
const NOT_YOURS = String.raw`(?![^.;]*\b(?:your (?:application|candidacy|candidature|cv|resume|profile)|yours|including you|you too|your case)\b)`;
const ADMIN_THING = String.raw`(?:calendar invite|meeting invite|invite|meeting|slot|time ?slot|booking|request|claim|expense claim|expenses?|reimbursement|timesheet|connection request|referral bonus|bonus|refund|invoice|payment)`;
export const ADMIN_DECLINED = new RegExp(String.raw`\b(?:declin(?:e|ed|ing)|reject(?:ed|ing)?|refus(?:e|ed|ing)) (?:that |the |this |your |my |our |a |an )?(?:(?!to\b)[\w-]+ ){0,2}?${ADMIN_THING}s?\b${NOT_YOURS}|\b${ADMIN_THING}s?\b(?: (?:request|for [\w-]+(?: [\w-]+)?))?[^.;]{0,50}?\b(?:has|have|had|was|were|is|are) (?:now |been )?(?:been )?(?:declined|rejected|refused|not approved)\b${NOT_YOURS}`);
export const CLOSED_TO_NEW = new RegExp(String.raw`\b(?:no longer|not|stopped) (?:accepting|taking|receiving|open (?:to|for)) (?:any )?(?:new|further|more) (?:applications|applicants|candidates|submissions|cvs)\b${NOT_YOURS}|\bclosed (?:it |them )?(?:to|for) (?:new|further|any more|more) (?:applications|applicants|candidates|submissions)\b${NOT_YOURS}`);
export const NOT_AFFECTED = /\b(?:does|do|will|is|are|has|have)(?: not|n't) (?:be |been )?affect(?:s|ed)?\b(?![^.;]*\b(?:not|n't|unsuccessful|other candidates?)\b)|\b(?:is|are|remains?) unaffected\b/;
export const THIRD_PERSON = /\b(?:proceed(?:ing)?|continu(?:e|ing)|progress(?:ing)?|mov(?:e|ing) forward|go(?:ing)? ahead) with (?:him|her)\b(?! (?:team|manager|colleagues|department|group|panel)\b)|\b(?:offer(?:ing)?|select(?:ing)?|appoint(?:ing)?|hir(?:e|ing)|invit(?:e|ing)|shortlist(?:ing)?) (?:him|her)\b(?! (?:team|manager|colleagues|department|group|panel)\b)/;
export const IN_GENERAL = new RegExp(String.raw`\b(?:most|many|some|few|the majority of|a lot of|lots of|plenty of|thousands of|hundreds of|nine in ten|(?:in )?(?:most|many) cases,?)(?: of)?(?: the)? (?:[\w-]+ ){0,3}?(?:applicants|candidates|people|applications|graduates|students|jobseekers|job seekers)\b[^.;]{0,40}?\b(?:are|were|is|get|got|will be|ask us why they were)(?: not|n't)? (?:[\w-]+ )?(?:successful|unsuccessful|turned down|rejected|declined|shortlisted|taken forward|progressed|selected)\b${NOT_YOURS}`);
export const ONLY_FOLLOWED = /\b(?:you (?:were|are|have been) (?:following|watching|tracking)|you(?:'ve| have)? (?:not|n't) applied (?:for|to) (?:it|this|that))\b/;
export const STILL_TO_SEND = /\b(?:not able to|unable to|cannot|can't|can not|won't be able to|will not be able to)\s(?:consider|process|review|accept|progress|assess)\s(?:your|an|the|any) (?:[\w-]+ )?(?:application|cv|submission|form)s? (?:without|until (?:we (?:have|receive)|you))\b[^.;]{0,60}\b(?:please|kindly|could you|can you|would you)\s(?:\w+ )?(?:upload|send|attach|provide|add|submit|complete|forward|email|e-mail|share)\b|\b(?:is|are) (?:still )?missing (?:a |the |some |one or more |your )?(?:required |mandatory |requested )?(?:documents?|fields?|information|details|attachments?|signature|references?|answers?|uploads?)\b(?![^.;]*\b(?:not|n't|cannot|unable|unsuccessful|rejected)\b)/;
/**
 * A decline's words quoted as the name of a kind of mail, not sent: what "we regret to inform you" emails mean, the
 * "not this time" letters everyone gets — unless the sentence goes on to name the candidate's own application.
 */
export const QUOTED_MAIL = new RegExp(String.raw`"[^"]{2,60}" (?:e-?mails?|letters?|messages?|notes?|replies|responses|templates?|rejections?|notices?)\b${NOT_YOURS}`);
const MAY_HAVE_BEEN = /\b(?:may|might|could) (?:already )?(?:have )?(?:already )?been (?:filled|closed|withdrawn|cancel+ed|offered|taken)\b/;
/**
 * The round-twenty-eight apologies for the writer's own slowness: "I'm sorry it has taken me so long to reply", "sorry for the
 * late reply", "I regret that I was away at a conference" — with no decline beside them.
 */
const SLOW_REPLY = /\b(?:regret|sorry|apologi[sz]e|apologies)\b[^.;:]{0,20}\b(?:taken|taking|took) (?:me|us) (?:so |this |such a |a (?:bit|little) |too |a few days |some time )?(?:long|while)\b(?![^.;]*\b(?:not|n't|unfortunately|unsuccessful|other candidates?)\b)|\b(?:regret|sorry|apologi[sz]e|apologies)\b[^.;:]{0,12}\b(?:for )?(?:the|this|my|our) (?:very )?(?:late|belated|slow|tardy) (?:reply|response|answer)\b(?![^.;]*\b(?:not|n't|unfortunately|unsuccessful|other candidates?)\b)|\b(?:regret|sorry|apologi[sz]e|apologies)\b[^.;:]{0,12}\b(?:that )?(?:i|we) (?:was|were|have been|had been|'ve been) (?:away|travelling|traveling|on leave|out of (?:the )?(?:office|country)|off sick|unwell|on holiday|on vacation|at a conference|on the road)\b/;
/**
 * The candidate's own choice met with understanding ("we understand and respect your decision"), and a term of an offer refused
 * beside another term given ("we are not able to match the buyout, but we can offer a relocation allowance").
 */
/** a time slot given to someone else: "the 9am slot you picked has gone to another candidate" (not a place on a scheme) */
const SLOT_TAKEN = /\b(?:slot|time ?slot|timeslot|appointment|booking|interview time)s?\b[^.;]{0,30}\b(?:has |have |had |was |were )?(?:just |already )?(?:gone|been (?:given|taken|booked|allocated|claimed)|taken|booked|claimed) (?:to|by) (?:another|a different|someone|somebody|other)\b/;
const OWN_CHOICE_RESPECTED = /\b(?:understand|respect|accept|support|appreciate)(?: and (?:respect|understand|accept|support|appreciate))? your (?:decision|choice)\b(?! (?:not )?to (?:apply|interview)\b)/;
const INCONVENIENCE = /\b(?:regret|sorry|apologi[sz]e|apologies)\b[^.;:]{0,12}\b(?:for )?(?:any|the|this) (?:inconvenience|confusion|disruption|trouble|hassle)\b(?![^.;]*\b(?:not|n't|unfortunately|unsuccessful|other candidates?|cancel\w*|filled|withdrawn|closed)\b)|\binconvenience (?:caused )?is (?:deeply |sincerely )?regretted\b/;

/** regret over the process taking longer, with no decline beside it: "we regret that shortlisting will take three weeks longer" */
const TIMING_REGRET = /\b(?:regret|sorry|apologi[sz]e|apologies|unfortunately|afraid)\b[^.;]{0,40}\b(?:will|is going to|are going to|may|might|is|are|'s|'re) (?:now |also )?(?:take|taking) (?:us )?(?:[\w-]+ ){0,4}?longer\b(?![^.;]*\b(?:not|n't|unsuccessful|other candidates?|cancel\w*|filled|withdrawn|closed)\b)/;

/**
 * A refusal whose object is an arrangement, not the candidate: a refusing verb + an arrangement noun ("we are unable to
 * extend the deadline", "we will not be able to reimburse travel", "can't offer flexibility on the start date") — unless
 * the clause goes on to name the candidate's application, candidacy or CV.
 */
export const ARRANGEMENT_REFUSED = /\b(?:unable|not able|no longer able|not in a position|no longer in a position|cannot|can't|can not|won't be able|will not be able|won't|will not)\s(?:be\s)?(?:to\s)?(?:offer|extend|accommodate|move|change|cover|reimburse|pay|provide|arrange|grant|approve|guarantee|promise|give|share|confirm|set|fix|consider|accept|agree to)\s(?:you\s)?(?:the |a |an |any |your |our |this |that |for )?(?:(?!(?:at|in|on|for|to|with|of|by|as|forward|ahead|further|position|role|job|post|place|interview|opportunity|employment|offer|contract|candidates?|applicants?|applications?)\b)[\w-]+ ){0,3}(?:deadline|deadlines|date|dates|time|timeframe|timeline|timescale|timetable|window|slot|slots|travel|expenses|costs?|reimbursement|relocation|parking|flexibility|extension|extensions|start date|turnaround|accommodation|sessions?|tours?|requests?|changes?|(?:in-person|face-to-face|video|phone|telephone|online|remote|virtual|on-?site|evening|weekend) (?:interviews?|assessments?|sessions?|meetings?))\b(?![^.;]*\byour (?:application|candidacy|candidature|cv|resume|profile)\b)|\b(?:unable|not able|cannot|can't|can not|won't be able|will not be able)\s(?:to\s)?(?:move|reschedule|shift|rearrange|bring forward|push back) (?:the|your|our|this) (?:[\w-]+ )?(?:interview|call|meeting|assessment|test|session|visit)s?\b(?! process)|\b(?:unable|not able|cannot|can't|can not|won't be able|will not be able|not in a position)\s(?:to\s)?(?:match|meet|increase|raise|beat|improve|stretch|go (?:higher|above|beyond)|move on|budge on|cover|pay)\b(?! you\b)[^.;]{0,60}\bbut (?:we|i|they|the (?:client|company|business|team))(?:'re|'ll|'d| are| will| can| could| would| do| is)? (?:be )?(?:able to |happy to |willing to |glad to |can |could )?(?:offer|add|include|provide|give you|top up|make up|cover|throw in)\b(?! (?:you )?(?:the |a |an )?(?:[\w-]+ )?(?:role|position|job|post|place)\b)|\b(?:unable|not able|cannot|can't|can not|won't be able|will not be able)\s(?:to\s)?(?:move forward|go ahead|proceed|continue) with (?:the|your|our|this|tomorrow's|today's) (?:[\w-]+ )?(?:interview|call|meeting|assessment|test|session|visit|assessment day)s? (?:on|at|tomorrow|today|this|next|as (?:planned|scheduled|arranged|booked))\b(?![^.;]*\b(?:filled|another candidate|other candidates|someone else|unsuccessful|withdrawn|not (?:be )?(?:progress\w*|proceed\w*|mov\w*))\b)|\b(?:unable|not able|cannot|can't|can not|won't be able|will not be able|not in a position)\s(?:to\s)?(?:offer|hold|run|do|conduct|arrange|host|have)\s(?:any )?(?:interviews?|assessments?|sessions?|meetings?|tests?) (?:in person|face[- ]to[- ]face|on[- ]?site|by phone|by video|over the phone|at (?:the|our) (?:office|site|plant|premises)|on (?:a |that )?(?:saturday|sunday|weekend|bank holiday|public holiday))\b/;

/**
 * Sentences that are no decision about this candidate, whatever their polite words: sympathy with the
 * candidate's own choice, a policy about everyone else, a job saved in an alert, an update with no news yet.
 */
/**
 * The hire held back until something happens, not declined: "we won't be going ahead with the hire until the new budget
 * is agreed" (a condition on the candidate — "until you send your references" — is left to the other rules).
 */
export const UNTIL_THEN = /(?:\bnot|n't) (?:be )?(?:[\w']+ )?(?:going ahead|go ahead|proceeding|proceed|moving forward|move forward|pressing on|press on|continuing|continue|progressing|progress) with (?:the|this|any|our|that) (?:[\w-]+ )?(?:hire|hiring|recruitment|appointment|role|position|post|vacancy|process|interviews?|search|offer)s?\b[^.;]{0,50}\b(?:until|till|before)\b(?! you\b| your\b)/;
export const NOT_THIS_DECISION = new RegExp([NOT_THIS_DECISION_BEFORE, CONTACT_ONLY_SELECTED, NO_REPLY_TO_CLASS, NO_DECISION_YET, WRONG_CONTACT, SOMEONE_ELSES, CLASS_OF_APPLICATIONS, MAY_HAVE_BEEN, INCONVENIENCE, SLOW_REPLY, OWN_CHOICE_RESPECTED, SLOT_TAKEN, TIMING_REGRET, CANNOT_JOIN, NO_INFORMATION, OWN_WITHDRAWAL, OWN_STEP_FAILED, ADMIN_DECLINED, CLOSED_TO_NEW, NOT_AFFECTED, THIRD_PERSON, IN_GENERAL, ONLY_FOLLOWED, STILL_TO_SEND, QUOTED_MAIL].map((r) => r.source).join('|'));

/**
 * What will happen to a class of applicants, told as a policy ("only applicants whose qualifications most closely match
 * will be contacted for an interview", "candidates who meet the criteria will be invited to an assessment"): a
 * process described for others in the future, so neither a decision about this candidate nor a reason for one.
 */
export const POLICY_FOR_OTHERS = /\b(?:candidates|applicants|those|people|individuals|anyone|profiles|applications)\b(?! (?:have|has|were|was) )[^.;]{0,100}?\b(?:will|would|shall|may|can) (?:then |only |also |first )?be (?:contacted|notified|invited|called|considered|shortlisted|asked|progressed|taken forward|informed|approached|reviewed|assessed)\b/;

/** a class of posts told by a relative clause: "bonuses are not paid for roles that were filled through an agency" */
export const CLASS_OF_POSTS = /\b(?:for|on|to|of|with|from) (?:roles|positions|jobs|vacancies|posts|openings) (?:that|which) (?:were|are|have been|had been|get)\b/;

const RULES: readonly Rule<KindLabel>[] = [
  // ── rejection: explicit decisions not to continue ("we will not be moving forward")
  // the candidate's own application that cannot be considered, however far the modal sits: "your application was received after
  // the closing date and cannot be considered"
  { label: 'rejection', w: 1.2, re: /\byour (?:application|cv|candidacy|candidature|submission)\b[^.;]{0,80}\b(?:cannot|can't|could not|couldn't|will not|won't|is not able to|are not able to) be (?:considered|accepted|processed|taken forward|progressed)\b/ },
  // (a thing that "didn't go through", with nowhere it went to, is a failed sign-up, upload or payment, not a decline; nor is an
  // arrangement no longer offered: "we are no longer able to offer in-person interviews")
  { label: 'rejection', w: 1.3, unless: new RegExp(String.raw`(?:\bnot|n't) go through\b(?! (?:to|into|onto|for)\b)|${ARRANGEMENT_REFUSED.source}|${UNTIL_THEN.source}`), re: /(?:not|n't|no longer)\s(?:be\s)?(?:[\w']+\s)?(?:moving|move|moved|proceed|proceeding|progress|progressing|pursue|pursuing|advance|advancing|continue|continuing|going|go|(?:taking|take)(?! (?:place|part|long|effect|a (?:while|bit|little)))|considering|consider|offering|extending|inviting|able to (?:offer|progress|move|proceed|take|consider|pursue|continue|invite|extend|accommodate))\b/ },
  { label: 'rejection', w: 1.5, re: /\bunsuccessful\b|(?:\bnot|n't) (?:been |was |were )?(?:successful|selected|shortlisted|chosen|short-listed|progressed|appointed|picked(?! up\b))|(?:\bnot|n't) (?:yet )?(?:been )?qualified (?:for|to) (?:the |our )?(?:next|further|following|final|group|interview|second|third|subsequent|personal)\b|have not been (?:selected|successful|shortlisted)|decided against|(?:declin(?:e|ed|ing)) (?:your(?! (?:kind |generous )?(?:invitation|invite|request|connection|meeting|proposal|suggestion|offer to (?:speak|talk|present|mentor|volunteer|help)))|to (?:move|proceed|progress|offer))/ },
  { label: 'rejection', w: 1.5, re: new RegExp(String.raw`(?:decided|decision|chosen|choose|chose|elected|opted|going|gone|went|moving|move|moved|proceed(?:ed|ing)?|continu(?:e|ing)|pursu(?:e|ed|ing)|progress(?:ing)?|go|identified|selected|hired|appointed|found|offer(?:ed)? (?:the (?:role|position) )?to)\s(?:[\w']+\s){0,3}?(?:with\s|forward with\s|ahead with\s|to\s)?${OTHERS}\s(?:[\w']+\s)?${PEOPLE}\b`) },
  { label: 'rejection', w: 1.5, re: /\bidentified others\b|\b(?:others|other applicants|other candidates) (?:who|whose|that|whom) (?:[\w']+ ){0,4}(?:more|better|closely|stronger|best)/ },
  // (a refusal whose object is an arrangement — "unable to extend the deadline", "can't offer travel expenses" — is no decline
  // unless the same sentence names the candidate's application)
  { label: 'rejection', w: 1.2, unless: ARRANGEMENT_REFUSED, re: /(?:unable|not able|not in a position|cannot|can't|can not|won't be able|will not be able)\s(?:at this (?:time|stage|point)\s)?(?:to\s)?(?:offer|extend|invite|progress|proceed|move|take(?! (?:place|part|long|effect))|consider|pursue|continue|shortlist|accommodate|further consider|(?:add|accept|include|place|admit|enrol|enroll|register|onboard|appoint|recommend) you\b)/ },
  { label: 'rejection', w: 1.3, re: /(?:decided|decision|determined|concluded|agreed) (?:not to|to not|that we (?:will|would|won't|will not|cannot|can't))|made the (?:difficult |tough )?decision (?:not|to not|to move|to go|to proceed|to pursue)|will not be (?:taking|progressing|pursuing|considering|offering)|not to (?:proceed|progress|move|pursue|continue|invite|offer)/ },
  // (a fit only asked about is none: "Not the right fit? Here are more roles")
  { label: 'rejection', w: 1.1, unless: new RegExp(String.raw`${ARRANGEMENT_REFUSED.source}|\?\s*$`), re: /(?:\bnot\b|n't)\s(?:[\w']+\s){0,4}(?:a |the )?(?:[\w']+\s)?(?:match|fit)\b|not (?:the )?(?:right|best|strongest|ideal) (?:fit|match|candidate|person)|(?:do not|don't) have (?:a |any )?(?:position|role|opening|vacanc\w*)[^.;]{0,50}(?:match|fit|suit|align)/ },
  // (a class of posts told by a relative clause — "bonuses are not paid for roles that were filled through an agency" — is a
  // policy, not this post)
  { label: 'rejection', w: 1.2, unless: CLASS_OF_POSTS, re: /(?:position|role|vacancy|opening|job|internship|post|requisition)s?\b[^.;]{0,50}\b(?:filled|cancel+ed|withdrawn|eliminated|no longer (?:available|open|needed))|(?:we(?:'ve| have| had)?|has|have|was|been) (?:now |already |recently )?(?:been )?filled\b|filled (?:the|this|that|all|our|these|both)\b|at capacity|(?:recruiting|recruitment|hiring|selection)(?: process)?(?: for this \w+)? (?:is|has been) (?:now )?(?:complete|completed|finished|concluded)/ },
  { label: 'rejection', w: 1.2, re: /no longer (?:recruiting|hiring|interviewing|considering|under consideration|being considered|looking|seeking|filling|processing|accepting)|not (?:be )?(?:hiring|filling) (?:anyone|for|the|this)|decided not to (?:hire|fill|recruit|open)/ },
  // the role itself closed, in the perfect passive: "this role has been closed", "the vacancy has now been closed" (not
  // "applications have closed", not "closed to new applicants")
  { label: 'rejection', w: 1.2, re: /\b(?:role|position|vacancy|requisition|opening|post|job)s? (?:has|have|had) (?:now |since |also )?been (?:closed|shut)\b(?! (?:to|for) (?:new |further )?(?:applica|submission|entries))/ },
  // the post as the one given or taken: "the post has now been offered and accepted", "the role was taken by a colleague"
  { label: 'rejection', w: 1.2, re: /\b(?:role|position|job|post|vacancy|place|placement|opening|internship)s? (?:has|have|had|was|were) (?:now |already |since |just )?(?:been )?(?:offered|accepted|awarded|taken|given)\b(?! (?:to|by|for) you\b)(?! (?:down|off|up|on|over|forward|further))/ },
  { label: 'rejection', w: 1.2, re: /(?:offer|offers) (?:has|have) (?:been|now been) (?:made|extended|accepted)|accepted (?:an|our|the) offer|offered the (?:role|position|job) to|internal (?:candidate|applicant)|fill(?:ed)? (?:the|this) (?:role|position) internally/ },
  { label: 'rejection', w: 1.0, re: /(?:application|candidacy|candidature|cv|resume|profile)[^.;]{0,40}(?:not|n't) (?:be |been )?(?:progress|proceed|move|taken|considered|selected|successful)|not (?:be )?(?:invited|offered|asked) (?:to|for|an?)/ },
  { label: 'rejection', w: 1.1, re: /(?:do(?:es)? not|don't|doesn't|did not|didn't)\s(?:quite |fully |closely )?(?:align|match|meet|fit|suit)\b|(?:other|another)\s(?:[\w']+\s)?(?:candidates?|applicants?|individuals?|profiles?)[^.;]{0,60}(?:better|more closely|stronger|best|closer|more suitable|more relevant)/ },
  // "in the end we chose someone with more X", "we selected the candidate whose experience…"
  { label: 'rejection', w: 1.3, re: /\bwe(?:'ve| have| had)? (?:\w+ )?(?:chose|chosen|selected|picked|hired|appointed) (?:someone|somebody|another (?:candidate|applicant|person)|the other (?:candidate|applicant|finalist)|the (?:candidate|applicant|person|finalist)|an?(?: \w+)? (?:candidate|applicant|finalist|person)) (?:whose|with|who)\b/ },
  { label: 'rejection', w: 1.3, re: /(?:decided|chosen|choose|chose|going|gone|went|proceed\w*|mov\w+ forward|opted) (?:to (?:go|proceed|move forward|continue) )?with (?:(?:a|another|the other|one|an) (?:[\w']+ ){0,2}(?:candidate|applicant|person|individual|profile)|someone|somebody|one of the others|one of the other (?:candidates|applicants|people|finalists))\b/ },
  { label: 'rejection', w: 1.2, re: /(?:not|n't) (?:quite |sufficiently )?(?:strong|good|high|robust|competitive) enough|(?:not|n't) (?:enough|sufficient) (?:for us )?to (?:proceed|progress|move forward|continue)/ },
  { label: 'rejection', w: 1.3, re: /(?:going|decided|have|had|need|needs|needed|will|would like|wanted) to pass\b|we(?:'ll| will| are going to|'re going to) pass\b|pass on (?:your|this|moving|the opportunity)|(?:role|position|job|post|vacancy) (?:has been|was|have been|had been) offered to(?! you\b)/ },
  { label: 'rejection', w: 1.3, re: /(?:mov(?:e|ing) (?:forward|ahead)|go(?:ing)? (?:forward|ahead)|proceed(?:ing)?|continu(?:e|ing)|focus(?:ing)?|pursu(?:e|ing)|progress(?:ing)?|prioriti[sz](?:e|ed|ing)) (?:with |on )?(?:candidates|applicants|profiles|people|someone|those|individuals) (?:who|whose|that|with|further|already|more)\b|\b(?:go|going|gone|went) with (?:candidates|applicants|profiles|people|those|individuals) (?:who|whose|that|further|already|more)\b|(?:pursue|go in|take|taking|going in) a (?:different|new) direction|did not (?:achieve|reach|meet|pass)|didn't (?:achieve|reach|meet|pass)|(?:not|n't) (?:be )?(?:extending|extend) (?:you )?an offer/ },
  // a placing verb refused, whatever the verb: "I won't be putting you through to the next stage", "we won't be adding you
  // to our panel of translators", "we are not sending your profile on to the client"
  { label: 'rejection', w: 1.3, re: /(?:\bnot|n't)\s(?:be\s)?(?:putting|put|adding|add|taking|take|sending|send|bringing|bring|passing|pass|inviting|invite|moving|move|progressing|progress|including|include|placing|place|putting through|advancing|advance)\s(?:you|your (?:application|cv|profile|name|details|candidacy))\s(?:on\s)?(?:through|forward|onto|into|to (?:the|our|a|an|any|their)\b)/ },
  // the next step refused for this candidate ("we won't be setting one up for you this time"), a bar not reached ("your
  // mark fell below the level we need"), the search going on without them ("we're going to keep looking, I'm afraid")
  { label: 'rejection', w: 1.3, re: /(?:\bnot|n't) (?:be )?(?:setting|arranging|scheduling|booking|organi[sz]ing)\b[^.;]{0,30}\b(?:this time|on this occasion|for this (?:role|one|position|post))\b|\b(?:fell|falls|was|were|is|are|came in) (?:\w+ )?(?:below|short of|under) (?:the|our|a) (?:required |necessary |minimum |expected )?(?:standard|level|bar|pass mark|threshold|benchmark|mark|score)\b/ },
  { label: 'rejection', w: 1.2, re: /\b(?:going to|will|'ll|decided to|have to|need to) (?:keep|continue|carry on) (?:looking|searching|(?:with )?(?:our|the) search)\b/, also: /\b(?:afraid|sorry|unfortunately|regret\w*|sadly|decided)\b/ },
  // colloquial: "it's a no from us this time", "I don't think it makes sense to progress"
  { label: 'rejection', w: 1.3, re: /(?:it's|it is) a (?:no|pass)\b(?! brainer)|(?:doesn't|does not|don't|do not) (?:think (?:it )?)?makes? sense to (?:progress|proceed|continue|move forward|take (?:this|things) further)/ },
  // after the checks: "we are not able to confirm your appointment", "we have withdrawn the conditional offer"
  { label: 'rejection', w: 1.3, re: /(?:not able|unable|cannot|can't|not in a position) (?:to )?(?:confirm|finali[sz]e|continue with|proceed with) (?:your|the|our) (?:[\w-]+ )?(?:appointment|offer|employment|hire|placement|start)|withdr(?:aw|awn|ew|awing) (?:the|your|our) (?:conditional |provisional )?offer/ },
  // hedged judgements: "they don't think your experience is quite what they need", "we don't feel this is the right fit"
  { label: 'rejection', w: 1.2, re: /(?:do not|don't|does not|doesn't|did not|didn't) (?:think|feel|believe)(?: that)? (?:your|you|this|the|it)\b[^.;]{0,60}(?:right|fit|match|suit|align|what (?:we|they|the team)|the (?:strongest|best|closest)|(?:we|they|the team)(?:'re| are) (?:after|looking for))/ },
  // recruiter / agency phrasing: "I can't put you forward for this one", "I don't think we can make this work"
  { label: 'rejection', w: 1.3, re: /(?:can't|cannot|can not|won't|will not|unable to|not able to|not be able to|not going to|not in a position to)\s(?:be\s)?(?:put(?:ting)? (?:you|your (?:cv|profile|application|name)) forward|submit(?:ting)? (?:you|your (?:cv|profile|application))|make (?:this|it|things) work)|(?:don't|do not) (?:think|feel|believe) (?:we|this|it) (?:can|will|would|could) (?:make (?:this|it) work|work out)/ },
  // "we've decided to go another way", "we've gone in another direction"
  { label: 'rejection', w: 1.3, re: /(?:decided|chosen|choose|opted|going|gone|went|go) (?:to (?:go|move) )?(?:in )?(?:another|a different|a separate) (?:way|route|direction)/ },
  // appointments: "we have decided to appoint a colleague", "you have not been offered a place"
  { label: 'rejection', w: 1.3, re: /(?:decided|chosen|chose|opted|going|agreed|pleased) to (?:appoint|hire|promote|offer the (?:role|position|job|post) to) (?:a|an|another|the other|someone|somebody|one of|our)\b|(?:not|n't) (?:been |be )?offered (?:a|the|you a|you the) (?:place|role|position|job|post|spot|seat|contract)/ },
  // "we've decided to invite others to interview", "we've decided to give the opportunity to someone already in the business"
  { label: 'rejection', w: 1.3, re: /(?:decided|chosen|chose|opted|going|agreed) to (?:invite|progress|shortlist|take forward|interview|move forward with|proceed with) (?:other|others|another|different|a different)\b|(?:give|giving|gave|given|offer(?:ed|ing)?) (?:the|this) (?:opportunity|role|position|job|post) to (?:someone|somebody|another|a|an|one)\b/ },
  // a bar not reached: "your SQL was not at the level we need"
  { label: 'rejection', w: 1.2, re: /(?:not|n't) (?:quite |yet |yet quite )?(?:at|up to|of) (?:the|a) (?:level|standard|bar|seniority)\b(?! of (?:detail|interest))/ },
  // softer cues: need support from another sentence to reach 1.0
  { label: 'rejection', w: 0.6, re: /\bunfortunately\b|\bregret(?:fully|tably)?\b|\bsadly\b|(?:i'm|i am|we're|we are) (?:very |so |truly )?sorry|not (?:the|better|(?:the )?(?:good|better|happier) |what you) ?(?:news|outcome|answer)|disappointing news|not (?:better|good|happier) news|difficult (?:decision|news)|highly competitive|very competitive|many (?:qualified|strong|talented) (?:candidates|applicants)/ },
  { label: 'rejection', w: 0.5, re: /wish you (?:the )?(?:very )?(?:best|every success|success|luck|all the best)|(?:best|good) (?:of )?luck (?:in|with) (?:your|the) (?:job )?search|future (?:endeavou?rs|career)/ },

  // plain-spoken verdicts: "the answer this time is no", "it's not good news", "your application has been closed"
  { label: 'rejection', w: 1.3, re: /\bthe answer (?:this time |on this occasion |for now |for this role )?is (?:a )?no\b|\b(?:clos(?:e|ed|ing)|archiv(?:e|ed|ing)|declin(?:e|ed|ing)|reject(?:ed|ing)?) (?:your|this) (?:application|candidacy|candidature)\b|\b(?:application|candidacy|candidature) (?:has been|was|is) (?:now )?(?:closed|archived|declined|rejected)\b|\byour (?:application|candidacy|candidature) (?:for|to) [^.;]{1,60}?\b(?:has been|was|is) (?:now )?(?:archived|declined|rejected)\b|\bstatus:? ?(?:not selected|unsuccessful|rejected|declined|not progressing)\b|\bnot (?:among|one of) (?:the|those)\b[^.;]{0,40}(?:taking|moving|progress\w*|shortlist\w*|select\w*|invit\w*)/ },
  // a decision for someone else: "in the end we decided in favour of a candidate who…", "the panel found in favour of another applicant"
  { label: 'rejection', w: 1.3, re: /\b(?:decided|decide|deciding|decision was|came down|chose|opted|found|went) (?:(?:in the end|finally|narrowly|ultimately) )?in favou?r of (?:a|an|another|the other|one of|someone|somebody|other)\b/ },
  // another person named by trade, gone with: "we've gone with another mechanic who's done more EV work"
  { label: 'rejection', w: 1.3, re: /\b(?:gone|went|going|go|opted to go|decided to go) with (?:another|a different|the other) (?!(?:option|approach|date|time|slot|day|venue|supplier|vendor|provider|platform|tool|version|plan|route|company|agency|firm|partner)\b)[a-z]+ (?:who|whose)\b/ },
  // the European "not retained": "your application was not retained", "yours was not retained for the interview phase", "your profile has not been retained for this position"
  { label: 'rejection', w: 1.3, re: /\b(?:(?:your|the) (?:application|candidacy|candidature|profile|cv|resume|file)|yours)\b[^.;]{0,40}?\b(?:was|were|has|have|is|are|had)(?: not|n't) (?:been )?retained\b(?! (?:on|in) (?:our|the) (?:system|database|records|files|servers?))/ },
  // …and with the post named between: "your candidature for the post of Deputy Manager has been rejected"
  { label: 'rejection', w: 1.3, re: /\byour (?:application|candidacy|candidature)\b[^.;]{0,60}?\b(?:has been|have been|was|is) (?:now )?(?:rejected|declined|turned down)\b/ },
  { label: 'rejection', w: 1.0, re: /\bnot (?:good|happy|positive|great|better) news\b|\bnot the (?:news|outcome|answer) (?:you|we)\b|\b(?:is|was|are|were) not (?:quite |exactly )?what (?:we|the (?:[\w-]+ )?team|this (?:[\w-]+ )?team|they|the client|the business|the role|this role) (?:are |were |is |was )?(?:looking for|need|needs|needed|want|wants|require|requires)/ },

  // not a decision about the candidate (who the sentence is about): sympathy with the candidate's own choice
  // ("sorry to hear you've decided to withdraw"), a policy about everyone else ("we are unable to contact
  // candidates who are not shortlisted"), a saved job in an alert ("the job you saved is no longer available")
  { label: 'rejection', w: -1, re: NOT_THIS_DECISION },
  // "we met several strong candidates and selected someone whose background more closely reflects our needs"
  { label: 'rejection', w: 1.3, negatable: true, re: /\b(?:chose|selected|picked|hired|appointed|offered (?:it|the (?:role|position|job|post)) to) (?:someone|somebody|another (?:candidate|applicant|person)|the other (?:candidate|applicant|finalist)|a (?:candidate|person|finalist|colleague)) (?:whose|with|who)\b/ },

  // someone else was chosen, told by what they had: "it came down to Terraform, which the successful candidate had"
  { label: 'rejection', w: 1.3, re: /\bthe (?:successful|chosen|selected|appointed|preferred) (?:candidate|applicant|person|hire)\b[^.;]{0,40}\b(?:had|has|brought|showed|offered|was|were)\b|\b(?:which|that|what) the (?:successful|chosen|selected|appointed) (?:candidate|applicant|person) (?:had|has|brought|showed)\b/ },
  // a sift not passed: "your application did not clear the first sift", "has not passed the initial screening"
  { label: 'rejection', w: 1.3, re: /\b(?:did not|didn't|has not|hasn't|was not|wasn't|have not|haven't|were not|weren't) (?:\w+ )?(?:pass|passed|clear|cleared|get through|got through|make it (?:through|past)|progress(?:ed)? (?:through|past|beyond)) (?:the|our) (?:[\w-]+ )?(?:sift|sifting|screening|shortlisting|paper review|cv review|selection stage)\b/ },
  // a place on a merit list or panel not given: "you were not placed on the panel", "not placed high enough to be offered a post"
  { label: 'rejection', w: 1.3, re: /\b(?:not|n't) (?:been )?(?:placed|included|ranked|listed) (?:on|in|high enough|highly enough|within) (?:the |our )?(?:[\w-]+ )?(?:panel|merit list|order of merit|reserve list|shortlist|list|ranking|enough)\b|\bnot (?:placed|ranked) (?:high|highly) enough\b/ },
  // left out of the group taken on: "yours wasn't among the ones we took forward", "you were not one of those selected"
  { label: 'rejection', w: 1.3, re: /\b(?:was|were|is|are)(?: not|n't) (?:among|one of|part of|in) (?:the|those)\b[^.;]{0,40}\b(?:selected|chosen|shortlisted|took forward|taken forward|progress\w*|invited|successful|moving forward|we (?:took|take|are taking|will take|have chosen|chose|picked))\b/ },
  // the candidate's own process ended by the sender: "we're going to stop the process here", "we'll close the process for you"
  { label: 'rejection', w: 1.3, re: /\b(?:stop|stopp\w*|end|end(?:ed|ing)|halt\w*|clos(?:e|ed|ing)|conclud\w*|wrap(?:ping)? up) (?:the |our |this |your )?process (?:here|there|for you|with you|at this (?:point|stage))\b/, unless: /\b(?:if|whether|until|unless)\b/ },
  // …or the talks with the candidate ended in a word: "so we'll stop here for now"
  { label: 'rejection', w: 1.3, re: /\b(?:we(?:'ll| will|'re going to| are going to)|i(?:'ll| will|'m going to)|let's) (?:have to )?stop (?:here|there)\b/, unless: /\b(?:if|whether|until|unless)\b/ },
  // the candidate's name missing from a published list: "your name does not appear in the list of shortlisted candidates"
  { label: 'rejection', w: 1.3, re: /\byour (?:name|roll (?:number|no)|registration (?:number|no)|application number|candidate (?:number|id))\b[^.;]{0,20}\b(?:does not|doesn't|did not|didn't|do not|is not|isn't|was not|wasn't|has not|hasn't) (?:been )?(?:appear|appeared|feature|featured|figure|figured|find a place|found a place|included|listed|present|shown)\b[^.;]{0,40}\b(?:list|lists|shortlist|results?|merit|selected|shortlisted|successful|qualified)\b/ },
  // the candidate passed on, not passed along: "we'll be passing on your candidacy" (not "I've passed on your CV to the manager")
  { label: 'rejection', w: 1.3, re: /\b(?:pass|passes|passing|passed) on (?:your|the|this) (?:[\w-]+ )?(?:application|candidacy|candidature|profile)\b/, unless: /\bpass\w* on (?:your|the|this) (?:[\w-]+ )?(?:application|candidacy|candidature|profile)s? (?:to|onto|along|for)\b/ },
  // the next round not reached, in the candidate's own terms: "you've not made it to the next round this time"
  { label: 'rejection', w: 1.3, re: /\b(?:have|has|had|'ve|did|do|does)?(?: not|n't) (?:quite )?(?:made|make) it (?:through )?(?:to|into|onto|past) (?:the |our )?(?:next|final|second|third|interview|shortlist|assessment|panel|last)\w*/ },
  // the candidate let go from the process: "we'll be releasing you from the process for the Fitter role"
  { label: 'rejection', w: 1.3, re: /\b(?:releas(?:e|es|ed|ing)|let(?:ting)? you go) (?:you )?from (?:the|our|this|your) (?:[\w-]+ )?(?:process|recruitment|selection|search|running)\b/ },
  // the candidate's file closed by the sender: "I'm afraid we'll be closing your file", "we have archived your record"
  { label: 'rejection', w: 1.3, re: /\b(?:we|i)(?:'ll|'re|'ve|'m| will| are| have| am| shall)? (?:now |therefore |hence |going to |be |have to |had to |need to )*(?:clos(?:e|ed|ing)|archiv(?:e|ed|ing)) (?:your|the) (?:candidate |application |recruitment |applicant )?(?:file|record|dossier)\b/, unless: /\b(?:as (?:you )?requested|at your request|your (?:own )?request|you (?:asked|have withdrawn|'ve withdrawn|withdrew|accepted))\b/ },
  // …the group named first and pointed back to: "we could only bring a handful through to interview, and you were not one of them"
  { label: 'rejection', w: 1.3, re: /\b(?:you|yours|your (?:application|cv|profile|candidacy))\s(?:was|were|are|is)(?: not|n't) (?:among|one of|amongst) (?:them|these|those)\b/, also: /\b(?:select\w*|chos\w*|choose|shortlist\w*|invit\w*|progress\w*|bring|brought|take|took|taken|move|moving|moved|advance\w*|through|forward|onto|successful)\b/ },

  // the search or process closed for this post, said as what the employer did: "we have closed the external search for
  // this position", "we are therefore closing the external process", "that closes the process", "we'll close things off
  // here" (not a date the advert closes on, nor "once we close the process we'll be in touch")
  { label: 'rejection', w: 1.2, re: /(?<!\b(?:once|when|after|before|until|as soon as|if)(?: we| i)?(?: have|'ve)? )\b(?:clos(?:e|ed|es|ing)|wrap(?:ped|ping)? up) (?:the |our |this )?(?:(?:external|wider|whole) )?(?:search|process|things off)\b(?! (?:on|at|by|in|when|once|after|before)\b)/ },
  // the job given to someone else, said plainly: "I'm going to give it to one of the other lads", "we've offered the
  // post to someone with more retail experience"
  { label: 'rejection', w: 1.2, re: /\b(?:give|giving|gave|given|offer(?:ed|ing)?|hand(?:ed|ing)?) (?:it|the (?:role|job|position|post|place|shift|contract)) to (?:one of the other|someone|somebody|another|a different|an internal|one of our)\b/ },
  // the application put to one side for this post: "we have set your application aside for this post"
  { label: 'rejection', w: 1.2, re: /\b(?:set|put|placed?) (?:your|the) (?:application|cv|candidacy|candidature|profile) (?:aside|to one side|on one side)\b/ },
  // ── on hold: paused or delayed, not declined
  // the hire held back until a budget, funding or a decision comes: "we won't be going ahead with the hire until the new
  // budget is agreed"
  { label: 'on_hold', w: 1.6, re: UNTIL_THEN },
  { label: 'on_hold', w: 1.3, re: /(?:process|recruitment|recruiting|hiring|search|role|position|vacancy|requisition|opening|interviews?|decision|timeline|internship|program(?:me)?|intake|cohort|scheme|apprenticeship|start date|campaign|shortlisting)[^.;]{0,60}(?:on hold|paused|delayed|postponed|suspended|frozen|deferred|pushed back|taking longer|taken (?:us )?(?:a (?:little|bit) )?longer|put back|been extended|on ice|on the back ?burner)/ },
  { label: 'on_hold', w: 1.3, re: /(?:temporarily|currently) (?:paused|pausing|halted|holding|suspended|on hold)|put (?:[\w']+ ){0,3}on (?:hold|ice|the back ?burner)|paus(?:e|ed|ing) (?:on |in )?(?:our |the |all )?(?:hiring|recruitment|recruiting|process)|(?:paus(?:e|ed|ing)|hold(?:ing)?|freez(?:e|ing)|froze) (?:all |any |our )?(?:new|external|senior|junior|graduate|permanent|further|non-essential|non-critical) (?:hires|hiring|recruitment)\b(?! (?:event|fair|day|manager|managers|team)s?\b)|hiring freeze/ },
  // the process picked up again later, or no next step booked for a stretch: "we'll pick it up again as soon as he's back",
  // "we won't be scheduling interviews for the next two weeks"
  { label: 'on_hold', w: 1.3, re: /\b(?:pick|picking) (?:it|this|things|the process|your application|them|matters|everything) (?:back )?up (?:again )?(?:as soon as|once|when|after)\b|\b(?:won't|will not|can't|cannot|aren't|are not|isn't|is not) (?:be )?(?:scheduling|arranging|booking|holding|running|setting up) (?:any )?(?:further |more |the )?(?:interviews?|calls|next steps|meetings)\b[^.;]{0,30}\b(?:for (?:the next|another|a (?:few|couple)|two|three|several)|until)\b/ },
  { label: 'on_hold', w: 1.0, re: /(?:not yet|yet to) (?:made|make|reached|reach|come to) (?:a|our|any) (?:final )?decision|(?:haven't|have not|hasn't|has not) (?:yet )?(?:made|reached|come to|taken) (?:a|our|any|the) (?:final )?decision(?! (?:to|not))|(?:haven't|have not|hasn't|has not) ruled (?:anyone|you|anybody) out|(?:put|placed|putting) (?:[\w']+ ){0,3}on pause|(?:won't|will not|don't|do not) (?:have|make|reach) (?:a|our|any|the) (?:final )?decision (?:until|before|for)|hold(?:ing)? off (?:on|with) (?:the |any |further |all )?(?:interviews?|hiring|the process|next steps|decisions?|making)|(?:hasn't|has not|haven't|have not|not yet) (?:yet )?been (?:signed off|approved|confirmed|finali[sz]ed|released)|(?:awaiting|waiting (?:on|for)) (?:final )?(?:sign-?off|approval|budget|headcount)|(?:still|remain|remains) (?:under|in) (?:active )?consideration|(?:still|remain|are) (?:very much )?(?:in|part of) (?:the )?(?:process|running|mix|frame)|taking (?:us )?(?:a (?:bit|little) |much |a lot )?longer than (?:we )?(?:expected|anticipated|planned|hoped)|\b(?:will|'ll|is going to|are going to|is|are|'s|'re) (?:\w+ )?(?:take|taking) (?:us )?(?:[\w-]+ ){0,4}?longer than (?:we |was |were |i )?(?:expected|anticipated|planned|hoped|(?:originally|first|initially) (?:planned|expected|anticipated|said|stated|advertised|indicated|estimated|thought|intended|promised))|(?:expect|hope|plan) to (?:make|reach|have) (?:a|our|the) (?:final )?decision|(?:still|currently) (?:interviewing|meeting|speaking (?:with|to)|talking (?:with|to)) (?:a few |some |several |other |more )|(?:will|we'll) (?:be in touch|update you|get back to you|let you know|reach out|contact you) (?:as soon as|once|when)[^.;]{0,60}(?:resume|reopen|restart|re-open|decision|update|news|more information|know more|lifted|back on)/ },
  // the pausing verb before what it pauses: "the leadership team has paused the Growth Marketer role", "we need to delay the
  // final decision", "the review will slip to early March", "the reviews are running late", "there's been a hold-up"
  { label: 'on_hold', w: 1.3, re: /\b(?:paus(?:e|ed|es|ing)|delay(?:s|ed|ing)?|postpon(?:e|ed|es|ing)|suspend(?:s|ed|ing)?|defer(?:s|red|ring)?|fr(?:oze|ozen|eeze|eezing)|push(?:ed|ing)? back|put(?:ting)? back) (?:(?:the|our|all|this|its|their|any) (?:[\w-]+ ){0,3}?|(?:senior|junior|graduate|new|external|further|permanent|contract|temporary|all) )(?:role|process|decision|decisions|interviews?|hiring|recruitment|recruiting|reviews?|shortlisting|search|opening|position|vacancy|requisition|round|stage|appointments?)\b|\b(?:slip(?:s|ped|ping)?|slid(?:e|es)?) (?:back |out )?(?:to|into|until|by|past)\b|\brunning (?:late|behind)\b|\bhold-up\b/ },
  // a promised date, alone, is support only (acknowledgements promise dates too)
  { label: 'on_hold', w: 0.6, re: /(?:expect|hope|aim|plan) to (?:be in touch|get back to you|update you|contact you|come back to you|have (?:an )?(?:update|news)) (?:by|within|in|next|before|early|later)/ },
  // a delay announced ahead of the next step: "there will be a short delay before we can confirm next steps"
  { label: 'on_hold', w: 1.3, re: /\bthere (?:will|may|might|would) be (?:an? |some )?(?:short |slight |brief |small |further |little )?delay\b[^.;]{0,60}\b(?:before|until|in)\b/, unless: /\b(?:not|n't|unfortunately|unsuccessful)\b/ },
  { label: 'on_hold', w: 0.4, re: /(?:appreciate|thank you for) your (?:continued )?patience|bear with us/ },

  // ── acknowledgement of an application
  { label: 'application_received', w: 1.3, re: /(?:we(?:'ve| have)?|has been|have been) (?:successfully )?received (?:your|the) (?:application|cv|resume|submission)|(?:your )?application[^.;]{0,60}(?:has been|was|have been) (?:successfully )?(?:received|submitted)|(?:confirm|acknowledge)\w* (?:the )?(?:receipt|that we (?:have )?received)/ },
  { label: 'application_received', w: 1.0, re: /(?:is|are) (?:currently )?(?:under review|being reviewed)|we (?:will|'ll) (?:now )?(?:review|be reviewing|carefully review|assess) (?:your|all|the) (?:application|applications|cv|resume|profile)|(?:if|should) (?:your|you)[^.;]{0,60}(?:match|selected|shortlisted|suitable)[^.;]{0,40}(?:we will|we'll|will) (?:contact|be in touch|reach out|get in touch)/ },

  // ── invitation to interview / next round
  { label: 'interview_invite', w: 1.3, negatable: true, unless: FEEDBACK_TALK, re: /(?:like|love|want) you to (?:come in|come to (?:the|our)|join us for|attend (?:an?|the|our))\b|(?:like|love|happy|pleased|delighted|excited|glad|want) to (?:invite you|schedule|set up|arrange|book|move (?:you )?forward|progress you|take you forward|have you (?:in(?! mind)|come|join|meet))|invit(?:e|ing|ation) (?:you )?(?:to|for) (?:an? |the |our )?(?:[\w']+ ){0,2}(?:interview|call|chat|conversation|meeting|on-?site|visit)|(?:move|moving|progress|advance|advancing|progressing) (?:you |your application )?(?:forward )?to (?:the )?(?:next|second|final|following) (?:round|stage|step)/ },
  { label: 'interview_invite', w: 1.0, negatable: true, unless: FEEDBACK_TALK, re: /(?:schedule|book|arrange|set up) (?:an? |your |the )?(?:[\w']+ ){0,2}(?:interview|call|chat|meeting)|(?:share|send|let (?:us|me) know|provide) (?:[\w']+ ){0,2}availability|calendly|pick a time|select a (?:time|slot)|time slots?/ },

  // ── invitation to an assessment
  { label: 'assessment_invite', w: 1.4, negatable: true, re: /(?:please|kindly|invite you to|ask you to|asking you to|like you to|next step (?:is|will be) to|you will need to|required to)\s(?:[\w']+\s){0,2}(?:complete|take|attempt|undertake|sit|do|submit)\b[^.;]{0,60}(?:assessment|test|challenge|assignment|exercise|task|case study|take[- ]home|questionnaire|hackerrank|codility|codesignal|hirevue|pymetrics)/ },
  { label: 'assessment_invite', w: 1.4, negatable: true, re: /next (?:step|stage) (?:is|will be|of (?:the|our) process is) (?:a|an|the|our|to complete|to take) (?:[\w']+ ){0,3}(?:assessment|test|challenge|assignment|exercise|task|case study|take[- ]home|questionnaire|hackerrank|codility|codesignal|hirevue|pymetrics)|(?:sending|sent|send) you (?:a|an|the|our) (?:[\w']+ ){0,3}(?:assessment|test|challenge|assignment|exercise|take[- ]home)/ },
  { label: 'assessment_invite', w: 0.8, re: /\b(?:hackerrank|codility|codesignal|testgorilla|hirevue|pymetrics|coderbyte|mettl)\b|(?:link|invitation|invite) to (?:the|your|an?) (?:[\w']+ ){0,2}(?:assessment|test|challenge)|(?:within|in the next) \d+ (?:hours|days)/ },

  // ── offer
  { label: 'offer', w: 1.5, negatable: true, re: /(?:pleased|delighted|happy|thrilled|excited|glad) to (?:offer you|extend (?:to you )?(?:you )?(?:an|this|the|a formal|a verbal|our) offer|confirm (?:your|our) offer|make you an offer)|offer of employment|would like to offer you|(?:your|the|a|our) (?:formal |written )?offer letter|(?:pleased|delighted) to welcome you/ },
  // the post given to the candidate, in the passive: "the post has been offered to you", "you have been awarded the place"
  { label: 'offer', w: 1.5, negatable: true, re: /\b(?:role|position|job|post|place|contract|internship|placement|traineeship|fellowship)s? (?:has|have|had|was|is) (?:now |just )?(?:been )?(?:offered|awarded|given) to you\b|\byou(?:'ve| have)? (?:now |just )?(?:been|are being) (?:offered|awarded|given) (?:the|a|this|our) (?:[\w-]+ )?(?:role|position|job|post|place|contract|internship|placement|traineeship|fellowship)\b/ },
  { label: 'offer', w: 0.8, re: /\bcongratulations\b|welcome (?:you )?(?:to|aboard)(?: the team)?|(?:proposed |your )?start date/ },
  // the advert kept open longer is no pause of the candidate's process: "the closing date for the vacancy has been extended"
  { label: 'on_hold', w: -1.3, re: /\b(?:closing|application|submission|advert(?:isement)?|posting) (?:date|deadline|period)s?\b[^.;]{0,60}\b(?:been |is being |will be )?extended\b|\b(?:extended|extending|extend) (?:the )?(?:closing|application|submission) (?:date|deadline|period)\b/ },
];

/**
 * A decision inside a conditional is not made: "if you are not successful this time, we will let you know"; and so is one that only follows from a step still left to the candidate: "please complete it by Sunday, otherwise we
 * will not be able to consider your application", "we are unable to process your application until you confirm your
 * right to work"
 */
export const CONDITIONAL = /\b(?:if|unless|should you|in case|in the event|whether|otherwise|or else|failing (?:which|that|this))\b|\buntil (?:you|we)(?: have)? (?:receive|received|confirm|confirmed|provide|provided|send|sent|upload|uploaded|complete|completed|submit|submitted|return|returned|sign|signed|hear back from you)\b/;

/** "if you have not heard from us within 10 days, please assume your application has been unsuccessful" */
export const NO_NEWS = /\b(?:not|n't|never) (?:heard?|receive[ds]?|had) (?:back |a response |a reply |anything |any response |word )?(?:from us )?(?:within|by|in the next|after)\b|\bno (?:news|response|reply|contact) (?:from us )?(?:within|by|after)\b|\b(?:please|you (?:should|may|can|must)|safe to) (?:assume|presume|take it)\b|\bif you (?:do not|don't|did not|didn't|have not|haven't) (?:yet )?hear(?:d)?\b|\b(?:if|should) (?:you|we)(?: are| have| do| did| were|'ve|'re)?(?: not|n't| never)(?: yet)?(?: been| be| had| have)? (?:contact\w*|invit\w*|shortlist\w*|call\w*|notif\w*|receiv\w*|get|got|in touch|respond\w*|repl\w*|heard?|been in touch)\b|\b(?:unless|until) (?:you hear|we (?:contact|call|invite|notify|get in touch|are in touch|reach out|write))\b/;
export const KIND_RULES: readonly Rule<KindLabel>[] = RULES.map((r) =>
  r.label === 'rejection' && r.w >= 1 && !r.clauseUnless
    ? { ...r, clauseUnless: CONDITIONAL, unless: r.unless ? new RegExp(`${r.unless.source}|${NO_NEWS.source}`) : NO_NEWS }
    : r,
);
