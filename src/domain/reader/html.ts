/**
 * HTML → plain text for mail bodies: drops style/script/head, keeps paragraph
 * breaks, decodes entities. Regex based and linear; it does not need to be a
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

const BLOCK_TAGS =
  /<\/?(?:p|div|br|tr|table|tbody|thead|h[1-6]|ul|ol|li|blockquote|section|article|header|footer|hr|center|pre|dl|dt|dd)\b[^>]*>/gi;

/** True when the string looks like HTML markup rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return /<(?:html|body|div|p|br|table|span|a|td|font|b|strong)\b[^>]*>/i.test(s.slice(0, 20_000));
}

/** Converts an HTML mail body to text with blank lines between blocks. */
export function htmlToText(html: string): string {
  let s = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|head|title|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<blockquote\b[^>]*>/gi, '\n\n>>QUOTE-START<<\n\n');
  s = s.replace(/\r\n?/g, '\n').replace(/[ \t\n]+/g, ' ');
  s = s
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n\u2022 ')
    .replace(/<\/t[dh]\s*>/gi, ' ')
    .replace(BLOCK_TAGS, '\n\n')
    .replace(/<[^>]*>/g, '');
  s = decodeEntities(s);
  return s
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
