import { convert } from 'html-to-text';
import { parseHTML } from 'linkedom';
import { parseSalary } from '../import/salary.js';

/**
 * Reading a job posting into the fields of an application: schema.org
 * JobPosting JSON-LD first (also inside `@graph` and arrays), then Open Graph
 * and the page title, then the visible text. Parsing is done by linkedom,
 * HTML to text by html-to-text.
 */
export interface CapturedJob {
  title: string | null;
  company: string | null;
  location: string | null;
  remote: 'onsite' | 'hybrid' | 'remote' | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  employmentType: string | null;
  datePosted: string | null;
  description: string | null;
  jobUrl: string | null;
  /** Where the fields came from: json-ld, open-graph, text. */
  foundIn: 'json-ld' | 'open-graph' | 'text';
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(str).filter(Boolean).join(', ') || null;
  if (isObject(v)) return str(v.name ?? v['@value'] ?? null);
  return null;
}

function hasType(o: JsonObject, type: string): boolean {
  const t = o['@type'];
  return t === type || (Array.isArray(t) && t.includes(type));
}

/** Every JobPosting object in a JSON-LD value, wherever it is nested. */
export function findJobPostings(value: Json | undefined, depth = 0): JsonObject[] {
  if (depth > 8 || value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((v) => findJobPostings(v, depth + 1));
  if (!isObject(value)) return [];
  if (hasType(value, 'JobPosting')) return [value];
  return Object.values(value).flatMap((v) => findJobPostings(v, depth + 1));
}

function textOf(html: string): string {
  return convert(html, { wordwrap: false, selectors: [{ selector: 'a', options: { ignoreHref: true } }, { selector: 'img', format: 'skip' }] })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function cleanDescription(text: string | null): string | null {
  if (!text) return null;
  const plain = /<[a-z][\s\S]*>/i.test(text) ? textOf(text) : text.trim();
  return plain.slice(0, 100_000) || null;
}

function placeOf(loc: Json | undefined): string | null {
  if (Array.isArray(loc)) return loc.map(placeOf).filter(Boolean).join(' · ') || null;
  if (!isObject(loc)) return str(loc ?? null);
  const address = loc.address ?? loc;
  if (typeof address === 'string') return address.trim() || null;
  if (!isObject(address)) return str(loc.name ?? null);
  const parts = [address.addressLocality, address.addressRegion, address.addressCountry].map(str).filter((p): p is string => Boolean(p));
  return [...new Set(parts)].join(', ') || str(loc.name ?? null);
}

function salaryOf(v: Json | undefined): Pick<CapturedJob, 'salaryMin' | 'salaryMax' | 'salaryCurrency'> {
  const none = { salaryMin: null, salaryMax: null, salaryCurrency: null };
  const money = Array.isArray(v) ? v[0] : v;
  if (!isObject(money)) return none;
  const currency = str(money.currency ?? null);
  const value = money.value;
  const num = (x: Json | undefined): number | null => {
    const n = typeof x === 'number' ? x : typeof x === 'string' ? Number(x.replace(/[^\d.]/g, '')) : NaN;
    return Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
  };
  if (isObject(value)) {
    const min = num(value.minValue ?? value.value);
    const max = num(value.maxValue ?? value.value);
    return { salaryMin: min, salaryMax: max ?? min, salaryCurrency: currency && /^[A-Z]{3}$/.test(currency) ? currency : null };
  }
  const single = num(value);
  return { salaryMin: single, salaryMax: single, salaryCurrency: currency && /^[A-Z]{3}$/.test(currency) ? currency : null };
}

function remoteOf(posting: JsonObject, location: string | null): CapturedJob['remote'] {
  if (str(posting.jobLocationType ?? null)?.toUpperCase().includes('TELECOMMUTE')) return 'remote';
  const text = `${location ?? ''} ${str(posting.title ?? null) ?? ''}`.toLowerCase();
  if (/hybrid/.test(text)) return 'hybrid';
  if (/\bremote\b/.test(text)) return 'remote';
  return null;
}

function dayOf(v: Json | undefined): string | null {
  const s = str(v ?? null);
  const m = s ? /^(\d{4}-\d{2}-\d{2})/.exec(s) : null;
  return m?.[1] ?? null;
}

/** A JobPosting object read into the form's fields. */
export function fromJobPosting(posting: JsonObject, url: string | null): CapturedJob {
  const location = placeOf(posting.jobLocation);
  const org = posting.hiringOrganization;
  const employment = posting.employmentType;
  return {
    title: str(posting.title ?? posting.name ?? null),
    company: str(isObject(org) ? (org.name ?? null) : (org ?? null)),
    location: location ?? (str(posting.jobLocationType ?? null)?.toUpperCase() === 'TELECOMMUTE' ? 'Remote' : null),
    remote: remoteOf(posting, location),
    ...salaryOf(posting.baseSalary ?? posting.estimatedSalary),
    employmentType: Array.isArray(employment) ? employment.map(str).filter(Boolean).join(', ') || null : str(employment ?? null),
    datePosted: dayOf(posting.datePosted),
    description: cleanDescription(str(posting.description ?? null)),
    jobUrl: str(posting.url ?? null) ?? url,
    foundIn: 'json-ld',
  };
}

function parseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    // Some sites leave raw line breaks inside strings.
    try {
      return JSON.parse(text.replace(/[\r\n\t]+/g, ' ')) as Json;
    } catch {
      return undefined;
    }
  }
}

