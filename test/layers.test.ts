/**
 * The layer rules of eslint.config.js catch what they promise (docs/architecture.md,
 * "Layers"): planted wrong imports are linted as if they were files in those folders.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function rulesHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('layers', () => {
  const cases: [string, string, string][] = [
    [
      'a route importing the database',
      'server/routes/x/index.ts',
      "import { db } from '../../db/client.ts';",
    ],
    [
      'a route importing a repository',
      'server/routes/x/index.ts',
      "import * as r from '../../repositories/users.ts';",
    ],
    ['a service importing Fastify', 'server/services/x.ts', "import Fastify from 'fastify';"],
    [
      'a service importing a presenter',
      'server/services/x.ts',
      "import * as p from '../presenters/users.ts';",
    ],
    [
      'a service importing a route',
      'server/services/x.ts',
      "import * as r from '../routes/users/index.ts';",
    ],
    [
      'domain importing a repository',
      'server/domain/x/y.ts',
      "import * as r from '../../repositories/users.ts';",
    ],
    [
      'domain importing a service',
      'server/domain/x/y.ts',
      "import * as s from '../../services/users.ts';",
    ],
    [
      'a policy importing the database',
      'server/policies/x.ts',
      "import { db } from '../db/client.ts';",
    ],
    [
      'the app importing server code',
      'app/components/X.tsx',
      "import { x } from '../../server/domain/units/tree.ts';",
    ],
    [
      'shared importing server code',
      'shared/x.ts',
      "import { x } from '../server/domain/units/tree.ts';",
    ],
    ['shared importing the app', 'shared/x.ts', "import { x } from '../app/lib/tree.ts';"],
    ['a service writing SQL', 'server/services/x.ts', "import { sql } from 'drizzle-orm';"],
    [
      'a service reading the schema',
      'server/services/x.ts',
      "import { users } from '../db/schema/index.ts';",
    ],
    ['a presenter writing SQL', 'server/presenters/x.ts', "import { eq } from 'drizzle-orm';"],
    ['a route writing SQL', 'server/routes/x/index.ts', "import { sql } from 'drizzle-orm';"],
    [
      'product code importing a test helper',
      'server/services/x.ts',
      "import { x } from '../../test/support/api.ts';",
    ],
  ];
  for (const [name, file, code] of cases)
    it(`refuses ${name}`, async () => {
      const hits = await rulesHit(file, `${code}\nexport const keep = 1;\n`);
      expect(hits.some((h) => /no-restricted-(paths|imports)/.test(h))).toBe(true);
    });

  it('allows the request flow as written', async () => {
    expect(
      await rulesHit(
        'server/services/x.ts',
        "import * as repo from '../repositories/users.ts';\nimport { authorize } from '../policies/authorize.ts';\nexport const keep = [repo, authorize];\n",
      ),
    ).toEqual([]);
    expect(
      await rulesHit(
        'server/policies/x.ts',
        "import { hasRole } from './actor.ts';\nimport { roles } from '../../shared/roles.ts';\nexport const keep = [hasRole, roles];\n",
      ),
    ).toEqual([]);
  });
});
