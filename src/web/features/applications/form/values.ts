import type { Application, ApplicationCreateInput } from '../../../../contracts/applications.js';
import { REMOTE, SOURCES } from '../../../../contracts/application-values.js';

type Source = (typeof SOURCES)[number];
type Remote = (typeof REMOTE)[number];

/** What the application forms hold while a person types. */
export interface ApplicationFormValues {
  company: string;
  title: string;
  source: Source | null;
  referral: boolean;
  referrer: string;
  resumeVersion: string;
  tailored: boolean;
  /** 0 = not rated. */
  fit: number;
  excitement: number;
  salaryMin: number | string;
  salaryMax: number | string;
  salaryCurrency: string;
  location: string;
  remote: Remote | null;
  jobUrl: string;
  description: string;
  notes: string;
  tags: string[];
}

export const SOURCE_LABELS: Record<Source, string> = {
  job_board: 'Job board',
  company_site: 'Company website',
  recruiter: 'Recruiter',
  network: 'Network or referral',
  other: 'Other',
};

export const REMOTE_LABELS: Record<Remote, string> = { onsite: 'On site', hybrid: 'Hybrid', remote: 'Remote' };

export const sourceOptions = SOURCES.map((value) => ({ value, label: SOURCE_LABELS[value] }));
export const remoteOptions = REMOTE.map((value) => ({ value, label: REMOTE_LABELS[value] }));

export const emptyValues: ApplicationFormValues = {
  company: '',
  title: '',
  source: null,
  referral: false,
  referrer: '',
  resumeVersion: '',
  tailored: false,
  fit: 0,
  excitement: 0,
  salaryMin: '',
  salaryMax: '',
  salaryCurrency: '',
  location: '',
  remote: null,
  jobUrl: '',
  description: '',
  notes: '',
  tags: [],
};

export function fromApplication(app: Application): ApplicationFormValues {
  return {
    company: app.company,
    title: app.title,
    source: app.source,
    referral: app.referral,
    referrer: app.referrer ?? '',
    resumeVersion: app.resumeVersion ?? '',
    tailored: app.tailored,
    fit: app.fit ?? 0,
    excitement: app.excitement ?? 0,
    salaryMin: app.salaryMin ?? '',
    salaryMax: app.salaryMax ?? '',
    salaryCurrency: app.salaryCurrency ?? '',
    location: app.location ?? '',
    remote: app.remote,
    jobUrl: app.jobUrl ?? '',
    description: app.description ?? '',
    notes: app.notes ?? '',
    tags: app.tags,
  };
}

const num = (v: number | string): number | null => (v === '' || v === null ? null : Number(v));

/** The fields both create and update accept, in the contract's shape. */
export type ApplicationFieldsInput = Omit<ApplicationCreateInput, 'stage' | 'date'>;

export function toPayload(v: ApplicationFormValues): ApplicationFieldsInput {
  return {
    company: v.company,
    title: v.title,
    source: v.source,
    referral: v.referral,
    referrer: v.referral ? v.referrer : '',
    resumeVersion: v.resumeVersion,
    tailored: v.tailored,
    fit: v.fit > 0 ? v.fit : null,
    excitement: v.excitement > 0 ? v.excitement : null,
    salaryMin: num(v.salaryMin),
    salaryMax: num(v.salaryMax),
    salaryCurrency: v.salaryCurrency.trim() === '' ? null : v.salaryCurrency.trim().toUpperCase(),
    location: v.location,
    remote: v.remote,
    jobUrl: v.jobUrl.trim(),
    description: v.description,
    notes: v.notes,
    tags: v.tags,
  };
}
