import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A tenant is one province (or ministry) running its movements in this installation. */
export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The host names a tenant answers on (ADR 0020). Stored lower-case without a port; a host
 * belongs to one tenant only.
 */
export const tenantHosts = pgTable(
  'tenant_hosts',
  {
    host: text('host').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('tenant_hosts_tenant_idx').on(t.tenantId)],
);
