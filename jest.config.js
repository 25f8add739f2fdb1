const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const matchers = {
  unit: [
    "**/src/**/__tests__/**/*.unit.spec.[jt]s",
    // The tooling behind npm test / npm run demo (not published: `files` is .medusa/server).
    "**/scripts/**/__tests__/**/*.unit.spec.[jt]s",
  ],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.module.spec.[jt]s"],
  "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
  "integration:processes": ["**/integration-tests/processes/**/*.spec.[jt]s"],
  browser: ["**/integration-tests/browser/**/*.spec.[jt]s"],
}

module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          target: "es2021",
        },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: matchers[process.env.TEST_TYPE] || matchers.unit,
  testTimeout: 120000,
}
