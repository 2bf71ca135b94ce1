/**
 * HTML → plain text for mail bodies: drops style/script/head, keeps paragraph
 * breaks, decodes entities. One pass over the markup: every search for a
 * closing `>`, `-->` or `</script>` remembers where it ended, so hostile markup
 * (thousands of `<` without `>`, unclosed comments) costs linear time, and
 * markup beyond MAX_HTML_CHARS is not read at all. It does not need to be a
 * browser, only to keep sentences and paragraphs apart.
 */

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201d',
  ldquo: '\u201c',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  bull: '\u2022',
  middot: '\u00b7',
  eacute: '\u00e9',
  egrave: '\u00e8',
  agrave: '\u00e0',
  aacute: '\u00e1',
  ccedil: '\u00e7',
  uuml: '\u00fc',
  ouml: '\u00f6',
  auml: '\u00e4',
  szlig: '\u00df',
  ntilde: '\u00f1',
  zwnj: '',
  zwj: '',
  shy: '',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  pound: '\u00a3',
  euro: '\u20ac',
  yen: '\u00a5',
  cent: '\u00a2',
  dollar: '$',
  laquo: '\u00ab',
  raquo: '\u00bb',
  sbquo: '\u201a',
  bdquo: '\u201e',
  deg: '\u00b0',
  times: '\u00d7',
  frac12: '\u00bd',
  iacute: '\u00ed',
  oacute: '\u00f3',
  uacute: '\u00fa',
  ecirc: '\u00ea',
  oslash: '\u00f8',
  aring: '\u00e5',
  atilde: '\u00e3',
  otilde: '\u00f5',
};

function codePoint(n: number): string {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '';
  return String.fromCodePoint(n);
}

/** Decodes named and numeric character references; unknown names are left as they are. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,8});?/gi, (m, body: string) => {
    if (body[0] === '#') {
      const hex = body[1] === 'x' || body[1] === 'X';
      return codePoint(parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    const named = NAMED_ENTITIES[body.toLowerCase()];
    return named ?? m;
  });
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'tr', 'table', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote',
  'section', 'article', 'header', 'footer', 'hr', 'center', 'pre', 'dl', 'dt', 'dd',
]);
/** Elements whose content is never text to read. */
const HIDDEN_CONTENT = new Set(['script', 'style', 'head', 'title', 'noscript', 'template']);
/** Where the reader cuts quoted history (clean.ts). */
const QUOTE_START = '\n\n>>QUOTE-START<<\n\n';

/** Markup beyond this many characters is not read: no mail needs more to say what it says. */
export const MAX_HTML_CHARS = 1_000_000;

/** True when the string looks like HTML markup rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  // [^<>]* stops at the next "<": each attempt scans at most to the next tag, so the test is linear.
  return /<(?:html|body|div|p|br|table|span|a|td|font|b|strong)\b[^<>]*>/i.test(s.slice(0, 20_000));
}

/**
 * The next match of a pattern at or after `from`, remembering the last answer:
 * positions only move forward, so the text is scanned about once per pattern.
 */
function forwardSearch(src: string, pattern: RegExp): (from: number) => { at: number; end: number } | null {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let last: { at: number; end: number } | null | undefined;
  return (from) => {
    if (last === null) return null; // nothing after an earlier position, so nothing after this one
    if (last !== undefined && last.at >= from) return last;
    re.lastIndex = from;
    const m = re.exec(src);
    last = m ? { at: m.index, end: m.index + m[0].length } : null;
    return last;
  };
}

const NAME_CHAR = /[A-Za-z0-9_]/;

/** The element name of a tag starting at `at` ("<p class=x>" → p, "</TD>" → td), and whether it closes. */
function tagName(src: string, at: number): { name: string; closing: boolean } {
  let i = at + 1;
  const closing = src[i] === '/';
  if (closing) i++;
  const start = i;
  while (i < src.length && NAME_CHAR.test(src[i] ?? '')) i++;
  return { name: src.slice(start, i).toLowerCase(), closing };
}

function textOfTag(name: string, closing: boolean): string {
  if (name === 'br') return '\n';
  if (name === 'li' && !closing) return '\n\u2022 ';
  if ((name === 'td' || name === 'th') && closing) return ' ';
  if (name === 'blockquote' && !closing) return QUOTE_START;
  return BLOCK_TAGS.has(name) ? '\n\n' : '';
}

export interface HtmlText {
  text: string;
  /** The markup was longer than MAX_HTML_CHARS; only its beginning was read. */
  truncated: boolean;
}

/** Converts an HTML mail body to text with blank lines between blocks, saying whether it was cut. */
export function htmlToTextDetailed(html: string, maxChars = MAX_HTML_CHARS): HtmlText {
  const truncated = html.length > maxChars;
  const src = truncated ? html.slice(0, maxChars) : html;
  const nextGt = forwardSearch(src, />/);
  const nextCommentEnd = forwardSearch(src, /-->/);
  const hiddenEnds = new Map<string, ReturnType<typeof forwardSearch>>();
  const hiddenEnd = (name: string) => {
    let find = hiddenEnds.get(name);
    if (!find) hiddenEnds.set(name, (find = forwardSearch(src, new RegExp(`</${name}\\s*>`, 'i'))));
    return find;
  };

  const parts: string[] = [];
  const pushText = (from: number, to: number) => {
    if (to > from) parts.push(src.slice(from, to).replace(/[ \t\r\n]+/g, ' '));
  };
  let textStart = 0;
  let i = src.indexOf('<');
  while (i !== -1) {
    let resume = -1;
    if (src.startsWith('<!--', i)) {
      const end = nextCommentEnd(i + 4);
      if (end) {
        pushText(textStart, i);
        parts.push(' ');
        resume = end.end;
      }
    }
    if (resume === -1) {
      const gt = nextGt(i + 1);
      if (!gt) break; // no ">" anywhere after: the rest is text
      pushText(textStart, i);
      const { name, closing } = tagName(src, i);
      resume = gt.end;
      const close = !closing && HIDDEN_CONTENT.has(name) ? hiddenEnd(name)(resume) : null;
      if (close) {
        parts.push(' ');
        resume = close.end;
      } else {
        parts.push(textOfTag(name, closing));
      }
    }
    textStart = resume;
    i = src.indexOf('<', resume);
  }
  pushText(textStart, src.length);

  const text = decodeEntities(parts.join(''))
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, truncated };
}

/** Converts an HTML mail body to text with blank lines between blocks. */
export function htmlToText(html: string): string {
  return htmlToTextDetailed(html).text;
}
