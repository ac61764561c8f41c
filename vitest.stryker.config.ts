import { defineConfig } from "vitest/config";

// The unit tests of the pure core, for `npm run mutate`: the end-to-end and
// server-backed suites run the built CLI, which Stryker does not mutate.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "test/batch-api/**", "test/fake-server.test.ts", "**/node_modules/**"],
    testTimeout: 30_000,
  },
});
