import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import { describe, expect, it } from 'vitest';
import { branchLiteralSets, GatedPatterns, gateSentenceTests, sentenceTest, LiteralSet, PatternGate, requiredLiterals, topLevelBranches } from './prefilter.js';
import { FLAG_RULES } from './rules/flag.rules.js';
import { KIND_RULES } from './rules/kind.rules.js';
import { REASON_RULES } from './rules/reason.rules.js';
import { STAGE_RULES } from './rules/stage.rules.js';
import { splitSentences } from './sentences.js';
import { letRunnerThrough } from '../../../tests/support/runner.js';

describe('requiredLiterals', () => {
  it('finds the literals every match must contain', () => {
    expect(requiredLiterals(/hiring freeze/)).toEqual(['hiring freeze']);
    expect(requiredLiterals(/\bon-?site\b/)).toEqual(['site']);
    expect(requiredLiterals(/(?:decided|chose) to (?:invite|progress)/)?.sort()).toEqual(['invite', 'progress']);
    expect(requiredLiterals(/matche?s? (?:with|for)/)).toEqual(['match']);
    expect(requiredLiterals(/(?:a|b)c{2,}dd/)).toEqual(['dd']);
    expect(requiredLiterals(/x(?!yz)interview(?<=w)/)).toEqual(['interview']);
  });

  it('gives up where nothing is certain', () => {
    expect(requiredLiterals(/\w+\s\d+/)).toBeNull();
    expect(requiredLiterals(/(?:offer|)x/)).toEqual(['x']);
    expect(requiredLiterals(/offer|\w+/)).toBeNull();
    expect(requiredLiterals(/(?:interview)?/)).toBeNull();
    expect(requiredLiterals(/Interview/i)).toBeNull();
    expect(requiredLiterals(/(a)\1/)).toBeNull();
  });
});

describe('branchLiteralSets', () => {
  it('asks for every required part of each top-level branch', () => {
    expect(branchLiteralSets(/with (?:our|the) (?:call|chat)|finalists?/)).toEqual([[['with '], ['our', 'the'], [' '], ['call', 'chat']], [['finalist']]]);
    expect(branchLiteralSets(/\bon hold\b/)).toEqual([[['on hold']]]);
  });

  it('gives up when one branch is unknown', () => {
    expect(branchLiteralSets(/offer|\w+/)).toBeNull();
    expect(branchLiteralSets(/Interview/i)).toBeNull();
  });
});

describe('PatternGate', () => {
  it('lets a pattern through only when all the parts of one of its branches are there', () => {
    const gate = new PatternGate([/with (?:our|the) (?:call|chat)|finalists?/, /hiring freeze/, /\d+\s\w+/]);
    const may = (text: string): number[] => [...gate.mask(text, new Uint8Array(3))];
    // the last pattern names no word it needs: it is always run
    expect(may('thanks for the call with the team')).toEqual([1, 0, 1]);
    expect(may('we met with the team')).toEqual([0, 0, 1]);
    expect(may('you were a finalist; a hiring freeze followed')).toEqual([1, 1, 1]);
    expect(gate.candidates('a hiring freeze, with the chat')).toEqual([0, 1, 2]);
  });

  it('runs a pattern of many branches as the branches that can match', () => {
    const gate = new PatternGate([/\bwith (?:our|the) (?:call|chat)|finalists?|panel (?:said|noted)/, /hiring freeze/]);
    const text = 'you were a finalist, and the panel noted it';
    const [first] = gate.matchers(text);
    expect(first?.p).toBe(0);
    expect(first?.re).not.toBe(gate.matchers('with the call, a finalist, the panel said')[0]?.re);
    expect(first?.re.exec(text)?.[0]).toBe('finalist');
    // one branch possible: that branch alone runs, as an expression of its own
    expect((gate.matchers('the panel said no')[0]?.re as RegExp).source).toBe('panel (?:said|noted)');
    // every branch possible: the pattern itself runs
    expect((gate.matchers('with the call, a finalist, the panel said')[0]?.re as RegExp).source).toBe(String.raw`\bwith (?:our|the) (?:call|chat)|finalists?|panel (?:said|noted)`);
    expect(gate.matchers('a hiring freeze').map((m) => m.p)).toEqual([1]);
  });

  it('runs a few branches as their alternation would: the first to start, and at one place the earlier branch', () => {
    const re = /offer(?:ed)? the role|offer|hiring freeze|panel said/;
    const gate = new PatternGate([re]);
    const cases = [
      // both branches start at the same place: the earlier branch's match, though the later would match there too
      'we offered the role to someone else, and the offer stands',
      // the later branch starts first
      'the offer was made; we then offered the role',
      // only the later branch matches
      'an offer went out',
    ];
    for (const text of cases) {
      const [m] = gate.matchers(text);
      expect(m?.re, text).not.toBe(re);
      const found = m?.re.exec(text);
      expect([found?.index, found?.[0]], text).toEqual([re.exec(text)?.index, re.exec(text)?.[0]]);
      expect(m?.re.test(text), text).toBe(true);
    }
  });
});

