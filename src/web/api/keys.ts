import type { ApplicationListQueryInput } from '../../contracts/applications.js';

/** Query keys shared by every feature, so a change anywhere refreshes what depends on it. */
export const keys = {
  board: ['board'] as const,
  applications: ['applications'] as const,
  applicationList: (query: ApplicationListQueryInput) => ['applications', 'list', query] as const,
  application: (id: string) => ['applications', 'detail', id] as const,
  tags: ['tags'] as const,
  companies: ['companies'] as const,
  settings: ['settings'] as const,
};
