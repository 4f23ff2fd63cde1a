/**
 * `npm run test:reliability [-- --long] [-- --soak 10m]`: the schema-guided fuzzer over every
 * write endpoint (and the fault runs beside it) on the embedded database, then on PostgreSQL
 * when DATABASE_URL is set. CI runs the default size (~600 requests per database); `--long`
 * sends 100,000. Prints the time each part took.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const long = args.includes('--long');
const soakAt = args.indexOf('--soak');
const soak = soakAt >= 0 ? (args[soakAt + 1] ?? '10m') : undefined;
const requests = process.env.RELIABILITY_REQUESTS ?? (long ? '100000' : '600');

function run(name: string, env: NodeJS.ProcessEnv): boolean {
  const started = Date.now();
  console.log(`\n=== reliability: ${name} ===`);
  const res = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--config',
      'vitest.reliability.config.ts',
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...env,
        RELIABILITY_REQUESTS: requests,
        ...(soak ? { RELIABILITY_SOAK: soak } : {}),
        ...(long ? { RELIABILITY_LONG: '1' } : {}),
      },
    },
  );
  console.log(`=== reliability: ${name} took ${((Date.now() - started) / 1000).toFixed(0)} s ===`);
  return res.status === 0;
}

const { DATABASE_URL, ...embeddedEnv } = process.env;
let ok = run('embedded database', embeddedEnv);
if (DATABASE_URL) ok = run('PostgreSQL', { ...embeddedEnv, DATABASE_URL }) && ok;
process.exit(ok ? 0 : 1);
