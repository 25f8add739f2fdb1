// ESLint as Medusa core has it: typescript-eslint's recommended rules, Medusa's own
// plugin (framework conventions for routes, modules, workflows, links and admin code),
// and Prettier owning the formatting.
import js from "@eslint/js"
import medusa from "@medusajs/eslint-plugin"
import prettier from "eslint-config-prettier"
import globals from "globals"
import tseslint from "typescript-eslint"

export default tseslint.config(
  { ignores: ["node_modules/", ".medusa/", "**/migrations/.snapshot-*.json"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Medusa's preset ignores tests and integration-tests globally; this project lints them too.
  ...medusa.configs.recommended.filter(
    (config) => !(config.ignores && Object.keys(config).length === 1)
  ),
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // The service and raw SQL rows are typed loosely on purpose in a few places.
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Scripts, benchmarks and tests are not served by Medusa: plain errors are right there.
    files: [
      "scripts/**",
      "bench/**",
      "integration-tests/**",
      "**/__tests__/**",
    ],
    rules: { "@medusajs/use-medusa-error-not-generic-error": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/__tests__/**", "integration-tests/**"],
    languageOptions: { globals: { ...globals.jest } },
  },
  prettier
)
