import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends every run with the one plain line CI reads: `N passed, N failed`.
 * A test file that fails to load or to set up counts as one failure, so a
 * broken import or hook can never look like a green run.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failedHere += 1;
        else skipped += 1;
      }
      // A file whose import or beforeAll failed has no failed test of its own: count it once.
      failed += module.state() === 'failed' && failedHere === 0 ? 1 : failedHere;
    }
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stdout.write(`\n${passed} passed, ${failed} failed${tail}\n`);
  }
}
