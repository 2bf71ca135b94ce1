/** Small text helpers shared by the drafts. */

/** Trims and collapses any run of whitespace (including line breaks) to one space. */
export function cleanText(value: string | null | undefined): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/**
 * Fills `{slot}` placeholders. A slot with no value is an error rather than
 * a silent "undefined" in a message someone is about to send.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`Template slot {${key}} has no value.`);
    return value;
  });
}

/** Length in user-perceived characters (code points), not UTF-16 units. */
export function charLength(value: string): number {
  return Array.from(value).length;
}

/**
 * Shortens text to at most `max` code points, cutting at a word boundary
 * where one is reasonably close and ending with an ellipsis.
 */
export function truncateText(value: string, max: number): string {
  const chars = Array.from(value);
  if (chars.length <= max) return value;
  if (max <= 1) return '…'.slice(0, max);
  const room = chars.slice(0, max - 1).join('');
  const atBoundary = /\s/.test(chars[max - 1] ?? '');
  const lastSpace = room.lastIndexOf(' ');
  const cut = atBoundary || lastSpace < Math.floor(room.length * 0.6) ? room : room.slice(0, lastSpace);
  return `${cut.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/** Joins sentences with one space, skipping empty ones. */
export function sentences(...parts: readonly (string | null | undefined)[]): string {
  return parts.map(cleanText).filter((p) => p.length > 0).join(' ');
}

/** Upper-cases the first character. */
export function capitalise(value: string): string {
  return value.length === 0 ? value : value.charAt(0).toUpperCase() + value.slice(1);
}
