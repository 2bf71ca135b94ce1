import { addDays } from '../time.js';
import { seededRandom } from '../random.js';

export { seededRandom };
import type { InterviewType, Stage } from '../applications/stages.js';
import { COMPANIES, NOTES, TITLES } from './sample-data.js';

/**
 * A realistic three-month job search, generated from a seed so it is the same
 * every time: rejections at every stage, interviews, an offer, silence.
 */
export interface SampleEvent {
  stage: Stage;
  dayOffset: number; // days after the application's first day
  round?: number;
  interviewType?: InterviewType;
  note?: string;
}

export interface SampleApplication {
  company: string;
  companySize: string;
  title: string;
  source: 'job_board' | 'company_site' | 'recruiter' | 'network' | 'other';
  referral: boolean;
  tailored: boolean;
  resumeVersion: string;
  fit: number;
  excitement: number;
  remote: 'onsite' | 'hybrid' | 'remote';
  location: string;
  salaryMin: number;
  salaryMax: number;
  tags: string[];
  notes: string | null;
  events: { stage: Stage; occurredOn: string; round: number | null; interviewType: InterviewType | null; note: string | null }[];
}

type Outcome = { path: SampleEvent[] };

/** The shapes a search's applications take, with how often each happens. */
const OUTCOMES: { weight: number; build: (r: () => number) => Outcome }[] = [
  { weight: 18, build: (r) => ({ path: [{ stage: 'rejected', dayOffset: 4 + Math.floor(r() * 20) }] }) },
  { weight: 12, build: () => ({ path: [] }) }, // silence so far
  { weight: 5, build: (r) => ({ path: [{ stage: 'ghosted', dayOffset: 25 + Math.floor(r() * 10) }] }) },
  { weight: 7, build: (r) => ({ path: [
    { stage: 'screen', dayOffset: 6 + Math.floor(r() * 6), interviewType: 'recruiter_screen' },
    { stage: 'rejected', dayOffset: 16 + Math.floor(r() * 6) },
  ] }) },
  { weight: 4, build: (r) => ({ path: [
    { stage: 'screen', dayOffset: 5, interviewType: 'recruiter_screen' },
    { stage: 'assessment', dayOffset: 10 + Math.floor(r() * 4) },
    { stage: 'rejected', dayOffset: 20 + Math.floor(r() * 5) },
  ] }) },
  { weight: 6, build: (r) => ({ path: [
    { stage: 'screen', dayOffset: 5, interviewType: 'recruiter_screen' },
    { stage: 'interview', dayOffset: 12, round: 1, interviewType: r() < 0.5 ? 'technical' : 'behavioural' },
    { stage: 'rejected', dayOffset: 19 + Math.floor(r() * 6) },
  ] }) },
  { weight: 3, build: () => ({ path: [
    { stage: 'screen', dayOffset: 4, interviewType: 'recruiter_screen' },
    { stage: 'interview', dayOffset: 11, round: 1, interviewType: 'technical' },
    { stage: 'interview', dayOffset: 17, round: 2, interviewType: 'panel' },
    { stage: 'final', dayOffset: 24, interviewType: 'onsite' },
    { stage: 'rejected', dayOffset: 29 },
  ] }) },
  { weight: 4, build: () => ({ path: [
    { stage: 'screen', dayOffset: 4, interviewType: 'recruiter_screen' },
    { stage: 'interview', dayOffset: 10, round: 1, interviewType: 'behavioural' },
  ] }) },
  { weight: 1, build: () => ({ path: [
    { stage: 'screen', dayOffset: 3, interviewType: 'recruiter_screen' },
    { stage: 'interview', dayOffset: 9, round: 1, interviewType: 'technical' },
    { stage: 'final', dayOffset: 16, interviewType: 'presentation' },
    { stage: 'offer', dayOffset: 21 },
  ] }) },
  { weight: 1, build: () => ({ path: [{ stage: 'screen', dayOffset: 6, interviewType: 'recruiter_screen' }, { stage: 'withdrawn', dayOffset: 9 }] }) },
];

function pick<T>(r: () => number, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)] as T;
}

function weighted(r: () => number): Outcome {
  const total = OUTCOMES.reduce((s, o) => s + o.weight, 0);
  let x = r() * total;
  for (const o of OUTCOMES) {
    x -= o.weight;
    if (x < 0) return o.build(r);
  }
  return { path: [] };
}

export function buildSampleSearch(today: string, count = 60, seed = 2026): SampleApplication[] {
  const r = seededRandom(seed);
  const start = addDays(today, -92);
  const apps: SampleApplication[] = [];
  for (let i = 0; i < count; i++) {
    const company = COMPANIES[i % COMPANIES.length] ?? COMPANIES[0]!;
    const title = pick(r, TITLES);
    const appliedOn = addDays(start, Math.floor((i / count) * 85 + r() * 4));
    const referral = r() < 0.15;
    // Referred and well-fitting applications do better, as in real searches.
    const boost = referral || r() < 0.2;
    let outcome = weighted(r);
    if (boost && outcome.path.length === 0) outcome = weighted(r);
    const events: SampleApplication['events'] = [
      { stage: i % 15 === 14 ? 'saved' : 'applied', occurredOn: appliedOn, round: null, interviewType: null, note: null },
    ];
    if (events[0]?.stage === 'applied') {
      for (const e of outcome.path) {
        const day = addDays(appliedOn, e.dayOffset);
        if (day > today) break; // the future has not happened yet
        events.push({ stage: e.stage, occurredOn: day, round: e.round ?? null, interviewType: e.interviewType ?? null, note: e.note ?? null });
      }
    }
    const salaryBase = 45 + Math.floor(r() * 40);
    apps.push({
      company: company.name,
      companySize: company.size,
      title,
      source: referral ? 'network' : pick(r, ['job_board', 'job_board', 'company_site', 'recruiter', 'other'] as const),
      referral,
      tailored: r() < 0.55,
      resumeVersion: r() < 0.5 ? 'v1 general' : 'v2 impact-focused',
      fit: 2 + Math.floor(r() * 4),
      excitement: 1 + Math.floor(r() * 5),
      remote: pick(r, ['onsite', 'hybrid', 'hybrid', 'remote'] as const),
      location: company.city,
      salaryMin: salaryBase * 1000,
      salaryMax: (salaryBase + 10 + Math.floor(r() * 15)) * 1000,
      tags: r() < 0.4 ? [pick(r, ['dream-company', 'fintech', 'climate', 'health', 'b2b', 'public-sector'])] : [],
      notes: r() < 0.3 ? pick(r, NOTES) : null,
      events,
    });
  }
  return apps;
}
