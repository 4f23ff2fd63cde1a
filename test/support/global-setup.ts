import { buildPgliteTemplate, buildPostgresTemplate, dropTemplate } from './template.ts';

/** One seeded template per run, per database kind; test files copy it, teardown removes it. */
export default async function setup() {
  process.env.THIDUA_TEST_RUN = String(process.pid);
  const url = process.env.DATABASE_URL;
  if (url) await buildPostgresTemplate(url);
  else await buildPgliteTemplate();
  return () => dropTemplate(url);
}
