/**
 * A literal pre-filter for the rule patterns: most of the reader's time went into running hundreds of
 * regular expressions over every sentence, though a sentence usually contains the words of only a
 * few of them. For each pattern we work out, from its source, what every match must contain: several
 * sets of literal strings, every match containing one literal of EACH set ("with" and one of "our"/"the"
 * and one of "call"/"chat"). One Aho–Corasick pass over a sentence then tells which patterns can match
 * at all, and only those are run, each as the top-level branches that can match. The filter is exact: a
 * pattern whose literals cannot be worked out (or that is case-insensitive) is always run.
 */

/** A set of strings, one of which every match contains; null when nothing is known. */
type Need = string[] | null;

/** Sets of strings: every match contains one string of each set (empty: nothing is known). */
type Needs = string[][];

interface Item {
  needs: Needs;
  /** the item matches exactly this one literal character (can join a run of literal characters) */
  char?: string;
}

const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'p', 'P']);
const ZERO_WIDTH_ESCAPES = new Set(['b', 'B']);
const CONTROL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

/** The better of two needs for a sequence: longer shortest literal first, then fewer literals. */
function better(a: Need, b: Need): Need {
  if (!a) return b;
  if (!b) return a;
  const minA = Math.min(...a.map((x) => x.length));
  const minB = Math.min(...b.map((x) => x.length));
  if (minA !== minB) return minA > minB ? a : b;
  return a.length <= b.length ? a : b;
}

/** The most selective single set of several. */
function best(needs: Needs): Need {
  return needs.reduce<Need>((acc, n) => better(acc, n), null);
}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Needs {
    const needs = this.alternation();
    if (this.i !== this.src.length) throw new Error('unbalanced');
    return needs;
  }

  /** The needs of each top-level branch: a match satisfies all the sets of at least one branch. */
  parseBranches(): Needs[] {
    const branches: Needs[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (this.i !== this.src.length) throw new Error('unbalanced');
    return branches;
  }

  /** One branch keeps all its sets; several branches give one set: the best set of each, together. */
  private alternation(): Needs {
    const branches: Needs[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] ?? [];
    const bests = branches.map(best);
    if (bests.some((b) => !b)) return [];
    return [[...new Set(bests.flatMap((b) => b ?? []))]];
  }

  /** Every required item of a sequence is required: all their sets together. */
  private sequence(): Needs {
    const needs: Needs = [];
    let run = '';
    const flush = (): void => {
      if (run) needs.push([run]);
      run = '';
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.atom();
      const { min, max } = this.quantifier();
      if (item.char !== undefined && min === 1 && max === 1) {
        run += item.char;
        continue;
      }
      if (item.char !== undefined && min >= 1) {
        // "a+" / "a{2,}": the character is there at least once, then the run ends
        run += item.char;
        flush();
        continue;
      }
      flush();
      if (min >= 1) needs.push(...item.needs);
    }
    flush();
    return needs;
  }

  /** A quantifier after an atom (none is {1,1}); a lazy "?" after it changes nothing here. */
  private quantifier(): { min: number; max: number } {
    const c = this.src[this.i];
    let q: { min: number; max: number } = { min: 1, max: 1 };
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return q;
      const min = Number(m[1]);
      this.i += m[0].length;
      if (this.src[this.i] === '?') this.i++;
      return { min, max: m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity };
    } else return q;
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return q;
  }

  private atom(): Item {
    const c = this.src[this.i];
    if (c === '(') return this.group();
    if (c === '[') {
      this.skipClass();
      return { needs: [] };
    }
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '.' || c === '^' || c === '$') return { needs: [] };
    if (c === undefined) throw new Error('end');
    return { needs: [[c]], char: c };
  }

  private group(): Item {
    this.i++; // (
    let lookaround = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        this.i += 2;
        lookaround = true;
      } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
        this.i += 3;
        lookaround = true;
      } else if (rest.startsWith('?<')) {
        const end = this.src.indexOf('>', this.i);
        if (end < 0) throw new Error('group name');
        this.i = end + 1;
      } else throw new Error('group kind');
    }
    const needs = this.alternation();
    if (this.src[this.i] !== ')') throw new Error('unbalanced');
    this.i++;
    // a lookaround consumes nothing: it adds no required literal of the match
    return { needs: lookaround ? [] : needs };
  }

  private skipClass(): void {
    this.i++; // [
    if (this.src[this.i] === '^') this.i++;
    if (this.src[this.i] === ']') this.i++;
    while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
    if (this.src[this.i] !== ']') throw new Error('class');
    this.i++;
  }

  private escape(): Item {
    const c = this.src[this.i + 1];
    if (c === undefined) throw new Error('escape');
    this.i += 2;
    if (ZERO_WIDTH_ESCAPES.has(c)) return { needs: [] };
    if (CLASS_ESCAPES.has(c)) {
      if ((c === 'p' || c === 'P') && this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
      return { needs: [] };
    }
    if (c in CONTROL) return { needs: [[CONTROL[c] ?? '']], char: CONTROL[c] ?? '' };
    // a character by its code ("\u00a9", "\x41"); "\u{…}", control letters, named and numbered references are not read
    const digits = c === 'u' ? 4 : c === 'x' ? 2 : 0;
    const code = this.src.slice(this.i, this.i + digits);
    if (digits && code.length === digits && /^[\da-f]+$/i.test(code)) {
      this.i += digits;
      const char = String.fromCharCode(parseInt(code, 16));
      return { needs: [[char]], char };
    }
    if (c === 'u' || c === 'x' || c === 'c' || c === 'k' || /\d/.test(c)) throw new Error('escape kind');
    return { needs: [[c]], char: c };
  }
}

