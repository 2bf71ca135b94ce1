/**
 * Fuzzy name helpers for matching mail to applications: normalised company
 * names (legal suffixes dropped), tokens, a bounded edit distance, and the
 * registrable label of a sender's domain.
 */

const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'ltd', 'limited', 'llc', 'llp', 'plc', 'gmbh', 'ag', 'sa', 'sas', 'sarl', 'bv', 'nv', 'oy', 'ab', 'as',
  'aps', 'spa', 'srl', 'pty', 'pte', 'co', 'corp', 'corporation', 'company', 'group', 'holdings', 'kg', 'se', 'kk',
]);

const TITLE_STOPWORDS = new Set([
  'the', 'a', 'an', 'of', 'for', 'and', 'to', 'at', 'in', 'on', 'with', 'role', 'position', 'job', 'opening', 'application',
  'your', 'our', 'we', 're', 'fwd', 'fw', 'update', 'regarding', 'team', 'm', 'f', 'd', 'x', 'w',
]);

/** Second-level labels under a country code (example.co.uk → example). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd', 'plc']);

/** Lower-case, accents folded, "&" → "and", punctuation → spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Company tokens without legal suffixes: "Larkspur Labs GmbH" → ["larkspur", "labs"]. */
export function companyTokens(name: string): string[] {
  const tokens = fold(name).split(' ').filter(Boolean);
  const kept = tokens.filter((t, i) => i === 0 || !LEGAL_SUFFIXES.has(t));
  return kept.length > 0 ? kept : tokens;
}

/** "Larkspur Labs, Inc." → "larkspurlabs": how a company is spelt in a domain. */
export function compactCompany(name: string): string {
  return companyTokens(name).join('');
}

export function titleTokens(text: string): string[] {
  return fold(text)
    .split(' ')
    .filter((t) => t.length > 1 && !TITLE_STOPWORDS.has(t));
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. Allocation-free: it runs per message × application. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length * 2 + 1);
    rowB = new Int32Array(b.length * 2 + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length] ?? max + 1;
}

/** 0–1 similarity of two compact strings: equal 1, one containing the other ≥ 0.85, else by edit distance. */
export function compactSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return 0.9;
  if (short.length >= 5 && long.includes(short)) return 0.85;
  const max = Math.max(1, Math.floor(long.length / 5));
  const d = boundedDistance(a, b, max);
  return d > max ? 0 : 1 - d / long.length;
}

/** Share of `wanted` tokens found in `have` (fuzzy per token for longer words). */
export function tokenOverlap(wanted: readonly string[], have: readonly string[]): number {
  if (wanted.length === 0 || have.length === 0) return 0;
  let hits = 0;
  for (const w of wanted) {
    if (have.includes(w)) hits += 1;
    else if (w.length >= 5 && have.some((h) => h.length >= 5 && boundedDistance(w, h, 1) <= 1)) hits += 0.8;
  }
  return hits / wanted.length;
}

/** The address's domain without subdomains and public suffix: "talent@mail.larkspurlabs.co.uk" → "larkspurlabs". */
export function domainLabel(address: string | undefined): { domain: string; label: string } | null {
  const at = address?.lastIndexOf('@') ?? -1;
  if (!address || at < 0) return null;
  const domain = address.slice(at + 1).toLowerCase().replace(/[>\s]/g, '');
  const parts = domain.split('.').filter(Boolean);
  if (parts.length < 2) return null;
  let i = parts.length - 2;
  if (parts.length >= 3 && (parts.at(-1)?.length ?? 0) === 2 && SECOND_LEVEL.has(parts[i] ?? '')) i -= 1;
  return { domain, label: (parts[i] ?? '').replace(/-/g, '') };
}

/** A company name as a reader found it, cut at a sentence end: "Larkbridge GmbH. It" → "Larkbridge GmbH". */
export function cleanCompanyName(name: string | null | undefined): string | null {
  const cleaned = name?.replace(/[.!?;:]\s.*$/s, '').replace(/[\s.,;:]+$/, '').trim();
  return cleaned && cleaned.length >= 2 ? cleaned : null;
}
