/**
 * Why a rejection happened, in the vocabulary of LABELS.md, and whether the
 * reason is something the candidate could work on. The control default is a
 * starting point the user can change on each rejection.
 */

export const REJECTION_REASONS = [
  'generic',
  'profile_mismatch',
  'skills_gap',
  'assessment',
  'internal_candidate',
  'position_filled',
  'role_closed',
  'culture_fit',
  'location',
  'salary',
  'overqualified',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const CONTROL = ['within', 'outside'] as const;
export type Control = (typeof CONTROL)[number];

export interface ReasonInfo {
  readonly id: RejectionReason;
  readonly label: string;
  readonly help: string;
  readonly control: Control;
  /** False when the reason says nothing about this candidate (boilerplate). */
  readonly informative: boolean;
}

export const REASONS = {
  // Boilerplate carries no information about you. Calling it "your fault"
  // would be a guess, so it counts as outside; `informative: false` lets
  // insights keep it apart from reasons that were actually stated.
  generic: {
    id: 'generic',
    label: 'No reason given',
    help: 'A standard message that says nothing about you or your application.',
    control: 'outside',
    informative: false,
  },
  // Targeting and tailoring are yours to adjust, even when no requirement is named.
  profile_mismatch: {
    id: 'profile_mismatch',
    label: 'Profile not a close match',
    help: 'They felt your background fitted the role less closely than others did.',
    control: 'within',
    informative: true,
  },
  // A named gap can be learned, even if not overnight.
  skills_gap: {
    id: 'skills_gap',
    label: 'A specific requirement was missing',
    help: 'A skill, qualification, language level or amount of experience they asked for.',
    control: 'within',
    informative: true,
  },
  // Tests reward practice and preparation.
  assessment: {
    id: 'assessment',
    label: 'Assessment result',
    help: 'A test, take-home or exercise did not reach the level they were looking for.',
    control: 'within',
    informative: true,
  },
  internal_candidate: {
    id: 'internal_candidate',
    label: 'Internal candidate',
    help: 'The role went to someone already working there.',
    control: 'outside',
    informative: true,
  },
  position_filled: {
    id: 'position_filled',
    label: 'Position filled',
    help: 'Someone else accepted the role, or the selection had already finished.',
    control: 'outside',
    informative: true,
  },
  role_closed: {
    id: 'role_closed',
    label: 'Role closed or paused',
    help: 'The role was cancelled, frozen, restructured or lost its budget.',
    control: 'outside',
    informative: true,
  },
  // Fit with a team's style depends mostly on the team; changing who you are
  // to fit in is not the goal.
  culture_fit: {
    id: 'culture_fit',
    label: 'Team or culture fit',
    help: 'They judged the match with their team, values or way of working.',
    control: 'outside',
    informative: true,
  },
  // Visas, residency and where a role is based rarely change quickly.
  location: {
    id: 'location',
    label: 'Location or eligibility',
    help: 'Where you live, relocation, on-site or remote rules, visa or work permit.',
    control: 'outside',
    informative: true,
  },
  // The budget was set before you applied; asking for what you need is not a
  // mistake. How you research and present a range is a theme you can work on.
  salary: {
    id: 'salary',
    label: 'Salary expectations',
    help: 'Your expectations and their budget did not meet.',
    control: 'outside',
    informative: true,
  },
  // Experience cannot be un-earned; targeting may shift, but it is not a flaw.
  overqualified: {
    id: 'overqualified',
    label: 'Overqualified',
    help: 'They felt your experience went beyond what the role needs.',
    control: 'outside',
    informative: true,
  },
} as const satisfies { [R in RejectionReason]: ReasonInfo & { id: R } };

export type OutsideReason = {
  [R in RejectionReason]: (typeof REASONS)[R]['control'] extends 'outside' ? R : never;
}[RejectionReason];

/** A kind word for each reason that sits outside the candidate's control. */
export const REFRAMES = {
  generic:
    'A standard reply is written once and sent to many people. It says nothing about you, so there is nothing here to take personally.',
  internal_candidate:
    'Someone already on the inside had a head start you could not have closed. That says nothing about your worth.',
  position_filled:
    'Another person said yes first. Timing decided this, not a flaw in you.',
  role_closed:
    'The job itself went away. No candidate could have won this one.',
  culture_fit:
    'Every team has its own rhythm, and this one was looking for a different rhythm. The right team will welcome the way you work.',
  location:
    'Rules about where someone can work are set long before anyone reads an application. It is a practical limit, not a judgement of you.',
  salary:
    'Their budget was fixed before you applied. Knowing what your work is worth is a strength, not a mistake.',
  overqualified:
    'They worried you would outgrow the role. That is a sign of what you bring, and perhaps a hint to aim a step higher.',
} as const satisfies Record<OutsideReason, string>;

export function reasonInfo(reason: RejectionReason): ReasonInfo {
  return REASONS[reason];
}

export function isRejectionReason(value: string): value is RejectionReason {
  const reasons: readonly string[] = REJECTION_REASONS;
  return reasons.includes(value);
}

export function isOutsideReason(reason: RejectionReason): reason is OutsideReason {
  return REASONS[reason].control === 'outside';
}

/** The reframe for a reason, or null when the reason is within the candidate's control. */
export function reframeFor(reason: RejectionReason): string | null {
  return isOutsideReason(reason) ? REFRAMES[reason] : null;
}

/**
 * The default control for a rejection with several reasons: within when any
 * stated reason is something the candidate can work on, otherwise outside
 * (including when no reason is given at all).
 */
export function defaultControl(reasons: readonly RejectionReason[]): Control {
  return reasons.some((r) => REASONS[r].control === 'within') ? 'within' : 'outside';
}

export const CHANNELS = ['email', 'call', 'portal', 'silence'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS = {
  email: 'Email',
  call: 'Phone or video call',
  portal: 'Applicant portal',
  silence: 'No reply (silence)',
} as const satisfies Record<Channel, string>;
