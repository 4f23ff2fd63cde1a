import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A tenant is one province (or ministry) running its movements in this installation. */
export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
