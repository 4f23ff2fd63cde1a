import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
);