/**
 * The literals one of which every match of `re` contains, or null when none can be worked out
 * (then the pattern must always be run).
 */
export function requiredLiterals(re: RegExp): string[] | null {
  return best(requiredLiteralSets(re));
}

/**
 * All the literal sets a match of `re` must draw on, one literal of each (an empty list when none can
 * be worked out: then the pattern must always be run).
 */
export function requiredLiteralSets(re: RegExp): string[][] {
  if (re.flags.includes('i') || re.flags.includes('x')) return [];
  try {
    return distinct(new Parser(re.source).parse());
  } catch {
    return [];
  }
}

/**
 * Per top-level branch of `re` ("a|b|c"), the literal sets a match of that branch must draw on: a
 * match satisfies every set of one branch. Null when some branch (or the whole pattern) gives nothing
 * to go on: then the pattern must always be run.
 */
export function branchLiteralSets(re: RegExp): string[][][] | null {
  if (re.flags.includes('i') || re.flags.includes('x')) return null;
  try {
    const branches = new Parser(re.source).parseBranches().map(distinct);
    return branches.every((sets) => sets.length > 0) ? branches : null;
  } catch {
    return null;
  }
}

/** The sets without empty literals and without repeats (a word twice in a pattern asks nothing more). */
function distinct(needs: Needs): Needs {
  const seen = new Set<string>();
  return needs.filter((need) => {
    if (!need.every((s) => s.length > 0)) return false;
    const key = [...need].sort().join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Numbers the nodes of a trie breadth first, in place: the few shallow nodes that a scan visits on almost every
 * character then sit together at the top of the table and stay in the processor's cache, where the order in which
 * the literals were added scattered them over the whole table.
 */
function renumberBreadthFirst(next: number[][], outs: number[][]): void {
  const order = [0];
  for (let q = 0; q < order.length; q++) for (const to of next[order[q] ?? 0] ?? []) if (to > 0) order.push(to);
  const id = new Int32Array(next.length);
  order.forEach((old, i) => (id[old] = i));
  const rows = order.map((old) => (next[old] ?? []).map((to) => (to > 0 ? (id[to] ?? 0) : to)));
  const lists = order.map((old) => outs[old] ?? []);
  rows.forEach((row, i) => (next[i] = row));
  lists.forEach((list, i) => (outs[i] = list));
}

/**
 * An Aho–Corasick automaton over a list of literals, compiled to a table (one array look-up per
 * character of the text); `scan(text, seen)` marks in `seen` (one slot per literal) which literals
 * occur in `text`.
 */
export class LiteralSet {
  /** character code → column of the table (0: a character no literal contains) */
  private readonly ascii = new Int32Array(128);
  private readonly wide = new Map<number, number>();
  private readonly width: number;
  /** the transition table (16-bit while the automaton is small enough: half the memory, so it stays in cache) */
  private readonly delta: Uint16Array | Int32Array;
  /** the literals that end at each node: outList[outStart[node] … outStart[node + 1]) */
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;
  /** where a scan that is not asked for the list writes it all the same (one branch less in the loop) */
  private readonly unlisted: Int32Array;

  constructor(readonly literals: readonly string[]) {
    this.unlisted = new Int32Array(literals.length);
    const column = (code: number): number => (code < 128 ? (this.ascii[code] ?? 0) : (this.wide.get(code) ?? 0));
    let columns = 1;
    for (const lit of literals) {
      for (let k = 0; k < lit.length; k++) {
        const code = lit.charCodeAt(k);
        if (column(code) === 0) {
          if (code < 128) this.ascii[code] = columns++;
          else this.wide.set(code, columns++);
        }
      }
    }
    this.width = columns;
    // the trie
    const next: number[][] = [new Array<number>(columns).fill(-1)];
    const outs: number[][] = [[]];
    literals.forEach((lit, id) => {
      let node = 0;
      for (let k = 0; k < lit.length; k++) {
        const c = column(lit.charCodeAt(k));
        const row = next[node] ?? [];
        let to = row[c] ?? -1;
        if (to < 0) {
          to = next.length;
          next.push(new Array<number>(columns).fill(-1));
          outs.push([]);
          row[c] = to;
        }
        node = to;
      }
      outs[node]?.push(id);
    });
    renumberBreadthFirst(next, outs);
    // breadth first: failure links folded into a complete transition table
    const fail = new Array<number>(next.length).fill(0);
    const delta = new Int32Array(next.length * columns);
    const queue: number[] = [];
    const root = next[0] ?? [];
    for (let c = 0; c < columns; c++) {
      const to = root[c] ?? -1;
      if (to > 0) {
        delta[c] = to;
        queue.push(to);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q] ?? 0;
      const f = fail[node] ?? 0;
      outs[node] = [...(outs[node] ?? []), ...(node === 0 ? [] : (outs[f] ?? []))];
      const row = next[node] ?? [];
      for (let c = 0; c < columns; c++) {
        const to = row[c] ?? -1;
        if (to > 0) {
          fail[to] = delta[f * columns + c] ?? 0;
          delta[node * columns + c] = to;
          queue.push(to);
        } else delta[node * columns + c] = delta[f * columns + c] ?? 0;
      }
    }
    // each entry is the next node times two, plus one when literals end there: most characters then cost one look-up
    const marked = delta.map((to) => to * 2 + ((outs[to]?.length ?? 0) > 0 ? 1 : 0));
    this.delta = next.length < 32768 ? Uint16Array.from(marked) : marked;
    this.outStart = new Int32Array(outs.length + 1);
    outs.forEach((o, node) => (this.outStart[node + 1] = (this.outStart[node] ?? 0) + o.length));
    this.outList = Int32Array.from(outs.flat());
  }

  /**
   * Marks in `seen` the literals found; when `found` is given (room for every literal), each literal found is also
   * listed there once, from its start. Returns how many were listed.
   */
  scan(text: string, seen: Uint8Array, found?: Int32Array): number {
    const { ascii, wide, width, delta, outStart, outList } = this;
    const list = found ?? this.unlisted;
    let node = 0;
    let count = 0;
    // the hottest loop of the reader: every index read is in bounds (a column is below the width, a node has a row), so
    // the reads are cast rather than defaulted, which keeps the loop a few machine instructions a character
    for (let k = 0, n = text.length; k < n; k++) {
      const code = text.charCodeAt(k);
      const c = code < 128 ? (ascii[code] as number) : (wide.get(code) ?? 0);
      const to = delta[node * width + c] as number;
      node = to >>> 1;
      if ((to & 1) === 0) continue;
      for (let j = outStart[node] as number, stop = outStart[node + 1] as number; j < stop; j++) {
        const id = outList[j] as number;
        if (seen[id] === 0) {
          seen[id] = 1;
          list[count++] = id;
        }
      }
    }
    return found ? count : 0;
  }
}

/** What finds a pattern's match in a text: the pattern's own expression, one of its branches, or a few of them. */
export interface Finder {
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

/** A pattern that may match a text, and what finds its match there. */
export interface Matcher {
  p: number;
  re: Finder;
}

/** how many sets of branches a gate remembers */
const UNIONS_MAX = 20_000;
/** the use at which a set of branches met again and again is compiled into one alternation */
const COMPILE_AFTER = 8;

/** One top-level branch of a pattern, run as its own expression. */
type BranchMatcher = Matcher & { re: RegExp };

/**
 * Some top-level branches of a pattern, each its own expression, run as their alternation would be: the match is the
 * one that starts first, and of two that start at the same place, the one of the earlier branch. At that place the
 * alternation would have tried the branches in their order, and every earlier branch fails there (none of them matches
 * before it, or they would start first; none matches there, or it would be the one kept). Nothing is compiled for a
 * new set of branches: varied mail brings up thousands of sets, most of them once, and compiling an alternation of
 * each cost more than running the branches. A set met again and again (mail from one template) is compiled into one
 * alternation at its COMPILE_AFTER-th use, which then runs faster than the branches one by one.
 */
class BranchUnion implements Finder {
  constructor(private readonly parts: readonly RegExp[]) {}

  exec(text: string): RegExpExecArray | null {
    let best: RegExpExecArray | null = null;
    for (const re of this.parts) {
      const m = re.exec(text);
      if (m && (!best || m.index < best.index)) best = m;
      if (best?.index === 0) break;
    }
    return best;
  }

  test(text: string): boolean {
    for (const re of this.parts) if (re.test(text)) return true;
    return false;
  }
}

/** Sorts the first `n` numbers of a short list in place (an insertion sort allocates nothing; Array.prototype.sort does). */
function sortInPlace<T extends number[] | Int32Array>(list: T, n = list.length): T {
  for (let i = 1; i < n; i++) {
    const v = list[i] as number;
    let j = i - 1;
    while (j >= 0 && (list[j] as number) > v) {
      list[j + 1] = list[j] as number;
      j--;
    }
    list[j + 1] = v;
  }
  return list;
}

/** The top-level branches of a pattern's source ("a|(b|c)|d" → "a", "(b|c)", "d"). */
export function topLevelBranches(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/**
 * The alternatives of a pattern made of one group of them ("\b(?:a|b|c)\b"), written out as top-level branches
 * ("\ba\b", "\bb\b", "\bc\b"); null for a pattern of any other shape. Both find the same match: at each place
 * the alternatives are tried in the same order, each with what follows the group. So that this holds, only "\b" or
 * "^" may come before the group (something with choices of its own would have them tried in another order), the group
 * must not be repeated, and the pattern must have no capturing groups or back-references (they would be numbered anew).
 */
export function distributedBranches(source: string): string[] | null {
  const prefix = source.startsWith('\\b') ? '\\b' : source.startsWith('^') ? '^' : '';
  if (!source.startsWith('(?:', prefix.length) || topLevelBranches(source).length > 1) return null;
  if (/\((?!\?(?:[:=!]|<[=!]))|\\(?:[1-9]|k)/.test(source)) return null;
  let depth = 0;
  let inClass = false;
  let close = -1;
  for (let i = prefix.length; i < source.length && close < 0; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) close = i;
  }
  if (close < 0 || /^[?*+{]/.test(source.slice(close + 1))) return null;
  const alternatives = topLevelBranches(source.slice(prefix.length + 3, close));
  if (alternatives.length < 2) return null;
  const suffix = source.slice(close + 1);
  return alternatives.map((a) => prefix + a + suffix);
}

/**
 * Words that most sentences of mail (and of these letters) hold. A literal set with one of them is a poor anchor: it
 * would lead to its branches on nearly every sentence, and a long word ("interview", "application") is no rarer here
 * for its length. A branch is anchored on a set with fewer of them when it has one, and its other sets are checked in
 * the same order, the likeliest to be missing first.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    "the you your our we with for to and not thank are have from of a an in on is it be this that at as i us will all or by can was has would " +
    "any more time interview application role position team candidate candidates experience feedback best after process hiring round thanks " +
    "applying opportunity we're we've other one been had were they their but so if do no my me there about up out what which who when also " +
    "like get just very some them than its into only new could should may now how well please know let keep look forward decided decision " +
    "unfortunately regret inform move moving"
  ).split(' '),
);

/**
 * Which patterns of a list can match a text: one scan, then only the branches whose rarest literal set
 * the scan found are checked. A pattern may match when every literal set of one of its top-level
 * branches has a literal in the text. Each branch is anchored on its rarest set (the longest shortest
 * literal): a literal found in the text leads to the branches it anchors, and only their other sets are
 * looked at, so the work after the scan follows what the text contains, not the length of the list.
 */
export class PatternGate {
  private readonly set: LiteralSet;
  /** literal id → the branches whose first (rarest) set contains it: anchorList[anchorStart[id] … anchorStart[id + 1]) */
  private readonly anchorStart: Int32Array;
  private readonly anchorList: Int32Array;
  /** branch → its pattern */
  private readonly patternOf: Int32Array;
  /** the sets of every branch after its first, branch after branch: branchSets[branchStart[b] … branchStart[b + 1]) */
  private readonly branchSets: Int32Array;
  private readonly branchStart: Int32Array;
  /** the literal ids of every set: setLiterals[setStart[s] … setStart[s + 1]) */
  private readonly setLiterals: Int32Array;
  private readonly setStart: Int32Array;
  /** patterns that must always run (nothing is known of what they need) */
  private readonly always: number[];
  private readonly patterns: number;
  private readonly seen: Uint8Array;
  private readonly hit: Uint8Array;
  /** the literals the last scan found, from the start (room for every literal) */
  private readonly found: Int32Array;
  /** branch → its place among its pattern's top-level branches */
  private readonly ordinal: Int32Array;
  /** pattern → how many top-level branches it has (0 for a pattern that always runs) */
  private readonly branchCount: Int32Array;
  /** pattern → the source of each of its top-level branches, when they can be cut apart */
  private readonly branchSources: (string[] | null)[];
  /** the branches found possible by the last `collect`, and a mark per branch while they are listed */
  private readonly hitBranches: Int32Array;
  private readonly branchHit: Uint8Array;
  /** branch → its own expression and matcher, made on first use (a pattern's branches are a fixed list) */
  private readonly branchMatchers: (BranchMatcher | undefined)[] = [];
  /** sets of some branches of a pattern met so far, by pattern and branches ("12:0,3"), with how often they were met */
  private readonly unions = new Map<string, { uses: number; matcher: Matcher }>();
  /** pattern → its matcher with the whole expression (made once) */
  private readonly whole: readonly Matcher[];
  private readonly regexes: readonly RegExp[];

  constructor(patterns: readonly RegExp[]) {
    const literalIds = new Map<string, number>();
    const setIds = new Map<string, number>();
    const setMembers: number[][] = [];
    const idOf = (lit: string): number => {
      let id = literalIds.get(lit);
      if (id === undefined) {
        id = literalIds.size;
        literalIds.set(lit, id);
      }
      return id;
    };
    const setOf = (set: readonly string[]): number => {
      const key = [...set].sort().join('\u0000');
      let id = setIds.get(key);
      if (id === undefined) {
        id = setIds.size;
        setIds.set(key, id);
        setMembers.push(set.map(idOf));
      }
      return id;
    };
    const firstSets: number[] = [];
    const patternOf: number[] = [];
    const branchSets: number[] = [];
    const branchStart: number[] = [];
    const ordinal: number[] = [];
    this.always = [];
    this.regexes = patterns;
    this.whole = patterns.map((re, p) => ({ p, re }));
    this.branchCount = new Int32Array(patterns.length);
    this.branchSources = patterns.map(() => null);
    patterns.forEach((re, p) => {
      // a pattern that is one group of alternatives is cut into them, as if they were its top-level branches
      const spread = distributedBranches(re.source);
      const spreadSets = spread && branchLiteralSets(new RegExp(spread.join('|'), re.flags));
      const branches = spreadSets ?? branchLiteralSets(re);
      if (!branches) {
        this.always.push(p);
        return;
      }
      this.branchCount[p] = branches.length;
      const sources = spreadSets && spread ? spread : topLevelBranches(re.source);
      if (branches.length > 1 && sources.length === branches.length && !re.global && !re.sticky && !re.flags.includes('v')) this.branchSources[p] = sources;
      branches.forEach((sets, k) => {
        ordinal.push(k);
        // a set with a one-character literal (a space, an apostrophe) rules out almost nothing: it is left out when others remain
        const useful = sets.filter((set) => set.every((lit) => lit.length > 1));
        // the rarest set first: fewest common words, then the longest shortest literal
        const ordered = (useful.length ? useful : sets)
          .map((set) => ({ set, common: set.filter((lit) => COMMON_WORDS.has(lit.trim())).length, min: Math.min(...set.map((lit) => lit.length)) }))
          .sort((a, b) => a.common - b.common || b.min - a.min);
        patternOf.push(p);
        firstSets.push(setOf(ordered[0]?.set ?? []));
        branchStart.push(branchSets.length);
        for (const { set } of ordered.slice(1)) branchSets.push(setOf(set));
      });
    });
    this.ordinal = Int32Array.from(ordinal);
    this.branchHit = new Uint8Array(ordinal.length);
    this.hitBranches = new Int32Array(ordinal.length);
    branchStart.push(branchSets.length);
    this.patterns = patterns.length;
    this.patternOf = Int32Array.from(patternOf);
    this.branchSets = Int32Array.from(branchSets);
    this.branchStart = Int32Array.from(branchStart);
    this.setLiterals = Int32Array.from(setMembers.flat());
    const setStart = [0];
    for (const members of setMembers) setStart.push((setStart[setStart.length - 1] ?? 0) + members.length);
    this.setStart = Int32Array.from(setStart);
    const anchors: number[][] = [...literalIds.keys()].map(() => []);
    firstSets.forEach((setId, branch) => {
      for (const lit of setMembers[setId] ?? []) anchors[lit]?.push(branch);
    });
    this.anchorStart = new Int32Array(anchors.length + 1);
    anchors.forEach((list, id) => (this.anchorStart[id + 1] = (this.anchorStart[id] ?? 0) + list.length));
    this.anchorList = Int32Array.from(anchors.flat());
    this.set = new LiteralSet([...literalIds.keys()]);
    this.seen = new Uint8Array(literalIds.size);
    this.found = new Int32Array(literalIds.size);
    this.hit = new Uint8Array(patterns.length);
  }

  /** A mask (1 = may match) for every pattern over `text`. */
  mask(text: string, into: Uint8Array): Uint8Array {
    into.fill(0);
    for (const p of this.candidates(text)) into[p] = 1;
    return into;
  }

  /**
   * Lists from the start of `hitBranches`, in order, the branches whose every literal set has a literal in `text`, and
   * returns how many. The lists are typed arrays made once: a gate allocates nothing per text.
   */
  private collect(text: string): number {
    const { seen, found, anchorStart, anchorList, branchSets, branchStart, setLiterals, setStart, branchHit, hitBranches } = this;
    let hits = 0;
    const literals = this.set.scan(text, seen, found);
    for (let f = 0; f < literals; f++) {
      const lit = found[f] as number;
      for (let i = anchorStart[lit] as number, last = anchorStart[lit + 1] as number; i < last; i++) {
        const b = anchorList[i] as number;
        if (branchHit[b]) continue;
        let all = true;
        for (let k = branchStart[b] as number, stop = branchStart[b + 1] as number; k < stop && all; k++) {
          const setId = branchSets[k] as number;
          let any = false;
          for (let j = setStart[setId] as number, end = setStart[setId + 1] as number; j < end && !any; j++) any = seen[setLiterals[j] as number] === 1;
          all = any;
        }
        if (all) {
          branchHit[b] = 1;
          hitBranches[hits++] = b;
        }
      }
    }
    // the marks are cleared where they were set (the next text starts from clean marks)
    for (let f = 0; f < literals; f++) seen[found[f] as number] = 0;
    for (let h = 0; h < hits; h++) branchHit[hitBranches[h] as number] = 0;
    sortInPlace(hitBranches, hits);
    return hits;
  }

  /** The patterns that may match `text`, in the order of the list. */
  candidates(text: string): number[] {
    const { hit, patternOf } = this;
    const out: number[] = [...this.always];
    const { hitBranches } = this;
    for (let h = 0, hits = this.collect(text); h < hits; h++) {
      const p = patternOf[hitBranches[h] as number] as number;
      if (!hit[p]) {
        hit[p] = 1;
        out.push(p);
      }
    }
    for (const p of out) hit[p] = 0;
    return sortInPlace(out);
  }

  /**
   * The patterns that may match `text`, in the order of the list, each with what finds its match: a pattern of
   * many top-level branches ("a|b|c") of which only some can match is run as those branches alone (one, or a few run
   * as their alternation would be). It finds the same match (the same place, the same text), since the branches left
   * out cannot match anywhere in the text, and it runs much faster than the whole alternation.
   */
  matchers(text: string): Matcher[] {
    const { patternOf, ordinal, branchCount, branchSources, whole } = this;
    const out: Matcher[] = this.always.map((p) => whole[p] as Matcher);
    const branches = this.hitBranches;
    const hits = this.collect(text);
    for (let i = 0; i < hits; ) {
      const p = patternOf[branches[i] as number] as number;
      let j = i;
      while (j < hits && patternOf[branches[j] as number] === p) j++;
      const sources = branchSources[p];
      if (j - i === branchCount[p] || !sources) out.push(whole[p] as Matcher);
      else if (j - i === 1) out.push(this.branchMatcher(branches[i] as number, p, sources));
      else {
        let key = `${p}:`;
        for (let k = i; k < j; k++) key += `${ordinal[branches[k] as number] as number},`;
        let entry = this.unions.get(key);
        if (!entry) {
          const parts: RegExp[] = [];
          for (let k = i; k < j; k++) parts.push(this.branchMatcher(branches[k] as number, p, sources).re);
          entry = { uses: 0, matcher: { p, re: new BranchUnion(parts) } };
          if (this.unions.size < UNIONS_MAX) this.unions.set(key, entry);
        }
        if (++entry.uses === COMPILE_AFTER) {
          const parts: string[] = [];
          for (let k = i; k < j; k++) parts.push(sources[ordinal[branches[k] as number] as number] ?? '');
          entry.matcher = { p, re: new RegExp(parts.join('|'), (this.regexes[p] as RegExp).flags) };
        }
        out.push(entry.matcher);
      }
      i = j;
    }
    if (this.always.length) out.sort((a, b) => a.p - b.p);
    return out;
  }

  /** The matcher of one branch of pattern `p`: the branch's own expression, compiled once. */
  private branchMatcher(branch: number, p: number, sources: readonly string[]): BranchMatcher {
    let matcher = this.branchMatchers[branch];
    if (!matcher) {
      matcher = { p, re: new RegExp(sources[this.ordinal[branch] as number] ?? '', (this.regexes[p] as RegExp).flags) };
      this.branchMatchers[branch] = matcher;
    }
    return matcher;
  }

  /** how many patterns the gate covers */
  get size(): number {
    return this.patterns;
  }

  /** how many patterns the gate can skip (the rest always run) */
  get gated(): number {
    return this.patterns - this.always.length;
  }
}

/** Several expressions behind one filter: `some(text)` is true when one of them matches. */
export class GatedPatterns {
  private readonly gate: PatternGate;
  constructor(readonly list: readonly RegExp[]) {
    this.gate = new PatternGate(list.map((re) => (re.global || re.sticky ? /(?:)/ : re)));
  }

  some(text: string): boolean {
    for (const { re } of this.gate.matchers(text)) if (re.test(text)) return true;
    return false;
  }
}

/**
 * The rule patterns scored over the sentences of a message, behind one gate built on first use: each sentence is
 * scanned once for all of them, whichever list is scored. What may match a text is remembered for the message only.
 */
class SentencePatterns {
  private readonly list: RegExp[] = [];
  private gate: PatternGate | null = null;
  private readonly seen = new Map<string, Matcher[]>();

  /** Registers expressions; the id of the first is returned, the others follow it. */
  add(...res: RegExp[]): number {
    const first = this.list.length;
    this.list.push(...res);
    this.gate = null;
    this.seen.clear();
    return first;
  }

  /** Every registered pattern that may match `text`, in the order they were registered, with the expression to run. */
  matchers(text: string): Matcher[] {
    let found = this.seen.get(text);
    if (!found) {
      this.gate ??= new PatternGate(this.list);
      found = this.gate.matchers(text);
      if (this.seen.size >= SEEN_MAX) this.seen.clear();
      this.seen.set(text, found);
    }
    return found;
  }

  /** Forgets the texts met so far. */
  forget(): void {
    this.seen.clear();
  }
}

/** texts remembered by the sentence patterns within one message (a long one has a few hundred sentences and clauses) */
const SEEN_MAX = 4096;
const SENTENCE_PATTERNS = new SentencePatterns();

/**
 * Registers the patterns of lists scored over sentences (the rules) behind one shared gate: each sentence is then
 * scanned once for all of them. Returns the id of the first; see `sentenceMatchers`.
 */
export function registerSentencePatterns(res: readonly RegExp[]): number {
  return SENTENCE_PATTERNS.add(...res.map((re) => (re.global || re.sticky ? new RegExp(re.source, re.flags.replace(/[gy]/g, '')) : re)));
}

/**
 * Starts a new message: what was found in the texts of the last one is forgotten, so that the work on a message never
 * rests on another (and a benchmark of similar messages measures each message's own work).
 */
export function beginMessage(): void {
  SENTENCE_PATTERNS.forget();
}

/** expressions tested on sentences through the shared sentence gate (`sentenceTest`), by their id there */
const SENTENCE_TESTS = new Map<RegExp, number>();

/**
 * Puts expressions that are tested on a message's sentences (not rules) behind the shared sentence gate, once, when
 * their module loads: `sentenceTest` then runs one only on a sentence that holds its words. Expressions with the
 * global or sticky flag are left out (their `test` depends on where the last one stopped).
 */
export function gateSentenceTests(...res: RegExp[]): void {
  const fresh = res.filter((re) => !re.global && !re.sticky && !SENTENCE_TESTS.has(re));
  if (!fresh.length) return;
  const first = registerSentencePatterns(fresh);
  fresh.forEach((re, k) => SENTENCE_TESTS.set(re, first + k));
}

/** `re.test(norm)` for a sentence's folded text: through the shared sentence gate when `re` was put behind it. */
export function sentenceTest(re: RegExp, norm: string): boolean {
  const id = SENTENCE_TESTS.get(re);
  if (id === undefined) return re.test(norm);
  // the patterns that may match, in the order of their ids
  for (const m of sentenceMatchers(norm)) {
    if (m.p === id) return m.re.test(norm);
    if (m.p > id) break;
  }
  return false;
}

/** The registered patterns that may match a sentence (by id, in order), each with the expression that finds its match. */
export function sentenceMatchers(norm: string): Matcher[] {
  return SENTENCE_PATTERNS.matchers(norm);
}
