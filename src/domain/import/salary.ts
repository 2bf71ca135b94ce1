/**
 * A salary as people type it: `80000`, `80k-100k`, `€60,000 – €70,000`,
 * `$120K`, `55.000 EUR`. Returns whole amounts and a currency code when one is
 * named; null when no amount is found.
 */
export interface SalaryRange {
  min: number | null;
  max: number | null;
  currency: string | null;
}

const SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY', '₹': 'INR', CHF: 'CHF' };

function amount(text: string, k: boolean): number | null {
  // 60,000 / 60.000 / 60 000 are thousands; 60.5k is sixty and a half thousand.
  let digits = text.replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d{1,3}([.,]\d{3})+$/.test(digits)) digits = digits.replace(/[.,]/g, '');
  else digits = digits.replace(',', '.');
  const n = Number(digits);
  if (!Number.isFinite(n)) return null;
  return Math.round(k ? n * 1000 : n);
}

export function parseSalary(raw: string): SalaryRange | null {
  const text = raw.trim();
  if (text === '') return null;
  const numbers = [...text.matchAll(/(\d[\d.,\s\u00a0\u202f]*\d|\d)\s*([kK])?/g)];
  const values = numbers.map((m) => amount(m[1] ?? '', Boolean(m[2]))).filter((n): n is number => n !== null && n >= 0 && n <= 100_000_000);
  if (values.length === 0) return null;
  const code = /\b([A-Z]{3})\b/.exec(text)?.[1];
  const symbol = Object.keys(SYMBOLS).find((s) => text.includes(s));
  const currency = code ?? (symbol ? (SYMBOLS[symbol] ?? null) : null);
  const min = values[0] ?? null;
  const max = values.length > 1 ? (values[1] ?? null) : min;
  if (min !== null && max !== null && min > max) return { min: max, max: min, currency };
  return { min, max, currency };
}
