/**
 * Organisations, cohorts, members and cohort insights (docs/decisions/0026-organisations-and-cohorts.md):
 * the JSON of `/api/org/…`. Cohort figures are the seeker's insights summed over consenting
 * members, each hidden (null, or left out of a list) when fewer than `threshold` people stand behind it.
 */
import { z } from 'zod';
import { PROGRESS_STAGES } from '../domain/applications/stages.js';
import { MEMBER_STATUSES, ORG_ROLES } from '../domain/org/roles.js';
import { optionalText, requiredText, zId, zIsoDate, zText } from './common.js';
import { zInsights } from './insights.js';

export const zOrgRole = z.enum(ORG_ROLES).meta({ description: 'admin: runs the organisation; coach: sees the cohorts assigned to them; analyst: sees aggregates only; member: a job seeker' });
export const zMemberStatus = z.enum(MEMBER_STATUSES);

export const zOrganisationCreate = z.object({ name: requiredText('A name', 120) }).meta({ id: 'OrganisationCreate' });

export const zMembership = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    role: zOrgRole,
    cohortId: z.string().nullable(),
    cohortName: z.string().nullable(),
    status: zMemberStatus,
    /** The member's own choice: does their data count in the cohort's aggregates? */
    countsInAggregates: z.boolean(),
    joinedAt: z.string(),
  })
  .meta({ id: 'Membership' });
export type Membership = z.infer<typeof zMembership>;

export const zCohort = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    name: z.string(),
    program: z.string().nullable(),
    location: z.string().nullable(),
    startsOn: z.string().nullable(),
    members: z.number().int(),
    /** Members whose data counts in the aggregates (their choice). */
    counting: z.number().int(),
    placed: z.number().int(),
    coaches: z.array(z.object({ memberId: z.string(), email: z.string(), name: z.string() })),
  })
  .meta({ id: 'Cohort' });
export type Cohort = z.infer<typeof zCohort>;

export const zOrganisation = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    /** Your membership in it. */
    me: zMembership,
    /** Cohorts you may see: all for admins and analysts, assigned ones for coaches, none for members. */
    cohorts: z.array(zCohort),
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof zOrganisation>;

export const zCohortCreate = z
  .object({
    organisationId: zId,
    name: requiredText('A name', 120),
    program: optionalText(120),
    location: optionalText(120),
    startsOn: zIsoDate.nullable().optional(),
  })
  .meta({ id: 'CohortCreate' });
export const zCohortUpdate = zCohortCreate.omit({ organisationId: true }).partial().meta({ id: 'CohortUpdate' });

export const zMember = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: zOrgRole,
    cohortId: z.string().nullable(),
    cohortName: z.string().nullable(),
    status: zMemberStatus,
    placedOn: z.string().nullable(),
    countsInAggregates: z.boolean(),
    joinedAt: z.string(),
  })
  .meta({ id: 'OrgMember' });
export type Member = z.infer<typeof zMember>;

export const zMemberUpdate = z
  .object({
    role: zOrgRole.optional(),
    cohortId: zId.nullable().optional(),
    status: zMemberStatus.optional(),
    placedOn: zIsoDate.nullable().optional(),
  })
  .meta({ id: 'OrgMemberUpdate' });

export const zOrgInvitationCreate = z
  .object({
    /** With an address: for that person only, used once, and mailed when the server can send mail. Without: a link for anyone. */
    email: z.email('Enter an email address like name@example.org').max(254).optional(),
    role: zOrgRole.default('member'),
    cohortId: zId.nullable().optional(),
  })
  .meta({ id: 'OrgInvitationCreate' });

export const zOrgInvitationCsv = z
  .object({
    /** A CSV file's text: every cell that is an email address is invited (headers and other columns are skipped). */
    csv: zText().min(1, 'The file is empty').max(500_000, 'Keep the file under 500 KB'),
    role: zOrgRole.default('member'),
    cohortId: zId.nullable().optional(),
  })
  .meta({ id: 'OrgInvitationCsv' });

export const zOrgInvitation = z
  .object({
    id: z.string(),
    email: z.string().nullable(),
    role: zOrgRole,
    cohortId: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
    usedAt: z.string().nullable(),
    uses: z.number().int(),
    /** Shown once, when it is made. */
    url: z.string().optional(),
    mailed: z.boolean().optional(),
  })
  .meta({ id: 'OrgInvitation' });
export type OrgInvitation = z.infer<typeof zOrgInvitation>;

export const zOrgInvitationBatch = z
  .object({
    invitations: z.array(zOrgInvitation),
    /** Addresses already invited or already members, and cells that were not addresses. */
    skipped: z.array(z.object({ value: z.string(), reason: z.string() })),
    mailed: z.number().int(),
  })
  .meta({ id: 'OrgInvitationBatch' });

export const zJoinToken = z.object({ token: zText().min(10).max(200) }).meta({ id: 'OrgJoinToken' });
export const zJoinPreview = z
  .object({ organisationName: z.string(), role: zOrgRole, cohortName: z.string().nullable(), alreadyMember: z.boolean() })
  .meta({ id: 'OrgJoinPreview' });
