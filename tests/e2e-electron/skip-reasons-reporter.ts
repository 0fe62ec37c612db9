import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * The list reporter shows a skipped test as a dash; this one also says why,
 * so "not run here" is never mistaken for "passed" or hidden in a count.
 */
export default class SkipReasonsReporter implements Reporter {
  private readonly reasons = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = test.annotations.find((annotation) => annotation.type === 'skip')?.description ?? 'no reason given';
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
  }

  onEnd(): void {
    for (const [reason, count] of this.reasons) {
      console.log(`\n  ${count} skipped: ${reason}`);
    }
  }

  printsToStdio(): boolean {
    return false; // the list reporter keeps the terminal; this only adds the reasons
  }
}
