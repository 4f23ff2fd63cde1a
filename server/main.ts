import { randomBytes, randomUUID } from 'node:crypto';
import { buildApp } from './app.ts';
import { ConfigError, readConfig, type Config } from './config.ts';
import { openDatabase } from './db/client.ts';
import { todayOnClock, type Deps } from './deps.ts';
import { startJobs } from './jobs/index.ts';
import type { JobRunner } from './jobs/runner.ts';
import { bootstrap } from './seed/bootstrap.ts';

export const systemDeps = (config: Config) => ({
  config,
  clock: () => new Date(),
  today: todayOnClock,
  newId: () => randomUUID(),
  randomToken: (bytes: number) => randomBytes(bytes).toString('base64url'),
});

/** Boot: config → db → migrate → seed → listen. */
export async function startServer(config: Config) {
  const handle = await openDatabase(config);
  await handle.migrate();
  const deps: Deps = { ...systemDeps(config), db: handle.db, dbKind: handle.kind };
  const result = await bootstrap(handle.db, {
    ...deps,
    at: deps.clock(),
    adminPassword: config.adminPassword,
  });
  // JSON lines everywhere but development (ADR 0050); one line per request (app.ts).
  const logger = !config.development
    ? { level: config.logLevel }
    : {
        level: config.logLevel,
        transport: {
          target: 'pino-pretty',
          options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
        },
      };
  const app = await buildApp(deps, { logger });
  if (result.generatedAdminPassword) {
    // Printed once, on the start that created the account; it is never stored in clear.
    process.stdout.write(
      `\n  First start: user "admin" created with password: ${result.generatedAdminPassword}\n  Sign in and change it.\n\n`,
    );
  }
  const shutdown = async () => {
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  // Background jobs (ADR 0015) start once the server answers and stop before the database closes.
  // Hooks cannot be added once listening, so the hook reads a holder filled afterwards.
  const jobs: { runner?: JobRunner } = {};
  app.addHook('onClose', async () => {
    await jobs.runner?.stop();
  });
  await app.listen({ port: config.port, host: config.host });
  jobs.runner = await startJobs(deps, app.log);
  return app;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await startServer(readConfig());
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}
