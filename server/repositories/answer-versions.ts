import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { answerVersions } from '../db/schema/index.ts';

/** Moves a topic's counter on, inside the writing transaction (ADR 0051). */
export async function bumpTopic(tx: Executor, tenantId: string, topic: string): Promise<void> {
  await tx
    .insert(answerVersions)
    .values({ tenantId, topic, version: 1 })
    .onConflictDoUpdate({
      target: [answerVersions.tenantId, answerVersions.topic],
      set: { version: sql`${answerVersions.version} + 1` },
    });
}

/** The tenant's counters of `topics` (0 for a topic never written). */
export async function topicVersions(
  db: Executor,
  tenantId: string,
  topics: readonly string[],
): Promise<Map<string, number>> {
  const rows = await db
    .select({ topic: answerVersions.topic, version: answerVersions.version })
    .from(answerVersions)
    .where(and(eq(answerVersions.tenantId, tenantId), inArray(answerVersions.topic, [...topics])));
  const out = new Map<string, number>(topics.map((t) => [t, 0]));
  for (const r of rows) out.set(r.topic, Number(r.version));
  return out;
}
