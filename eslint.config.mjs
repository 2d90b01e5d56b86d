import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Next.js's flat configs: core-web-vitals brings the React, React hooks, jsx-a11y and Next rules,
// typescript adds typescript-eslint's recommended rules.
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `_` names and rest siblings are the idiom for "drop this field"; anything else unused is dead code.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  globalIgnores(['.next/**', 'out/**', 'public/pyodide/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
]);
