// Entry of the extension-host test run (@vscode/test-electron's extensionTestsPath, or code-server's smoke
// test driver): runs the mocha suites next to this file, then prints one machine-readable line with the counts
// (`[crossread-exthost] {"passed":N,"failed":N,"pending":N}`) for `npm test`'s summary.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  // Plain one-line-per-test output: the spec reporter's format strings arrive unformatted through code-server's log.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'base' });
  mocha.addFile(path.join(__dirname, 'extension.test.js'));
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats;
      const counts = JSON.stringify({ passed: s?.passes ?? 0, failed: s?.failures ?? failures, pending: s?.pending ?? 0 });
      console.log(`[crossread-exthost] ${counts}`);
      // Desktop runs (@vscode/test-electron) do not hand the console back: the runner names a file instead.
      if (process.env.CROSSREAD_EXTHOST_COUNTS) writeFileSync(process.env.CROSSREAD_EXTHOST_COUNTS, counts);
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => console.log(`  ok   ${t.fullTitle()} (${t.duration ?? 0} ms)`));
    runner.on('fail', (t, err: Error) => console.log(`  FAIL ${t.fullTitle()}: ${err?.stack ?? err}`));
    runner.on('pending', (t) => console.log(`  skip ${t.fullTitle()}`));
  });
}