export const zJoin = zJoinToken
  .extend({
    /** Your data counts in the cohort's aggregates (never shown one by one, never from fewer than 5 people). On unless you say no. */
    countInAggregates: z.boolean().default(true),
  })
  .meta({ id: 'OrgJoin' });
export const zConsentUpdate = z.object({ countInAggregates: z.boolean() }).meta({ id: 'OrgConsentUpdate' });

/** Filters of the cohort figures: cohort fields and a period (applications sent in it). */
export const zCohortFilter = z
  .object({
    cohort: zId.optional(),
    program: zText().min(1).max(120).optional(),
    location: zText().min(1).max(120).optional(),
    status: zMemberStatus.optional(),
    from: zIsoDate.optional(),
    to: zIsoDate.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'The period must end on or after its start', path: ['to'] })
  .meta({ id: 'CohortFilter' });
export type CohortFilter = z.infer<typeof zCohortFilter>;
export const zPeriodFilter = z
  .object({ status: zMemberStatus.optional(), from: zIsoDate.optional(), to: zIsoDate.optional() })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'The period must end on or after its start', path: ['to'] })
  .meta({ id: 'CohortPeriod' });
export const zCompareQuery = z
  .object({ a: zId, b: zId, from: zIsoDate.optional(), to: zIsoDate.optional() })
  .meta({ id: 'CohortCompareQuery' });

const zStage = z.enum(PROGRESS_STAGES);
const zSpread = z.object({ n: z.number().int(), median: z.number().nullable(), q1: z.number().nullable(), q3: z.number().nullable(), iqr: z.number().nullable(), suppressed: z.boolean() });
const base = zInsights.shape;

export const zCohortInsights = z
  .object({
    asOf: z.string(),
    /** What was counted, in words (the cohort, the fields and the period). */
    scope: z.string(),
    filter: z.record(z.string(), z.string()),
    /** Consenting members with at least one sent application (null when under the threshold). */
    people: z.number().int().nullable(),
    threshold: z.number().int(),
    /** False when fewer than `threshold` people count: then no figure is shown. */
    enough: z.boolean(),
    totals: base.totals.nullable(),
    funnel: z.array(z.object({ stage: zStage, reached: z.number().int().nullable(), inProgress: z.number().int().nullable(), suppressed: z.boolean() })),
    conversions: z.array(
      z.object({
        from: zStage,
        to: zStage,
        successes: z.number().int().nullable(),
        trials: z.number().int().nullable(),
        rate: z.number().nullable(),
        ci95: z.tuple([z.number(), z.number()]).nullable(),
        pending: z.number().int().nullable(),
        suppressed: z.boolean(),
      }),
    ),
    outcomes: base.outcomes,
    bottleneck: base.bottleneck.nullable(),
    response: z
      .object({
        responseRate: base.response.shape.responseRate,
        ghostingRate: base.response.shape.ghostingRate,
        awaiting: z.number().int(),
        firstReplyDays: zSpread,
        rejectionDaysByStage: z.array(zSpread.extend({ stage: zStage })),
      })
      .nullable(),
    segments: base.segments,
    segmentsHidden: z.number().int(),
    reasons: base.reasons.omit({ trend: true, note: true }).extend({ suppressed: z.boolean(), hidden: z.number().int() }).nullable(),
    themes: base.themes.omit({ trend: true, note: true }).extend({ suppressed: z.boolean(), hidden: z.number().int() }).nullable(),
    definitions: z.record(z.string(), z.string()),
  })
  .meta({ id: 'CohortInsights' });
export type CohortInsights = z.infer<typeof zCohortInsights>;

export const zCohortComparison = z
  .object({ a: zCohortInsights, b: zCohortInsights, cohorts: z.tuple([z.object({ id: z.string(), name: z.string() }), z.object({ id: z.string(), name: z.string() })]) })
  .meta({ id: 'CohortComparison' });

export const zEmployers = z
  .object({
    threshold: z.number().int(),
    scope: z.string(),
    rows: z.array(
      z.object({
        name: z.string(),
        /** Members who applied there (at least `threshold`). */
        people: z.number().int(),
        applications: z.number().int(),
        replies: z.number().int(),
        interviews: z.number().int(),
        offers: z.number().int(),
        /** Median days from applying to the first reply; null when fewer than `threshold` members had a reply. */
        typicalDaysToReply: z.number().nullable(),
      }),
    ),
    /** Employers fewer than `threshold` members applied to: not listed. */
    hidden: z.number().int(),
  })
  .meta({ id: 'CohortEmployers' });
export type Employers = z.infer<typeof zEmployers>;

const zOutcomeSpread = z.object({ people: z.number().int(), median: z.number().nullable(), q1: z.number().nullable(), q3: z.number().nullable() }).nullable();
export const zOutcomes = z
  .object({
    threshold: z.number().int(),
    scope: z.string(),
    /** Consenting members in scope (null under the threshold). */
    people: z.number().int().nullable(),
    placed: z.number().int().nullable(),
    searching: z.number().int().nullable(),
    /** Days from a member's first application to their first interview; over members who had one. */
    daysToFirstInterview: zOutcomeSpread,
    daysToOffer: zOutcomeSpread,
  })
  .meta({ id: 'CohortOutcomes' });
export type Outcomes = z.infer<typeof zOutcomes>;
