// One flat config for the whole workspace: type-checked rules everywhere,
// and `process.env` banned outside the files whose job is to read it once.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.turbo/**",
      "**/coverage/**",
      "**/dist/**",
      "**/json-schema/**",
      "**/*.js",
      "**/*.mjs",
      "**/*.cjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read configuration through the package's zod-validated config (config.ts / env.ts).",
        },
      ],
    },
  },
  {
    // The only places allowed to touch process.env.
    files: [
      "**/config.ts",
      "**/env.ts",
      "**/*.config.ts",
      "infra/src/**",
      "scripts/**",
      "bench/src/run-benchmarks.ts",
      "bench/src/benchmarks/booking-http.bench.ts",
      "bench/src/benchmarks/event-to-sms.bench.ts",
      "**/*.test.ts",
      "packages/testkit/src/**",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // The web app: React in the browser. No React lint plugins are installed, so the type-checked
    // rules above do the work (no-undef is off for TypeScript; the DOM types come from tsconfig's lib).
    files: ["apps/web/**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      // Event handlers in JSX are often `() => void promise`; returning it is harmless there.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
  prettier,
);
