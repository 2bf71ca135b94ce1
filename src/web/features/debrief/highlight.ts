/**
 * Finds where evidence sentences sit in the message the user pasted, so the
 * page can mark them. The reader returns cleaned sentences (whitespace
 * collapsed), so matching ignores differences in spacing and line breaks.
 */

export interface Segment {
  text: string;
  /** Labels (e.g. "Reason: Internal candidate") of the evidence covering this piece; empty when plain. */
  marks: string[];
}

export interface EvidenceSentence {
  sentence: string;
  label: string;
}

interface Range {
  start: number;
  end: number;
  label: string;
}

/** The text with whitespace runs collapsed to one space, and for each kept character its index in the original. */
function collapse(text: string): { flat: string; map: number[] } {
  const map: number[] = [];
  let flat = '';
  let inSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) {
      if (!inSpace) {
        flat += ' ';
        map.push(i);
      }
      inSpace = true;
    } else {
      flat += ch;
      map.push(i);
      inSpace = false;
    }
  }
  return { flat, map };
}

function foldQuotes(value: string): string {
  return value.replace(/[‘’‚‛]/g, "'").replace(/[“”„‟]/g, '"').toLowerCase();
}

/** Splits `text` into plain and marked segments, in order. Sentences not found are ignored. */
export function segmentsFor(text: string, evidence: readonly EvidenceSentence[]): Segment[] {
  if (text === '') return [];
  const { flat, map } = collapse(text);
  const haystack = foldQuotes(flat);
  const ranges: Range[] = [];
  for (const { sentence, label } of evidence) {
    const needle = foldQuotes(sentence.replace(/\s+/g, ' ').trim());
    if (needle.length < 3) continue;
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(needle, from);
      if (at < 0) break;
      const start = map[at] ?? 0;
      const lastIndex = map[at + needle.length - 1] ?? text.length - 1;
      ranges.push({ start, end: lastIndex + 1, label });
      from = at + needle.length;
    }
  }
  if (ranges.length === 0) return [{ text, marks: [] }];

  // Cut the text at every range boundary; each piece carries the labels of the ranges covering it.
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? text.length;
    if (end <= start) continue;
    const marks = [...new Set(ranges.filter((r) => r.start <= start && r.end >= end).map((r) => r.label))];
    const prev = segments.at(-1);
    const piece = text.slice(start, end);
    if (prev && prev.marks.join('|') === marks.join('|')) prev.text += piece;
    else segments.push({ text: piece, marks });
  }
  return segments;
}

/** True when a sentence could be located in the text (to list the ones that could not). */
export function foundIn(text: string, sentence: string): boolean {
  const { flat } = collapse(text);
  return foldQuotes(flat).includes(foldQuotes(sentence.replace(/\s+/g, ' ').trim()));
}
