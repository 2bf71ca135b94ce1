/**
 * Keeps regular expressions compiled once they have been compiled (docs/decisions/0071).
 *
 * By default V8 runs a new expression in its interpreter, compiles it to machine code when it runs again, and, with
 * that tiering on, throws the machine code of an expression away when it has not run for a while, so that it is
 * interpreted and compiled all over again. The reader runs some nine hundred rule patterns, each only on the sentences
 * that hold its words: on varied mail most of them run now and then, and went through that cycle again and again (over
 * two passes of the development messages, a third of the expressions were compiled twice). With the tiering off, an
 * expression is compiled to machine code on first use and kept. What an expression matches does not change.
 *
 * Imported first by the process's entry point (the CLI, which also serves the app) and by the benchmarks, so that it
 * runs before any expression is compiled. V8 reads the setting each time it compiles an expression.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
