/**
 * `npm run bench -- scoring` (issue 10): the scoring engine over N units × 40 criteria
 * (default 100,000 × 40) against a bare SQL GROUP BY summing the same proportional points
 * over the same N × 40 answer rows, in the same run on the same machine; the ratio, the
 * incremental update (one report rescored + its block of 100 re-ranked) and peak memory.
 * What is measured: the engine and hashing in process over answers held in memory, versus the
 * database's aggregate over a generated table — not the database round trips of the full
 * recompute (those are batched 2,000 reports a query, ADR 0033). BENCH_UNITS sets N.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { CriteriaContent } from '../shared/contracts/criteria-content.ts';
import type { Answers } from '../shared/contracts/reports.ts';
import { contentHash, inputHash, rank, scoreReport } from '../server/domain/scoring/index.ts';

const units = Number(process.env.BENCH_UNITS ?? 100_000);
const criteriaCount = 40;
const year = 2026;
const blockSize = 100;

const content: CriteriaContent = {
  groups: [
    {
      name: { vi: 'Kết quả', en: 'Results' },
      criteria: Array.from({ length: criteriaCount }, (_, i) => ({
        code: `C${i + 1}`,
        name: { vi: `Tiêu chí ${i + 1}`, en: `Criterion ${i + 1}` },
        maxPoints: 2.5,
        unitKinds: [],
        source: { kind: 'plan_clause', reference: 'III.1' },
        kind: 'quantitative',
        indicator: `Chỉ số ${i + 1}`,
        measure: '%',
        direction: 'higher',
        targets: [{ year, value: 50 }],
        aggregation: 'sum',
      })),
    },
  ],
} as CriteriaContent;

/** Same pseudo-random values as the SQL side: v = (u * 7919 + c * 104729) % 100. */
const valueOf = (u: number, c: number) => (u * 7919 + c * 104729) % 100;

let peak = 0;
const key = contentHash(content);
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));

function engineRun(): { ms: number; sum: number } {
  const start = performance.now();
  let sum = 0;
  for (let u = 1; u <= units; u++) {
    const answers: Answers = {};
    for (let c = 1; c <= criteriaCount; c++) answers[`C${c}`] = { value: valueOf(u, c) };
    const r = scoreReport(content, year, answers);
    inputHash({ criteriaVersionId: 'v', content: key, year, unitKind: 'commune', answers });
    sum += r.total;
    if (u % 10_000 === 0) sample();
  }
  return { ms: performance.now() - start, sum };
}

async function sqlRun(): Promise<{ ms: number; sum: number; kind: string }> {
  const url = process.env.DATABASE_URL;
  const q = url
    ? await (async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        return {
          query: async (s: string) => (await client.query(s)).rows as Record<string, unknown>[],
          close: () => client.end(),
          kind: 'postgresql',
        };
      })()
    : await (async () => {
        const db = new PGlite();
        return {
          query: async (s: string) => (await db.query(s)).rows as Record<string, unknown>[],
          close: () => db.close(),
          kind: 'pglite',
        };
      })();
  await q.query(`create temp table bench_answers as
    select u, c, ((u::bigint * 7919 + c * 104729) % 100)::numeric as v
      from generate_series(1, ${units}) u, generate_series(1, ${criteriaCount}) c`);
  await q.query('analyze bench_answers');
  sample();
  const start = performance.now();
  const rows = await q.query(`select sum(total) as s from (
      select u, sum(round(2.5 * least(1, v / 50), 2)) as total from bench_answers group by u) t`);
  const ms = performance.now() - start;
  await q.query('drop table bench_answers');
  await q.close();
  return { ms, sum: Number(rows[0]!.s), kind: q.kind };
}

function incremental(): number {
  const entries = Array.from({ length: blockSize }, (_, i) => ({
    unitId: `u${i}`,
    total: (i * 37) % 100,
    criteriaAtMax: i % 7,
    penaltyEvents: i % 3,
    firstSubmittedAt: null,
  }));
  const rounds = 200;
  const start = performance.now();
  for (let k = 0; k < rounds; k++) {
    const answers: Answers = {};
    for (let c = 1; c <= criteriaCount; c++) answers[`C${c}`] = { value: valueOf(k, c) };
    const r = scoreReport(content, year, answers);
    inputHash({ criteriaVersionId: 'v', content: key, year, unitKind: 'commune', answers });
    entries[0]!.total = r.total;
    rank(entries);
  }
  return (performance.now() - start) / rounds;
}

export async function benchScoring(): Promise<void> {
  sample();
  const engine = engineRun();
  const sql = await sqlRun();
  const inc = incremental();
  sample();
  const agree = Math.abs(engine.sum - sql.sum) < 0.01 * units;
  console.log(`scoring: ${units.toLocaleString('en')} units × ${criteriaCount} criteria`);
  console.log(`engine (score + input hash, in process): ${engine.ms.toFixed(0)} ms`);
  console.log(`bare SQL GROUP BY (${sql.kind}, same answers): ${sql.ms.toFixed(0)} ms`);
  console.log(`ratio engine / SQL: ${(engine.ms / sql.ms).toFixed(2)}×`);
  console.log(`totals agree: ${agree ? 'yes' : `no (${engine.sum} vs ${sql.sum})`}`);
  console.log(`incremental (one report rescored + block of ${blockSize} re-ranked): ${inc.toFixed(3)} ms`);
  console.log(`peak RSS: ${(peak / 1024 / 1024).toFixed(0)} MiB`);
}
