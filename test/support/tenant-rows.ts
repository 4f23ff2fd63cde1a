import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../server/db/client.ts';

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Every uuid written in a text (a response body, a row). */
export const uuidsIn = (text: string): string[] =>
  (text.match(uuidPattern) ?? []).map((u) => u.toLowerCase());

/** Every table that carries tenant_id, read from the database so a new table is included. */
export async function tenantTables(db: Executor): Promise<string[]> {
  const rows = await queryRows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.columns
         where table_schema = 'public' and column_name = 'tenant_id'
         order by table_name`,
  );
  return rows.map((r) => r.table_name);
}

/** Each tenant table's rows of one tenant as text, in a stable order. */
export async function rowsOf(
  db: Executor,
  tenantId: string,
  tables: readonly string[],
): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = await queryRows<{ row: string }>(
      db,
      sql`select t::text as row from ${sql.identifier(table)} t where t.tenant_id = ${tenantId} order by 1`,
    );
    out[table] = rows.map((r) => r.row);
  }
  return out;
}

/** A short fingerprint per table (count and hash), for comparing before and after. */
export async function fingerprint(
  db: Executor,
  tenantId: string,
  tables: readonly string[],
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await queryRows<{ n: number | string; h: string | null }>(
      db,
      sql`select count(*) as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h
            from ${sql.identifier(table)} t where t.tenant_id = ${tenantId}`,
    );
    out[table] = `${Number(row!.n)}:${row!.h}`;
  }
  return out;
}

/** Rows of a table without tenant_id (sessions, jobs) as text, to see what a run added or changed. */
export async function allRows(db: Executor, table: string): Promise<string[]> {
  const rows = await queryRows<{ row: string }>(
    db,
    sql`select t::text as row from ${sql.identifier(table)} t order by 1`,
  );
  return rows.map((r) => r.row);
}
