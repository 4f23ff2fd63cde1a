#!/usr/bin/env node
import { ConfigError, readConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/client.ts';
import { startServer, systemDeps } from '../server/main.ts';
import { verifyAudit } from '../server/services/audit.ts';
import { tenants } from '../server/db/schema/index.ts';
import { runScoresCommand, scoresUsage } from './scores.ts';
import { runTenantCommand, tenantUsage } from './tenant.ts';

const usage = `thidua — emulation movement platform

Usage:
  thidua serve               start the web server (migrates and seeds an empty database)
  thidua migrate             apply database migrations and exit
  thidua audit verify        re-hash the audit trail; report the first broken link
${tenantUsage}${scoresUsage}`;

async function main(argv: string[]): Promise<number> {
  const [command, sub] = argv;
  const config = readConfig();
  switch (command) {
    case 'serve':
      await startServer(config);
      return -1;
    case 'migrate': {
      const handle = await openDatabase(config);
      await handle.migrate();
      await handle.close();
      console.log('Migrations applied.');
      return 0;
    }
    case 'tenant': {
      const handle = await openDatabase(config);
      try {
        await handle.migrate();
        const deps = { ...systemDeps(config), db: handle.db, dbKind: handle.kind };
        return await runTenantCommand(deps, argv.slice(1), {
          out: (line) => console.log(line),
          err: (line) => console.error(line),
        });
      } finally {
        await handle.close();
      }
    }
    case 'scores': {
      const handle = await openDatabase(config);
      try {
        await handle.migrate();
        const deps = { ...systemDeps(config), db: handle.db, dbKind: handle.kind };
        return await runScoresCommand(deps, argv.slice(1), {
          out: (line) => console.log(line),
          err: (line) => console.error(line),
        });
      } finally {
        await handle.close();
      }
    }
    case 'audit': {
      if (sub !== 'verify') break;
      const handle = await openDatabase(config);
      try {
        await handle.migrate();
        let failed = false;
        for (const tenant of await handle.db.select().from(tenants)) {
          const verdict = await verifyAudit(handle.db, tenant.id);
          if (verdict.ok)
            console.log(`${tenant.code}: audit chain intact (${verdict.checked} entries).`);
          else {
            failed = true;
            console.log(
              `${tenant.code}: audit chain BROKEN at entry #${verdict.brokenAt} (${verdict.reason === 'hash' ? 'its content was changed' : 'the entry before it is missing or changed'}); ${verdict.checked - 1} entries before it verified.`,
            );
          }
        }
        return failed ? 1 : 0;
      } finally {
        await handle.close();
      }
    }
  }
  process.stdout.write(usage);
  return command ? 2 : 0;
}

try {
  const code = await main(process.argv.slice(2));
  if (code >= 0) process.exit(code);
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
