/**
 * `npm test`: unit and database tests on the embedded database; the database tests again on
 * PostgreSQL when DATABASE_URL is set; then the browser journeys when Chromium is installed.
 * Ends with the line "N passed, N failed" that CI reads.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const tmp = path.join(root, '.tmp');
fs.mkdirSync(tmp, { recursive: true });
const args = new Set(process.argv.slice(2));
const e2eOnly = args.has('--e2e-only');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const databaseUrl = process.env.DATABASE_URL;

interface Tally {
  name: string;
  passed: number;
  failed: number;
  ok: boolean;
}
const tallies: Tally[] = [];

function vitest(name: string, extraArgs: string[], env: NodeJS.ProcessEnv): void {
  const report = path.join(tmp, `vitest-${name}.json`);
  fs.rmSync(report, { force: true });
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${report}`,
      ...extraArgs,
    ],
    { cwd: root, stdio: 'inherit', env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  // A run that left no report (crashed, or failed to start) counts as one failure.
  let passed = 0;
  let failed = 1;
  if (fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numFailedTestSuites: number;
    };
    passed = json.numPassedTests;
    failed = json.numFailedTests + json.numFailedTestSuites;
  }
  tallies.push({ name, passed, failed, ok: run.status === 0 && failed === 0 });
}

const withoutPg = { ...process.env };
delete withoutPg.DATABASE_URL;

if (!e2eOnly) {
  vitest('unit-and-embedded-db', [], withoutPg);
  if (databaseUrl) vitest('postgresql-db', ['--dir', '.', '.db.test.ts'], { ...process.env });
  else console.log('\n(PostgreSQL run skipped: DATABASE_URL is not set)');
}

if (fs.existsSync(chromium)) {
  console.log('\n=== building the front end for the browser journeys ===');
  const build = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) tallies.push({ name: 'vite-build', passed: 0, failed: 1, ok: false });
  else
    vitest('browser-journeys', ['--config', 'vitest.e2e.config.ts'], {
      ...process.env,
      CHROMIUM_PATH: chromium,
    });
} else {
  console.log(`\n(browser journeys skipped: ${chromium} not found; CI installs Debian's chromium)`);
}

const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
console.log('');
for (const t of tallies)
  console.log(`${t.ok ? 'ok  ' : 'FAIL'} ${t.name}: ${t.passed} passed, ${t.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(tallies.every((t) => t.ok) ? 0 : 1);
