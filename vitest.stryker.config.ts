import { defineConfig } from "vitest/config";

// The unit tests of the pure core, for `npm run mutate`: the end-to-end, server and
// file-system suites test the edges, which Stryker does not mutate, and would only slow it.
export default defineConfig({
  test: {
    include: [
      "test/checks/**/*.test.ts",
      "test/core/**/*.test.ts",
      "test/pipeline/rewrite.test.ts",
    ],
    testTimeout: 30_000,
  },
});