describe('topLevelBranches', () => {
  it('cuts a pattern at the bars outside groups and classes only', () => {
    expect(topLevelBranches(String.raw`a|(?:b|c)d|[|]e|\|f`)).toEqual(['a', '(?:b|c)d', '[|]e', String.raw`\|f`]);
    expect(topLevelBranches('single')).toEqual(['single']);
  });
});

describe('sentenceTest', () => {
  it('answers as the expression does, through the shared sentence gate once the expression is put behind it', () => {
    const re = /\b(?:still (?:in|under) consideration|on hold)\b|\bwe(?:'ll| will) be in touch\b/;
    gateSentenceTests(re);
    for (const text of ['your application is on hold', "we'll be in touch", 'you are still under consideration', 'we hold on', '']) expect(sentenceTest(re, text), text).toBe(re.test(text));
    // an expression not put behind the gate is tested as it is
    expect(sentenceTest(/on hold/, 'on hold')).toBe(true);
  });
});

describe('LiteralSet', () => {
  it('finds every literal that occurs, overlapping ones included', () => {
    const set = new LiteralSet(['he', 'she', 'his', 'hers', 'é']);
    const seen = new Uint8Array(5);
    set.scan('ushers café', seen);
    expect([...seen]).toEqual([1, 1, 0, 1, 1]);
    seen.fill(0);
    set.scan('nothing here at all', seen);
    expect([...seen]).toEqual([1, 0, 0, 0, 0]);
  });
});

describe('GatedPatterns', () => {
  it('finds in a list what one of its expressions finds', () => {
    const list = new GatedPatterns([/unsubscribe/, /do not reply/, /\u00a9 \d{4}/, /privacy (?:policy|notice)/]);
    expect(list.some('please do not reply to this address')).toBe(true);
    expect(list.some('\u00a9 2026 acme ltd')).toBe(true);
    expect(list.some('see our privacy notice')).toBe(true);
    expect(list.some('we have decided not to proceed')).toBe(false);
  });
});

/**
 * The pattern without its assertions (anchors, word boundaries, lookarounds), each replaced by an empty group: it matches
 * wherever the pattern does, whatever the text around, and more. Built with an independent parser, so that the check below
 * does not rest on the pre-filter's own reading of patterns.
 */
function loosened(re: RegExp): RegExp {
  const literal = `/${re.source}/${re.flags}`;
  const cuts: [number, number][] = [];
  let backReference = false;
  visitRegExpAST(new RegExpParser().parseLiteral(literal), {
    onAssertionEnter: (node) => void cuts.push([node.start - 1, node.end - 1]),
    onBackreferenceEnter: () => void (backReference = true),
  });
  // a back-reference might point into a dropped lookaround; no rule has one (the pre-filter never skips such a pattern)
  if (backReference) throw new Error(`/${re.source}/ refers back to a group`);
  let source = '';
  let at = 0;
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    // an assertion inside a lookaround goes with it
    if (start < at) continue;
    source += `${re.source.slice(at, start)}(?:)`;
    at = end;
  }
  return new RegExp(source + re.source.slice(at), `${re.flags.replace(/[gy]/g, '')}g`);
}

