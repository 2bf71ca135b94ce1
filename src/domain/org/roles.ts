/** Roles in an organisation and a member's search status. */
export const ORG_ROLES = ['admin', 'coach', 'member', 'analyst'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];
export const MEMBER_STATUSES = ['searching', 'placed'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** Who may read which figures: aggregates for staff, the members list and invitations for admins. */
export const canSeeAggregates = (role: OrgRole): boolean => role === 'admin' || role === 'analyst' || role === 'coach';
export const canAdminister = (role: OrgRole): boolean => role === 'admin';
