/**
 * Lets the test runner's own messages through during a long synchronous check: Vitest takes a worker that has not
 * answered for a minute as lost, which a loaded machine can reach in a check over the whole corpus.
 */
export function letRunnerThrough(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
