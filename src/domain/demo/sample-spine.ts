import type { SampleSeed } from './sample-search.js';

/**
 * The applications the sample's story is told through: each is written by
 * hand so its history, its rejection message and its debrief agree. Days are
 * counted back from today, offsets forward from the day of applying.
 */
export const SPINE: readonly SampleSeed[] = [
  { key: 'northwind', company: 'Northwind Analytics', title: 'Data Analyst', source: 'job_board', referral: false, tailored: true, fit: 4, excitement: 4, appliedDaysAgo: 88,
    path: [{ stage: 'screen', dayOffset: 5, interviewType: 'recruiter_screen' }, { stage: 'interview', dayOffset: 12, round: 1, interviewType: 'technical' }, { stage: 'rejected', dayOffset: 19 }] },
  { key: 'quillon', company: 'Quillon Software', title: 'Product Analyst', source: 'network', referral: true, tailored: true, fit: 5, excitement: 5, appliedDaysAgo: 84,
    path: [{ stage: 'screen', dayOffset: 4, interviewType: 'recruiter_screen' }, { stage: 'interview', dayOffset: 10, round: 1, interviewType: 'behavioural' }, { stage: 'interview', dayOffset: 16, round: 2, interviewType: 'panel' }, { stage: 'final', dayOffset: 23, interviewType: 'presentation' }, { stage: 'rejected', dayOffset: 28 }] },
  { key: 'bluefin', company: 'Bluefin Health', title: 'Senior Data Analyst', source: 'job_board', referral: false, tailored: false, fit: 3, excitement: 3, appliedDaysAgo: 80,
    path: [{ stage: 'rejected', dayOffset: 6 }] },
  { key: 'copperleaf', company: 'Copperleaf Energy', title: 'Analytics Engineer', source: 'company_site', referral: false, tailored: true, fit: 4, excitement: 4, appliedDaysAgo: 76,
    path: [{ stage: 'screen', dayOffset: 5, interviewType: 'recruiter_screen' }, { stage: 'assessment', dayOffset: 10 }, { stage: 'rejected', dayOffset: 17 }] },
  { key: 'tidewater', company: 'Tidewater Logistics', title: 'Operations Analyst', source: 'recruiter', referral: false, tailored: false, fit: 3, excitement: 2, appliedDaysAgo: 72,
    path: [{ stage: 'screen', dayOffset: 6, interviewType: 'recruiter_screen' }, { stage: 'rejected', dayOffset: 9 }] },
  { key: 'harbor', company: 'Harbor & Pine Bank', title: 'Data Analyst', source: 'job_board', referral: false, tailored: true, fit: 4, excitement: 3, appliedDaysAgo: 68,
    path: [{ stage: 'rejected', dayOffset: 10 }] },
  { key: 'mosaic', company: 'Mosaic Learning', title: 'Data Scientist', source: 'company_site', referral: false, tailored: true, fit: 4, excitement: 5, appliedDaysAgo: 64,
    path: [{ stage: 'screen', dayOffset: 4, interviewType: 'recruiter_screen' }, { stage: 'interview', dayOffset: 11, round: 1, interviewType: 'behavioural' }, { stage: 'rejected', dayOffset: 17 }] },
  { key: 'fernway', company: 'Fernway Travel', title: 'Product Analyst', source: 'job_board', referral: false, tailored: false, fit: 3, excitement: 3, appliedDaysAgo: 60,
    path: [{ stage: 'rejected', dayOffset: 8 }] },
  { key: 'larkspur', company: 'Larkspur Labs', title: 'Data Analyst', source: 'job_board', referral: false, tailored: false, fit: 3, excitement: 4, appliedDaysAgo: 55,
    path: [{ stage: 'rejected', dayOffset: 6 }] },
  { key: 'granite', company: 'Granite Cloud', title: 'Senior Data Analyst', source: 'recruiter', referral: false, tailored: true, fit: 4, excitement: 4, appliedDaysAgo: 48,
    path: [{ stage: 'screen', dayOffset: 5, interviewType: 'recruiter_screen' }, { stage: 'interview', dayOffset: 12, round: 1, interviewType: 'technical' }, { stage: 'rejected', dayOffset: 19 }] },
  { key: 'sparrow', company: 'Sparrow Finance', title: 'Senior Product Analyst', source: 'network', referral: true, tailored: true, fit: 5, excitement: 5, appliedDaysAgo: 42,
    path: [{ stage: 'screen', dayOffset: 4, interviewType: 'recruiter_screen' }, { stage: 'interview', dayOffset: 10, round: 1, interviewType: 'technical' }, { stage: 'interview', dayOffset: 17, round: 2, interviewType: 'behavioural' }, { stage: 'final', dayOffset: 24, interviewType: 'onsite' }, { stage: 'offer', dayOffset: 31 }] },
  { key: 'vantage', company: 'Vantage Biotech', title: 'Data Analyst', source: 'network', referral: true, tailored: true, fit: 4, excitement: 4, appliedDaysAgo: 34,
    path: [{ stage: 'screen', dayOffset: 4, interviewType: 'recruiter_screen' }, { stage: 'interview', dayOffset: 11, round: 1, interviewType: 'technical' }, { stage: 'rejected', dayOffset: 18 }] },
  { key: 'orchard', company: 'Orchard Robotics', title: 'Product Analyst', source: 'job_board', referral: false, tailored: true, fit: 4, excitement: 4, appliedDaysAgo: 26,
    path: [{ stage: 'screen', dayOffset: 5, interviewType: 'recruiter_screen' }, { stage: 'assessment', dayOffset: 12 }] },
  { key: 'pebble', company: 'Pebble Payments', title: 'Analytics Engineer', source: 'company_site', referral: false, tailored: true, fit: 4, excitement: 3, appliedDaysAgo: 22,
    path: [{ stage: 'screen', dayOffset: 6, interviewType: 'recruiter_screen' }, { stage: 'rejected', dayOffset: 15 }] },
  { key: 'saltmarsh', company: 'Saltmarsh Media', title: 'Product Analyst', source: 'job_board', referral: false, tailored: false, fit: 3, excitement: 3, appliedDaysAgo: 16,
    path: [{ stage: 'rejected', dayOffset: 13 }] },
  { key: 'atlas', company: 'Atlas Civic Data', title: 'Data Analyst', source: 'company_site', referral: false, tailored: true, fit: 5, excitement: 5, appliedDaysAgo: 14,
    path: [{ stage: 'screen', dayOffset: 4, interviewType: 'recruiter_screen' }, { stage: 'interview', dayOffset: 10, round: 1, interviewType: 'behavioural' }] },
];
