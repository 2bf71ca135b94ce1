/**
 * Contacts and their interactions (docs/decisions/0017-network-and-agenda.md).
 *
 *   GET    /api/contacts?q&company&role&due            → 200 Contact[] (search and filters)
 *   POST   /api/contacts                               ContactInput → 201 ContactDetail
 *   GET    /api/contacts/{id}                          → 200 ContactDetail
 *   PATCH  /api/contacts/{id}                          ContactUpdate → 200 ContactDetail
 *   DELETE /api/contacts/{id}                          → 204
 *   POST   /api/contacts/{id}/interactions             InteractionInput → 201 ContactDetail
 *   DELETE /api/contacts/{id}/interactions/{interactionId} → 204
 *   GET    /api/applications/{id}/people               → 200 ApplicationPeople (linked, and known at the company)
 *   POST   /api/contacts/import/linkedin?apply=        Connections.csv (text/csv) → 200 LinkedInImport (a preview unless apply=true)
 */
import { z } from 'zod';
import { CONTACT_ROLES, INTERACTION_KINDS, isEmailAddress, MAX_CADENCE_WEEKS } from '../domain/network/contacts.js';
import { optionalText, optionalWebUrl, requiredText, zId, zIsoDate, zText } from './common.js';

export const zContactRole = z.enum(CONTACT_ROLES, { error: `Choose a role: ${CONTACT_ROLES.join(', ').replace(/_/g, ' ')}` });
export const zInteractionKind = z.enum(INTERACTION_KINDS, { error: `Choose what it was: ${INTERACTION_KINDS.join(', ').replace(/_/g, ' ')}` });

const optionalEmail = () =>
  zText()
    .trim()
    .max(254, 'Keep the email address under 254 characters')
    .refine((v) => v === '' || isEmailAddress(v), 'This is not an email address: write it like name@example.org')
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

const cadence = z
  .number({ error: `Use a whole number of weeks from 1 to ${MAX_CADENCE_WEEKS}, or leave it empty` })
  .int(`Use a whole number of weeks from 1 to ${MAX_CADENCE_WEEKS}`)
  .min(1, `Use a whole number of weeks from 1 to ${MAX_CADENCE_WEEKS}, or leave it empty for no reminder`)
  .max(MAX_CADENCE_WEEKS, `Use a whole number of weeks from 1 to ${MAX_CADENCE_WEEKS}`)
  .nullable()
  .optional();

const fields = {
  name: requiredText('Name', 200),
  role: zContactRole.nullable().optional(),
  company: optionalText(200),
  position: optionalText(200),
  email: optionalEmail(),
  phone: optionalText(50),
  linkedinUrl: optionalWebUrl(),
  howMet: optionalText(500),
  notes: optionalText(10_000),
  cadenceWeeks: cadence.meta({ description: 'Stay in touch every N weeks, counted from the last interaction of any kind; null for no reminder' }),
  applicationIds: z.array(zId).max(100).optional().meta({ description: 'Applications this person is part of' }),
  interviewIds: z.array(zId).max(100).optional().meta({ description: 'Interview events (stage event ids) where you met them' }),
};

export const zContactInput = z.object(fields).meta({ id: 'ContactInput' });
export type ContactInput = z.input<typeof zContactInput>;
export const zContactUpdate = z.object({ ...fields, name: fields.name.optional() }).meta({ id: 'ContactUpdate' });
export type ContactUpdate = z.input<typeof zContactUpdate>;

export const zContact = z
  .object({
    id: zId,
    name: z.string(),
    role: zContactRole.nullable(),
    company: z.string().nullable(),
    position: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    linkedinUrl: z.string().nullable(),
    howMet: z.string().nullable(),
    notes: z.string().nullable(),
    cadenceWeeks: z.number().int().nullable(),
    connectedOn: z.string().nullable().meta({ description: 'When you connected on LinkedIn (from an import)' }),
    source: z.enum(['manual', 'linkedin']),
    lastInteractionOn: z.string().nullable(),
    nextTouchOn: z.string().nullable().meta({ description: 'When to get in touch next: the cadence after the last interaction of any kind' }),
    touchDue: z.boolean().meta({ description: 'The next touch is today or past' }),
    createdAt: z.string(),
  })
  .meta({ id: 'Contact' });
export type Contact = z.infer<typeof zContact>;

export const zInteraction = z
  .object({ id: zId, kind: zInteractionKind, occurredOn: z.string(), note: z.string().nullable(), applicationId: z.string().nullable(), company: z.string().nullable(), title: z.string().nullable() })
  .meta({ id: 'Interaction' });
export type Interaction = z.infer<typeof zInteraction>;

export const zContactLinkedApplication = z.object({ id: zId, company: z.string(), title: z.string(), status: z.string() });
export const zContactLinkedInterview = z.object({ eventId: zId, applicationId: zId, company: z.string(), title: z.string(), stage: z.string(), day: z.string() });

export const zContactDetail = zContact
  .extend({
    interactions: z.array(zInteraction),
    applications: z.array(zContactLinkedApplication),
    interviews: z.array(zContactLinkedInterview),
  })
  .meta({ id: 'ContactDetail' });
export type ContactDetail = z.infer<typeof zContactDetail>;

export const zInteractionInput = z
  .object({
    kind: zInteractionKind,
    on: zIsoDate.optional().meta({ description: 'The day (defaults to today); not in the future' }),
    note: optionalText(2000),
    applicationId: zId.nullable().optional(),
  })
  .meta({ id: 'InteractionInput' });
export type InteractionInput = z.input<typeof zInteractionInput>;

export const zContactListQuery = z.object({
  q: zText().trim().max(200).optional().meta({ description: 'Words in the name, company, position, email or notes' }),
  company: zText().trim().max(200).optional(),
  role: zContactRole.optional(),
  due: z.enum(['true', 'false']).optional().meta({ description: 'Only people whose stay-in-touch date has come' }),
});
export type ContactListQuery = z.infer<typeof zContactListQuery>;

export const zApplicationPeople = z
  .object({
    company: z.string(),
    linked: z.array(zContact).meta({ description: 'People you linked to this application' }),
    atCompany: z.array(zContact).meta({ description: 'Other people you know at the same company, from your contacts and LinkedIn connections' }),
  })
  .meta({ id: 'ApplicationPeople' });
export type ApplicationPeople = z.infer<typeof zApplicationPeople>;

export const zLinkedInImport = z
  .object({
    applied: z.boolean().meta({ description: 'False for a preview: nothing was saved' }),
    rows: z.number().int(),
    added: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    skipped: z.number().int(),
    problems: z.array(z.string()).meta({ description: 'The first lines left out, and why' }),
    sample: z.array(z.object({ name: z.string(), company: z.string().nullable(), position: z.string().nullable(), connectedOn: z.string().nullable(), change: z.enum(['add', 'update', 'same']) })),
  })
  .meta({ id: 'LinkedInImport' });
export type LinkedInImport = z.infer<typeof zLinkedInImport>;

export const zLinkedInImportQuery = z.object({
  apply: z.enum(['true', 'false']).optional().meta({ description: 'true saves; anything else previews' }),
});
