// @ts-nocheck
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // End-to-end tests run the built CLI as a subprocess against the fake server.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two cores on CI: keep the pool small so subprocess tests do not starve each other.
    maxWorkers: 2,
  },
});
