/**
 * Phrase patterns behind judgeFeedback, kept as data so they can be
 * reviewed and extended. Labels end up in the reasons shown to the user.
 */

export interface Signal {
  label: string;
  pattern: RegExp;
}

const LANGUAGES = 'german|french|spanish|dutch|english|mandarin|cantonese|japanese|italian|portuguese|arabic|swedish|polish|danish|norwegian|finnish|korean|hindi';

const SKILLS = [
  'sql',
  'python',
  'java',
  'javascript',
  'typescript',
  'golang',
  'rust',
  'react',
  'angular',
  'vue',
  'node(?:\\.js)?',
  'excel',
  'tableau',
  'power ?bi',
  'aws',
  'azure',
  'gcp',
  'kubernetes',
  'docker',
  'terraform',
  'linux',
  'machine learning',
  'statistics',
  'data model(?:l)?ing',
  'system design',
  'algorithms?',
  'data structures',
  '(?:unit |automated )?testing',
  'accessibility',
  'figma',
  'seo',
  'salesforce',
  'accounting',
  'financial model(?:l)?ing',
  'project management',
  'stakeholder management',
  'people management',
  'negotiation',
  'public speaking',
  'copywriting',
  'budgeting',
  'forecasting',
  'api design',
  'microservices',
  'security',
  'devops',
  'user research',
  'a/b testing',
  'product strategy',
  'leadership',
  LANGUAGES,
].join('|');

