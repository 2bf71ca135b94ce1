/**
 * Comparative requirements: "another candidate whose experience with design systems at scale is a
 * closer match", "a candidate with stronger written Japanese", "applicants who hold a PRINCE2
 * certification". When the comparison's object is a concrete topic the message names a requirement
 * (skills_gap); when it is only "our needs", "the role", "relevant experience" it is a plain
 * profile mismatch, which the reason rules already cover.
 */
import { PatternGate } from './prefilter.js';
import type { Sentence } from './types.js';

const OTHERS = String.raw`(?:candidates?|applicants?|someone|somebody|people|persons?|individuals?|finalists?|others|profiles?|hires?|colleagues?|appointees?)`;
const MATTER = String.raw`(?:experience|expertise|knowledge|exposure|skills?|skill ?set|proficiency|familiarity|background|track record|understanding|grounding|depth)`;
const MORE = String.raw`(?:more|stronger|deeper|greater|broader|better|longer|wider|more extensive|more substantial|more direct|more recent|more specific|more relevant|more hands-on|more practical|more proven)`;
const CLOSER = String.raw`(?:closer|better|stronger|more closely|most closely|more directly|most directly|closest|best|more|deeper|broader|more extensive|more relevant|more substantial)`;
const FITS = String.raw`(?:match(?:es|ed)?|fit(?:s|ted)?|aligned|align(?:s|ed)?|suited|relevant|extensive|substantial|in line)`;
const CREDENTIAL = String.raw`(?:certifications?|certificates?|certified|qualifications?|qualified|degrees?|licen[cs]es?|licensed|registration|registered|accreditation|accredited|chartered|clearance|diploma)`;

const ELIGIBILITY = /\b(?:visa|citizen\w*|right to work|work permit|residen\w+|authori[sz]\w*|security clearance|nationalit\w+|eligib\w*)/;

/** others who have done a named thing before: "who has run", "that had built", "who've worked in" */
const DONE_BEFORE = String.raw`(?:who|that)(?:'ve| have| has| had)\s(?:run|led|built|managed|delivered|owned|implemented|worked (?:in|on|with))`;
/** a topic runs to the end of the clause or to the comparison's verb */
const TOPIC = String.raw`([^.;,:!?()]{2,80}?)`;
const TOPIC_END = String.raw`(?=\s(?:is|was|are|were|have|has|had|will|would|which|that|who|than|so|but|and (?:we|they|i)|for (?:the|this|our) (?:role|position|job)|to (?:the|our|what)|(?:more|most) (?:closely|directly))\b|[.;,:!?()]|$)`;

