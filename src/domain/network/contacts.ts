/**
 * Contacts: the vocabulary (roles, kinds of interaction) and the small rules
 * around people — the stay-in-touch date, first names for greetings, and the
 * key a LinkedIn profile address is matched on.
 */
import { addDays } from '../time.js';

export const CONTACT_ROLES = ['recruiter', 'hiring_manager', 'interviewer', 'referrer', 'mentor', 'peer'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const ROLE_LABELS: Record<ContactRole, string> = {
  recruiter: 'Recruiter',
  hiring_manager: 'Hiring manager',
  interviewer: 'Interviewer',
  referrer: 'Referrer',
  mentor: 'Mentor',
  peer: 'Peer',
};

export const INTERACTION_KINDS = ['email', 'call', 'video', 'coffee', 'linkedin_message', 'thank_you', 'feedback_request', 'referral_ask'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const INTERACTION_LABELS: Record<InteractionKind, string> = {
  email: 'Email',
  call: 'Call',
  video: 'Video call',
  coffee: 'Coffee',
  linkedin_message: 'LinkedIn message',
  thank_you: 'Thank-you note',
  feedback_request: 'Feedback request',
  referral_ask: 'Referral ask',
};

/** Longest stay-in-touch cadence: once a year. */
export const MAX_CADENCE_WEEKS = 52;

/**
 * When to get in touch next: `cadenceWeeks` after the last interaction of any
 * kind (a call counts as much as an email), or after the day the contact was
 * added when nothing is logged yet. Null without a cadence.
 */
export function nextTouchDay(cadenceWeeks: number | null, lastInteractionOn: string | null, addedOn: string): string | null {
  if (!cadenceWeeks || cadenceWeeks < 1) return null;
  return addDays(lastInteractionOn ?? addedOn, cadenceWeeks * 7);
}

/** The first name to greet someone by: the first word of the name, without titles. */
export function firstName(name: string): string {
  const words = name.trim().split(/\s+/).filter((w) => !/^(mr|mrs|ms|mx|dr|prof)\.?$/i.test(w));
  return words[0] ?? name.trim();
}

/** Names match whatever their case and spacing. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The key of a LinkedIn profile address: host and path in lower case,
 * without scheme, "www.", query or trailing slash, so the same profile
 * exported twice (or typed by hand) matches.
 */
export function linkedinKey(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (trimmed === '') return null;
  try {
    const u = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    const path = decodeURIComponent(u.pathname).replace(/\/+$/, '').toLowerCase();
    return `${host}${path}`;
  } catch {
    return trimmed.toLowerCase();
  }
}

/** A plausible e-mail address: something@domain.tld without spaces. */
export function isEmailAddress(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}
