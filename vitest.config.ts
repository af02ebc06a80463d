import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // CLI tests run bin/newsdigest.js, which runs dist/: compile it from the current sources first.
    globalSetup: ['src/test/compile.setup.ts'],
    // Browser and site tests start chromium and build whole sites: give them room on 2 cores.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