const EMPTY: Omit<CapturedJob, 'foundIn'> = {
  title: null, company: null, location: null, remote: null, salaryMin: null, salaryMax: null, salaryCurrency: null,
  employmentType: null, datePosted: null, description: null, jobUrl: null,
};

/** "Data Analyst at Larkspur Labs", "Data Analyst - Larkspur Labs | LinkedIn" → title and company. */
export function splitTitle(text: string): { title: string | null; company: string | null } {
  const clean = text.replace(/\s*[|·]\s*(LinkedIn|Indeed(\.com)?|Glassdoor|Welcome to the Jungle|StepStone|Otta|Wellfound)\s*$/i, '').trim();
  const at = /^(.+?)\s+(?:at|@|chez|bei)\s+(.+)$/i.exec(clean);
  if (at) return { title: at[1]?.trim() ?? null, company: at[2]?.trim() ?? null };
  const dash = /^(.+?)\s+[-–—|]\s+(.+?)(?:\s+[-–—|]\s+.+)?$/.exec(clean);
  if (dash) return { title: dash[1]?.trim() ?? null, company: dash[2]?.trim() ?? null };
  return { title: clean || null, company: null };
}

/** Reads a page: JSON-LD first, then Open Graph and the title, then the text. */
export function readJobPage(html: string, url: string | null = null): CapturedJob {
  const { document } = parseHTML(html);
  const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')];
  for (const s of scripts) {
    const posting = findJobPostings(parseJson(s.textContent ?? ''))[0];
    if (posting) return fromJobPosting(posting, url);
  }
  const meta = (name: string): string | null =>
    document.querySelector(`meta[property="${name}"]`)?.getAttribute('content')?.trim() ||
    document.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim() ||
    null;
  const ogTitle = meta('og:title');
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  const body = document.querySelector('main') ?? document.querySelector('article') ?? document.body;
  for (const junk of body ? [...body.querySelectorAll('script, style, nav, header, footer, noscript')] : []) junk.remove();
  const text = body ? textOf(body.innerHTML ?? '') : '';
  const named = splitTitle(ogTitle ?? pageTitle ?? '');
  const fromText = ogTitle || pageTitle ? null : readJobText(text);
  return {
    ...EMPTY,
    ...(fromText ?? {}),
    title: named.title ?? fromText?.title ?? null,
    company: meta('og:site_name') && named.company === null ? meta('og:site_name') : (named.company ?? fromText?.company ?? null),
    description: cleanDescription(text) ?? meta('og:description') ?? meta('description'),
    jobUrl: meta('og:url') ?? url,
    foundIn: ogTitle || pageTitle ? 'open-graph' : 'text',
  };
}

/**
 * Plain text (a posting copied from a page): the first line is read as the
 * title ("Role at Company" or "Role - Company"), lines such as "Location:" or
 * "Salary:" fill those fields, and the whole text is the description.
 */
export function readJobText(text: string): CapturedJob {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const field = (...names: string[]): string | null => {
    for (const l of lines) {
      const m = new RegExp(`^(?:${names.join('|')})\\s*[:：]\\s*(.+)$`, 'i').exec(l);
      if (m?.[1]) return m[1].trim();
    }
    return null;
  };
  const named = splitTitle(lines[0] ?? '');
  const salaryText = field('salary', 'pay', 'compensation', 'gehalt', 'salaire');
  const salary = salaryText ? parseSalary(salaryText) : null;
  const location = field('location', 'where', 'ort', 'lieu');
  const remoteWord = `${field('remote', 'work arrangement', 'workplace') ?? ''} ${location ?? ''}`.toLowerCase();
  return {
    ...EMPTY,
    title: named.title,
    company: field('company', 'employer', 'organisation', 'organization') ?? named.company,
    location,
    remote: /hybrid/.test(remoteWord) ? 'hybrid' : /remote|yes/.test(remoteWord) ? 'remote' : /on.?site|office/.test(remoteWord) ? 'onsite' : null,
    employmentType: field('employment type', 'job type', 'type'),
    salaryMin: salary?.min ?? null,
    salaryMax: salary?.max ?? null,
    salaryCurrency: salary?.currency ?? null,
    description: text.trim().slice(0, 100_000) || null,
    foundIn: 'text',
  };
}

/** Reads pasted JSON-LD (an object, an array or a `@graph`). Null when it holds no JobPosting. */
export function readJobJsonLd(text: string, url: string | null = null): CapturedJob | null {
  const posting = findJobPostings(parseJson(text))[0];
  return posting ? fromJobPosting(posting, url) : null;
}