const PATTERNS: readonly RegExp[] = [
  // "another candidate whose experience with design systems at scale is a closer match"
  new RegExp(String.raw`\b${OTHERS}\s(?:whose|with|who (?:has|have|had|brought|brings|bring|offered|showed|demonstrated))\s(?:an?\s|the\s)?(?:[\w-]+\s){0,2}?${MATTER}\s(?:in|with|of|around|across|on)\s${TOPIC}${TOPIC_END}[^.;]{0,40}?\b${CLOSER}\s(?:[\w']+\s){0,2}?${FITS}\b`),
  // "candidates whose backgrounds are closer to enterprise sales", "people whose experience sits nearer to regulated medical devices"
  // (closer to "our work", "the role", "what we do", "where the role is headed" names the sender's own needs: a plain mismatch)
  new RegExp(String.raw`\b${OTHERS}\s(?:whose|with)\s(?:[\w-]+\s){0,2}?${MATTER}s?\s(?:(?:is|are|was|were|sits?|sat|lies?|lay)\s)?(?:(?:a (?:bit|little|lot)|much|slightly|far)\s)?(?:closer|nearer|more closely aligned|better aligned|more aligned|more squarely|more firmly|more directly)\s(?:to|with|in|within)\s(?!(?:our|the|this|that|your|what|their|its|where|how)\b)${TOPIC}${TOPIC_END}`),
  // "a candidate with stronger written japanese", "someone with more hands-on terraform experience"
  new RegExp(String.raw`\b${OTHERS}\s(?:(?:all|already|both)\s)?(?:with|who (?:has|have|had|brought|brings|bring|offered|showed|demonstrated))\s(?:an?\s|the\s)?(?:(?:a (?:bit|little|lot)|much|far|slightly|somewhat|significantly)\s)?${MORE}(?:\s(?:hands-on|practical|direct|relevant|commercial|recent))?\s${TOPIC}${TOPIC_END}`),
  // what another candidate had, said with the possessive: "another candidate's background in payments was better suited to the roadmap"
  new RegExp(String.raw`\b(?:another|the other|the successful|the chosen|the selected|one other) (?:candidate|applicant|finalist|person)'s\s(?:[\w-]+\s)?${MATTER}\s(?:in|with|of|around)\s${TOPIC}\s(?:was|is|were|are)\s(?:(?:a (?:bit|little|lot)|much|slightly|far|simply|just)\s)?(?:better|closer|more closely|more directly|stronger|deeper|more relevant|more suited)\b`),
  // "candidates brought stronger experience in b2b saas pricing", "other applicants came with more hands-on retail work"
  new RegExp(String.raw`\b${OTHERS}\s(?:brought|had|have|has|showed|demonstrated|offered|came (?:to us )?with|come (?:to us )?with)\s(?:an?\s)?${MORE}(?:\s(?:hands-on|practical|direct|relevant|commercial|recent))?\s${TOPIC}${TOPIC_END}`),
  // "better aligned with our needs in enterprise sales", "a closer match for our requirements around x"
  new RegExp(String.raw`\b${CLOSER}\s(?:[\w']+\s){0,2}?${FITS}\s(?:with|to|for)\s(?:our|the|your)\s(?:[\w-]+\s)?(?:needs|requirements?|focus|priorities)\s(?:in|around|for|on)\s${TOPIC}${TOPIC_END}`),
  // others and what they bring, with an amount, in a named domain: "the candidate we have selected has several years
  // running clinical trials in oncology", "they bring a lot of experience with kubernetes operators", "other applicants
  // came to us with hands-on automotive functional safety work"
  new RegExp(String.raw`\b(?:${OTHERS}|they|he|she)\s(?:(?:we|who) (?:have |had |'ve )?(?:selected|chosen|appointed|hired|met|offered it to)\s|(?:who|that)\s)?(?:(?:all|already|both|also)\s)?(?:has|have|had|bring|brings|brought|came (?:to us )?with|come (?:to us )?with|offered|showed)\s(?:an?\s)?(?:(?:several|many|\d+|two|three|four|five|six|seven|eight|ten) (?:more )?years(?: of)?|a (?:lot|great deal|good deal) of|(?:far|much|a lot|significantly) more|extensive|deep|substantial|proven|hands-on|direct|strong)\s(?:(?:[\w-]+\s){0,2}?${MATTER}\s(?:in|with|of|on|around|across)\s|(?:hands-on\s)?)${TOPIC}${TOPIC_END}`),
  // others' background deeper in a named domain: "a candidate whose background is much deeper in payments compliance"
  new RegExp(String.raw`\b${OTHERS}\s(?:whose|with)\s(?:[\w-]+\s){0,2}?${MATTER}s?\s(?:is|are|was|were|runs?|ran|goes|went)\s(?:(?:a (?:bit|little|lot)|much|far|slightly)\s)?(?:deeper|stronger|broader|more extensive|more substantial)\s(?:in|with|on|around)\s(?!(?:our|the|this|that|your|what|their|its)\b)${TOPIC}${TOPIC_END}`),
  // others who have already done a named thing: "people who've already run SOC 2 audits themselves"
  new RegExp(String.raw`\b${OTHERS}\s(?:[\w-]+\s){0,4}?(?:who|that)(?:'ve| have| has| had)?\s(?:already|previously)\s(?:run|ran|led|built|done|managed|delivered|owned|shipped|implemented|rolled out|worked (?:on|with|in))\s${TOPIC}${TOPIC_END}`),
  // …told as the reason others were chosen: "we chose the other candidate because they had already scaled a subscription business"
  new RegExp(String.raw`\b(?:because|as|since) (?:they|he|she|the other (?:candidate|applicant|finalist)|the successful (?:candidate|applicant))(?:'ve|'d| have| has| had)\s(?:already|previously)\s(?:run|ran|led|built|done|managed|delivered|owned|shipped|implemented|scaled|grown|launched|opened|rolled out|worked (?:on|with|in))\s${TOPIC}${TOPIC_END}`),
  // …or before: "a candidate who has worked in fintech before"
  new RegExp(String.raw`\b${OTHERS}\s(?:[\w-]+\s){0,4}?${DONE_BEFORE}\s([^.;,:!?()]{2,60}?)\s(?:before|previously)\b`),
  // …or what the role calls for: "someone who has run a newsroom, which this role really calls for"
  new RegExp(String.raw`\b${OTHERS}\s(?:[\w-]+\s){0,4}?${DONE_BEFORE}\s([^.;,:!?()]{2,60}?),?\s(?:which|something|what) (?:this|the) (?:role|position|job|post) (?:really |specifically |also )?(?:calls for|needs|needed|requires|required|demands)\b`),
  // …or for a stated time: "a colleague who has run the Epic EHR rollout for the last two years"
  new RegExp(String.raw`\b${OTHERS}\s(?:[\w-]+\s){0,4}?(?:who|that)(?:'ve| have| has| had)\s(?:run|led|built|managed|delivered|owned|implemented)\s([^.;,:!?()]{2,80}?)\sfor (?:the (?:last|past) |over |more than |nearly |almost )?(?:\d+|two|three|four|five|six|several|many) years\b`),
  // others who had done a named thing, credited with the decision: "the successful applicant had managed a museum shop before, which gave them the edge"
  new RegExp(String.raw`\b${OTHERS}\s(?:had|has|have)\s(?:already |previously )?(?:managed|run|ran|led|built|delivered|owned|worked (?:in|on|with|at)|done)\s([^.;,:!?()]{2,80}?)(?:\s(?:before|previously))?,?\s(?:which|and that|and this|and it|that)\s(?:gave|give|gives|was|were|is|made|tipped|set|put)\b[^.;]{0,30}\b(?:edge|decisive|apart|difference|ahead|deciding|advantage|balance)\b`),
  // what others have, credited with the decision: "their years of running GST compliance gave them an edge"
  new RegExp(String.raw`\b(?:their|his|her) (?:[\w-]+ )?(?:years|experience|background|track record|record|expertise|grounding) (?:of|in|with)\s([^.;,:!?()]{2,80}?)\s(?:gave|give|gives|was|were|is|made|set|tipped|put)\b[^.;]{0,30}\b(?:edge|decisive|apart|difference|ahead|deciding|advantage)\b`),
  // where others' careers were spent: "the person we've chosen has spent most of their career in cold-chain logistics",
  // "their career has been almost entirely in b2b"
  new RegExp(String.raw`\b(?:${OTHERS}|they|he|she)\s(?:(?:we|who)(?:'ve| have| had)? (?:selected|chosen|appointed|hired|picked)\s)?(?:has|have|had)\s(?:spent|built|made)\s(?:(?:most|much|all|the bulk|the majority|nearly all|almost all) of\s)?(?:their|his|her)\s(?:[\w-]+\s)?career\s(?:in|on|with|around|across)\s${TOPIC}${TOPIC_END}`),
  new RegExp(String.raw`\b(?:their|his|her)\s(?:[\w-]+\s)?(?:career|background|experience)\s(?:has been|had been|was|is|lies|lay|sits|sat)\s(?:(?:almost|nearly|very much|mostly|largely|entirely|wholly|squarely|firmly|exclusively)\s){0,2}in\s(?!(?:our|the|this|that|your|what|its)\b)${TOPIC}${TOPIC_END}`),
  // the candidate's experience of a named thing, less than the appointed person's: "your experience of running an
  // accreditation cycle as the named lead was more limited than that of the appointed candidate"
  new RegExp(String.raw`\byour\s(?:[\w-]+\s)?${MATTER}\s(?:of|in|with|around)\s${TOPIC}\s(?:was|is|were|are)\s(?:(?:much|far|a bit|slightly|rather|somewhat)\s)?(?:more limited|less extensive|narrower|thinner|less|lighter|shallower|less deep|less direct)\b[^.;]{0,30}\bthan\b`),
  // the comparison, then what it was made on: "another candidate matched the role more closely, in particular on
  // hands-on cpq work", "a stronger match on the requirement for five years in x", "more closely met the criteria,
  // notably the y qualification" (not "on the technical side": a half of the role, not a requirement)
  new RegExp(String.raw`\b(?:${CLOSER}\s(?:[\w']+\s){0,2}?(?:match(?:es|ed)?|fit(?:s|ted)?|met|meets?|aligned|suited)|(?:match(?:es|ed)?|fit(?:s|ted)?|met|meets?|aligned|suited)\s(?:[\w']+\s){0,3}?${CLOSER}|an?\s(?:closer|stronger|better|tighter)\s(?:match|fit))\b(?:\s(?:the|our|their|its|this|all)\s(?:[\w-]+\s){0,2}?(?:role|position|job|post|criteria|requirements|brief|specification|spec|needs))?,?\s(?:(?:in particular|particularly|especially|notably|specifically|mainly|chiefly|above all)\s(?:(?:on|in|around|with|for|regarding|in terms of|when it came to)\s)?|on\s|in terms of\s|when it (?:came|comes) to\s)(?!(?:paper|balance|this|that|the (?:whole|day|interviews?|assessments?)|reflection|all|every|several|many|most|some|both|each|a number|a range|a few|at|by|as|during|given|because|since|due|now|relation|regard|respect|terms|interviews?|your|you)\b|the (?:[\w-]+ ){1,3}(?:side|end)\b)(?:the (?:requirement|need|criteri(?:on|a)) (?:for|of)\s)?${TOPIC}${TOPIC_END}`),
  // "applicants who already hold a prince2 practitioner certification", "the shortlisted applicants all hold an active cissp certification"
  new RegExp(String.raw`\b${OTHERS}\s(?:(?:who|that)\s)?(?:(?:all|already|both)\s)?(?:hold|held|holds|had|have|has|possess(?:es|ed)?)\s(?:(?:an?|the|a current|an active|a valid|current|active|valid)\s)?${TOPIC}\s${CREDENTIAL}\b`),
];

