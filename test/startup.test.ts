import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openEmbedded } from '../server/db/client.ts';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-start-'));
const cleanEnv = {
  ...process.env,
  DATA_DIR: dataDir,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
} as NodeJS.ProcessEnv;
delete cleanEnv.DATABASE_URL;
delete cleanEnv.THIDUA_ADMIN_PASSWORD;
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'cli/thidua.ts', ...args], {
    cwd: root,
    env: cleanEnv,
    encoding: 'utf8',
  });

/** Starts the real server as a new user would, on the embedded database in a fresh DATA_DIR. */
async function startOnce(port: number): Promise<{ output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...cleanEnv, PORT: String(port) },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  try {
    for (let i = 0; i < 240; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return { output };
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`server did not start:\n${output}`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

describe('first start on a fresh DATA_DIR, then the audit CLI', () => {
  it('prints a generated admin password once; a second start does not', async () => {
    const first = await startOnce(39201);
    expect(first.output).toMatch(/user "admin" created with password: \S{20,}/);
    const second = await startOnce(39202);
    expect(second.output).not.toMatch(/created with password/);
  }, 120_000);

  it('a bad setting stops start-up with a clear message', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: { ...cleanEnv, PORT: 'tám nghìn' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Invalid settings:\n {2}PORT:/);
  });

  it('`thidua audit verify` passes on an untouched trail and names the first tampered entry', async () => {
    const ok = cli('audit', 'verify');
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/lai-chau: audit chain intact \(\d+ entries\)/);

    const handle = await openEmbedded({ dataDir });
    await handle.db.execute(
      sql`update audit_log set after = '{"name":"sửa trộm"}'::jsonb where seq = 5`,
    );
    await handle.close();

    const broken = cli('audit', 'verify');
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(
      /BROKEN at entry #5 \(its content was changed\); 4 entries before it verified/,
    );
  }, 120_000);
});
