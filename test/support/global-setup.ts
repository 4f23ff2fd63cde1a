import { buildPgliteTemplate, buildPostgresTemplate } from './template.ts';

/** One seeded template per run, per database kind; test files copy it. */
export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (url) await buildPostgresTemplate(url);
  else await buildPgliteTemplate();
}