export const FEEDBACK_PATTERNS = {
  /** Things concrete enough to be about this candidate. */
  topics: [
    { label: 'a skill', pattern: new RegExp(`(?<![\\w-])(?:${SKILLS}|c\\+\\+|c#)(?![\\w-])`, 'i') },
    {
      label: 'a moment in the process',
      pattern:
        /\b(?:technical|coding|case|system design|behaviou?ral|live|pairing|whiteboard|take-?home|final|first|second|third|panel|on-?site)\s+(?:question|exercise|round|interview|task|challenge|test|assignment|presentation|stage|study)s?\b|\bwhen (?:you were|we|i) asked\b|\bthe question (?:about|on)\b/i,
    },
    {
      label: 'a part of your application or interview',
      pattern:
        /\byour (?:answers?|responses?|presentation|solution|code|demo|portfolio|examples?|cv|résumé|resume|cover letter|case study|explanations?|approach|slides|test|assessment|assignment|take-?home|submission|communication|questions)\b/i,
    },
    {
      label: 'something concrete to change',
      pattern: /\b(?:answers?|examples?|star (?:method|format)|metrics|numbers|impact|trade-?offs?|edge cases|structure|depth|eye contact|pace|conciseness|research|preparation|rambl\w*)\b/i,
    },
  ],
  /** Points to work on; they only count next to a topic. */
  critiques: [
    {
      label: 'a point to work on',
      pattern:
        /\b(?:shaky|weak(?:er)?|unclear|vague|struggled|missed|missing|lacked|lacking|lack of|limited|incomplete|rushed|hesitant|shallow|superficial|fell short|errors?|mistakes?|bugs?|incorrect|inaccurate|ran out of time|overran|not (?:quite )?(?:enough|clear|strong|deep|detailed|convincing|confident|sure)|too (?:long|short|brief|general|generic|high-level|junior|detailed|much|little)|could (?:have|be)|would have liked|hoped to see|expected (?:more|to see)|less (?:detail|time))\b/i,
    },
    {
      label: 'something left out',
      pattern:
        /\b(?:didn'?t|did not|never|failed to)\s+(?:show|demonstrate|mention|explain|cover|address|answer|discuss|give|provide|include|quantify|highlight|finish|complete|test|consider|ask|research|know|prepare|seem|come across|go into|talk about|describe|connect|use|handle)\b/i,
    },
    {
      label: 'a requirement',
      pattern:
        /\b(?:more|stronger|deeper|hands-on|practical|commercial|production|solid)\s+(?:[\w#+.-]+\s+)?(?:experience|depth|detail|examples?|structure|focus|practice|exposure|knowledge|background|skills?)\b|\b(?:requires?|required|requirement|essential|must[- ]have)\b/i,
    },
  ],
  suggestions: [
    {
      label: 'a suggestion',
      pattern:
        /\b(?:suggest|recommend|advise)\b|\b(?:could|should|might|may want to|might want to|would benefit from|would do well to)\s+(?:try|practi[cs]e|work on|focus|prepare|spend|add|include|show|quantify|explain|go deeper|dig deeper|be more|structure|tailor|shorten|highlight|use|brush up|read|study|learn|consider|research|build)\b|\bnext time\b|\b(?:work on|brush up on|practi[cs]e|focus on|read up on)\b|\btry (?:to|using)\b|\bit would (?:help|be good|be useful|have helped)\b/i,
    },
  ],
  /** Concrete requirements count on their own. */
  requirements: [
    { label: 'years of experience', pattern: /\b\d+\+?\s*(?:years?|yrs)['’]?\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:experience|in|with)\b/i },
    {
      label: 'a qualification',
      pattern:
        /\b(?:requires?|required|need(?:ed|s)?|looking for|must have|lack(?:ed|ing)?|without|missing|no)\b.*\b(?:degree|master'?s|bachelor'?s|phd|certification|certificate|licen[cs]e|chartered status|qualification)\b/i,
    },
    {
      label: 'an eligibility condition',
      pattern:
        /\b(?:condition|requirement|prerequisite|eligib\w+)\b.{0,60}\b(?:student|degree|citizen\w*|resident|residency|permit|visa|based in|located in)\b/i,
    },
    {
      label: 'a language level',
      pattern: new RegExp(
        `\\b(?:fluent|fluency|native|business-level|c1|c2|b2|proficien(?:t|cy))\\b.{0,20}\\b(?:${LANGUAGES})\\b|\\b(?:${LANGUAGES})\\s+(?:fluency|at (?:a )?(?:native|business|c1|c2) level)\\b`,
        'i',
      ),
    },
  ],
  praise: [
    {
      label: 'praise',
      pattern: /\b(?:great|excellent|strong|impressive|impressed|loved|enjoyed|fantastic|outstanding|solid|good|well|brilliant|pleasure|liked|wonderful|thoughtful)\b/i,
    },
  ],
  /** Sentences that explicitly rule out an issue or decline to give detail. */
  neutralisers: [
    {
      label: 'no issue',
      pattern:
        /\bno (?:concerns?|issues?|problems?|reservations)\b|\bnothing (?:wrong|specific|in particular|particular|to (?:do|improve))\b|\b(?:wasn'?t|weren'?t|was not|were not|isn'?t|is not) (?:the|an?) (?:issue|problem|concern|factor|reason)\b|\bnot (?:because of|due to|about) (?:anything|your)\b|\bno (?:particular|specific|single) reason\b|\b(?:can(?:no|')t|cannot|unable to|not able to|do(?:n'?t| not)|are not able to|aren'?t able to|not in a position to) (?:share|provide|give|offer)\b|\bdid(?:n'?t do anything| nothing) wrong\b/i,
    },
  ],
  boilerplate: [
    { label: '“more closely matched”', pattern: /\b(?:more|most|better) closely (?:match|align|fit)|\bcandidate whose (?:experience|background|profile|skills)\b/i },
    { label: '“a tough decision”', pattern: /\b(?:tough|difficult|hard|close) (?:decision|call|choice)\b/i },
    {
      label: '“a strong pool of candidates”',
      pattern:
        /\b(?:strong|competitive|large|talented|impressive|high[- ]calib(?:re|er)) (?:pool|field|group|number) of (?:candidates|applicants|applications)\b|\bhighly competitive\b|\bmany (?:qualified|strong|talented|excellent) (?:candidates|applicants)\b/i,
    },
    { label: '“moving forward with other candidates”', pattern: /\b(?:move|moving|go|going|proceed|proceeding) (?:forward |ahead )?with (?:other|another|a different|someone)\b/i },
    { label: '“you were great, but…”', pattern: /\byou were (?:great|fantastic|wonderful|excellent|impressive|lovely)\b/i },
    { label: '“a stronger match”', pattern: /\b(?:stronger|closer|better) match\b/i },
    { label: '“a better fit”', pattern: /\b(?:better|more) suited\b|\bbetter fit\b|\bnot the right fit\b|\bnot a (?:good )?fit\b/i },
    { label: '“more experience”, without saying in what', pattern: /\b(?:someone|a candidate|candidates?|a person) with more (?:relevant )?experience\b/i },
    { label: 'good wishes', pattern: /\bwish you (?:all )?(?:the )?(?:best|success|luck)\b/i },
    { label: 'an invitation to future roles', pattern: /\b(?:on file|talent pool)\b|\bfuture (?:roles|opportunities|openings|vacancies)\b/i },
    { label: '“after careful consideration”', pattern: /\bafter (?:careful|much) consideration\b/i },
  ],
} as const satisfies Record<string, readonly Signal[]>;