describe('loosened', () => {
  it('drops anchors, boundaries and lookarounds, and nothing else', () => {
    expect(loosened(/^\bon hold\b(?! for now)$/).source).toBe('(?:)(?:)on hold(?:)(?:)(?:)');
    expect(loosened(/(?<=we )(?:ask|(?=x)tell)s?/).source).toBe('(?:)(?:ask|(?:)tell)s?');
    expect(loosened(/(?<!not (?=a)\b)yes/).source).toBe('(?:)yes');
    expect(() => loosened(/(a)\1/)).toThrow(/refers back/);
  });

  it('matches wherever the pattern matches, whatever text surrounds the place', () => {
    const re = /(?<!not )\binterested\b(?= in)/;
    expect(re.test('xnot interested in it')).toBe(false);
    expect(loosened(re).test('xnot interested in it')).toBe(true);
  });
});

describe('the rule pre-filter', () => {
  const lists = { KIND_RULES, REASON_RULES, FLAG_RULES, STAGE_RULES };

  const here = dirname(fileURLToPath(import.meta.url));
  const rows = readFileSync(join(here, '../../../tests/reader-corpus/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; subject?: string });
  // each sentence once: a third of the corpus's sentences are greetings, signatures and footers met before
  const norms = [...new Set(rows.flatMap((r) => splitSentences(r.text, r.subject).map((s) => s.norm)))];

  // Every sentence of the corpus joined into one text, and where each begins.
  const joined = norms.join('\n');
  const starts = norms.reduce<number[]>((acc, norm, k) => (acc.push(k ? acc[k - 1]! + norms[k - 1]!.length + 1 : 0), acc), []);
  const sentenceAt = (at: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  // One test per list: each finds, for every pattern, every sentence of the corpus the pattern matches, and asks that the
  // gate let the pattern through there. Running each pattern on each sentence took minutes; instead each pattern runs once
  // over the joined text, loosened (its assertions dropped) so that whether it matches at a place no longer depends on
  // what comes before or after: it then matches wherever the pattern matches in a sentence alone, and more. Each sentence
  // it matches in is a candidate, checked with the pattern itself; the search goes on from the next sentence.
  it.each(Object.entries(lists))('lets through every pattern of %s that matches, on every sentence of the corpus', { timeout: 240_000 }, async (name, rules) => {
    expect(norms.length).toBeGreaterThan(5000);
    const gate = new PatternGate(rules.map((r) => r.re));
    // nearly every pattern can be skipped when its words are absent
    expect(gate.gated, name).toBeGreaterThanOrEqual(rules.length - 2);
    const may = new Uint8Array(rules.length);
    let candidates = 0;
    for (const [i, rule] of rules.entries()) {
      if (i % 50 === 0) await letRunnerThrough();
      const loose = loosened(rule.re);
      for (let m = loose.exec(joined); m; m = loose.exec(joined)) {
        const k = sentenceAt(m.index);
        candidates++;
        gate.mask(norms[k]!, may);
        if (!may[i] && rule.re.test(norms[k]!)) expect.fail(`${name}[${i}] matches "${norms[k]}" but was filtered out`);
        if (k + 1 === norms.length) break;
        loose.lastIndex = starts[k + 1]!;
      }
    }
    expect(candidates, name).toBeGreaterThan(rules.length);
  });

  it.each(Object.entries(lists))('runs each pattern of %s as the branches that can match, finding the same match, on every sentence of the corpus', { timeout: 120_000 }, (name, rules) => {
    const gate = new PatternGate(rules.map((r) => r.re));
    let narrowed = 0;
    for (const norm of norms) {
      // a pattern run as some of its branches finds what the whole pattern finds, at the same place
      for (const { p, re } of gate.matchers(norm)) {
        if (re === rules[p]?.re) continue;
        narrowed++;
        const whole = rules[p]?.re.exec(norm);
        const part = re.exec(norm);
        if (whole?.index !== part?.index || whole?.[0] !== part?.[0]) expect.fail(`${name}[${p}] run as some of its branches finds "${part?.[0]}" in "${norm}", the whole pattern "${whole?.[0]}"`);
      }
    }
    expect(narrowed, name).toBeGreaterThan(0);
  });
});