/** the patterns behind one literal filter: most sentences hold the words of none of them */
const PATTERN_GATE = new PatternGate(PATTERNS);

/** words that do not make a topic: the comparison is with the role or the profile as a whole */
const GENERIC = new Set(
  ('the a an our your their this that these those its what we you they us need needs needed requirement requirements require required role roles position positions job jobs post vacancy team company business ' +
    'experience experiences expertise skill skills skillset set background backgrounds profile profiles qualification qualifications knowledge exposure track record understanding ' +
    'relevant overall general right closer better stronger more closely fit match matched aligned suited level levels area areas field fields space domain industry sector ' +
    'work working looking for of in with to at on and or as well current present time moment now specific particular kind type sort all some such related similar direct ' +
    'hands-on practical proven demonstrated years year candidate candidates applicant applicants someone people us them here opportunity one ones other others case cases ' +
    'certification certifications qualified degree experienced depth breadth strong solid extensive significant greater deeper broader range mix blend combination ' +
    'matching suitable appropriate applicable transferable comparable equivalent closely directly strongly immediately immediate senior junior seniority ' +
    'focus priorities direction plans strategy goals mission vision teams companys stage base ' +
    'opening openings vacancies posts rounded well-rounded comprehensive complete seeking sought wanted looking need needed profile where going heading headed today future next ' +
    'round rounds cycle intake occasion season campaign scheme programme program process pool year this ' +
    'pay salary money package compensation remuneration budget rate ' +
    'problems problem challenges things issues works ' +
    'size scale scope nature against person specification spec criteria criterion essential desirable description range lot far much bit little deal great good').split(' '),
);

