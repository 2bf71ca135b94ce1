import type { AgendaItemOut } from '../../../contracts/agenda.js';

/** Where an agenda item leads besides its application: the preparation page, the plan, the practice. */
export function agendaItemLink(item: { kind?: AgendaItemOut['kind'] | null; applicationId: string | null }): { to: string; label: string } | null {
  if (item.kind === 'interview' && item.applicationId) return { to: `/applications/${item.applicationId}/prepare`, label: 'Prepare for it' };
  if (item.kind === 'growth_action') return { to: '/plan', label: 'Open the plan' };
  if (item.kind === 'practice') return { to: '/practice', label: 'Practise now' };
  return null;
}
