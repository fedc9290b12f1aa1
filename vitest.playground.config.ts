import { defineConfig } from "vitest/config";

// npm run test:playground: Tandem driven through Microsoft 365 Agents Playground in headless
// Chromium, the real Adaptive Cards renderer. Not part of npm test: it needs Chromium.
export default defineConfig({
  test: {
    include: ["test/playground/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    pool: "forks",
    fileParallelism: false,
  },
});
