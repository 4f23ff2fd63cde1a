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
];

const noFastify = {
  patterns: [
    {
      regex: '^(fastify|@fastify/|fastify-)',
      message: 'Only routes, plugins and app.ts speak Fastify.',
    },
  ],
};

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
  // Layers (issue 9 item 6). Tests beside the code may reach further (they build apps and dbs).
  {
    files: [
      'server/services/**/*.ts',
      'server/domain/**/*.ts',
      'server/policies/**/*.ts',
      'server/repositories/**/*.ts',
      'shared/**/*.ts',
      'app/**/*.ts',
      'app/**/*.tsx',
    ],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', noFastify] },
  },
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
    files: ['**/*.test.ts', '**/*.db.test.ts', '**/fixtures.ts', '**/testing.ts'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
);
