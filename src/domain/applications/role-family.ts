/**
 * Reads a job title into a role family and a seniority, so insights can group
 * "Sr. Software Engineer" and "Backend Developer III" together. Keyword rules,
 * first match wins; a title nothing matches is family "other", seniority "mid".
 *
 * Seniority values: intern, junior, mid, senior, lead (lead / staff /
 * principal), manager (manages people), director (director and above: head
 * of, VP, C-level, founder). "Manager" titles that are individual roles
 * (product, project, account, community … manager) do not make a manager.
 */

export const ROLE_FAMILIES = [
  'engineering',
  'data',
  'design',
  'product',
  'marketing',
  'sales',
  'operations',
  'finance',
  'people',
  'customer_support',
  'research',
  'other',
] as const;
export type RoleFamily = (typeof ROLE_FAMILIES)[number];

export const SENIORITIES = ['intern', 'junior', 'mid', 'senior', 'lead', 'manager', 'director'] as const;
export type Seniority = (typeof SENIORITIES)[number];

export interface RoleClassification {
  roleFamily: RoleFamily;
  seniority: Seniority;
}

/** Lower case, no accents, punctuation as spaces: "Sr. UX/UI Designer" → "sr ux ui designer". */
export function normaliseTitle(title: string): string {
  return ` ${title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim()} `;
}

const FAMILY_RULES: readonly (readonly [RoleFamily, RegExp])[] = [
  ['customer_support', /\b(customer (support|service|success|experience|care)|client (services|success)|support (engineer|specialist|agent|analyst|representative|associate)|technical support|it support|help ?desk|service desk)\b/],
  ['sales', /\b(sales|account executive|account manager|business development|bdr|sdr|solutions? (engineer|consultant)|pre ?sales|chief revenue|cro|inside sales)\b/],
  ['people', /\b(hr|hrbp|human resources|people (partner|operations|ops|business partner|manager|lead|director|officer|analytics|team)|(head|vp|chief) of people|chief people|recruit(er|ing|ment)|sourcer|talent|chro|learning (and )?development|payroll|compensation|benefits)\b/],
  ['design', /\b(design|designer|ux|ui|user experience|user interface|interaction|visual|graphic|illustrator|art director|creative director|motion|user research(er)?)\b/],
  ['marketing', /\b(marketing|marketer|seo|sem|growth marketer|content (writer|strategist|marketing|manager|creator)|copywriter|brand|communications|public relations|pr|social media|community manager|demand gen(eration)?|cmo|market research)\b/],
  ['research', /\b(research|researcher)\b/],
  ['finance', /\b(finance|financial|accountant|accounting|accounts (payable|receivable)|controller|fp a|treasury|auditor|audit|tax|bookkeeper|cfo|investment|actuary|actuarial|underwriter)\b/],
  ['product', /\b(product (manager|owner|lead|director|management|strategist)|(head|director|vp|vice president|chief) (of )?product|cpo|apm)\b/],
  ['engineering', /\b(security|soc) analyst\b/],
  ['operations', /\b(supply chain|logistics|procurement|operations analyst)\b/],
  ['data', /\b(data|analytics|analyst|machine learning|ml|ai|deep learning|nlp|computer vision|business intelligence|bi|statistician|quantitative|quant)\b/],
  ['research', /\bscientist\b/],
  ['engineering', /\b(engineer|engineering|developer|programmer|software|swe|sre|site reliability|devops|frontend|front end|backend|back end|full ?stack|architect|qa|quality assurance|sdet|test automation|cto|chief technology|mobile|ios|android|firmware|embedded|infrastructure|security|cloud|sysadmin|system administrator|network)\b/],
  ['operations', /\b(operations|ops|project manager|program manager|programme manager|office manager|supply chain|logistics|procurement|coo|chief operating|executive assistant|administrative|admin|chief of staff|scrum master|delivery manager)\b/],
];

/** "Manager" in these titles names an individual role, not a people manager. */
const IC_MANAGER = /\b(product|project|program|programme|account|customer success|success|community|social media|office|delivery|partner|case|relationship|content|brand|campaign) manager\b/g;

const SENIORITY_RULES: readonly (readonly [Seniority, RegExp])[] = [
  ['intern', /\b(intern|internship|co op|werkstudent|stagiaire|praktikant|summer analyst)\b/],
  ['director', /\b(director|head of|head|vp|svp|evp|avp|vice president|chief|cto|cfo|ceo|coo|cmo|cpo|cro|chro|ciso|cio|president|founder|cofounder)\b/],
  ['manager', /\b(manager|mgr|group product manager)\b/],
  ['lead', /\b(lead|leader|principal|distinguished|fellow|iv)\b|\bstaff\b(?! accountant| nurse| writer)/],
  ['senior', /\b(senior|sr|snr|iii)\b/],
  ['junior', /\b(junior|jr|entry level|graduate|grad|new grad|trainee|apprentice|associate|i)\b/],
];

function firstMatch<T extends string>(rules: readonly (readonly [T, RegExp])[], text: string, fallback: T): T {
  return rules.find(([, pattern]) => pattern.test(text))?.[0] ?? fallback;
}

export function classifyRole(title: string): RoleClassification {
  const text = normaliseTitle(title);
  const roleFamily = firstMatch(FAMILY_RULES, text, 'other');
  // Keep "group product manager" (a manager of PMs) before stripping IC manager titles.
  const forSeniority = /\bgroup product manager\b/.test(text) ? text : text.replace(IC_MANAGER, ' role ');
  const seniority = firstMatch(SENIORITY_RULES, forSeniority, 'mid');
  return { roleFamily, seniority };
}
