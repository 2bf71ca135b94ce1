/**
 * Whether two job titles name the same role: the same words once case,
 * punctuation, seniority-free filler and word order are set aside, or one
 * title containing the other ("Data Analyst" and "Senior Data Analyst").
 */
const FILLER = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'in', 'm', 'f', 'd', 'w', 'x', 'h']);

function words(title: string): string[] {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9+#]+/)
    .filter((w) => w && !FILLER.has(w));
}

export function similarTitles(a: string, b: string): boolean {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (wa.size === 0 || wb.size === 0) return false;
  const shared = [...wa].filter((w) => wb.has(w)).length;
  const smaller = Math.min(wa.size, wb.size);
  if (shared === smaller) return true;
  return shared / new Set([...wa, ...wb]).size >= 0.6;
}

/** A URL without its tracking parameters and fragment, for comparing postings. */
export function postingUrlKey(raw: string): string {
  try {
    const url = new URL(raw);
    url.hash = '';
    for (const p of [...url.searchParams.keys()]) if (/^(utm_|ref|refid|trk|tracking|source|src|gh_src|lever-source)/i.test(p)) url.searchParams.delete(p);
    return url.toString().replace(/\/$/, '');
  } catch {
    return raw.trim();
  }
}
