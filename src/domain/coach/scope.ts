/**
 * What a seeker shares with a coach (docs/decisions/0025-coach-sharing.md). `progress` is
 * always part of a share; `debriefs` and `journal` are chosen one by one. Salaries,
 * contact details and message texts belong to no scope.
 */
export const SCOPES = ['progress', 'debriefs', 'journal'] as const;
export type Scope = (typeof SCOPES)[number];

/** The parts of a client's search a coach can open, and the scope each needs. */
export const SECTIONS = {
  caseload: 'progress',
  overview: 'progress',
  board: 'progress',
  insights: 'progress',
  debriefs: 'debriefs',
  plan: 'debriefs',
  journal: 'journal',
} as const satisfies Record<string, Scope>;
export type Section = keyof typeof SECTIONS;

export const SECTION_LABELS: Record<Section, string> = {
  caseload: 'Caseload summary',
  overview: 'Overview and goals',
  board: 'Board',
  insights: 'Insights',
  debriefs: 'Debriefs',
  plan: 'Growth plan',
  journal: 'Journal',
};

export const SCOPE_LABELS: Record<Scope, string> = {
  progress: 'Progress: applications (company, role, stage, dates), insights, goals and streaks',
  debriefs: 'Debriefs: reasons, feedback received, lessons and themes, growth plan',
  journal: 'Journal: mood and notes',
};

export interface ShareScope {
  debriefs: boolean;
  journal: boolean;
}

/** The scopes as a list, `progress` first and always there, whatever was asked. */
export function scopeList(scope: ShareScope): Scope[] {
  return ['progress', ...(scope.debriefs ? (['debriefs'] as const) : []), ...(scope.journal ? (['journal'] as const) : [])];
}

export function scopeFromList(list: readonly string[]): ShareScope {
  return { debriefs: list.includes('debriefs'), journal: list.includes('journal') };
}

export function allows(scope: ShareScope, section: Section): boolean {
  const needed = SECTIONS[section];
  return needed === 'progress' || scope[needed];
}
