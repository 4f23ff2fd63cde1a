import { bigint, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenancy.ts';

/**
 * A counter per tenant and topic (an audited entity type that cached answers depend on),
 * bumped in the same transaction as the write (services/audit.ts). A cached answer is good
 * while the counters of its topics are unchanged (ADR 0051).
 */
export const answerVersions = pgTable(
  'answer_versions',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    topic: text('topic').notNull(),
    version: bigint('version', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.topic] })],
);
