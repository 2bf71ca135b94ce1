import { CONTACT_ROLES, INTERACTION_KINDS, INTERACTION_LABELS, ROLE_LABELS } from '../../../domain/network/contacts.js';

export const ROLE_OPTIONS = CONTACT_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
export const INTERACTION_OPTIONS = INTERACTION_KINDS.map((k) => ({ value: k, label: INTERACTION_LABELS[k] }));
export { INTERACTION_LABELS, ROLE_LABELS };
