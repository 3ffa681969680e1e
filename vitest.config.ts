import { defineConfig } from "vitest/config";

// Kept apart from vite.config.ts so unit tests run without the React Router plugin.
export default defineConfig({
  test: {
    environment: "jsdom",
    pool: "threads",
    globals: false,
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
  },
});
