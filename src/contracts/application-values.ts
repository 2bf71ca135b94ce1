/*
 * The fixed values of an application's fields and of the list's sort, without
 * their schemas: the web app's list and board read these without loading the
 * validation library (contracts/applications.ts builds the schemas from them).
 */

export const SOURCES = ['job_board', 'company_site', 'recruiter', 'network', 'other'] as const;

export const REMOTE = ['onsite', 'hybrid', 'remote'] as const;

export const SORT_KEYS = ['updated', 'applied', 'lastEvent', 'company', 'title', 'fit', 'excitement', 'status'] as const;
