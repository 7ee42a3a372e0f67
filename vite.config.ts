import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config for the front-end build and the three test projects.
export default defineConfig({
  plugins: [react()],
  // Relative asset paths so the built explorer also works opened from static files.
  base: './',
  build: { outDir: 'dist', sourcemap: true },
  server: {
    host: '127.0.0.1',
    // npm run dev: the API of `npm start` (or `npm start` with PORT=8080) behind the dev server;
    // changeOrigin sends the API's own Host header, which its DNS-rebinding check requires.
    proxy: { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: true } },
  },
  // npm run present: static files only. Without this, preview inherits the dev proxy and every
  // /api request of the page becomes a 502 in the console.
  preview: { proxy: {} },
  test: {
    reporters: ['default', './tests/setup/closing-line-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
          // A hang guard, not a speed target: several unit tests start Python, xmllint or
          // ESLint, which take seconds on a busy 2-core machine.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.global-setup.ts'],
          // One Neo4j instance is shared; files that reset it must not overlap.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/stack.global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
