import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Import boundaries (architecture.md): contract imports only zod; src and server never import each
// other (except src/testing); features never import each other; lower layers never import app/ or features/.
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', 'node_modules', 'test-results', 'playwright-report', '.data', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text through React nodes only.' },
        { selector: "Literal[value=/^javascript:/i]", message: 'Script-scheme URLs are banned (use safeUrl).' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      ...pluginQuery.configs['flat/recommended'][0]?.rules,
    },
  },
  { files: ['src/**/*.{ts,tsx}'], ignores: ['src/testing/**'], rules: restrict([{ group: ['**/server/**'], message: 'src must not import server code.' }]) },
  {
    files: ['src/components/**', 'src/hooks/**', 'src/lib/**', 'src/api/**', 'src/config/**'],
    rules: restrict([
      { group: ['@/app/*', '@/features/*', '**/app/**', '**/features/**'], message: 'Lower layers must not import app or features.' },
      { group: ['**/server/**'], message: 'src must not import server code.' },
    ]),
  },
  ...['brands', 'assets', 'themes', 'session'].map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: restrict([
      {
        group: ['brands', 'assets', 'themes', 'session']
          .filter((f) => f !== feature)
          .flatMap((f) => [`@/features/${f}`, `@/features/${f}/*`, `**/features/${f}/**`]),
        message: 'Features never import each other; compose them in a route.',
      },
      { group: ['@/app/*', '**/app/**'], message: 'Features must not import app/.' },
    ]),
  })),
  {
    files: ['server/**/*.ts', 'scripts/**', 'bench/**', 'e2e/**', 'build-plugins/**', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  { files: ['server/**/*.ts'], rules: restrict([{ group: ['**/src/**', '@/*'], message: 'server must not import src.' }]) },
  {
    files: ['contract/**/*.ts'],
    ignores: ['contract/**/*.test.ts'],
    rules: restrict([{ regex: '^(?!zod$|\\./).*', message: 'contract imports only zod.' }]),
  },
  // The contract's tests also need their runner.
  { files: ['contract/**/*.test.ts'], rules: restrict([{ regex: '^(?!zod$|vitest$|\\./).*', message: 'contract tests import only zod and vitest.' }]) },
);
