import type { Deps } from '../server/deps.ts';
import { listTenants } from '../server/repositories/tenants.ts';
import { systemActor } from '../server/services/audit.ts';
import { recomputeYearAs } from '../server/services/scores.ts';

export const scoresUsage = `  thidua scores recompute --year YYYY
                             recompute every tenant's scores of a year from accepted reports
                             (set by set, in batches; unchanged inputs write nothing)
`;

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** `thidua scores recompute --year YYYY`. */
export async function runScoresCommand(deps: Deps, args: string[], io: Io): Promise<number> {
  const [sub, flag, value] = args;
  const year = Number(value);
  if (sub !== 'recompute' || flag !== '--year' || !Number.isInteger(year) || year < 1900) {
    io.err(scoresUsage);
    return 2;
  }
  for (const tenant of await listTenants(deps.db)) {
    const started = Date.now();
    const r = await recomputeYearAs(deps, tenant.id, systemActor, year);
    io.out(
      `${tenant.code} ${year}: ${r.scored} accepted reports scored, ${r.written} written, ${r.unchanged} unchanged, ${r.removed} removed (${Date.now() - started} ms).`,
    );
  }
  return 0;
}
