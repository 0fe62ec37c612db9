// `npm run bench`: every benchmark of the project, one after another (they share 2 cores).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const here = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname);
const benches = ['evidence/run.mjs', 'bundle/bench.mjs', 'csv-import/run.mjs'].filter((b) => existsSync(resolve(here, b)));
for (const bench of benches) {
  console.log(`\n### ${bench}`);
  execFileSync(process.execPath, [resolve(here, bench)], { stdio: 'inherit' });
}