/**
 * what only looks like a topic: the fit itself ("candidates with a stronger fit for the requirements of the plant") or the
 * role by its title ("more aligned with our requirements for the graduate business analyst role")
 */
const NOT_A_TOPIC = /^(?:fit|match|alignment|suitability)\b|^(?:the|this|our|that) (?:[\w&'-]+ ){0,5}(?:role|position|job|post|vacancy|programme|program|scheme|internship|opening|apprenticeship|placement|traineeship|learnership)$/;

/** True when the topic names something concrete: at least one word that is not generic. */
export function concreteTopic(topic: string): boolean {
  return topic
    .split(/[\s/&+-]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}#+]/gu, ''))
    .some((w) => w.length >= 2 && !GENERIC.has(w) && !/^\d+$/.test(w));
}

/** The named requirement a comparison with other candidates rests on, or null. */
export function comparativeRequirement(norm: string): string | null {
  if (!/\b(?:candidate|applicant|someone|somebody|people|person|individual|finalist|others|profile|hire|aligned|match|fit|suited)|\b(?:they|he|she) (?:bring|brings|brought|have|has|had|came|come)\b|\b(?:their|his|her) (?:[\w-]+ )?(?:years|experience|background|track record|record|expertise|grounding|career)\b|\bcolleague/.test(norm)) return null;
  // eligibility ("only open to people who already hold UK security clearance") is a location reason
  if (ELIGIBILITY.test(norm)) return null;
  if (/\b(?:if|should|whenever|in case)\b[^.;]{0,60}\b(?:match|fit|aligned|suited)/.test(norm)) return null;
  // only the patterns whose words are all in the sentence, in the order of the list
  for (const p of PATTERN_GATE.candidates(norm)) {
    const m = (PATTERNS[p] as RegExp).exec(norm);
    const topic = m?.[1]?.trim();
    if (topic && concreteTopic(topic) && !NOT_A_TOPIC.test(topic)) return topic;
  }
  return null;
}

/** Sentences that name a requirement through a comparison (skills_gap hits). */
export function comparativeHits(sentences: readonly Sentence[]): Sentence[] {
  return sentences.filter((s) => !s.footer && !s.subject && comparativeRequirement(s.norm) !== null);
}
