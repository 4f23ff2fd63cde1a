import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * Which folder may import which (docs/architecture.md, "Layers"), checked on resolved paths.
 * `except` is relative to `from`.
 */
const zones = [
  {
    target: './server/routes',
    from: ['./server/db', './server/repositories'],
    message: 'Routes reach the database only through services (STYLE.md request flow).',
  },
  {
    target: './server/services',
    from: ['./server/routes', './server/presenters', './server/plugins'],
    message: 'Services return data; routes and presenters shape the answer.',
  },
  {
    target: './server/domain',
    from: './server',
    except: ['./domain'],
    message: 'domain/ is pure: it imports only shared/ and domain/.',
  },
  {
    target: './server/policies',
    from: './server',
    except: ['./domain', './policies'],
    message: 'policies/ are pure: they import only shared/, domain/ and policies/.',
  },
  { target: './server/domain', from: './app', message: 'domain/ never imports app/.' },
  { target: './server/policies', from: './app', message: 'policies/ never import app/.' },
  { target: './app', from: './server', message: 'The app never imports server/ (ADR 0019).' },
  {
    target: './shared',
    from: ['./server', './app'],
    message: 'shared/ imports neither server/ nor app/.',
  },
  {
    target: [
      './server/services',
      './server/presenters',
      './server/routes',
      './server/plugins',
      './server/jobs',
      './server/documents',
      './server/files',
    ],
    from: './server/db/schema',
    message: 'SQL lives in repositories/ (STYLE.md): ask a repository function.',
  },
  {
    target: ['./server', './app', './shared', './cli'],
    from: './test',
    message: 'Product code never imports test helpers (test/support/ is for tests).',
  },
];

const noFastify = {
  regex: '^(fastify|@fastify/|fastify-)',
  message: 'Only routes, plugins and app.ts speak Fastify.',
};
const noSql = {
  regex: '^drizzle-orm',
  message: 'SQL lives in repositories/ (STYLE.md): ask a repository function.',
};

/** One `no-restricted-imports` per file set (a later block would replace an earlier one). */
const restrict = (files, patterns) => ({
  files,
  ignores: ['**/*.test.ts'],
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['dist/', 'drizzle/', 'node_modules/', 'data/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read settings through server/config.ts.',
        },
      ],
    },
  },
  {
    files: [
      'server/config.ts',
      'test/**',
      'cli/**',
      'bench/**',
      '**/*.test.ts',
      '*.config.ts',
      'drizzle.config.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  // Layers (issue 9 items 5, 6). Tests may reach further (they build apps and databases).
  restrict(
    [
      'server/services/**/*.ts',
      'server/domain/**/*.ts',
      'server/policies/**/*.ts',
      'server/presenters/**/*.ts',
      'server/documents/**/*.ts',
    ],
    [noFastify, noSql],
  ),
  restrict(
    ['server/repositories/**/*.ts', 'shared/**/*.ts', 'app/**/*.ts', 'app/**/*.tsx'],
    [noFastify],
  ),
  restrict(['server/routes/**/*.ts', 'server/plugins/**/*.ts', 'server/jobs/**/*.ts'], [noSql]),
  {
    files: ['server/**/*.ts', 'shared/**/*.ts', 'app/**/*.ts', 'app/**/*.tsx', 'cli/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] }),
      ],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones }],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
);
